"""E-mail goes through the queue, survives a refusing mail server and never lets input add
headers."""

import datetime
import smtplib
from unittest import mock

import pytest
from django.core import mail
from django.utils import timezone

from directory.emails import UnsafeAddress, queue_email
from directory.models import OutgoingMessage
from directory.tasks import MAX_ATTEMPTS, retry_due_messages

pytestmark = pytest.mark.django_db

REFUSING = mock.patch(
    "django.core.mail.EmailMultiAlternatives.send",
    side_effect=smtplib.SMTPServerDisconnected("Connection unexpectedly closed"),
)


def later(minutes=10_000):
    return timezone.now() + datetime.timedelta(minutes=minutes)


def test_a_message_is_sent_with_plain_text_and_html_parts():
    message = queue_email("ada@example.test", "mentor_withdrawn", {"name": "Ada"})
    assert len(mail.outbox) == 1
    sent = mail.outbox[0]
    assert sent.to == ["ada@example.test"]
    assert "Dear Ada" in sent.body
    assert sent.alternatives[0].mimetype == "text/html"
    message.refresh_from_db()
    assert message.state == OutgoingMessage.State.SENT


def test_a_refused_message_stays_queued_with_its_error_and_is_sent_when_the_server_recovers():
    with REFUSING:
        message = queue_email("ada@example.test", "mentor_withdrawn", {"name": "Ada"})
    message.refresh_from_db()
    assert message.state == OutgoingMessage.State.RETRYING
    assert "Connection unexpectedly closed" in message.last_error
    assert message.next_attempt_at > timezone.now()
    assert mail.outbox == []

    assert retry_due_messages(now=later()) == 1
    message.refresh_from_db()
    assert message.state == OutgoingMessage.State.SENT
    assert len(mail.outbox) == 1


def test_retries_back_off_and_after_the_last_try_the_failure_stays_visible():
    with REFUSING:
        message = queue_email("ada@example.test", "mentor_withdrawn", {"name": "Ada"})
        waits = []
        for _ in range(MAX_ATTEMPTS - 1):
            message.refresh_from_db()
            waits.append(message.next_attempt_at)
            retry_due_messages(now=later())
    message.refresh_from_db()
    assert message.state == OutgoingMessage.State.FAILED
    assert message.attempts == MAX_ATTEMPTS
    assert "SMTPServerDisconnected" in message.last_error
    gaps = [b - a for a, b in zip(waits, waits[1:], strict=False)]
    assert all(gap > datetime.timedelta(0) for gap in gaps)  # each wait longer than the last
    # Not silently dropped: a normal retry skips it, an explicit one sends it.
    assert retry_due_messages(now=later()) == 0
    assert retry_due_messages(now=later(), include_failed=True) == 1
    message.refresh_from_db()
    assert message.state == OutgoingMessage.State.SENT


@pytest.mark.parametrize(
    "address",
    [
        "ada@example.test\nBcc: victim@example.test",
        "ada@example.test\r\nX-Evil: 1",
        "a@example.test, b@example.test",
        "Ada <ada@example.test>",
    ],
)
def test_an_address_cannot_inject_headers_or_recipients(address):
    with pytest.raises(UnsafeAddress):
        queue_email(address, "mentor_withdrawn", {"name": "Ada"})
    assert OutgoingMessage.objects.count() == 0
    assert mail.outbox == []


def test_a_name_with_line_breaks_stays_on_the_subject_line(site):
    from tests.factories import MentorFactory

    mentor = MentorFactory(name="Ada\r\nBcc: victim@example.test")
    queue_email("editors@example.test", "editor_new_application", {"mentor": mentor})
    sent = mail.outbox[0]
    assert "\n" not in sent.subject and "\r" not in sent.subject
    assert sent.bcc == []
    assert "Bcc: victim" not in str(sent.message()).split("\n\n", 1)[0].replace(
        sent.message()["Subject"], ""
    )


def test_failed_messages_are_listed_in_the_admin_with_their_error(admin_client):
    with REFUSING, mock.patch("directory.tasks.MAX_ATTEMPTS", 1):
        queue_email("ada@example.test", "mentor_withdrawn", {"name": "Ada"})
    response = admin_client.get("/admin/snippets/directory/outgoingmessage/")
    assert response.status_code == 200
    assert "Failed (gave up)" in response.content.decode()
    assert "SMTPServerDisconnected" in response.content.decode()
