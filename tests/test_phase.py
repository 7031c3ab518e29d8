"""The phase's rules: a mentee group that is not open is hidden everywhere but not deleted."""

import pytest

from directory.filters import MentorFilter
from directory.models import MenteeGroup, Mentor, PhaseSettings
from tests.factories import MentorFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def mentor(site):
    return MentorFactory(
        name="Pat Phase",
        taxonomies={"mentee_groups": ["aspiring-eps", "trainee-eps"]},
    )


def profile_url(site, mentor):
    return site.url + site.reverse_subpage("mentor", args=[mentor.slug])


def phase():
    return PhaseSettings.objects.get(site__is_default_site=True)


def test_the_pilot_opens_trainee_and_qualified_eps_only(site):
    assert sorted(MenteeGroup.objects.open().values_list("slug", flat=True)) == [
        "qualified-eps",
        "trainee-eps",
    ]


def test_closed_group_is_not_offered_as_a_filter(client, site, mentor):
    body = client.get(site.url).content.decode()
    assert 'value="trainee-eps"' in body
    assert 'value="aspiring-eps"' not in body


def test_asking_for_a_closed_group_is_an_error_not_the_whole_list(client, site, mentor):
    response = client.get(site.url, {"mentee_group": "aspiring-eps"})
    assert response.status_code == 400
    assert list(response.context["mentors"]) == []


def test_closed_group_is_not_shown_on_cards_or_profiles(client, site, mentor):
    for url in (site.url, profile_url(site, mentor)):
        body = client.get(url).content.decode()
        assert "Trainee EPs" in body
        assert "Aspiring EPs" not in body


def test_closed_group_comes_back_when_an_editor_opens_it(client, site, mentor):
    phase().open_mentee_groups.add(MenteeGroup.objects.get(slug="aspiring-eps"))
    assert b"Aspiring EPs" in client.get(profile_url(site, mentor)).content
    found = client.get(site.url, {"mentee_group": "aspiring-eps"})
    assert [m.name for m in found.context["mentors"]] == ["Pat Phase"]


def test_closing_a_group_keeps_what_the_mentor_said(site, mentor):
    phase().open_mentee_groups.clear()
    mentor = Mentor.objects.get(pk=mentor.pk)
    assert sorted(mentor.mentee_groups.values_list("slug", flat=True)) == [
        "aspiring-eps",
        "trainee-eps",
    ]
    assert mentor.open_mentee_groups == []


def test_the_api_filter_follows_the_same_rule(site, mentor):
    assert not MentorFilter({"mentee_group": "aspiring-eps"}).is_valid()
    assert list(MentorFilter({"mentee_group": "trainee-eps"}).qs) == [mentor]


def test_editors_change_the_phase_in_settings(admin_client, site):
    response = admin_client.get(f"/admin/settings/directory/phasesettings/{site.get_site().pk}/")
    assert response.status_code == 200
    aspiring = MenteeGroup.objects.get(slug="aspiring-eps")
    response = admin_client.post(
        f"/admin/settings/directory/phasesettings/{site.get_site().pk}/",
        {"phase_name": "Second phase", "open_mentee_groups": [aspiring.pk]},
    )
    assert response.status_code == 302
    assert list(MenteeGroup.objects.open()) == [aspiring]


def test_a_closed_group_is_absent_from_the_api(client, site):
    mentor = MentorFactory(taxonomies={"mentee_groups": ["aspiring-eps", "trainee-eps"]})
    assert not MenteeGroup.objects.open().filter(slug="aspiring-eps").exists()
    groups = client.get("/api/v1/mentee-groups/").json()
    assert [g["slug"] for g in groups] == ["trainee-eps", "qualified-eps"]
    detail = client.get(f"/api/v1/mentors/{mentor.slug}/").json()
    assert [g["slug"] for g in detail["mentee_groups"]] == ["trainee-eps"]
