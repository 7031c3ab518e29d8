"""The OpenAPI schema documents every endpoint and parameter; the docs page works offline; CORS."""

import re

import pytest
import yaml

from directory.filters import MentorFilter

pytestmark = pytest.mark.django_db

ENDPOINTS = [
    "/api/v1/mentors/",
    "/api/v1/mentors/{slug}/",
    "/api/v1/areas/",
    "/api/v1/specialisms/",
    "/api/v1/regions/",
    "/api/v1/mentee-groups/",
    "/api/v1/formats/",
    "/api/v1/lived-experience/",
]


@pytest.fixture
def schema(client):
    response = client.get("/api/v1/schema/")
    assert response.status_code == 200
    return yaml.safe_load(response.content)


def test_schema_holds_exactly_the_v1_endpoints(schema):
    assert sorted(schema["paths"]) == sorted(ENDPOINTS)


def test_every_list_parameter_is_documented(schema):
    documented = {p["name"] for p in schema["paths"]["/api/v1/mentors/"]["get"]["parameters"]}
    expected = set(MentorFilter.base_filters) | {"ordering", "page", "page_size"}
    assert documented == expected
    for parameter in schema["paths"]["/api/v1/mentors/"]["get"]["parameters"]:
        assert parameter["description"], parameter["name"]


def test_every_operation_documents_its_errors(schema):
    for path, operations in schema["paths"].items():
        responses = operations["get"]["responses"]
        assert {"200", "400", "429"} <= set(responses), path
        assert responses["400"]["content"]["application/json"]["schema"] == {
            "$ref": "#/components/schemas/Error"
        }


def test_mentor_fields_are_all_described_in_the_schema(schema, client):
    properties = schema["components"]["schemas"]["Mentor"]["properties"]
    assert list(properties) == [
        "slug", "name", "pronouns", "role", "organisation", "region", "year_qualified",
        "mentee_groups", "areas", "specialisms", "formats", "languages", "accepting",
        "accepting_label", "capacity", "bio_html", "bio_text", "lived_experience_tags",
        "lived_experience_statement", "profile_url", "photo", "availability_confirmed_on",
        "registration_checked_on", "updated_at", "url",
    ]  # fmt: skip


def test_docs_page_loads_everything_from_this_site(client):
    response = client.get("/api/v1/docs/")
    assert response.status_code == 200
    html = response.content.decode()
    for url in re.findall(r'(?:src|href)="([^"]*)"', html):
        assert url.startswith("/"), f"{url} would need the internet"
    assert "<style" not in html and "<script>" not in html  # no inline code (CSP)
    script = client.get("/api/v1/docs/", {"script": ""})
    assert script.status_code == 200
    assert "/api/v1/schema/" in script.content.decode()


def test_cors_allows_any_origin_without_credentials(client):
    response = client.get("/api/v1/areas/", HTTP_ORIGIN="https://partner.example.org")
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in response
    assert "ETag" in response["Access-Control-Expose-Headers"]
    preflight = client.options(
        "/api/v1/mentors/",
        HTTP_ORIGIN="https://partner.example.org",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
    )
    assert preflight.status_code == 200
    assert "GET" in preflight["Access-Control-Allow-Methods"]


def test_only_json_is_served(client):
    response = client.get("/api/v1/areas/", HTTP_ACCEPT="text/html")
    assert response["Content-Type"] == "application/json"
