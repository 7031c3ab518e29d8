"""Conditional requests: 304 while nothing changed, fresh answers as soon as a mentor is
published, changed, paused or unpublished."""

import datetime

import pytest
from django.utils import timezone

from directory.models import Mentor, Region
from tests.api_support import MENTORS
from tests.factories import MentorFactory

pytestmark = pytest.mark.django_db

URLS = [MENTORS, MENTORS + "?region=london", "/api/v1/regions/"]


@pytest.fixture
def mentors(db):
    listed = MentorFactory(name="Listed Lee", region=Region.objects.get(slug="london"))
    draft = MentorFactory(name="Draft Dee", live=False, region=Region.objects.get(slug="london"))
    # Earlier than now, so that a change in this test moves Last-Modified forward.
    Mentor.objects.update(updated_at=timezone.now() - datetime.timedelta(hours=1))
    listed.refresh_from_db()
    draft.refresh_from_db()
    return listed, draft


def validators(response):
    return {
        "HTTP_IF_NONE_MATCH": response["ETag"],
        "HTTP_IF_MODIFIED_SINCE": response["Last-Modified"],
    }


@pytest.mark.parametrize("url", URLS + ["/api/v1/mentors/listed-lee/"])
def test_public_cache_headers_and_304(client, mentors, url):
    first = client.get(url)
    assert first.status_code == 200
    assert "public" in first["Cache-Control"] and "max-age=60" in first["Cache-Control"]
    headers = validators(first)
    again = client.get(url, HTTP_IF_NONE_MATCH=headers["HTTP_IF_NONE_MATCH"])
    assert again.status_code == 304
    assert again["ETag"] == first["ETag"]
    assert (
        client.get(url, HTTP_IF_MODIFIED_SINCE=headers["HTTP_IF_MODIFIED_SINCE"]).status_code == 304
    )


def publish(mentors):
    mentors[1].save_revision().publish()


def change(mentors):
    mentors[0].name = "Listed Lee-Renamed"
    mentors[0].region = Region.objects.get(slug="scotland")
    mentors[0].save()


def pause(mentors):
    mentors[0].paused = True
    mentors[0].save()


def unpublish(mentors):
    mentors[0].unpublish()


@pytest.mark.parametrize("action", [publish, change, pause, unpublish])
@pytest.mark.parametrize("url", URLS)
def test_changes_show_at_once(client, mentors, action, url):
    before = client.get(url)
    action(mentors)
    by_etag = client.get(url, HTTP_IF_NONE_MATCH=before["ETag"])
    assert by_etag.status_code == 200
    assert by_etag.content != before.content
    by_date = client.get(url, HTTP_IF_MODIFIED_SINCE=before["Last-Modified"])
    assert by_date.status_code == 200


def test_renaming_a_taxonomy_changes_the_etag(client, mentors):
    before = client.get(MENTORS)
    london = Region.objects.get(slug="london")
    london.name = "Greater London"
    london.save()
    after = client.get(MENTORS, HTTP_IF_NONE_MATCH=before["ETag"])
    assert after.status_code == 200
    assert "Greater London" in after.content.decode()


def test_errors_are_not_cached(client, mentors):
    response = client.get(MENTORS, {"region": "atlantis"})
    assert response["Cache-Control"] == "no-store"
    assert not response.has_header("ETag")


def delete(mentors):
    mentors[0].delete()


def rename_region(mentors):
    london = Region.objects.get(slug="london")
    london.name = "Greater London"
    london.save()


@pytest.mark.parametrize("action", [delete, unpublish, rename_region])
def test_last_modified_and_etag_move_on_for_deletions_and_renames(client, mentors, action):
    before = client.get(MENTORS)
    action(mentors)
    after = client.get(MENTORS)
    assert after["ETag"] != before["ETag"]
    assert after["Last-Modified"] != before["Last-Modified"]
    assert client.get(MENTORS, HTTP_IF_MODIFIED_SINCE=before["Last-Modified"]).status_code == 200


def test_browsers_may_send_conditional_headers_from_other_sites(client, mentors):
    preflight = client.options(
        MENTORS,
        HTTP_ORIGIN="https://partner.example",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="if-none-match, if-modified-since",
    )
    allowed = preflight["Access-Control-Allow-Headers"].lower()
    assert "if-none-match" in allowed and "if-modified-since" in allowed


@pytest.mark.parametrize("url", ["/api/v1/docs/", "/api/v1/docs/?script="])
def test_the_public_docs_set_no_csrf_cookie(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert not response.cookies
    assert "csrf" not in response.content.decode().lower()
