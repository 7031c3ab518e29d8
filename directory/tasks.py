"""Background work. Delivery retries with back-off; a message that still fails after the last
try is kept, marked failed with its error, and listed in the admin ("Outgoing e-mails")."""

import datetime
import logging

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.dispatch import Signal
from django.utils import timezone
from django_tasks import default_task_backend, task

from .models.outbox import OutgoingMessage

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = getattr(settings, "EMAIL_MAX_ATTEMPTS", 5)
FIRST_RETRY_SECONDS = getattr(settings, "EMAIL_FIRST_RETRY_SECONDS", 60)

# Sent after every delivery attempt with `message` and its new `state`, before a message marked
# erase_after_send is deleted, so that what it belongs to (an enquiry) can record the outcome.
message_state_changed = Signal()


def backoff(attempts):
    """1, 2, 4, 8… minutes after the first, second, third… failure."""
    return datetime.timedelta(seconds=FIRST_RETRY_SECONDS * 2 ** (attempts - 1))


@task()
def deliver_message(message_id):
    with transaction.atomic():
        message = (
            OutgoingMessage.objects.select_for_update()
            .filter(pk=message_id)
            .exclude(state=OutgoingMessage.State.SENT)
            .first()
        )
        if message is None:  # already sent, or erased since it was queued
            return "gone"
        return send_now(message)


def send_now(message):
    email = EmailMultiAlternatives(
        subject=message.subject,
        body=message.text_body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[message.to],
        reply_to=[message.reply_to] if message.reply_to else None,
    )
    if message.html_body:
        email.attach_alternative(message.html_body, "text/html")
    message.attempts += 1
    try:
        email.send()
    except Exception as error:  # any failure of the mail server: keep it and try later
        message.last_error = f"{type(error).__name__}: {error}"[:2000]
        if message.attempts >= MAX_ATTEMPTS:
            message.state = OutgoingMessage.State.FAILED
            message.next_attempt_at = None
            logger.error("E-mail %s failed after %s tries", message.pk, message.attempts)
        else:
            message.state = OutgoingMessage.State.RETRYING
            message.next_attempt_at = timezone.now() + backoff(message.attempts)
        message.save()
        message_state_changed.send(OutgoingMessage, message=message, state=message.state)
        if message.state == OutgoingMessage.State.RETRYING and default_task_backend.supports_defer:
            deliver_message.using(run_after=message.next_attempt_at).enqueue(message.pk)
        return message.state
    message_state_changed.send(OutgoingMessage, message=message, state=OutgoingMessage.State.SENT)
    if message.erase_after_send:
        message.delete()
        return "sent"
    message.state = OutgoingMessage.State.SENT
    message.sent_at = timezone.now()
    message.next_attempt_at = None
    message.last_error = ""
    message.save()
    return message.state


def retry_due_messages(now=None, include_failed=False):
    """Queue every message whose retry time has come (for backends without deferred tasks, and
    for editors who want to try failed messages again). Returns how many were queued."""
    now = now or timezone.now()
    if include_failed:
        OutgoingMessage.objects.filter(state=OutgoingMessage.State.FAILED).update(
            attempts=0, state=OutgoingMessage.State.QUEUED
        )
    due = OutgoingMessage.objects.filter(
        state=OutgoingMessage.State.RETRYING, next_attempt_at__lte=now
    ) | OutgoingMessage.objects.filter(state=OutgoingMessage.State.QUEUED)
    ids = list(due.values_list("pk", flat=True))
    for pk in ids:
        deliver_message.enqueue(pk)
    return len(ids)
