"""Every filter on "Find a mentor", their combinations, the count, paging and "clear filters"."""

import re

import pytest

from directory.models.pages import PAGE_SIZE
from tests.factories import MentorFactory, region

pytestmark = pytest.mark.django_db


@pytest.fixture
def mentors(site):
    MentorFactory(
        name="Amal",
        region=region("london"),
        accepting="accepting",
        lived_experience_consent=True,
        taxonomies={
            "specialisms": ["autism"],
            "mentee_groups": ["trainee-eps"],
            "formats": ["phone"],
            "lived_experience_tags": ["career-changer"],
        },
    )
    MentorFactory(
        name="Bryn",
        region=region("wales"),
        accepting="waiting",
        taxonomies={
            "specialisms": ["early-years"],
            "mentee_groups": ["qualified-eps"],
            "formats": ["online-video-call"],
        },
    )
    MentorFactory(
        name="Cleo",
        region=region("wales"),
        accepting="closed",
        # Tagged, but without consent to show it: never found by the tag.
        lived_experience_consent=False,
        taxonomies={
            "specialisms": ["autism", "early-years"],
            "mentee_groups": ["trainee-eps", "qualified-eps"],
            "formats": ["phone", "online-video-call"],
            "lived_experience_tags": ["career-changer"],
        },
    )


def names(response):
    assert response.status_code == 200
    return sorted(m.name for m in response.context["mentors"])


# One page of cases rather than one test each: every test pays for building the page tree.
FILTER_CASES = [
    ({"specialism": "autism"}, ["Amal", "Cleo"]),
    ({"region": "wales"}, ["Bryn", "Cleo"]),
    ({"mentee_group": "qualified-eps"}, ["Bryn", "Cleo"]),
    ({"format": "phone"}, ["Amal", "Cleo"]),
    ({"accepting": "accepting"}, ["Amal"]),
    ({"accepting": ["accepting", "waiting"]}, ["Amal", "Bryn"]),
    ({"lived_experience": "career-changer"}, ["Amal"]),
    ({"specialism": ["autism", "early-years"]}, ["Amal", "Bryn", "Cleo"]),
    ({"specialism": "autism", "region": "wales"}, ["Cleo"]),
    ({"format": "phone", "mentee_group": "qualified-eps", "region": "wales"}, ["Cleo"]),
    ({"region": "london", "accepting": "waiting"}, []),
]


def test_filters_and_combinations(client, site, mentors):
    for params, expected in FILTER_CASES:
        response = client.get(site.url, params)
        assert names(response) == expected, params
        assert response.context["result_count"] == len(expected), params
        assert f"{len(expected)} mentor".encode() in response.content, params


def test_an_empty_result_says_so(client, site, mentors):
    response = client.get(site.url, {"region": "london", "accepting": "waiting"})
    assert site.empty_message.encode() in response.content


def test_every_filter_is_offered_without_javascript(client, site, mentors):
    body = client.get(site.url).content.decode()
    for name in ("q", "area", "specialism", "region", "mentee_group", "format", "accepting"):
        assert f'name="{name}"' in body, name
    assert 'name="lived_experience"' in body


def test_clear_filters_only_when_filtered(client, site, mentors):
    assert b"Clear filters" not in client.get(site.url).content
    body = client.get(site.url, {"region": "wales"}).content.decode()
    assert f'<a class="clear-filters" href="{site.url}">Clear filters</a>' in body


def test_chosen_filters_are_ticked_when_the_page_comes_back(client, site, mentors):
    body = client.get(site.url, {"region": "wales"}).content.decode()
    assert re.search(r'<input[^>]*name="region" value="wales"[^>]*checked', body)
    assert not re.search(r'<input[^>]*name="region" value="london"[^>]*checked', body)


def test_pagination_keeps_the_filters(client, site):
    for n in range(PAGE_SIZE + 2):
        MentorFactory(name=f"Wales {n:02}", region=region("wales"))
    MentorFactory(name="London only", region=region("london"))
    first = client.get(site.url, {"region": "wales"})
    assert first.context["result_count"] == PAGE_SIZE + 2
    assert b"region=wales&amp;page=2" in first.content
    second = client.get(site.url, {"region": "wales", "page": "2"})
    assert names(second) == ["Wales 12", "Wales 13"]


def test_unknown_values_give_a_message_and_nobody(client, site, mentors):
    for params in (
        {"specialism": "no-such-thing"},
        {"mentee_group": "nobody"},
        {"format": "carrier-pigeon"},
        {"accepting": "maybe"},
        {"lived_experience": "unknown-tag"},
        {"region": "wales", "area": "not-an-area"},
    ):
        response = client.get(site.url, params)
        assert response.status_code == 400, params
        assert response.context["messages_for_user"], params
        assert list(response.context["mentors"]) == [], params
        assert response.context["result_count"] == 0, params


def test_out_of_range_pages_show_the_nearest_page_and_say_so(client, site, mentors):
    for page in ("0", "-1", "99999", "abc", "", "9" * 5000):
        response = client.get(site.url, {"page": page, "region": "wales"})
        assert response.status_code == 200, page
        assert response.context["page_obj"].number == 1, page
        assert names(response) == ["Bryn", "Cleo"], page
        assert response.context["messages_for_user"], page


def test_too_long_a_search_is_refused_not_ignored(client, site, mentors):
    response = client.get(site.url, {"q": "autism " * 100})
    assert response.status_code == 400
    assert response.context["messages_for_user"]
    assert list(response.context["mentors"]) == []


def test_a_search_with_no_words_says_so_instead_of_listing_everyone(client, site, mentors):
    for q in ("%%% ***", "?!"):
        response = client.get(site.url, {"q": q})
        assert response.status_code == 400, q
        assert b"Enter words or numbers to search for." in response.content, q
        assert list(response.context["mentors"]) == [], q


def test_search_combines_with_filters(client, site, mentors):
    assert names(client.get(site.url, {"q": "Cleo", "specialism": "autism"})) == ["Cleo"]
    assert names(client.get(site.url, {"q": "Cleo", "region": "london"})) == []


def test_a_filter_left_empty_is_an_empty_list_not_a_query(site):
    from directory.filters import MentorFilter
    from directory.models import Mentor

    filterset = MentorFilter({"region": ["london"]}, queryset=Mentor.objects.listed())
    assert filterset.is_valid()
    # Django's "nothing chosen" is queryset.none(), which compiles SQL each time it is tested
    # (six filters on every request).
    assert filterset.form.cleaned_data["area"] == []
    assert [r.slug for r in filterset.form.cleaned_data["region"]] == ["london"]
