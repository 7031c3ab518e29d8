"""The list answers in at most 4 database queries, however many mentors it holds and however
many taxonomies each carries, and a 304 in none."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail_factories import ImageFactory

from tests.api_support import MENTORS
from tests.factories import MentorFactory, region

pytestmark = pytest.mark.django_db

API_MAX = 4
SEARCH_MAX = 5


def add_mentors(count, photo):
    for _ in range(count):
        MentorFactory(
            photo=photo,
            region=region("london"),
            taxonomies={"areas": ["returning-to-practice"], "formats": ["phone"]},
        )


def queries_for(client, url):
    client.get(url)  # first call may create image renditions and the site's settings
    client.get(url + ("&" if "?" in url else "?") + "page_size=99")
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_list_queries_do_not_grow_with_the_number_of_mentors(client, site):
    photo = ImageFactory()
    add_mentors(2, photo)
    few = queries_for(client, MENTORS)
    add_mentors(10, photo)
    assert queries_for(client, MENTORS) == few <= API_MAX
    assert queries_for(client, MENTORS + "?region=london&format=phone") <= API_MAX
    assert queries_for(client, MENTORS + "?region=london&q=test") <= SEARCH_MAX


def test_a_304_costs_no_query(client, site):
    add_mentors(3, ImageFactory())
    etag = client.get(MENTORS)["ETag"]
    with CaptureQueriesContext(connection) as captured:
        assert client.get(MENTORS, HTTP_IF_NONE_MATCH=etag).status_code == 304
    assert len(captured) == 0


def test_a_page_of_mentors_already_built_is_one_query_and_a_change_rebuilds_it(client, site):
    add_mentors(5, ImageFactory())
    client.get(MENTORS)  # builds and keeps each mentor's JSON under this content version
    with CaptureQueriesContext(connection) as captured:
        names = [m["name"] for m in client.get(MENTORS).json()["results"]]
    assert len(captured) == 1  # the page's keys, in order
    assert len(names) == 5

    from directory.models import Mentor

    Mentor.objects.filter(name=names[0]).update(role="Principal educational psychologist")
    from cms import content_version

    content_version.bump()  # as every save and publish does
    first = client.get(MENTORS).json()["results"][0]
    assert first["role"] == "Principal educational psychologist"
