"""Deleting the pilot's records once they are older than the period editors set (Settings ›
Contact and records): enquiries (metadata only by then, unless never delivered, in which case
their waiting e-mail goes too), concerns, and submissions of every form page (feedback,
surveys). Safe to run daily: it deletes only what is past the cut-off, so a second run finds
nothing."""

import datetime

from django.db import transaction
from django.utils import timezone
from wagtail.contrib.forms.models import FormSubmission

from .models import Concern, ContactSettings, Enquiry, OutgoingMessage


def cutoff_for(days, now=None):
    return (now or timezone.now()) - datetime.timedelta(days=days)


def records_older_than(cutoff):
    enquiries = Enquiry.objects.filter(created_at__lt=cutoff)
    return {
        "enquiries": enquiries,
        "undelivered e-mails of those enquiries": OutgoingMessage.objects.filter(
            pk__in=enquiries.exclude(relay_message=None).values("relay_message")
        ),
        "concerns": Concern.objects.filter(created_at__lt=cutoff),
        "form submissions": FormSubmission.objects.filter(submit_time__lt=cutoff),
    }


def kept_days():
    return ContactSettings.current().keep_records_days


@transaction.atomic
def purge(days, dry_run=False, now=None):
    """Returns {what: how many} deleted (or that would be, with dry_run)."""
    found = records_older_than(cutoff_for(days, now))
    counts = {name: queryset.count() for name, queryset in found.items()}
    if not dry_run:
        # The e-mails first: their enquiries are how we find them.
        found["undelivered e-mails of those enquiries"].delete()
        for name in ("enquiries", "concerns", "form submissions"):
            found[name].delete()
    return counts
