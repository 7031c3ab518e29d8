"""API filters mean what the "Find a mentor" page's filters mean: same query, same mentors."""

import pytest

from directory.models import LivedExperienceTag
from tests.api_support import MENTORS, slugs
from tests.factories import MentorFactory, region

pytestmark = pytest.mark.django_db


@pytest.fixture
def mentors(site):
    people = [
        MentorFactory(
            name="Ada London",
            region=region("london"),
            accepting="accepting",
            taxonomies={"areas": ["research-and-doctoral-thesis"], "formats": ["phone"]},
        ),
        MentorFactory(
            name="Ben London",
            region=region("london"),
            accepting="waiting",
            taxonomies={
                "areas": ["progressing-into-leadership"],
                "mentee_groups": ["trainee-eps"],
            },
        ),
        MentorFactory(
            name="Cat Scotland",
            region=region("scotland"),
            bio="<p>Loves kayaking and autism research.</p>",
            taxonomies={"areas": ["research-and-doctoral-thesis"], "specialisms": ["autism"]},
        ),
        MentorFactory(
            name="Dev Wales",
            region=region("wales"),
            accepting="closed",
            lived_experience_consent=True,
            taxonomies={"specialisms": ["autism", "early-years"], "formats": ["phone"]},
        ),
    ]
    people[3].lived_experience_tags.set(LivedExperienceTag.objects.filter(slug="career-changer"))
    return people


QUERIES = [
    {},
    {"region": "london"},
    {"region": ["london", "scotland"]},
    {"area": "research-and-doctoral-thesis"},
    {"region": ["london", "scotland"], "area": "progressing-into-leadership"},
    {"specialism": ["autism", "early-years"]},
    {"mentee_group": "trainee-eps"},
    {"format": "phone"},
    {"format": "phone", "accepting": "closed"},
    {"accepting": ["accepting", "waiting"]},
    {"lived_experience": "career-changer"},
    {"q": "kayaking"},
    {"q": "autism"},
    {"q": "autism", "region": "wales"},
    {"q": "London"},
    {"q": "kayaking", "region": "london"},
    {"region": "east-midlands"},
]

REFUSED_BY_BOTH = [{"q": "\"'()*:^~"}, {"q": "research\x00"}, {"region": "atlantis"}]


def page_names(client, site, params):
    response = client.get(site.url, params)
    assert response.status_code == 200
    return [mentor.name for mentor in response.context["mentors"]]


@pytest.mark.parametrize("params", QUERIES, ids=lambda p: repr(p))
def test_same_query_same_mentors_as_the_page(client, site, mentors, params):
    response = client.get(MENTORS, params)
    assert response.status_code == 200
    api_names = [mentor["name"] for mentor in response.json()["results"]]
    # Same mentors, in the same default order (relevance when searching, else name).
    assert api_names == page_names(client, site, params)
    assert response.json()["count"] == len(api_names)


@pytest.mark.parametrize("params", REFUSED_BY_BOTH, ids=lambda p: repr(p))
def test_same_bad_query_refused_by_the_page_and_the_api(client, site, mentors, params):
    assert client.get(MENTORS, params).status_code == 400
    assert client.get(site.url, params).status_code == 400


def test_a_filter_that_matches_nobody_gives_an_empty_list(client, mentors):
    body = client.get(MENTORS, {"region": "east-midlands"}).json()
    assert body == {"count": 0, "next": None, "previous": None, "results": []}


def test_ordering_by_name_and_update(client, mentors):
    names = sorted(m.name for m in mentors)
    by_name = [m["name"] for m in client.get(MENTORS, {"ordering": "-name"}).json()["results"]]
    assert by_name == names[::-1]
    newest = client.get(MENTORS, {"ordering": "-updated_at"}).json()["results"]
    assert [m["slug"] for m in newest] == [m.slug for m in sorted(mentors, key=lambda m: m.pk)][
        ::-1
    ]


def test_ordering_overrides_relevance(client, mentors):
    found = slugs(client.get(MENTORS, {"q": "London", "ordering": "-name"}))
    assert found == ["ben-london", "ada-london"]
