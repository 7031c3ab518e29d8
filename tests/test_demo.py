import io

import pytest
from django.core.management import call_command
from wagtail.models import Page

from directory.models import Mentor

pytestmark = pytest.mark.django_db


def test_demo_command_is_idempotent(client):
    call_command("load_demo", stdout=io.StringIO())
    pages, mentors = Page.objects.count(), Mentor.objects.count()
    call_command("load_demo", stdout=io.StringIO())
    assert Page.objects.count() == pages
    assert Mentor.objects.count() == mentors == 22
    assert Mentor.objects.listed().count() == 22


def test_demo_pages_answer(client):
    call_command("load_demo", stdout=io.StringIO())
    for page in Page.objects.live().filter(depth__gt=1).specific():
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert response.content.count(b"<h1") == 1, page.url
