"""The "Become a mentor" form: a draft mentor waiting for approval, e-mails to the applicant
and editors, and clear errors that keep what was typed."""

import io

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from directory.models import Mentor

pytestmark = pytest.mark.django_db


@pytest.fixture
def answers(started):
    return {
        "name": "Priya Example",
        "pronouns": "she/her",
        "email": "Priya@Example.test",
        "hcpc_number": "pyl 012345",
        "registration_confirmed": "on",
        "role": "Senior Educational Psychologist",
        "organisation": "Lakeside EP Service",
        "areas": ["research-and-doctoral-thesis"],
        "capacity": "2",
        "bio": "I like research.\n\nAnd <b>tea</b>.",
        "agree_terms": "on",
        "consent_to_publish": "on",
        "started": started,
        "website": "",
    }


def png(width, height, mode="RGB"):
    buffer = io.BytesIO()
    Image.new(mode, (width, height)).save(buffer, "PNG")
    return SimpleUploadedFile("me.png", buffer.getvalue(), content_type="image/png")


def test_the_page_shows_the_form(client, signup_page):
    response = client.get(signup_page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count("<h1") == 1
    assert 'name="hcpc_number"' in html
    assert 'class="honeypot"' in html


def test_signing_up_creates_a_draft_in_the_approval_workflow(client, signup_page, answers):
    response = client.post(signup_page.url, answers)
    assert response.status_code == 302
    assert response["Location"].endswith("/thanks/")
    mentor = Mentor.objects.get()
    assert not mentor.live
    assert mentor.hcpc_number == "PYL012345"
    assert mentor.email == "priya@example.test"
    assert mentor.terms_version == signup_page.terms_version
    assert mentor.terms_accepted_at is not None and mentor.consent_given_at is not None
    assert "&lt;b&gt;tea&lt;/b&gt;" in mentor.bio
    assert [a.slug for a in mentor.areas.all()] == ["research-and-doctoral-thesis"]
    state = mentor.current_workflow_state
    assert state is not None and state.workflow.name == "Mentor approval"
    assert not Mentor.objects.listed().exists()
    recipients = sorted(m.to[0] for m in mail.outbox)
    assert recipients == ["mentoring-pilot@example.org", "priya@example.test"]
    thanks = client.get(response["Location"])
    assert signup_page.confirmation_title in thanks.content.decode()


def test_errors_are_summarised_linked_to_their_fields_and_answers_are_kept(
    client, signup_page, answers
):
    answers.update(hcpc_number="12", consent_to_publish="")
    response = client.post(signup_page.url, answers)
    assert response.status_code == 400
    html = response.content.decode()
    assert "There is a problem" in html
    assert 'href="#id_hcpc_number"' in html
    assert 'href="#id_consent_to_publish"' in html
    assert 'value="Priya Example"' in html
    assert Mentor.objects.count() == 0
    assert mail.outbox == []


def test_lived_experience_needs_its_own_consent(client, signup_page, answers):
    answers["lived_experience_statement"] = "First in my family to go to university."
    response = client.post(signup_page.url, answers)
    assert response.status_code == 400
    assert 'href="#id_lived_experience_consent"' in response.content.decode()


def test_a_photo_is_stored_with_its_description(client, signup_page, answers):
    answers.update(photo=png(300, 300), photo_alt="Smiling person")
    assert client.post(signup_page.url, answers).status_code == 302
    mentor = Mentor.objects.get()
    assert mentor.photo is not None and mentor.photo_alt == "Smiling person"


def test_a_small_file_that_decodes_to_a_huge_image_is_refused(client, signup_page, answers):
    bomb = png(6000, 6000, mode="1")
    assert bomb.size < 100_000
    answers.update(photo=bomb, photo_alt="Nothing")
    response = client.post(signup_page.url, answers)
    assert response.status_code == 400
    assert "too many pixels" in response.content.decode()
    assert Mentor.objects.count() == 0


def test_a_file_that_is_not_an_image_is_refused(client, signup_page, answers):
    fake = SimpleUploadedFile("me.png", b"<?php echo 1; ?>", content_type="image/png")
    answers.update(photo=fake, photo_alt="Nothing")
    response = client.post(signup_page.url, answers)
    assert response.status_code == 400
    assert Mentor.objects.count() == 0


def test_signing_up_while_the_mail_server_refuses_keeps_the_mail_for_later(
    client, signup_page, answers
):
    import smtplib
    from unittest import mock

    from directory.models import OutgoingMessage

    refusing = smtplib.SMTPRecipientsRefused({"x": (550, b"no")})
    with mock.patch("django.core.mail.EmailMultiAlternatives.send", side_effect=refusing):
        response = client.post(signup_page.url, answers)
    assert response.status_code == 302
    assert Mentor.objects.count() == 1
    waiting = OutgoingMessage.objects.filter(state=OutgoingMessage.State.RETRYING)
    assert sorted(waiting.values_list("to", flat=True)) == [
        "mentoring-pilot@example.org",
        "priya@example.test",
    ]


def test_control_characters_never_reach_the_profile_or_the_e_mails(client, signup_page, answers):
    answers.update(name="Priya\x07 Example", bio="line\x07bell\x1b[31m red\ttab\nnext")
    assert client.post(signup_page.url, answers).status_code == 302
    mentor = Mentor.objects.get()
    assert mentor.name == "Priya Example"
    assert "\x07" not in mentor.bio and "\x1b" not in mentor.bio
    assert "bell[31m red\ttab" in mentor.bio  # the rest, tabs and line breaks kept
    assert all("\x07" not in m.body and "\x1b" not in m.body for m in mail.outbox)


def test_only_the_phases_open_groups_are_offered(client, signup_page, answers):
    html = client.get(signup_page.url).content.decode()
    assert 'value="trainee-eps"' in html and 'value="aspiring-eps"' not in html
    answers["mentee_groups"] = ["aspiring-eps"]
    response = client.post(signup_page.url, answers)
    assert "There is a problem" in response.content.decode()
    assert not Mentor.objects.exists()
