"""The feedback form: every submission is stored, then e-mailed to the team address."""

import pytest
from django.core import mail
from wagtail.contrib.forms.models import FormSubmission

from cms.models import PilotSettings
from home.models import FormPage

pytestmark = pytest.mark.usefixtures("demo_pages", "db")


@pytest.fixture
def feedback():
    return FormPage.objects.get()


def answers(**extra):
    data = {
        "what_is_it_about": "A mistake on the site",
        "your_message": "The link to the terms on the About page goes nowhere.",
    }
    data.update(extra)
    return data


def test_the_form_page_asks_its_question(client, feedback):
    html = client.get(feedback.url).content.decode()
    assert "<h1>Spotted something wrong, or have a suggestion?</h1>" in html
    assert '<label for="id_your_message">Your message</label>' in html
    assert "Your e-mail address (optional)" in html


def test_a_submission_is_stored_and_e_mailed_to_the_team_address(client, feedback):
    pilot = PilotSettings.current()
    pilot.contact_email = "pilot-team@example.org"
    pilot.save()

    response = client.post(feedback.url, answers(your_e_mail_address="reader@example.test"))

    # Redirected to the thank-you page, so that reloading it sends nothing again.
    assert response.status_code == 302 and response["Location"] == f"{feedback.url}?sent=1"
    thanks = client.get(response["Location"])
    assert "The pilot team reads every message" in thanks.content.decode()
    submission = FormSubmission.objects.get(page=feedback)
    assert "goes nowhere" in submission.form_data["your_message"]
    (message,) = mail.outbox
    assert message.to == ["pilot-team@example.org"]
    assert message.reply_to == ["reader@example.test"]
    assert "goes nowhere" in message.body


def test_a_to_address_on_the_page_overrides_the_team_address(client, feedback):
    feedback.to_address = "editors@example.org, evaluation@example.org"
    feedback.save_revision().publish()
    client.post(feedback.url, answers())
    assert mail.outbox[0].to == ["editors@example.org", "evaluation@example.org"]
    assert mail.outbox[0].reply_to == []


def test_an_incomplete_submission_is_refused_with_a_message_and_nothing_sent(client, feedback):
    response = client.post(feedback.url, {"what_is_it_about": "A mistake on the site"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "There is a problem" in html
    assert "This field is required." in html
    assert not FormSubmission.objects.exists()
    assert mail.outbox == []


def test_the_submission_is_kept_even_when_the_mail_server_is_down(client, feedback, settings):
    # The e-mail is a task: its failure is the task's (recorded by the queue), not the visitor's.
    settings.EMAIL_BACKEND = "tests.test_feedback_form.BrokenBackend"
    response = client.post(feedback.url, answers(), follow=True)
    assert response.status_code == 200
    assert "The pilot team reads every message" in response.content.decode()
    assert FormSubmission.objects.filter(page=feedback).count() == 1


class BrokenBackend:
    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("mail server down")
