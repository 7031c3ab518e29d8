"""Anyone can report a concern about a listing from the mentor's page: it reaches the editors,
tied to the mentor, and exposes nobody (the reporter stays unknown to the mentor, and the
mentor's address stays hidden)."""

import pytest
from django.core import mail

from directory.models import Concern
from tests.contact_support import MENTOR_EMAIL, concern_url, make_mentor, profile_url

pytestmark = pytest.mark.django_db


@pytest.fixture
def mentor(site):
    return make_mentor()


def test_each_profile_links_to_report_a_concern(client, site, mentor):
    body = client.get(profile_url(site, mentor)).content.decode()
    assert f'href="{concern_url(site, mentor)}"' in body
    assert "Report a concern about this listing" in body


def test_a_concern_reaches_the_editors_tied_to_the_mentor(client, site, mentor, started):
    response = client.post(
        concern_url(site, mentor),
        {
            "reason": "not-registered",
            "details": "Their name is not on the register any more.",
            "email": "worried@example.test",
            "started": started,
        },
    )
    assert response.status_code == 302
    thanks = client.get(response["Location"])
    assert "The pilot team will look into it" in thanks.content.decode()

    concern = Concern.objects.get()
    assert concern.mentor == mentor
    assert concern.reason == "not-registered"
    assert concern.reporter_email == "worried@example.test"
    assert concern.status == Concern.Status.OPEN

    (to_editors,) = mail.outbox
    assert to_editors.to == ["mentoring-pilot@example.org"]
    assert "Rowan Example" in to_editors.subject
    assert f"/admin/directory/concern/inspect/{concern.pk}/" in to_editors.body
    # Nothing goes to the mentor, and the e-mail carries neither party's address.
    assert MENTOR_EMAIL not in to_editors.body and "worried@example.test" not in to_editors.body


def test_something_else_needs_details(client, site, mentor, started):
    response = client.post(concern_url(site, mentor), {"reason": "other", "started": started})
    assert response.status_code == 400
    assert "Tell us what your concern is" in response.content.decode()
    assert Concern.objects.count() == 0


@pytest.mark.parametrize(
    "data, message",
    [
        ({}, "Choose what your concern is about"),
        ({"reason": "made-up"}, "Select a valid choice"),
        ({"reason": "no-reply", "email": "x@example.test\nBcc: y@example.test"}, "e-mail"),
        ({"reason": "no-reply", "details": "z" * 2001}, "at most 2000 characters"),
    ],
)
def test_bad_reports_are_refused_clearly(client, site, mentor, started, data, message):
    response = client.post(concern_url(site, mentor), {**data, "started": started})
    assert response.status_code == 400
    assert message in response.content.decode()
    assert Concern.objects.count() == 0 and mail.outbox == []


def test_only_listed_mentors_can_be_reported(client, site, started):
    from tests.factories import MentorFactory

    hidden = MentorFactory(live=False)
    url = site.url + site.reverse_subpage("concern", args=[hidden.slug])
    assert client.post(url, {"reason": "no-reply", "started": started}).status_code == 404


def test_reports_are_rate_limited_like_every_public_form(client, site, mentor, started):
    from directory.abuse import RATE_LIMIT

    for _ in range(RATE_LIMIT):
        client.post(concern_url(site, mentor), {"reason": "no-reply", "started": started})
    response = client.post(concern_url(site, mentor), {"reason": "no-reply", "started": started})
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    assert Concern.objects.count() == RATE_LIMIT
