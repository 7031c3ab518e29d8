"""The exact fields of the API's responses are pinned by saved JSON in tests/api_snapshots/.

A new or renamed field fails here until the snapshot is updated on purpose:
UPDATE_API_SNAPSHOTS=1 make test PYTEST_ARGS="tests/test_api_fields.py", then review the diff.
"""

import json
import os
import re
from pathlib import Path

import pytest

from tests.api_support import MENTORS, full_mentor

pytestmark = pytest.mark.django_db

SNAPSHOTS = Path(__file__).parent / "api_snapshots"
RENDITION_URL = re.compile(r"^http://testserver/media/images/[\w.-]+\.fill-\d+x\d+\.\w+$")


def normalise(value, key=None):
    """Replace the values that change from run to run (times, image file names)."""
    if isinstance(value, dict):
        return {k: normalise(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [normalise(v) for v in value]
    if key == "updated_at":
        assert re.match(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", value)
        return "<datetime>"
    if key == "url" and isinstance(value, str) and "/media/images/" in value:
        assert RENDITION_URL.match(value), value
        return "<rendition url>"
    return value


def assert_snapshot(name, data):
    path = SNAPSHOTS / f"{name}.json"
    text = json.dumps(normalise(data), indent=2, ensure_ascii=False) + "\n"
    if os.environ.get("UPDATE_API_SNAPSHOTS"):
        path.write_text(text, encoding="utf-8")
    saved = json.loads(path.read_text(encoding="utf-8"))
    # Comparing key lists as well catches a reordered or renamed field.
    assert json.loads(text) == saved


@pytest.fixture
def mentor(site):
    return full_mentor()


def test_list_response_fields(client, mentor):
    assert_snapshot("mentor_list", client.get(MENTORS).json())


def test_detail_response_fields(client, mentor):
    assert_snapshot("mentor_detail", client.get(f"{MENTORS}{mentor.slug}/").json())


def test_taxonomy_response_fields(client, mentor):
    assert_snapshot("regions", client.get("/api/v1/regions/").json())


def test_error_response_fields(client, mentor):
    assert_snapshot("error_unknown_region", client.get(MENTORS, {"region": "atlantis"}).json())


def test_list_and_detail_show_the_same_mentor(client, mentor):
    listed = client.get(MENTORS).json()["results"][0]
    assert client.get(f"{MENTORS}{mentor.slug}/").json() == listed


def test_bio_is_sanitised_html_and_plain_text(client, site):
    mentor = full_mentor(
        bio='<p>Hello <script>alert(1)</script><a href="javascript:alert(1)">x</a></p>'
        '<p onclick="evil()">Second &amp; last</p>'
    )
    body = client.get(f"{MENTORS}{mentor.slug}/").json()
    assert "<script" not in body["bio_html"]
    assert "javascript:" not in body["bio_html"]
    assert "onclick" not in body["bio_html"]
    assert body["bio_text"] == "Hello x\n\nSecond & last"


def test_mentor_url_is_the_public_profile(client, mentor, site):
    url = client.get(f"{MENTORS}{mentor.slug}/").json()["url"]
    assert url == "http://testserver" + site.url + site.reverse_subpage(
        "mentor", args=[mentor.slug]
    )
    assert client.get(url.removeprefix("http://testserver")).status_code == 200


def test_photo_renditions_have_fixed_sizes_and_alt_text(client, mentor):
    photo = client.get(f"{MENTORS}{mentor.slug}/").json()["photo"]
    assert photo["alt"] == "Priya smiling in front of a bookshelf"
    assert set(photo["renditions"]) == {"small", "medium", "large"}
    for rendition in photo["renditions"].values():
        assert rendition["url"].startswith("http://testserver/media/images/")


def test_mentor_without_photo_has_null_photo(client, site):
    mentor = full_mentor(photo=None)
    assert client.get(f"{MENTORS}{mentor.slug}/").json()["photo"] is None
