"""The Wagtail API v2 serves live, public pages only: never a draft, never a restricted page."""

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from home.models import FormPage, SectionPage, StandardPage

pytestmark = pytest.mark.usefixtures("demo_pages", "db")


def listed_titles(client, query=""):
    response = client.get(f"/api/v2/pages/?limit=20{query}")
    assert response.status_code == 200
    return {item["title"] for item in response.json()["items"]}


@pytest.fixture
def section():
    return SectionPage.objects.get()


@pytest.fixture
def draft(section):
    page = StandardPage(title="Unpublished plans", slug="plans", live=False)
    section.add_child(instance=page)
    page.save_revision()
    return page


@pytest.fixture
def restricted(section):
    page = StandardPage(title="Team only", slug="team-only")
    section.add_child(instance=page)
    page.save_revision().publish()
    below = StandardPage(title="Below team only", slug="below")
    page.add_child(instance=below)
    below.save_revision().publish()
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="not-public"
    )
    return page


def test_lists_the_demo_pages(client):
    titles = listed_titles(client)
    assert {
        "Mentoring Directory",
        "Mentoring Directory (pilot)",
        "About the pilot",
        "Terms of the pilot",
        "Resources",
        "Find a mentor",
        FormPage.objects.get().title,
    } <= titles


def test_a_page_detail_carries_its_content(client):
    about = StandardPage.objects.get(slug="about")
    body = client.get(f"/api/v2/pages/{about.pk}/").json()
    assert body["title"] == "About the pilot"
    assert "under-represented" in str(body["body"])
    assert body["meta"]["html_url"].endswith("/pilot/about/")


def test_terms_come_with_their_clause_numbers(client):
    body = client.get("/api/v2/pages/?type=home.TermsPage&fields=*").json()["items"][0]
    assert body["version_label"] == "Version 1"
    clause = body["numbered_sections"][1]["clauses"][0]
    assert clause["number"] == "2.1"
    assert clause["text"].startswith("<p>")


def test_never_a_draft(client, draft):
    assert "Unpublished plans" not in listed_titles(client)
    assert client.get(f"/api/v2/pages/{draft.pk}/").status_code == 404
    response = client.get("/api/v2/pages/find/?html_path=/pilot/plans/")
    assert response.status_code == 404


def test_a_live_page_shows_its_published_text_not_a_newer_draft(client):
    about = StandardPage.objects.get(slug="about")
    about.title = "Draft title nobody approved"
    about.save_revision()
    assert client.get(f"/api/v2/pages/{about.pk}/").json()["title"] == "About the pilot"


def test_never_a_restricted_page_or_anything_beneath_it(client, restricted):
    titles = listed_titles(client)
    assert "Team only" not in titles and "Below team only" not in titles
    assert client.get(f"/api/v2/pages/{restricted.pk}/").status_code == 404
    assert client.get("/api/v2/pages/find/?html_path=/pilot/team-only/").status_code == 404
    assert "Team only" not in listed_titles(client, f"&child_of={restricted.get_parent().pk}")


def test_form_page_addresses_stay_private(client):
    feedback = FormPage.objects.get()
    feedback.to_address = "team-private@example.org"
    feedback.save_revision().publish()
    body = client.get(f"/api/v2/pages/{feedback.pk}/").content.decode()
    assert "team-private@example.org" not in body
    assert "to_address" not in body


def test_documents_in_a_restricted_collection_are_left_out(client):
    private = Collection.get_first_root_node().add_child(name="Team papers")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.PASSWORD, password="x"
    )
    document = get_document_model()(title="Evaluation notes", collection=private)
    document.file.save("notes.txt", ContentFile(b"private"), save=True)
    titles = {d["title"] for d in client.get("/api/v2/documents/").json()["items"]}
    assert "Mentoring agreement template" in titles
    assert "Evaluation notes" not in titles
    assert client.get(f"/api/v2/documents/{document.pk}/").status_code == 404


def test_the_api_is_read_only(client):
    assert client.post("/api/v2/pages/", {"title": "x"}).status_code == 405
