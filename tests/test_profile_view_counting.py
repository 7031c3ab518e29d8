"""Profile views are counted per mentor per day, privately and cheaply: no cookie, no session,
no Vary, nothing about the visitor stored, one UPDATE per view. The page is cached, so the view
is counted when the page's one-pixel image is fetched."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from directory.models import ProfileView
from tests.contact_support import make_mentor, profile_url

pytestmark = pytest.mark.django_db


@pytest.fixture
def mentor(site):
    return make_mentor()


def beacon_of(html):
    (src,) = re.findall(r'<img class="view-beacon" src="([^"]+)"', html)
    return src


def view(client, site, mentor, **kwargs):
    """What a browser does: the page (perhaps from a cache), then its images."""
    page = client.get(profile_url(site, mentor), **kwargs)
    assert page.status_code == 200
    return client.get(beacon_of(page.content.decode()), **kwargs)


def test_views_add_up_in_one_row_per_day_also_when_the_page_comes_from_the_cache(
    client, site, mentor
):
    for _ in range(3):
        view(client, site, mentor)
    assert client.get(profile_url(site, mentor))["X-Cache"] == "hit"
    (row,) = ProfileView.objects.all()
    assert (row.mentor, row.day, row.views) == (mentor, timezone.localdate(), 3)


def test_the_pixel_is_never_cached_and_sets_nothing(client, site, mentor):
    pixel = view(client, site, mentor, REMOTE_ADDR="203.0.113.9", HTTP_USER_AGENT="Firefox/140")
    assert pixel.status_code == 200
    assert pixel["Content-Type"] == "image/gif"
    assert pixel["Cache-Control"] == "no-store"
    assert not pixel.cookies


def test_nothing_about_the_visitor_is_kept_and_the_page_stays_publicly_cacheable(
    client, site, mentor
):
    response = client.get(
        profile_url(site, mentor), REMOTE_ADDR="203.0.113.9", HTTP_USER_AGENT="Firefox/140"
    )
    client.get(beacon_of(response.content.decode()), REMOTE_ADDR="203.0.113.9")
    assert not response.cookies
    assert "public" in response["Cache-Control"]
    assert {f.name for f in ProfileView._meta.get_fields()} == {"id", "mentor", "day", "views"}
    stored = str(list(ProfileView.objects.values()))
    assert "203.0.113.9" not in stored and "Firefox" not in stored


@pytest.mark.parametrize(
    "request_kwargs",
    [
        {"HTTP_USER_AGENT": "Mozilla/5.0 (compatible; Googlebot/2.1)"},
        {"HTTP_COOKIE": "sessionid=abc"},  # a signed-in editor
    ],
)
def test_crawlers_and_editors_are_not_counted(client, site, mentor, request_kwargs):
    view(client, site, mentor, **request_kwargs)
    assert ProfileView.objects.count() == 0


def test_head_requests_and_hidden_mentors_are_not_counted_and_answer_alike(client, site, mentor):
    from tests.factories import MentorFactory

    url = reverse("profile_view_beacon", args=[mentor.slug])
    client.head(url)
    hidden = MentorFactory(paused=True)
    hidden_pixel = client.get(reverse("profile_view_beacon", args=[hidden.slug]))
    unknown_pixel = client.get(reverse("profile_view_beacon", args=["nobody-at-all"]))
    assert ProfileView.objects.count() == 0
    # The pixel says nothing about which slugs exist.
    assert hidden_pixel.content == unknown_pixel.content == client.get(url).content


def test_counting_costs_one_query_once_todays_row_exists(client, site, mentor):
    url = reverse("profile_view_beacon", args=[mentor.slug])
    client.get(url)

    def queries(**kwargs):
        with CaptureQueriesContext(connection) as captured:
            client.get(url, **kwargs)
        return [q["sql"].lstrip().upper() for q in captured]

    counted = queries()
    not_counted = queries(HTTP_USER_AGENT="examplebot")
    assert not_counted == []
    assert len(counted) == 2  # which mentor, then today's counter
    assert counted[-1].startswith("UPDATE")


def test_counting_a_view_leaves_cached_pages_in_place(client, site, mentor):
    client.get(site.url)  # the first visit creates the site's settings, a change of its own
    assert client.get(site.url)["X-Cache"] == "miss"
    view(client, site, mentor)  # today's first view: a new row
    view(client, site, mentor)
    assert ProfileView.objects.get().views == 2
    assert client.get(site.url)["X-Cache"] == "hit"
