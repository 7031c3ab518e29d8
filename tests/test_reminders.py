"""The daily reminder command: mentors before their listing ends, editors about unchecked
registrations — and never the same reminder twice."""

import datetime
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from directory.models import Mentor
from directory.reminders import send_expiry_reminders
from tests.factories import MentorFactory

pytestmark = pytest.mark.django_db


def run(*args):
    call_command("send_reminders", *args, stdout=StringIO())


def in_days(n):
    return timezone.localdate() + datetime.timedelta(days=n)


def test_a_mentor_is_reminded_once_with_a_renewal_link(site):
    MentorFactory(email="soon@example.test", listing_expires_on=in_days(20))
    MentorFactory(email="later@example.test", listing_expires_on=in_days(90))
    run("--days", "28", "7")
    run("--days", "28", "7")
    assert [m.to for m in mail.outbox] == [["soon@example.test"]]
    assert "/manage-my-listing/link/?t=" in mail.outbox[0].body


def test_a_mentor_who_has_not_confirmed_is_reminded_again_nearer_the_end(site):
    MentorFactory(email="soon@example.test", listing_expires_on=in_days(20))
    send_expiry_reminders([28, 7])  # 20 days before: the 28-day reminder
    send_expiry_reminders([28, 7], today=in_days(14))  # 6 days before: the 7-day one
    send_expiry_reminders([28, 7], today=in_days(15))  # and nothing more
    assert len(mail.outbox) == 2


def test_confirming_renews_and_so_earns_fresh_reminders_later(site):
    mentor = MentorFactory(email="soon@example.test", listing_expires_on=in_days(5))
    send_expiry_reminders([28, 7])
    Mentor.objects.filter(pk=mentor.pk).update(listing_expires_on=in_days(60))
    send_expiry_reminders([28, 7])
    assert len(mail.outbox) == 1
    send_expiry_reminders([28, 7], today=in_days(40))
    assert len(mail.outbox) == 2


def test_hidden_listings_are_not_reminded(site):
    MentorFactory(paused=True, listing_expires_on=in_days(3))
    MentorFactory(live=False, listing_expires_on=in_days(3))
    run()
    assert mail.outbox == []


def test_editors_are_reminded_once_of_unchecked_registrations(site):
    MentorFactory(
        name="Waiting Long", live=False, submitted_at=timezone.now() - datetime.timedelta(days=20)
    )
    MentorFactory(
        name="Just Arrived", live=False, submitted_at=timezone.now() - datetime.timedelta(days=2)
    )
    MentorFactory(
        name="Checked",
        submitted_at=timezone.now() - datetime.timedelta(days=30),
        registration_checked_on=in_days(-1),
    )
    run("--unchecked-days", "14")
    run("--unchecked-days", "14")
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["mentoring-pilot@example.org"]
    assert "Waiting Long" in mail.outbox[0].body
    assert "Just Arrived" not in mail.outbox[0].body and "Checked" not in mail.outbox[0].body


def test_an_expired_listing_is_hidden_but_kept(site):
    mentor = MentorFactory(listing_expires_on=in_days(-1))
    assert not Mentor.objects.listed().filter(pk=mentor.pk).exists()
    assert Mentor.objects.filter(pk=mentor.pk).exists()
