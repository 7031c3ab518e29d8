"""Capacity: a mentor who is not accepting gets no messages (the form gives way to a clear
message), a waiting list is announced, and editors' rule pauses a busy mentor automatically,
tells them, and lets them resume from their self-service link."""

import datetime
import re
from urllib.parse import urlsplit

import pytest
from django.core import mail
from django.utils import timezone

from directory.models import ContactSettings, Enquiry, Mentor
from tests.contact_support import MENTOR_EMAIL, answers, contact_url, make_mentor, profile_url

pytestmark = pytest.mark.django_db


@pytest.fixture
def mentor(site):
    return make_mentor()


@pytest.fixture
def rule(site):
    """Pause a mentor after 2 enquiries in 30 days."""
    rules = ContactSettings.for_site(site.get_site())
    rules.auto_pause_enquiries = 2
    rules.auto_pause_days = 30
    rules.save()
    return rules


def write(client, site, mentor, started, **overrides):
    return client.post(contact_url(site, mentor), answers(started, **overrides))


def test_a_mentor_not_accepting_shows_a_message_instead_of_the_form(client, site, mentor, started):
    mentor.accepting = "closed"
    mentor.save()
    profile = client.get(profile_url(site, mentor)).content.decode()
    assert site.not_accepting_message in profile
    assert contact_url(site, mentor) not in profile

    page = client.get(contact_url(site, mentor))
    assert page.status_code == 200
    assert site.not_accepting_message in page.content.decode()
    assert "<form" not in page.content.decode().split("<main", 1)[1]

    refused = write(client, site, mentor, started)
    assert refused.status_code == 409
    assert site.not_accepting_message in refused.content.decode()
    assert Enquiry.objects.count() == 0 and mail.outbox == []


def test_a_waiting_list_is_announced_and_messages_still_go(client, site, mentor, started):
    mentor.accepting = "waiting"
    mentor.save()
    assert site.waiting_list_message in client.get(profile_url(site, mentor)).content.decode()
    assert site.waiting_list_message in client.get(contact_url(site, mentor)).content.decode()
    assert write(client, site, mentor, started).status_code == 302
    assert Enquiry.objects.count() == 1


def test_without_a_rule_nobody_is_paused(client, site, mentor, started):
    for _ in range(4):
        write(client, site, mentor, started)
    mentor.refresh_from_db()
    assert not mentor.paused


def test_the_rule_pauses_a_busy_mentor_tells_them_and_they_resume_from_their_link(
    client, site, manage_page, mentor, started, rule
):
    write(client, site, mentor, started)
    mentor.refresh_from_db()
    assert not mentor.paused
    write(client, site, mentor, started)
    mentor.refresh_from_db()
    assert mentor.paused
    assert not Mentor.objects.listed().filter(pk=mentor.pk).exists()
    assert client.get(contact_url(site, mentor)).status_code == 404

    notice = [m for m in mail.outbox if m.to == [MENTOR_EMAIL] and "paused" in m.subject][0]
    assert "2 enquiries in the last 30 days" in notice.body
    link = re.search(r"(http://\S+/link/\?t=\S+)", notice.body).group(1)
    split = urlsplit(link)
    panel = client.get(f"{split.path}?{split.query}")
    assert "Resume my listing" in panel.content.decode()
    client.post(f"{split.path}?{split.query}", {"action": "resume"})
    mentor.refresh_from_db()
    assert not mentor.paused

    # Counting starts afresh after resuming: one more enquiry does not pause again.
    write(client, site, mentor, started)
    mentor.refresh_from_db()
    assert not mentor.paused


def test_enquiries_older_than_the_period_do_not_count(client, site, mentor, started, rule):
    write(client, site, mentor, started)
    Enquiry.objects.update(created_at=timezone.now() - datetime.timedelta(days=31))
    write(client, site, mentor, started)
    mentor.refresh_from_db()
    assert not mentor.paused


def test_the_enquiry_that_reaches_the_limit_is_still_delivered(client, site, mentor, started, rule):
    write(client, site, mentor, started)
    write(client, site, mentor, started)
    assert Enquiry.objects.filter(state=Enquiry.State.DELIVERED).count() == 2
    assert Enquiry.objects.filter(paused_mentor=True).count() == 1
