"""Reminders, safe to run daily: each is recorded as a SentReminder, so a second run the same
day (or any later day) never sends the same reminder again."""

import datetime

from django.db import IntegrityError, transaction
from django.utils import timezone

from .emails import editor_addresses, queue_email
from .models import Mentor, SentReminder


def remember(mentor, kind, key):
    """True the first time (mentor, kind, key) is seen; False afterwards."""
    try:
        with transaction.atomic():
            SentReminder.objects.create(mentor=mentor, kind=kind, key=key)
    except IntegrityError:
        return False
    return True


def send_expiry_reminders(days_before, today=None):
    """E-mail mentors whose listing ends within each of `days_before` days (e.g. [28, 7]):
    one reminder per threshold and expiry date, so a renewed listing gets fresh reminders."""
    from .selfservice import manage_link

    today = today or timezone.localdate()
    sent = 0
    for days in sorted(days_before):  # nearest first: it stands for the farther ones too
        horizon = today + datetime.timedelta(days=days)
        due = Mentor.objects.listed(today=today).filter(
            listing_expires_on__lte=horizon, email__gt=""
        )
        for mentor in due:
            key = f"{mentor.listing_expires_on.isoformat()}:{days}"
            if not remember(mentor, "expiry", key):
                continue
            # Reaching a nearer threshold first counts for the farther ones too.
            for farther in (d for d in days_before if d > days):
                remember(mentor, "expiry", f"{mentor.listing_expires_on.isoformat()}:{farther}")
            queue_email(
                mentor.email,
                "expiry_reminder",
                {"mentor": mentor, "manage_url": manage_link(mentor)},
            )
            sent += 1
    return sent


def send_editor_reminders(unchecked_days, today=None):
    """One e-mail to editors listing applications waiting longer than `unchecked_days` for
    the registration check; each application is reminded about once."""
    now = (
        timezone.now()
        if today is None
        else timezone.make_aware(datetime.datetime.combine(today, datetime.time(12)))
    )
    waiting = Mentor.objects.filter(
        registration_checked_on__isnull=True,
        withdrawn_at__isnull=True,
        submitted_at__lte=now - datetime.timedelta(days=unchecked_days),
    )
    fresh = [mentor for mentor in waiting if remember(mentor, "editor-unchecked", "once")]
    if fresh:
        for address in editor_addresses():
            # Editors' copies hold names: erased once delivered, so a withdrawal leaves no trace.
            queue_email(
                address,
                "editor_unchecked",
                {"mentors": fresh, "days": unchecked_days},
                erase_after_send=True,
            )
    return len(fresh)
