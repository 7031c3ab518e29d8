"""A mentor's address: unique, never empty, and stable once made."""

import pytest

from tests.factories import MentorFactory

pytestmark = pytest.mark.django_db


def test_slug_from_the_name(db):
    assert MentorFactory(name="Zoë O'Brien-Ng").slug == "zoe-obrien-ng"


def test_letters_outside_ascii_are_spelled_not_dropped(db):
    assert MentorFactory(name="Łukasz Ørsted-Şahin").slug == "lukasz-orsted-sahin"


def test_namesakes_get_different_slugs(db):
    first, second, third = (MentorFactory(name="Sam Lee") for _ in range(3))
    assert [first.slug, second.slug, third.slug] == ["sam-lee", "sam-lee-2", "sam-lee-3"]


@pytest.mark.parametrize("name", ["王小明", "Σοφία Παπαδοπούλου", "Юлия Иванова", "محمد", "!!!"])
def test_names_without_latin_letters_still_get_a_slug(db, name):
    first, second = MentorFactory(name=name), MentorFactory(name=name)
    assert first.slug and second.slug and first.slug != second.slug
    assert first.slug.isascii()


def test_slug_stays_when_the_name_changes(db):
    mentor = MentorFactory(name="Ria Old")
    mentor.name = "Ria New"
    mentor.save()
    mentor.refresh_from_db()
    assert mentor.slug == "ria-old"


def test_non_latin_profile_opens(client, site):
    mentor = MentorFactory(name="王小明")
    url = site.url + site.reverse_subpage("mentor", args=[mentor.slug])
    response = client.get(url)
    assert response.status_code == 200
    assert "王小明" in response.content.decode()
