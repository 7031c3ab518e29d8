"""When the mail server is down an enquiry waits in the outbox and is delivered later: none is
lost, and the text is erased only once it has reached the mentor."""

import datetime
import smtplib
from unittest import mock

import pytest
from django.core import mail
from django.utils import timezone

from directory.models import Enquiry, OutgoingMessage
from directory.tasks import MAX_ATTEMPTS, retry_due_messages
from tests.contact_support import MENTOR_EMAIL, answers, contact_url, make_mentor

pytestmark = pytest.mark.django_db


@pytest.fixture
def mentor(site):
    return make_mentor()


SERVER_DOWN = mock.patch(
    "django.core.mail.EmailMultiAlternatives.send",
    side_effect=smtplib.SMTPConnectError(421, "Service not available"),
)


def later():
    return timezone.now() + datetime.timedelta(days=2)


def test_an_enquiry_waits_while_the_server_is_down_and_is_delivered_when_it_is_back(
    client, site, mentor, started
):
    with SERVER_DOWN:
        response = client.post(contact_url(site, mentor), answers(started))
    # The mentee is told it is on its way: it is, safely stored.
    assert response.status_code == 302
    assert mail.outbox == []
    enquiry = Enquiry.objects.get()
    assert enquiry.state == Enquiry.State.WAITING
    waiting = OutgoingMessage.objects.get(to=MENTOR_EMAIL)
    assert waiting.state == OutgoingMessage.State.RETRYING
    assert "thesis plans" in waiting.text_body  # kept until it can be delivered

    assert retry_due_messages(now=later()) == 2
    assert {m.to[0] for m in mail.outbox} == {MENTOR_EMAIL, "sam.mentee@example.test"}
    enquiry.refresh_from_db()
    assert enquiry.state == Enquiry.State.DELIVERED
    assert OutgoingMessage.objects.count() == 0


def test_an_enquiry_that_never_gets_through_stays_visible_as_failed(client, site, mentor, started):
    with SERVER_DOWN, mock.patch("directory.tasks.MAX_ATTEMPTS", 1):
        client.post(contact_url(site, mentor), answers(started))
    enquiry = Enquiry.objects.get()
    assert enquiry.state == Enquiry.State.FAILED
    failed = OutgoingMessage.objects.get(to=MENTOR_EMAIL)
    assert failed.state == OutgoingMessage.State.FAILED
    # An editor can still send it once the server is back.
    assert retry_due_messages(now=later(), include_failed=True) >= 1
    enquiry.refresh_from_db()
    assert enquiry.state == Enquiry.State.DELIVERED
    assert MAX_ATTEMPTS > 1
