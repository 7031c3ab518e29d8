"""Profile views are counted per mentor per day, privately and cheaply: no cookie, no session,
no Vary, nothing about the visitor stored, one UPDATE per view."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from directory.models import ProfileView
from tests.contact_support import make_mentor, profile_url

pytestmark = pytest.mark.django_db


@pytest.fixture
def mentor(site):
    return make_mentor()


def test_views_add_up_in_one_row_per_day(client, site, mentor):
    for _ in range(3):
        assert client.get(profile_url(site, mentor)).status_code == 200
    (row,) = ProfileView.objects.all()
    assert (row.mentor, row.day, row.views) == (mentor, timezone.localdate(), 3)


def test_nothing_about_the_visitor_is_kept_and_the_page_stays_publicly_cacheable(
    client, site, mentor
):
    response = client.get(
        profile_url(site, mentor), REMOTE_ADDR="203.0.113.9", HTTP_USER_AGENT="Firefox/140"
    )
    not_counted = client.get(profile_url(site, mentor), HTTP_USER_AGENT="examplebot")
    assert not response.cookies
    # Counting adds nothing to the answer: the same Vary (the user bar's) and public caching.
    assert response.get("Vary") == not_counted.get("Vary")
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
    client.get(profile_url(site, mentor), **request_kwargs)
    assert ProfileView.objects.count() == 0


def test_head_requests_and_hidden_mentors_are_not_counted(client, site, mentor):
    from tests.factories import MentorFactory

    client.head(profile_url(site, mentor))
    hidden = MentorFactory(paused=True)
    client.get(profile_url(site, hidden))
    assert ProfileView.objects.count() == 0


def test_counting_costs_one_query(client, site, mentor):
    url = profile_url(site, mentor)
    client.get(url)  # today's row exists from here on, as it does for every later view

    def queries(**kwargs):
        with CaptureQueriesContext(connection) as captured:
            client.get(url, **kwargs)
        return captured

    counted = queries()
    not_counted = queries(HTTP_USER_AGENT="examplebot")
    assert len(counted) == len(not_counted) + 1
    assert counted[-1]["sql"].lstrip().upper().startswith("UPDATE") or any(
        q["sql"].lstrip().upper().startswith("UPDATE") for q in counted
    )
