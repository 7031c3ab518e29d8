"""Paging is stable: with many mentors sharing a name and an update time, walking the pages in
any ordering visits every mentor exactly once."""

import pytest
from django.utils import timezone

from directory.models import Mentor
from tests.api_support import MENTORS, slugs
from tests.factories import MentorFactory

pytestmark = pytest.mark.django_db

COUNT = 23


@pytest.fixture
def namesakes(db):
    mentors = [MentorFactory(name="Sam Same") for _ in range(COUNT)]
    Mentor.objects.update(updated_at=timezone.now())  # ties on every ordering field
    return mentors


def walk_pages(client, params):
    seen, url, pages = [], MENTORS, 0
    response = client.get(url, params)
    while True:
        assert response.status_code == 200
        body = response.json()
        assert body["count"] == COUNT
        seen += slugs(response)
        pages += 1
        if not body["next"]:
            return seen, pages
        response = client.get(body["next"].removeprefix("http://testserver"))


@pytest.mark.parametrize("ordering", [None, "name", "-name", "updated_at", "-updated_at"])
def test_every_mentor_once_in_every_ordering(client, namesakes, ordering):
    params = {"page_size": 5, **({"ordering": ordering} if ordering else {})}
    seen, pages = walk_pages(client, params)
    assert pages == 5
    assert len(seen) == len(set(seen)) == COUNT
    assert seen == walk_pages(client, params)[0]  # and the same order every time


def test_search_results_page_stably(client, namesakes):
    seen, _ = walk_pages(client, {"q": "Sam", "page_size": 4})
    assert len(seen) == len(set(seen)) == COUNT


def test_default_and_maximum_page_size(client, namesakes):
    assert len(client.get(MENTORS).json()["results"]) == 20
    assert len(client.get(MENTORS, {"page_size": 100}).json()["results"]) == COUNT


def test_links_keep_the_query(client, namesakes):
    body = client.get(MENTORS, {"page_size": 10, "page": 2, "accepting": "accepting"}).json()
    assert "page=3" in body["next"] and "page_size=10" in body["next"]
    assert "accepting=accepting" in body["next"]
    assert body["previous"].startswith("http://testserver/api/v1/mentors/")
