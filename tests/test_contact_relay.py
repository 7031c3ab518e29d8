"""A mentee's message reaches the mentor through the queue, reply-to the mentee; the mentee gets
a copy and a "what happens next" page; once delivered the text is gone and only counts stay."""

import pytest
from django.core import mail

from directory.models import Enquiry, OutgoingMessage
from tests.contact_support import (
    MENTOR_EMAIL,
    answers,
    contact_url,
    make_mentor,
    profile_url,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def mentor(site):
    return make_mentor()


MESSAGE = "Hello, I would love to talk about my thesis plans."


def test_the_profile_links_to_the_contact_form(client, site, mentor):
    body = client.get(profile_url(site, mentor)).content.decode()
    assert f'href="{contact_url(site, mentor)}"' in body
    assert "Write to Rowan Example" in body


def test_the_form_asks_what_the_issue_says(client, site, mentor):
    response = client.get(contact_url(site, mentor))
    assert response.status_code == 200
    html = response.content.decode()
    for name in ("name", "email", "stage", "area", "message", "self_declaration", "agree_terms"):
        assert f'name="{name}"' in html, name
    # Only the stages open in this phase that the mentor mentors are offered.
    assert 'value="trainee-eps"' in html and 'value="qualified-eps"' in html
    assert 'value="aspiring-eps"' not in html


def test_an_enquiry_is_queued_delivered_and_then_erased(client, site, mentor, started):
    response = client.post(contact_url(site, mentor), answers(started))
    assert response.status_code == 302
    assert response["Location"] == site.url + site.reverse_subpage(
        "contact_sent", args=[mentor.slug]
    )

    to_mentor, copy = mail.outbox
    assert to_mentor.to == [MENTOR_EMAIL]
    assert to_mentor.reply_to == ["sam.mentee@example.test"]
    assert MESSAGE in to_mentor.body and "Sam Mentee" in to_mentor.body
    assert copy.to == ["sam.mentee@example.test"]
    assert MESSAGE in copy.body
    assert MENTOR_EMAIL not in copy.body and MENTOR_EMAIL not in str(copy.message())

    # Delivered: the text, the mentee's name and address exist nowhere any more…
    assert OutgoingMessage.objects.count() == 0
    enquiry = Enquiry.objects.get()
    stored = " ".join(str(value) for value in Enquiry.objects.values().get().values())
    assert MESSAGE not in stored and "sam.mentee" not in stored and "Sam Mentee" not in stored
    # …and what the pilot counts remains.
    assert enquiry.state == Enquiry.State.DELIVERED
    assert enquiry.delivered_at is not None
    assert enquiry.mentor == mentor
    assert enquiry.stage.slug == "trainee-eps"
    assert enquiry.area.slug == "research-and-doctoral-thesis"
    assert enquiry.region.slug == "london"


def test_the_next_page_says_what_happens_next(client, site, mentor, started):
    response = client.post(contact_url(site, mentor), answers(started), follow=True)
    html = response.content.decode()
    assert "What happens next" in html
    assert "reply to your e-mail address" in html


def test_counts_survive_the_mentor_withdrawing(client, site, mentor, started):
    from directory.selfservice import withdraw

    client.post(contact_url(site, mentor), answers(started))
    withdraw(mentor)
    enquiry = Enquiry.objects.get()
    assert enquiry.mentor is None
    assert enquiry.region.slug == "london" and enquiry.stage.slug == "trainee-eps"


def test_a_mentor_who_chose_their_public_link_has_no_form(client, site, started):
    from tests.factories import MentorFactory

    public = MentorFactory(contact_route="public", profile_url="https://example.org/pat")
    body = client.get(profile_url(site, public)).content.decode()
    assert 'href="https://example.org/pat"' in body
    assert contact_url(site, public) not in body
    response = client.get(contact_url(site, public))
    assert "prefers to be contacted through" in response.content.decode()
    assert client.post(contact_url(site, public), answers(started)).status_code == 409
    assert Enquiry.objects.count() == 0 and mail.outbox == []


def test_the_self_declaration_follows_the_phase(client, site, mentor, started):
    from directory.models import PhaseSettings

    phase = PhaseSettings.for_site(site.get_site())
    phase.self_declaration_text = "I am from a group this phase is for."
    phase.save()
    assert (
        "I am from a group this phase is for."
        in client.get(contact_url(site, mentor)).content.decode()
    )
    missing = client.post(contact_url(site, mentor), answers(started, self_declaration=None))
    assert missing.status_code == 400
    assert "confirm the statement" in missing.content.decode()

    phase.requires_self_declaration = False
    phase.save()
    assert 'name="self_declaration"' not in client.get(contact_url(site, mentor)).content.decode()
    ok = client.post(contact_url(site, mentor), answers(started, self_declaration=None))
    assert ok.status_code == 302


def test_the_mentor_is_told_the_mentees_stage_in_natural_words(client, site, mentor, started):
    client.post(contact_url(site, mentor), answers(started, stage="trainee-eps"))
    to_mentor = mail.outbox[0]
    html = to_mentor.alternatives[0][0] if to_mentor.alternatives else ""
    for body in (to_mentor.body, html):
        assert "Sam Mentee (stage: trainee EP)" in body
        assert "Trainee EPs" not in body


@pytest.mark.parametrize(
    "name, one",
    [
        ("Qualified EPs", "qualified EP"),
        ("Aspiring EPs", "aspiring EP"),
        ("Trainee EPs", "trainee EP"),
        ("Newly qualified", "newly qualified"),
        ("EPs in training", "EPs in training"),
    ],
)
def test_a_mentee_groups_name_for_one_person(name, one):
    from directory.models import MenteeGroup

    assert MenteeGroup(name=name).one_person == one
