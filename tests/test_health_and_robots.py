"""/healthz for uptime checks, /robots.txt and /sitemap.xml for crawlers."""

import pytest
from django.db import OperationalError

from home.models import SectionPage, StandardPage

pytestmark = pytest.mark.django_db


def test_healthz_is_200_when_the_database_answers(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "up"}
    assert "no-cache" in response["Cache-Control"]


def test_healthz_is_503_when_the_database_does_not_answer(client, monkeypatch):
    class DeadConnection:
        def cursor(self):
            raise OperationalError("connection refused")

    monkeypatch.setattr("cms.views.connection", DeadConnection())
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["database"] == "down"
    assert "refused" not in response.content.decode()


def test_robots_txt_keeps_crawlers_out_of_the_admin_and_points_at_the_sitemap(client):
    body = client.get("/robots.txt").content.decode()
    assert "Disallow: /admin/" in body
    assert "Sitemap: http://testserver/sitemap.xml" in body


@pytest.mark.usefixtures("demo_pages")
def test_sitemap_lists_live_public_pages_only(client):
    section = SectionPage.objects.get()
    draft = StandardPage(title="Draft", slug="draft-page", live=False)
    section.add_child(instance=draft)
    body = client.get("/sitemap.xml").content.decode()
    for path in ("/pilot/about/", "/pilot/terms/", "/pilot/resources/", "/pilot/feedback/"):
        assert f"{path}</loc>" in body
    assert "draft-page" not in body
