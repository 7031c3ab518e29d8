"""Deleting the pilot's records once they are older than the period editors set (Settings ›
Contact and records): enquiries (metadata only by then), e-mails that were to be erased once
delivered but never were (an enquiry and the mentee's copy), concerns, and submissions of every
form page (feedback, surveys). Safe to run daily: it deletes only what is past the cut-off, so a
second run finds nothing."""

import datetime

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from wagtail.contrib.forms.models import FormSubmission

from .models import Concern, ContactSettings, Enquiry, OutgoingMessage


def cutoff_for(days, now=None):
    return (now or timezone.now()) - datetime.timedelta(days=days)


def records_older_than(cutoff):
    enquiries = Enquiry.objects.filter(created_at__lt=cutoff)
    return {
        "enquiries": enquiries,
        # E-mails meant to be erased once delivered (enquiries, the mentee's copy) that never
        # were: they hold a message, so they do not outlive the period either.
        "undelivered e-mails": OutgoingMessage.objects.filter(
            Q(pk__in=enquiries.exclude(relay_message=None).values("relay_message"))
            | Q(erase_after_send=True, created_at__lt=cutoff)
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
        found["undelivered e-mails"].delete()
        for name in ("enquiries", "concerns", "form submissions"):
            found[name].delete()
    return counts
