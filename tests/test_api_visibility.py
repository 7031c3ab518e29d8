"""The one visibility rule through the API: one mentor in each hidden state, absent everywhere."""

import pytest

from tests.api_support import MENTORS, slugs
from tests.factories import MentorFactory, region
from tests.test_visibility import HIDDEN_STATES

pytestmark = pytest.mark.django_db


@pytest.fixture
def mentors(site):
    visible = MentorFactory(name="Visible Vera", bio="<p>zebracrossing</p>", region=region("wales"))
    hidden = {
        state: MentorFactory(
            name=f"Hidden {state}", bio="<p>zebracrossing</p>", region=region("wales"), **fields
        )
        for state, fields in HIDDEN_STATES.items()
    }
    return visible, hidden


def test_list_holds_only_the_listed_mentor(client, mentors):
    visible, _ = mentors
    body = client.get(MENTORS).json()
    assert body["count"] == 1
    assert slugs(client.get(MENTORS)) == [visible.slug]


@pytest.mark.parametrize("state", HIDDEN_STATES)
def test_hidden_mentor_detail_is_404(client, mentors, state):
    _, hidden = mentors
    response = client.get(f"{MENTORS}{hidden[state].slug}/")
    assert response.status_code == 404
    assert response.json()["errors"][0]["message"]
    assert hidden[state].name not in response.content.decode()


def test_hidden_mentors_are_absent_from_search_and_filters(client, mentors):
    visible, _ = mentors
    assert slugs(client.get(MENTORS, {"q": "zebracrossing"})) == [visible.slug]
    assert slugs(client.get(MENTORS, {"region": "wales"})) == [visible.slug]


def test_taxonomy_counts_count_only_listed_mentors(client, mentors):
    counts = {t["slug"]: t["mentor_count"] for t in client.get("/api/v1/regions/").json()}
    assert counts["wales"] == 1
