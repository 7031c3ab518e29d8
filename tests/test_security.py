"""Security headers, admin log-in throttling, safe uploads and CDN purging."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse
from wagtail.contrib.frontend_cache.backends import BaseBackend
from wagtail.models import Page

from tests.factories import MentorFactory

pytestmark = pytest.mark.django_db

# A JSON-LD data block (type="application/ld+json") is never run, so a CSP does not forbid it;
# any other <script> without src would be an inline script.
INLINE_SCRIPT = re.compile(
    rb"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/ld\+json\")[^>]*>", re.I
)
INLINE_STYLE = re.compile(rb"<style\b|\sstyle=", re.I)


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser("editor", "editor@example.test", "x" * 16)


@pytest.fixture
def public_urls(site):
    mentor = MentorFactory()
    urls = [p.url for p in Page.objects.live().public().filter(depth__gt=1).specific()]
    return urls + [site.url + site.reverse_subpage("mentor", args=[mentor.slug]), "/missing/"]


def test_public_pages_send_a_strict_content_security_policy(client, public_urls):
    for url in public_urls:
        policy = client.get(url)["Content-Security-Policy"]
        assert "default-src 'self'" in policy
        assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
        assert "frame-ancestors 'none'" in policy


def test_public_pages_have_no_inline_scripts_or_styles(client, public_urls):
    for url in public_urls:
        body = client.get(url).content
        assert not INLINE_SCRIPT.search(body), url
        assert not INLINE_STYLE.search(body), url


def test_anonymous_pages_are_publicly_cacheable_but_not_for_editors(client, site, editor):
    assert "public" in client.get(site.url)["Cache-Control"]
    client.force_login(editor)
    assert "public" not in client.get(site.url).get("Cache-Control", "")


def test_admin_is_not_publicly_cacheable(client):
    response = client.get("/admin/login/")
    assert "public" not in response.get("Cache-Control", "")


@override_settings(AXES_ENABLED=True, AXES_FAILURE_LIMIT=3)
def test_repeated_failed_admin_logins_are_locked_out(client, editor):
    url = reverse("wagtailadmin_login")
    for _ in range(3):
        client.post(url, {"username": "editor", "password": "wrong-password"})
    response = client.post(url, {"username": "editor", "password": "x" * 16})
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize("password", ["short1", "password12345", "123456789012345"])
def test_weak_passwords_are_refused(password):
    with pytest.raises(ValidationError):
        validate_password(password)


def test_svg_images_are_refused(client, editor):
    client.force_login(editor)
    svg = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    response = client.post(
        reverse("wagtailimages:add"),
        {"title": "bad", "file": SimpleUploadedFile("x.svg", svg, "image/svg+xml")},
    )
    from wagtail.images import get_image_model

    assert not get_image_model().objects.exists()
    assert response.status_code == 200  # the form again, with its error


def test_html_documents_are_refused(client, editor):
    client.force_login(editor)
    client.post(
        reverse("wagtaildocs:add"),
        {"title": "bad", "file": SimpleUploadedFile("x.html", b"<script>1</script>", "text/html")},
    )
    from wagtail.documents import get_document_model

    assert not get_document_model().objects.exists()


class RecordingBackend(BaseBackend):
    purged = []

    def __init__(self, params):
        super().__init__(params)

    def purge(self, url):
        RecordingBackend.purged.append(url)


@override_settings(
    WAGTAILFRONTENDCACHE={"test": {"BACKEND": "tests.test_security.RecordingBackend"}}
)
def test_publishing_or_unpublishing_a_mentor_purges_its_urls(site):
    RecordingBackend.purged.clear()
    mentor = MentorFactory(live=False)
    mentor.save_revision().publish()
    assert any(url.endswith(f"/find-a-mentor/{mentor.slug}/") for url in RecordingBackend.purged)
    assert any(url.endswith("/find-a-mentor/") for url in RecordingBackend.purged)
    RecordingBackend.purged.clear()
    mentor.refresh_from_db()
    mentor.unpublish()
    assert any(url.endswith(f"/api/v1/mentors/{mentor.slug}/") for url in RecordingBackend.purged)
