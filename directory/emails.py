"""Composing e-mail: every message is rendered from our own templates (subject, plain text and
HTML), stored as an OutgoingMessage and handed to the queue by id.

Nothing a user typed reaches a header unchecked: addresses must be single valid addresses and
subjects are collapsed to one line, so CR/LF in input can never add a header.
"""

import re

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.template.loader import render_to_string

from .models.outbox import OutgoingMessage

TEMPLATE_DIR = "directory/emails"


class UnsafeAddress(ValueError):
    pass


def safe_address(value):
    """A single e-mail address, or UnsafeAddress. Rejects CR/LF, commas and display names."""
    value = (value or "").strip()
    if any(ch in value for ch in "\r\n,;<>\"'") or len(value) > 254:
        raise UnsafeAddress("not a single plain e-mail address")
    try:
        validate_email(value)
    except ValidationError as error:
        raise UnsafeAddress("not a valid e-mail address") from error
    return value


def one_line(text, limit=200):
    """Subjects built from user input (a name) stay on one line and within the limit."""
    return re.sub(r"\s+", " ", str(text)).strip()[:limit]


def render(template, context):
    subject = one_line(render_to_string(f"{TEMPLATE_DIR}/{template}_subject.txt", context))
    text = render_to_string(f"{TEMPLATE_DIR}/{template}.txt", context)
    html = render_to_string(f"{TEMPLATE_DIR}/{template}.html", context)
    return subject, text, html


def store_email(to, template, context, reply_to="", erase_after_send=False):
    """Store the message without queueing it, for callers that must link it to something
    before it can be delivered (an enquiry). Send it with `enqueue(message)`."""
    subject, text, html = render(template, context)
    return OutgoingMessage.objects.create(
        to=safe_address(to),
        reply_to=safe_address(reply_to) if reply_to else "",
        subject=subject,
        text_body=text,
        html_body=html,
        erase_after_send=erase_after_send,
    )


def enqueue(message):
    from .tasks import deliver_message

    # The task carries only the id: no personal data sits in the queue's own table.
    deliver_message.enqueue(message.pk)


def queue_email(to, template, context, reply_to="", erase_after_send=False):
    """Store the message and queue its delivery. Returns the OutgoingMessage."""
    message = store_email(to, template, context, reply_to, erase_after_send)
    enqueue(message)
    return message


def editor_addresses():
    from cms.models import PilotSettings

    return [PilotSettings.current().contact_email]
