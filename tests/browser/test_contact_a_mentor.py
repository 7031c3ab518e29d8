"""A mentee writes to a mentor in a real browser: the form (plain HTML, no script of its own),
its error state and the "what happens next" page all pass axe-core, and the mentor's address
never shows."""

import re
import time

import pytest
from django.core import mail
from django.db.models import Sum
from django.utils import timezone

from directory.models import Enquiry, ProfileView
from tests.browser.conftest import describe

pytestmark = pytest.mark.browser


def views_today(slug):
    rows = ProfileView.objects.filter(mentor__slug=slug, day=timezone.localdate())
    return rows.aggregate(total=Sum("views"))["total"] or 0


def test_contact_a_mentor(page, live_server, demo_site, axe):
    seen_before = views_today("amara-okafor")
    page.goto(f"{live_server.url}/pilot/find-a-mentor/amara-okafor/")
    # The browser fetched the page's counting pixel: one view, with no script.
    assert views_today("amara-okafor") == seen_before + 1
    page.get_by_role("link", name="Write to Amara Okafor").click()
    assert page.get_by_role("heading", level=1, name="Contact Amara Okafor").is_visible()
    assert page.locator("main script").count() == 0
    assert axe(page) == [], describe(axe(page))

    # Sent empty: the error summary links to each field, and that page passes axe too.
    time.sleep(3)  # the form refuses answers sent faster than a person could type them
    page.get_by_role("button", name="Send my message").click()
    summary = page.get_by_role("alert")
    assert summary.get_by_role("link", name=re.compile("Your name")).is_visible()
    assert axe(page) == [], describe(axe(page))

    page.get_by_label("Your name").fill("Jo Tester")
    page.get_by_label("Your e-mail address").fill("jo.tester@example.org")
    page.get_by_role("group", name="Where are you in your career?").get_by_role(
        "radio"
    ).first.check()
    page.get_by_label("Your message").fill("Hello, I would like to talk about leadership.")
    page.get_by_label(re.compile("I identify as belonging")).check()
    page.get_by_label("I agree to the terms of the pilot").check()
    time.sleep(3)
    page.get_by_role("button", name="Send my message").click()
    assert page.get_by_role("heading", level=1, name="Your message is on its way").is_visible()
    assert "amara.okafor@" not in page.content()
    assert axe(page) == [], describe(axe(page))

    # The mentor received it, reply-to the mentee; what is kept has no message text.
    (to_mentor,) = [m for m in mail.outbox if any("amara.okafor@" in to for to in m.to)]
    assert to_mentor.reply_to == ["jo.tester@example.org"]
    assert "leadership" in to_mentor.body
    enquiry = Enquiry.objects.filter(mentor__slug="amara-okafor").latest("pk")
    assert "leadership" not in str(vars(enquiry))


def test_report_a_concern_page_passes_axe(page, live_server, demo_site, axe):
    page.goto(f"{live_server.url}/pilot/find-a-mentor/amara-okafor/")
    page.get_by_role("link", name="Report a concern about this listing").click()
    assert page.get_by_role("heading", level=1, name=re.compile("Report a concern")).is_visible()
    assert axe(page) == [], describe(axe(page))
