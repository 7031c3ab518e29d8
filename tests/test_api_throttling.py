"""Anonymous clients are limited per address with 429 and Retry-After."""

import pytest
from django.core.cache import cache
from django.test import override_settings

from tests.api_support import MENTORS

pytestmark = pytest.mark.django_db


@pytest.fixture
def three_per_minute():
    cache.clear()
    with override_settings(API_V1_THROTTLE_RATE="3/minute"):
        yield
    cache.clear()


def test_fourth_request_in_a_minute_is_429(client, three_per_minute):
    for _ in range(3):
        assert client.get(MENTORS).status_code == 200
    response = client.get(MENTORS, HTTP_X_FORWARDED_FOR="203.0.113.9")  # spoofing does not help
    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 60
    assert response.json()["errors"][0]["parameter"] is None
    assert response["Cache-Control"] == "no-store"


def test_limit_is_per_address(client, three_per_minute):
    for _ in range(4):
        client.get("/api/v1/regions/", REMOTE_ADDR="198.51.100.1")
    assert client.get("/api/v1/regions/", REMOTE_ADDR="198.51.100.1").status_code == 429
    assert client.get("/api/v1/regions/", REMOTE_ADDR="198.51.100.2").status_code == 200


@override_settings(API_V1_THROTTLE_RATE=None)
def test_no_limit_when_turned_off(client):
    cache.clear()
    assert all(client.get("/api/v1/areas/").status_code == 200 for _ in range(10))
