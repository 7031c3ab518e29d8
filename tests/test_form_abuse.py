"""Every public form refuses bots and floods with a clear message, and nothing else happens:
CSRF, a honeypot, a minimum fill time, a per-address rate limit and length limits."""

import time

import pytest
from django.core import mail
from django.test import Client

from directory.abuse import RATE_LIMIT, RATE_WINDOW_SECONDS, record_submission, started_token
from directory.models import Mentor
from tests.factories import MentorFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def mentor(site):
    return MentorFactory(email="kim@example.test")


def ask(client, manage_page, **data):
    return client.post(manage_page.url, {"email": "kim@example.test", **data})


def test_a_filled_honeypot_is_refused(client, manage_page, mentor, started):
    response = ask(client, manage_page, started=started, website="http://spam.test")
    assert response.status_code == 400
    assert "could not be sent" in response.content.decode()
    assert mail.outbox == []


def test_a_form_sent_too_quickly_is_refused_and_keeps_the_answer(client, manage_page, mentor):
    response = ask(client, manage_page, started=started_token())
    assert response.status_code == 400
    html = response.content.decode()
    assert "very quick" in html
    assert 'value="kim@example.test"' in html
    assert mail.outbox == []


def test_a_missing_or_forged_start_time_is_refused(client, manage_page, mentor):
    assert ask(client, manage_page).status_code == 400
    assert ask(client, manage_page, started="1700000000").status_code == 400
    assert mail.outbox == []


def test_too_many_submissions_from_one_address_are_refused(client, manage_page, mentor, started):
    for _ in range(RATE_LIMIT):
        assert ask(client, manage_page, started=started).status_code == 302
    response = ask(client, manage_page, started=started)
    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= RATE_WINDOW_SECONDS
    assert "Too many forms" in response.content.decode()
    assert len(mail.outbox) == RATE_LIMIT
    # Another address is not affected.
    other = client.post(
        manage_page.url,
        {"email": "kim@example.test", "started": started},
        REMOTE_ADDR="192.0.2.99",
    )
    assert other.status_code == 302


def test_posts_that_fail_validation_do_not_use_up_the_limit(client, manage_page, mentor, started):
    # A mentee who gets the form wrong a few times is not locked out.
    for _ in range(RATE_LIMIT + 2):
        assert ask(client, manage_page, started=started, email="not an address").status_code == 400
    assert ask(client, manage_page, started=started).status_code == 302


def test_the_sign_up_form_is_rate_limited_too(client, signup_page, started, rf):
    request = rf.post("/", REMOTE_ADDR="127.0.0.1")
    for _ in range(RATE_LIMIT):
        record_submission(request, "signup")
    response = client.post(signup_page.url, {"started": started})
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    assert Mentor.objects.count() == 0


def test_forms_need_the_csrf_token(manage_page, signup_page, mentor, started):
    strict = Client(enforce_csrf_checks=True)
    assert (
        strict.post(manage_page.url, {"email": "kim@example.test", "started": started}).status_code
        == 403
    )
    assert strict.post(signup_page.url, {"started": started}).status_code == 403
    assert mail.outbox == []


def test_over_long_answers_are_refused(client, signup_page, started):
    response = client.post(
        signup_page.url, {"name": "x" * 5000, "bio": "y" * 50_000, "started": started}
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "at most 150 characters" in html and "at most 3000 characters" in html
    assert Mentor.objects.count() == 0


def test_a_form_left_open_for_days_is_refused(client, manage_page, mentor):
    old = started_token(now=time.time() - 3 * 24 * 3600)
    response = ask(client, manage_page, started=old)
    assert response.status_code == 400
    assert "expired" in response.content.decode()
