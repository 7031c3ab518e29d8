"""Public pages come from the cache with no query, and never outlive a change: a mentor paused,
unpublished, edited or deleted shows at once on the directory, their page and the API."""

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext

from directory.models import Mentor
from directory.selfservice import apply_availability
from tests.api_support import MENTORS
from tests.factories import MentorFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def mentor(site, client):
    mentor = MentorFactory(name="Cached Cass")
    client.get(site.url)  # the first visit creates the site's settings, a change of its own
    client.cookies.clear()
    return mentor


def profile_url(site, mentor):
    return site.url + site.reverse_subpage("mentor", args=[mentor.slug])


def get_counting(client, url, **headers):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, **headers)
    return response, len(queries)


@pytest.mark.parametrize("which", ["directory", "profile"])
def test_a_second_visit_is_a_cache_hit_without_queries(client, site, mentor, which):
    url = site.url if which == "directory" else profile_url(site, mentor)
    first = client.get(url)
    assert first["X-Cache"] in ("miss", "hit")
    again, queries = get_counting(client, url)
    assert again["X-Cache"] == "hit"
    assert queries == 0
    assert again.content == first.content
    assert again["Content-Security-Policy"] == first["Content-Security-Policy"]


@pytest.mark.parametrize("url", ["directory", MENTORS])
def test_a_current_copy_is_confirmed_with_304_without_queries(client, site, mentor, url):
    url = site.url if url == "directory" else url
    first = client.get(url)
    response, queries = get_counting(client, url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert response.status_code == 304
    assert queries == 0


def pause_in_admin(mentor):
    mentor.paused = True
    mentor.save()


def pause_self_service(mentor):
    apply_availability(mentor, paused=True)  # a queryset update: no model signal


def unpublish(mentor):
    mentor.unpublish()


def delete(mentor):
    Mentor.objects.filter(pk=mentor.pk).get().delete()


@pytest.mark.parametrize("action", [pause_in_admin, pause_self_service, unpublish, delete])
def test_a_hidden_mentor_disappears_at_once(client, site, mentor, action):
    profile = profile_url(site, mentor)
    for url in (site.url, profile, MENTORS):
        client.get(url)
        assert "Cached Cass" in client.get(url).content.decode()  # cached now
    etag = client.get(site.url)["ETag"]
    action(mentor)
    assert "Cached Cass" not in client.get(site.url).content.decode()
    assert client.get(site.url, HTTP_IF_NONE_MATCH=etag).status_code == 200
    assert client.get(profile).status_code == 404
    assert "Cached Cass" not in client.get(MENTORS).content.decode()


def test_an_edit_shows_at_once(client, site, mentor):
    client.get(site.url)
    mentor.name = "Renamed Rue"
    mentor.save_revision().publish()
    assert "Renamed Rue" in client.get(site.url).content.decode()


def test_pages_with_a_form_are_never_stored(client, signup_page):
    first = client.get(signup_page.url)
    assert b"csrfmiddlewaretoken" in first.content
    again = client.get(signup_page.url)
    assert again.get("X-Cache") != "hit"
    assert "csrftoken" in again.cookies or "csrftoken" in client.cookies


def test_signed_in_editors_bypass_the_cache(client, site, mentor):
    client.get(site.url)
    editor = get_user_model().objects.create_superuser("editor", "e@example.test", "pw-long-enough")
    client.force_login(editor)
    response = client.get(site.url)
    assert not response.has_header("X-Cache")


def test_visitors_with_a_message_waiting_bypass_the_cache(client, site, mentor):
    client.get(site.url)
    client.cookies["messages"] = "x"
    assert not client.get(site.url).has_header("X-Cache")
