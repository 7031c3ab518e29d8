"""Editors run mentors from the Wagtail admin: list, add, edit, inspect, preview and publish."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from wagtail.test.utils.form_data import rich_text

from directory.models import Area, MenteeGroup, Mentor, Region
from tests.factories import MentorFactory

pytestmark = pytest.mark.django_db


def url(name, *args):
    return reverse(f"wagtailsnippets_directory_mentor:{name}", args=args)


@pytest.fixture
def editor(client, site, django_user_model):
    user = django_user_model.objects.create_user("edna", "edna@example.test", "pw")
    group, _ = Group.objects.get_or_create(name="Mentor editors")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        *Permission.objects.filter(content_type=ContentType.objects.get_for_model(Mentor)),
    )
    user.groups.add(group)
    client.force_login(user)
    return client


def form_data(**overrides):
    data = {
        "name": "Imogen Admin",
        "slug": "",
        "pronouns": "she/her",
        "photo_alt": "",
        "role": "Senior Educational Psychologist",
        "organisation": "Hilltop EP Service",
        "region": Region.objects.get(slug="london").pk,
        "year_qualified": "2012",
        "mentee_groups": [MenteeGroup.objects.get(slug="trainee-eps").pk],
        "areas": [Area.objects.first().pk],
        "capacity": "2",
        "accepting": "accepting",
        "bio": rich_text("<p>Happy to talk about research.</p>"),
        "languages": "Welsh",
        "profile_url": "https://example.org/imogen",
        "lived_experience_statement": "",
        "hcpc_number": "pyl 012345",
        "registration_confirmed": "on",
        "email": "Imogen@Example.test",
        "consent_to_publish": "on",
        "terms_version": "2026-09",
        "editor_notes": "",
    }
    data.update(overrides)
    return data


def test_editor_screens_answer(editor):
    mentor = MentorFactory(name="Listed Lou")
    for address in (
        url("list"),
        url("list") + "?live=true&accepting=accepting",
        url("add"),
        url("edit", mentor.pk),
        url("inspect", mentor.pk),
        url("history", mentor.pk),
    ):
        response = editor.get(address)
        assert response.status_code == 200, address
    assert b"Listed Lou" in editor.get(url("list")).content


def test_preview_shows_the_public_profile(editor):
    mentor = MentorFactory(name="Preview Pam")
    data = form_data(name="Preview Pam")
    assert editor.post(url("preview_on_edit", mentor.pk), data).json()["is_valid"]
    response = editor.get(url("preview_on_edit", mentor.pk))
    assert response.status_code == 200
    assert b"Happy to talk about research." in response.content
    assert b"How to get in touch" in response.content
    assert b"PYL012345" not in response.content


def test_preview_of_a_new_mentor(editor):
    assert editor.post(url("preview_on_add"), form_data()).json()["is_valid"]
    assert editor.get(url("preview_on_add")).status_code == 200


def test_create_publish_and_unpublish(editor, site):
    # Publishing needs the HCPC register check on record (see tests/test_approval.py).
    checked = {"registration_checked_on": "2026-11-30", "action-publish": "action-publish"}
    response = editor.post(url("add"), form_data(**checked))
    assert response.status_code == 302
    mentor = Mentor.objects.get(name="Imogen Admin")
    assert mentor.live
    assert mentor.slug == "imogen-admin"
    assert mentor.hcpc_number == "PYL012345"
    assert mentor.email == "imogen@example.test"
    assert mentor in Mentor.objects.listed()
    profile = site.url + site.reverse_subpage("mentor", args=[mentor.slug])
    assert editor.get(profile).status_code == 200

    response = editor.post(url("unpublish", mentor.pk))
    assert response.status_code == 302
    mentor.refresh_from_db()
    assert not mentor.live
    assert editor.get(profile).status_code == 404


def test_saving_a_draft_keeps_it_off_the_site(editor, site):
    editor.post(url("add"), form_data())
    mentor = Mentor.objects.get(name="Imogen Admin")
    assert not mentor.live
    assert mentor not in Mentor.objects.listed()


def test_submit_to_the_mentor_approval_workflow(editor, site):
    # The "Mentor approval" workflow is linked to mentors by a data migration.
    response = editor.post(url("add"), form_data(**{"action-submit": "action-submit"}))
    assert response.status_code == 302
    mentor = Mentor.objects.get(name="Imogen Admin")
    assert mentor.workflow_in_progress
    assert not mentor.live


@pytest.mark.parametrize(
    "field, value",
    [("hcpc_number", "ABC123"), ("profile_url", "javascript:alert(1)"), ("email", "nope")],
)
def test_bad_values_are_refused_with_a_message(editor, field, value):
    response = editor.post(url("add"), form_data(**{field: value}))
    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert not Mentor.objects.exists()


def test_a_photo_needs_a_description(site):
    from django.core.exceptions import ValidationError
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file

    photo = Image.objects.create(title="Portrait", file=get_test_image_file())
    mentor = MentorFactory.build(photo=photo, photo_alt=" ")
    with pytest.raises(ValidationError):
        mentor.clean()


def test_the_listing_shows_calendar_dates_as_dates(editor):
    import datetime

    MentorFactory(listing_expires_on=datetime.date(2027, 8, 31), registration_checked_on=None)
    html = editor.get(url("list")).content.decode()
    assert "31 Aug 2027" in html
    assert "Just now" not in html
