"""The list answers in a fixed number of database queries, however many mentors it holds."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail_factories import ImageFactory

from tests.api_support import MENTORS
from tests.factories import MentorFactory, region

pytestmark = pytest.mark.django_db


def add_mentors(count, photo):
    for _ in range(count):
        MentorFactory(
            photo=photo,
            region=region("london"),
            taxonomies={"areas": ["returning-to-practice"], "formats": ["phone"]},
        )


def queries_for(client, url):
    client.get(url)  # first call may create image renditions
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_list_queries_do_not_grow_with_the_number_of_mentors(client, site):
    photo = ImageFactory()
    add_mentors(2, photo)
    few = queries_for(client, MENTORS)
    add_mentors(10, photo)
    assert queries_for(client, MENTORS) == few
    assert few < 25
