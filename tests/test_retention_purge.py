"""purge_pilot_records deletes enquiries, concerns and form submissions older than the period
editors set, keeps everything newer, and is safe to run every day."""

import datetime
import io
import smtplib
from unittest import mock

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone
from wagtail.contrib.forms.models import FormSubmission

from directory.models import Concern, ContactSettings, Enquiry, OutgoingMessage
from home.models import FormPage
from tests.contact_support import answers, contact_url, make_mentor

pytestmark = pytest.mark.usefixtures("demo_pages", "db")


def age(queryset, field, days):
    queryset.update(**{field: timezone.now() - datetime.timedelta(days=days)})


@pytest.fixture
def records():
    """One enquiry, concern and feedback submission 400 days old, and one of each 10 days old."""
    mentor = make_mentor()
    feedback = FormPage.objects.get()
    for days in (400, 10):
        enquiry = Enquiry.objects.create(mentor=mentor, state="delivered")
        age(Enquiry.objects.filter(pk=enquiry.pk), "created_at", days)
        concern = Concern.objects.create(mentor=mentor, reason="no-reply")
        age(Concern.objects.filter(pk=concern.pk), "created_at", days)
        submission = FormSubmission.objects.create(page=feedback, form_data={"x": str(days)})
        age(FormSubmission.objects.filter(pk=submission.pk), "submit_time", days)
    return mentor


def purge(*args):
    out = io.StringIO()
    call_command("purge_pilot_records", *args, stdout=out)
    return out.getvalue()


def remaining():
    return Enquiry.objects.count(), Concern.objects.count(), FormSubmission.objects.count()


def test_records_older_than_the_setting_are_deleted_and_newer_ones_kept(records):
    assert ContactSettings.current().keep_records_days == 365
    output = purge()
    assert "1 enquiries, 0 undelivered e-mails, 1 concerns" in output
    assert remaining() == (1, 1, 1)
    assert FormSubmission.objects.get().form_data == {"x": "10"}


def test_running_it_again_changes_nothing(records):
    purge()
    output = purge()
    assert "0 enquiries" in output and "0 concerns" in output and "0 form submissions" in output
    assert remaining() == (1, 1, 1)


def test_the_period_is_an_editors_setting_or_an_option(records):
    rules = ContactSettings.current()
    rules.keep_records_days = 5
    rules.save()
    purge()
    assert remaining() == (0, 0, 0)


def test_the_option_overrides_the_setting_and_a_dry_run_deletes_nothing(records):
    output = purge("--days", "5", "--dry-run")
    assert "Would delete" in output and "2 enquiries" in output
    assert remaining() == (2, 2, 2)
    purge("--days", "500")
    assert remaining() == (2, 2, 2)


def test_an_old_enquiry_never_delivered_takes_its_waiting_e_mails_with_it(client, started):
    from directory.models import MentorDirectoryPage

    site = MentorDirectoryPage.objects.get()
    mentor = make_mentor()
    refusing = mock.patch(
        "django.core.mail.EmailMultiAlternatives.send",
        side_effect=smtplib.SMTPServerDisconnected("down"),
    )
    with refusing:
        client.post(contact_url(site, mentor), answers(started))
    assert OutgoingMessage.objects.filter(to=mentor.email).exists()
    assert OutgoingMessage.objects.filter(to="sam.mentee@example.test").exists()
    age(Enquiry.objects.all(), "created_at", 400)
    age(OutgoingMessage.objects.all(), "created_at", 400)
    purge()
    assert not Enquiry.objects.exists()
    # Neither the message to the mentor nor the mentee's copy outlives the period.
    assert not OutgoingMessage.objects.exists()


def test_a_period_under_one_day_is_refused():
    with pytest.raises(CommandError, match="at least 1"):
        purge("--days", "0")
