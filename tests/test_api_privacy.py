"""Walks every key and value of every API response and fails on anything private."""

import pytest

from directory.models import LivedExperienceTag
from tests.api_support import MENTORS, full_mentor

pytestmark = pytest.mark.django_db

TAXONOMIES = ["areas", "specialisms", "regions", "mentee-groups", "formats", "lived-experience"]
PRIVATE_KEYS = {
    "id",
    "pk",
    "email",
    "hcpc_number",
    "editor_notes",
    "consent_to_publish",
    "consent_given_at",
    "lived_experience_consent",
    "terms_version",
    "terms_accepted_at",
    "registration_confirmed",
    "registration_checked_by",
    "revisions",
    "latest_revision",
    "live_revision",
    "submitted_at",
    "withdrawn_at",
    "listing_expires_on",
}


def walk(value, path="$"):
    """Yields (path, key, leaf value) for every entry of a JSON document."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield path, key, None
            yield from walk(item, f"{path}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from walk(item, f"{path}[{index}]")
    else:
        yield path, None, value


@pytest.fixture
def mentors(site):
    open_mentor = full_mentor()
    private_mentor = full_mentor(
        name="Quinn Example",
        slug="quinn-example",
        email="quinn.private@example.test",
        hcpc_number="PYL777002",
        lived_experience_consent=False,
        lived_experience_statement="SECRET-UNCONSENTED-STATEMENT",
    )
    private_mentor.lived_experience_tags.set(LivedExperienceTag.objects.filter(slug="lgbtq"))
    return open_mentor, private_mentor


def private_values(mentors):
    # Tag names are public vocabulary (/api/v1/lived-experience/); the unconsented statement
    # is not. Consent for tags is checked by the tests below.
    values = {"SECRET-UNCONSENTED-STATEMENT"}
    for mentor in mentors:
        values |= {mentor.email, mentor.hcpc_number, mentor.editor_notes, mentor.terms_version}
    return values - {""}


def responses(client, mentors):
    urls = [MENTORS, MENTORS + "?page_size=100&ordering=-updated_at"]
    urls += [f"{MENTORS}{mentor.slug}/" for mentor in mentors]
    urls += [f"/api/v1/{name}/" for name in TAXONOMIES]
    urls += [f"{MENTORS}?region=atlantis", f"{MENTORS}?colour=blue", "/api/v1/nothing/"]
    for url in urls:
        response = client.get(url)
        assert response.status_code < 500, url
        yield url, response.json()


def test_no_response_contains_a_private_value_or_key(client, mentors):
    secrets = private_values(mentors)
    checked = 0
    for url, body in responses(client, mentors):
        for path, key, leaf in walk(body):
            assert key not in PRIVATE_KEYS, f"{url} {path}.{key}"
            if isinstance(leaf, str):
                checked += 1
                for secret in secrets:
                    assert secret not in leaf, f"{url} {path} holds a private value"
    assert checked > 50


def test_lived_experience_without_consent_is_empty(client, mentors):
    _, private_mentor = mentors
    body = client.get(f"{MENTORS}{private_mentor.slug}/").json()
    assert body["lived_experience_tags"] == []
    assert body["lived_experience_statement"] == ""


def test_lived_experience_filter_and_count_only_use_consented_tags(client, mentors):
    assert client.get(MENTORS, {"lived_experience": "lgbtq"}).json()["count"] == 0
    counts = {t["slug"]: t["mentor_count"] for t in client.get("/api/v1/lived-experience/").json()}
    assert counts["lgbtq"] == 0
    assert counts["first-in-family-to-go-to-university"] == 1


@pytest.mark.parametrize("secret", ["PYL777001", "priya.private@example.test", "SECRET-EDITOR"])
def test_private_values_cannot_be_searched_for(client, mentors, secret):
    assert client.get(MENTORS, {"q": secret}).json()["count"] == 0
