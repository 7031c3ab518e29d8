"""The mentor's e-mail address never appears in any response of the contact pages: the form,
its errors, the refusal, the "what happens next" page or the concern pages."""

import pytest

from directory.abuse import RATE_LIMIT
from tests.contact_support import (
    MENTOR_EMAIL,
    answers,
    concern_url,
    contact_url,
    make_mentor,
    profile_url,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def mentor(site):
    return make_mentor()


def assert_private(response):
    body = response.content.decode()
    assert MENTOR_EMAIL not in body
    assert "hidden.mentor" not in body
    for value in response.headers.values():
        assert MENTOR_EMAIL not in value


def test_the_address_is_absent_from_every_response(client, site, mentor, started):
    url = contact_url(site, mentor)
    responses = [
        client.get(profile_url(site, mentor)),
        client.get(url),
        client.post(url, answers(started, email="not an address")),  # 400
        client.post(url, answers(started, website="spam")),  # refused as a bot
        client.post(url, answers(started), follow=True),  # sent, then "what happens next"
        client.get(concern_url(site, mentor)),
        client.post(concern_url(site, mentor), {"started": started}),  # 400
        client.post(
            concern_url(site, mentor), {"reason": "no-reply", "started": started}, follow=True
        ),
    ]
    for _ in range(RATE_LIMIT):
        responses.append(client.post(url, answers(started)))
    responses.append(client.post(url, answers(started)))  # 429
    assert {r.status_code for r in responses} >= {200, 302, 400, 429}
    for response in responses:
        assert_private(response)


def test_the_not_accepting_message_does_not_reveal_it_either(client, site, mentor, started):
    mentor.accepting = "closed"
    mentor.save()
    for response in (
        client.get(contact_url(site, mentor)),
        client.post(contact_url(site, mentor), answers(started)),
    ):
        assert_private(response)


def test_contact_pages_set_no_public_cache(client, site, mentor):
    # Forms carry a CSRF cookie, so shared caches must not keep them.
    response = client.get(contact_url(site, mentor))
    assert "public" not in response.get("Cache-Control", "")
