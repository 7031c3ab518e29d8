"""'Find a mentor': filters in the query string, keyword search and bad parameters."""

import pytest

from tests.factories import MentorFactory, region

pytestmark = pytest.mark.django_db


@pytest.fixture
def three(site):
    return {
        "london_research": MentorFactory(
            name="Ada London",
            region=region("london"),
            taxonomies={"areas": ["research-and-doctoral-thesis"]},
        ),
        "london_leadership": MentorFactory(
            name="Ben London",
            region=region("london"),
            taxonomies={"areas": ["progressing-into-leadership"]},
        ),
        "scotland_research": MentorFactory(
            name="Cat Scotland",
            region=region("scotland"),
            bio="<p>Loves kayaking.</p>",
            taxonomies={"areas": ["research-and-doctoral-thesis"]},
        ),
    }


def names(response):
    return sorted(m.name for m in response.context["mentors"])


def test_unfiltered_lists_everyone(client, site, three):
    assert names(client.get(site.url)) == ["Ada London", "Ben London", "Cat Scotland"]


def test_region_filter(client, site, three):
    assert names(client.get(site.url, {"region": "london"})) == ["Ada London", "Ben London"]


def test_area_filter(client, site, three):
    response = client.get(site.url, {"area": "research-and-doctoral-thesis"})
    assert names(response) == ["Ada London", "Cat Scotland"]


def test_several_values_mean_any_of_and_filters_combine_with_and(client, site, three):
    response = client.get(
        site.url,
        {"region": ["london", "scotland"], "area": "progressing-into-leadership"},
    )
    assert names(response) == ["Ben London"]


def test_keyword_search(client, site, three):
    assert names(client.get(site.url, {"q": "kayaking"})) == ["Cat Scotland"]
    assert names(client.get(site.url, {"q": "kayaking", "region": "london"})) == []


def test_card_links_to_profile(client, site, three):
    response = client.get(site.url)
    mentor = three["london_research"]
    url = site.url + site.reverse_subpage("mentor", args=[mentor.slug])
    assert f'href="{url}"'.encode() in response.content
    assert client.get(url).status_code == 200


@pytest.mark.parametrize("params", [{"region": "atlantis"}, {"area": ["research", "x"]}])
def test_unknown_filter_values_say_so_and_show_nobody(client, site, three, params):
    response = client.get(site.url, params)
    assert response.status_code == 400
    assert b"There is a problem with this search" in response.content
    assert names(response) == []
    assert b"0 mentors" not in response.content  # nothing was searched, so nothing counted


@pytest.mark.parametrize("page", ["0", "-1", "abc", "99999", "1.5"])
def test_bad_page_numbers_give_a_page_and_a_message(client, site, three, page):
    response = client.get(site.url, {"page": page})
    assert response.status_code == 200
    assert response.context["messages_for_user"]
    assert len(response.context["mentors"]) == 3


@pytest.mark.parametrize("q", ["\x00", "a" * 5000, "\"'()*:^~", "DROP TABLE; --", "名前", "😊"])
def test_odd_keywords_never_fail(client, site, three, q):
    response = client.get(site.url, {"q": q})
    assert response.status_code in (200, 400)
    if response.status_code == 400:
        assert response.context["messages_for_user"]


def test_private_fields_never_reach_the_page(client, site):
    mentor = MentorFactory(
        email="secret.person@example.test",
        hcpc_number="PYL424242",
        editor_notes="Editor-only remark",
    )
    for url in (site.url, site.url + site.reverse_subpage("mentor", args=[mentor.slug])):
        body = client.get(url).content
        assert b"secret.person@example.test" not in body
        assert b"PYL424242" not in body
        assert b"Editor-only remark" not in body


def test_a_nul_byte_in_keywords_is_refused_and_never_echoed(client, site):
    response = client.get(site.url, {"q": "thesis\x00"})
    assert response.status_code == 400
    assert b"\x00" not in response.content
    assert any("control characters" in m for m in response.context["messages_for_user"])


@pytest.fixture
def linguists(site):
    return {
        "amara": MentorFactory(name="Amara Obi", region=region("london"), languages="French, Igbo"),
        "bryn": MentorFactory(name="Bryn Jones", region=region("wales"), languages="Welsh"),
    }


@pytest.mark.parametrize(
    "q, expected",
    [("London", ["Amara Obi"]), ("french", ["Amara Obi"]), ("Welsh", ["Bryn Jones"])],
)
def test_keyword_search_covers_region_and_languages(client, site, linguists, q, expected):
    assert names(client.get(site.url, {"q": q})) == expected
    api = client.get("/api/v1/mentors/", {"q": q}).json()
    assert [m["name"] for m in api["results"]] == expected


def test_a_renamed_region_is_found_by_its_new_name(client, site, linguists):
    london = region("london")
    london.name = "Greater London"
    london.save()
    assert names(client.get(site.url, {"q": "Greater"})) == ["Amara Obi"]


CONTROL = [chr(c) for c in [*range(0x20), 0x7F]]


@pytest.mark.parametrize(
    "params",
    [{"page": "\x00"}, {"page": "2\x00"}, {"page": "\x1b[31m"}, {"region": "\x00"}, {"q": "a\x00"}],
)
def test_control_characters_are_never_echoed(client, site, three, params):
    response = client.get(site.url, params)
    assert response.status_code in (200, 400)
    body = response.content.decode()
    assert not any(c in body for c in CONTROL if c not in "\t\n\r"), params
    assert response.context["messages_for_user"], params


@pytest.mark.parametrize("page", ["0", "-1", "99999", "abc", "1.5", "\x00"])
def test_every_bad_page_number_gets_a_notice_on_the_page(client, site, three, page):
    same_as_abc = client.get(site.url, {"page": "abc"}).status_code
    response = client.get(site.url, {"page": page})
    assert response.status_code == same_as_abc
    assert response.context["page_obj"].number == 1
    body = response.content.decode()
    assert "There is no page" in body or "is not a page number" in body
