"""The directory costs the same number of queries however many mentors are listed."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from directory.models import Area, MenteeGroup, Mentor
from tests.factories import MentorFactory, region

pytestmark = pytest.mark.django_db


def add_mentors(count):
    """Many mentors at once, with groups and areas, without indexing each one for search."""
    start = Mentor.objects.count()
    mentors = Mentor.objects.bulk_create(
        MentorFactory.build(name=f"Bulk {start + n:04}", slug=f"bulk-{start + n}", region=r)
        for n, r in zip(range(count), [region("london")] * count, strict=True)
    )
    groups = MenteeGroup.objects.filter(slug__in=["trainee-eps", "aspiring-eps"])
    area = Area.objects.first()
    Mentor.mentee_groups.through.objects.bulk_create(
        Mentor.mentee_groups.through(mentor=m, menteegroup=g) for m in mentors for g in groups
    )
    Mentor.areas.through.objects.bulk_create(
        Mentor.areas.through(mentor=m, area=area) for m in mentors
    )


def count_queries(client, url, params=None):
    client.get(url, params)  # warm the caches every request shares
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, params)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("params", [None, {"region": "london", "mentee_group": "trainee-eps"}])
def test_directory_query_count_does_not_grow(client, site, params):
    add_mentors(10)
    with_ten = count_queries(client, site.url, params)
    add_mentors(190)
    assert Mentor.objects.listed().count() == 200
    assert count_queries(client, site.url, params) == with_ten


def test_mentor_page_query_count_does_not_grow_with_taxonomies(client, site):
    few = MentorFactory(taxonomies={"areas": ["research-and-doctoral-thesis"]})
    many = MentorFactory(
        taxonomies={
            "areas": ["research-and-doctoral-thesis", "publishing-journal-articles"],
            "specialisms": ["autism", "early-years", "semh"],
            "formats": ["phone", "email"],
            "mentee_groups": ["trainee-eps", "qualified-eps"],
        }
    )
    urls = [site.url + site.reverse_subpage("mentor", args=[m.slug]) for m in (few, many)]
    assert count_queries(client, urls[0]) == count_queries(client, urls[1])
