"""Bad query strings get a 400 naming the parameter, never a 500 and never the full list."""

import pytest

from tests.api_support import MENTORS
from tests.factories import MentorFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def mentors(db):
    return [MentorFactory(name=f"Mentor {n}") for n in range(3)]


BAD = [
    ({"region": "atlantis"}, "region"),
    ({"area": ["research-and-doctoral-thesis", "nope"]}, "area"),
    ({"specialism": ""}, "specialism"),
    ({"accepting": "maybe"}, "accepting"),
    ({"ordering": "age"}, "ordering"),
    ({"ordering": ""}, "ordering"),
    ({"ordering": "name,pk"}, "ordering"),
    ({"ordering": ["name", "-name"]}, "ordering"),
    ({"page": "abc"}, "page"),
    ({"page": "0"}, "page"),
    ({"page": "-1"}, "page"),
    ({"page": "1.5"}, "page"),
    ({"page": "99999"}, "page"),
    ({"page": "٣"}, "page"),
    ({"page": "9" * 40}, "page"),
    ({"page": ["1", "2"]}, "page"),
    ({"page_size": "0"}, "page_size"),
    ({"page_size": "101"}, "page_size"),
    ({"page_size": "ten"}, "page_size"),
    ({"q": "\x00"}, "q"),
    ({"q": "kayak\x00ing"}, "q"),
    ({"q": "a" * 5000}, "q"),
    ({"q": ["a", "b"]}, "q"),
    ({"colour": "blue"}, "colour"),
    ({"regoin": "london"}, "regoin"),
    ({"format": "json"}, "format"),
]


@pytest.mark.parametrize(("params", "parameter"), BAD, ids=lambda v: repr(v)[:40])
def test_bad_input_is_a_400_naming_the_parameter(client, mentors, params, parameter):
    response = client.get(MENTORS, params)
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    body = response.json()
    assert set(body) == {"errors"}
    assert parameter in [error["parameter"] for error in body["errors"]]
    assert all(error["message"] for error in body["errors"])
    assert "Mentor 0" not in response.content.decode()


def test_unknown_values_come_with_the_accepted_ones(client, mentors):
    error = client.get(MENTORS, {"region": "atlantis"}).json()["errors"][0]
    assert "london" in error["accepted"]
    error = client.get(MENTORS, {"ordering": "age"}).json()["errors"][0]
    assert set(error["accepted"]) == {"name", "-name", "updated_at", "-updated_at"}


@pytest.mark.parametrize("q", ["DROP TABLE mentors; --", "名前", "😊", "a:b OR c"])
def test_query_syntax_is_plain_words(client, mentors, q):
    response = client.get(MENTORS, {"q": q})
    assert response.status_code == 200
    assert response.json()["count"] in (0, 3)


def test_a_query_of_only_punctuation_is_refused_not_treated_as_no_query(client, mentors):
    response = client.get(MENTORS, {"q": "\"'()*:^~"})
    assert response.status_code == 400
    assert response.json()["errors"][0]["parameter"] == "q"


@pytest.mark.parametrize(
    "url", ["/api/v1/regions/?page=2", "/api/v1/mentors/mentor-0/?q=x", "/api/v1/nothing/"]
)
def test_other_endpoints_refuse_parameters_and_unknown_paths_in_json(client, mentors, url):
    response = client.get(url)
    assert response.status_code in (400, 404)
    assert response.json()["errors"]


def test_writes_are_refused(client, mentors):
    response = client.post(MENTORS, {"name": "x"})
    assert response.status_code == 405
    assert response.json()["errors"]


def test_an_unknown_slug_says_so_in_our_words(client, mentors):
    response = client.get("/api/v1/mentors/nobody/")
    assert response.status_code == 404
    assert response.json() == {
        "errors": [{"parameter": None, "message": "No listed mentor has this slug."}]
    }


@pytest.mark.parametrize("name", ["region", "area", "specialism", "accepting"])
def test_an_empty_value_is_named_plainly(client, mentors, name):
    response = client.get(MENTORS, {name: ""})
    assert response.status_code == 400
    (error,) = response.json()["errors"]
    assert error["parameter"] == name
    assert f"{name}=" in error["message"]
    assert "  " not in error["message"]
    assert "Select a valid choice" not in error["message"]
