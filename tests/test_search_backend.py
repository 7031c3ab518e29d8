"""Search boxes take whatever people type: a stray quote or a control character gives an
answer, never a server error (SQLite's full-text syntax chokes on an unbalanced quote, and
PostgreSQL refuses a NUL byte)."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from directory.models import Mentor
from tests.factories import MentorFactory

pytestmark = pytest.mark.usefixtures("demo_pages", "db")

AWKWARD = ["%22", "%22pilot", "a%00b", "%00", "pilot%22", "%22%22", "a%25b", "%27", "%5C"]


@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_user("esme", "esme@example.test", "pw")
    group, _ = Group.objects.get_or_create(name="Search editors")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        *Permission.objects.filter(content_type=ContentType.objects.get_for_model(Mentor)),
    )
    user.groups.add(group)
    client.force_login(user)
    return client


@pytest.mark.parametrize("query", AWKWARD)
@pytest.mark.parametrize("listing", ["pages", "documents"])
def test_api_v2_search_answers_awkward_input(client, listing, query):
    response = client.get(f"/api/v2/{listing}/?search={query}")
    assert response.status_code in (200, 400)


@pytest.mark.parametrize("query", AWKWARD + ["%22amara", "%22amara%22"])
def test_admin_mentor_search_answers_awkward_input(editor, query):
    MentorFactory(name="Amara Okafor")
    response = editor.get(f"/admin/snippets/directory/mentor/?q={query}")
    assert response.status_code == 200


@pytest.fixture
def superuser(client, django_user_model):
    # Document permissions hang on collections; a superuser keeps this test about search.
    client.force_login(django_user_model.objects.create_superuser("sid", "sid@example.test", "pw"))
    return client


@pytest.mark.parametrize("query", AWKWARD)
def test_admin_document_search_answers_awkward_input(superuser, query):
    get_document_model().objects.create(
        title="Pilot handbook", file=ContentFile(b"hello", name="handbook.txt")
    )
    response = superuser.get(f"/admin/documents/?q={query}")
    assert response.status_code == 200


def api_titles(client, search):
    response = client.get("/api/v2/pages/", {"search": search})
    assert response.status_code == 200
    return [item["title"] for item in response.json()["items"]]


def test_a_normal_search_still_finds_the_page(client):
    assert "Terms of the pilot" in api_titles(client, "terms")


def test_a_stray_quote_does_not_hide_the_words_around_it(client):
    assert "Terms of the pilot" in api_titles(client, 'terms"')
    assert "Terms of the pilot" in api_titles(client, '"terms')


def test_a_control_character_is_read_as_a_space(client):
    assert "Terms of the pilot" in api_titles(client, "terms\x00")


def test_the_admin_still_finds_a_mentor_after_a_stray_quote(editor):
    MentorFactory(name="Amara Okafor")
    MentorFactory(name="Bryony Hale")
    response = editor.get("/admin/snippets/directory/mentor/", {"q": '"amara'})
    assert response.status_code == 200
    assert b"Amara Okafor" in response.content
    assert b"Bryony Hale" not in response.content


def test_a_balanced_phrase_still_searches(client):
    from wagtail.models import Page
    from wagtail.search.backends import get_search_backend
    from wagtail.search.utils import parse_query_string

    _, query = parse_query_string('"about the pilot"')
    found = [p.title for p in get_search_backend().search(query, Page.objects.live())]
    assert "About the pilot" in found
