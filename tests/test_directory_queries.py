"""The directory costs the same, small number of queries however many mentors are listed:
at most 5 for the list (filtered or searched) and 4 for a mentor's page when the page is not in
the page cache, and none at all when it is."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms import content_version
from directory.models import Area, MenteeGroup, Mentor
from tests.factories import MentorFactory, region

pytestmark = pytest.mark.django_db

LIST_MAX, PROFILE_MAX = 5, 4


@pytest.fixture(autouse=True)
def _no_page_cache(settings):
    """Whole-page caching off, so that what is counted is the work of building the page (the
    versioned caches of sites, routes and vocabularies stay on: they are warm in production)."""
    settings.PAGE_CACHE_SECONDS = 0


def add_mentors(count):
    """Many mentors at once, with groups and areas, without indexing each one for search.

    Bulk inserts send no signals, so they move the content version on themselves, as any bulk
    write to public content must."""
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
    content_version.bump()


def count_queries(client, url, params=None):
    # Warm what every request shares (site, route, settings, vocabularies), as in production,
    # but not this query's own count: "warm" is a parameter the filters ignore.
    client.get(url, {"warm": "1"})
    client.get(url, {"warm": "2"})
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, params)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize(
    "params",
    [
        None,
        {"region": "london", "mentee_group": "trainee-eps"},
        {"q": "bulk"},
        {"page": "3"},
    ],
)
def test_directory_query_count_does_not_grow(client, site, params):
    add_mentors(40)
    with_forty = count_queries(client, site.url, params)
    add_mentors(160)
    assert Mentor.objects.listed().count() == 200
    assert count_queries(client, site.url, params) == with_forty <= LIST_MAX


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
    assert count_queries(client, urls[0]) == count_queries(client, urls[1]) <= PROFILE_MAX


def test_a_page_cache_hit_costs_no_query(client, site, settings):
    settings.PAGE_CACHE_SECONDS = 600
    add_mentors(20)
    client.get(site.url)  # creates the site's settings: a change, so not stored
    client.get(site.url)
    assert count_queries(client, site.url) == 0


@pytest.mark.parametrize("page", ["2", "7", "17"])
def test_deep_pages_show_the_same_mentors_when_read_by_keys_first(client, site, page, monkeypatch):
    from directory import counting

    add_mentors(200)
    shallow = client.get(site.url, {"page": page}).content
    monkeypatch.setattr(counting, "DEEP_OFFSET", 1)
    content_version.bump()  # nothing cached from the first way of reading
    deep = client.get(site.url, {"page": page}).content
    assert deep == shallow
    assert deep.count(b'class="card mentor-card"') == (200 - 12 * 16 if page == "17" else 12)


def test_cards_already_made_cost_one_query_for_the_pages_keys(client, site):
    add_mentors(8)
    client.get(site.url)  # the first visit creates the site's settings, a change of its own
    client.get(site.url)  # makes the cards and the count
    with CaptureQueriesContext(connection) as queries:
        html = client.get(site.url).content.decode()
    assert len(queries) == 1
    assert html.count('class="card mentor-card"') == 8
    # A change moves the version on, so the cards are made again from the new rows.
    Mentor.objects.filter(name="Bulk 0000").update(role="Head of a service")
    content_version.bump()
    assert "Head of a service" in client.get(site.url).content.decode()
