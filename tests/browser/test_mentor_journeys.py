"""A mentor's whole life in a real browser: they sign up, an editor records the HCPC register
check and approves them in the Wagtail admin, and later they pause, resume and withdraw
through the link they are e-mailed."""

import re

import pytest
from django.core import mail
from django.utils import timezone

from directory.models import Mentor
from tests.browser.conftest import describe

pytestmark = pytest.mark.browser

EDITOR = ("editor", "a-long-editor-passphrase-for-tests")


@pytest.fixture(autouse=True)
def forms_accept_quick_people(monkeypatch):
    monkeypatch.setattr("directory.abuse.MIN_FILL_SECONDS", 0)
    monkeypatch.setattr("directory.abuse.RATE_LIMIT", 1000)


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser(EDITOR[0], "editor@example.test", EDITOR[1])


def sign_up(page, base_url, name, email):
    page.goto(f"{base_url}/pilot/become-a-mentor/")
    page.get_by_label("Your full name").fill(name)
    page.get_by_label("E-mail address").fill(email)
    page.get_by_label("HCPC registration number").fill("PYL 07777")
    page.get_by_label("I am a qualified educational psychologist").check()
    page.get_by_label("Current role").fill("Senior Educational Psychologist")
    page.get_by_label("How many mentees").fill("2")
    page.get_by_label("I agree to the terms").check()
    page.get_by_label("I consent to my profile").check()
    page.get_by_role("button", name="Send my application").click()
    page.wait_for_load_state()


def link_in(message, base_url):
    # The e-mailed link carries the site's configured host; the test server has its own.
    path = re.search(r"https?://[^/\s]+(/\S*/link/\?t=[\w-]+)", message.body).group(1)
    return base_url + path


def test_sign_up_and_an_editor_approves_in_the_admin(page, live_server, demo_site, editor, axe):
    sign_up(page, live_server.url, "Rowan Testwell", "rowan@example.test")
    applicant = Mentor.objects.get(name="Rowan Testwell")
    assert not applicant.live
    assert "rowan@example.test" in [m.to[0] for m in mail.outbox]

    page.goto(f"{live_server.url}/admin/login/")
    page.get_by_label("Username").fill(EDITOR[0])
    page.get_by_label("Password").fill(EDITOR[1])
    page.get_by_role("button", name="Sign in").click()
    page.get_by_role("link", name="Rowan Testwell").first.click()
    page.wait_for_url("**/admin/snippets/directory/mentor/edit/**")

    page.locator("footer .dropdown-toggle, footer [data-w-dropdown-target='toggle']").first.click()
    page.get_by_role("button", name="Record registration check and approve").click()
    checked_on = page.locator("input[type='date'][name='registration_checked_on']")
    checked_on.fill(timezone.localdate().isoformat())
    page.locator("form").filter(has=checked_on).get_by_role("button").click()
    page.wait_for_load_state("networkidle")

    applicant.refresh_from_db()
    assert applicant.live and applicant.registration_checked_on == timezone.localdate()
    approved = [m for m in mail.outbox if m.to == ["rowan@example.test"]][-1]
    assert link_in(approved, live_server.url)

    page.goto(f"{live_server.url}/pilot/find-a-mentor/?q=Testwell")
    page.get_by_role("link", name="Rowan Testwell").click()
    assert page.get_by_role("heading", level=1, name=re.compile("Rowan Testwell")).is_visible()
    assert axe(page) == [], describe(axe(page))


def test_a_mentor_pauses_resumes_and_withdraws_through_their_link(page, live_server, demo_site):
    mentor = Mentor.objects.listed().order_by("name").first()
    profile = f"{live_server.url}/pilot/find-a-mentor/{mentor.slug}/"
    mail.outbox.clear()

    page.goto(f"{live_server.url}/pilot/manage-my-listing/")
    page.get_by_label("The e-mail address you signed up with").fill(mentor.email)
    page.get_by_role("button", name="Send me a link").click()
    page.wait_for_load_state()
    page.goto(link_in(mail.outbox[-1], live_server.url))
    assert page.get_by_role("heading", level=1, name="Manage your listing").is_visible()

    page.get_by_role("button", name="Pause my listing").click()
    assert page.get_by_role("status").is_visible()
    assert page.get_by_role("button", name="Resume my listing").is_visible()
    assert not Mentor.objects.listed().filter(pk=mentor.pk).exists()
    assert page.context.request.get(profile).status == 404

    page.get_by_role("button", name="Resume my listing").click()
    assert page.get_by_role("button", name="Pause my listing").is_visible()
    assert Mentor.objects.listed().filter(pk=mentor.pk).exists()
    assert page.context.request.get(profile).status == 200

    page.get_by_label(re.compile("I want to leave the directory")).check()
    page.get_by_role("button", name="Withdraw and erase my details").click()
    page.wait_for_load_state()
    assert not Mentor.objects.filter(pk=mentor.pk).exists()
    assert page.context.request.get(profile).status == 404
