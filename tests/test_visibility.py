"""One rule decides who is public. One mentor in each hidden state must be absent everywhere."""

import datetime

import pytest
from django.utils import timezone

from directory.models import Mentor
from tests.factories import MentorFactory

pytestmark = pytest.mark.django_db

YESTERDAY = timezone.localdate() - datetime.timedelta(days=1)

HIDDEN_STATES = {
    "draft": {"live": False},
    "no-consent": {"consent_to_publish": False},
    "paused": {"paused": True},
    "withdrawn": {"withdrawn_at": timezone.now()},
    "expired": {"listing_expires_on": YESTERDAY},
}


@pytest.fixture
def mentors(site):
    visible = MentorFactory(name="Visible Vera", bio="<p>zebracrossing</p>")
    hidden = {
        state: MentorFactory(name=f"Hidden {state}", bio="<p>zebracrossing</p>", **fields)
        for state, fields in HIDDEN_STATES.items()
    }
    return visible, hidden


def test_listed_keeps_only_the_visible_mentor(mentors):
    visible, _ = mentors
    assert list(Mentor.objects.listed()) == [visible]


def test_expiry_today_is_still_listed(site):
    mentor = MentorFactory(listing_expires_on=timezone.localdate())
    assert mentor in Mentor.objects.listed()


@pytest.mark.parametrize("state", HIDDEN_STATES)
def test_hidden_mentor_is_absent_from_the_directory(client, site, mentors, state):
    _, hidden = mentors
    response = client.get(site.url)
    assert b"Visible Vera" in response.content
    assert hidden[state].name.encode() not in response.content


@pytest.mark.parametrize("state", HIDDEN_STATES)
def test_hidden_mentor_page_is_404(client, site, mentors, state):
    _, hidden = mentors
    url = site.url + site.reverse_subpage("mentor", args=[hidden[state].slug])
    assert client.get(url).status_code == 404


@pytest.mark.parametrize("state", HIDDEN_STATES)
def test_hidden_mentor_is_absent_from_search_and_sitemap(client, site, mentors, state):
    _, hidden = mentors
    found = client.get(site.url, {"q": "zebracrossing"})
    assert b"Visible Vera" in found.content
    assert hidden[state].name.encode() not in found.content
    sitemap = client.get("/sitemap.xml")
    assert mentors[0].slug.encode() in sitemap.content
    assert f"/{hidden[state].slug}/".encode() not in sitemap.content


def test_result_count_counts_only_listed(client, site, mentors):
    response = client.get(site.url)
    assert response.context["result_count"] == 1


@pytest.mark.parametrize("state", HIDDEN_STATES)
def test_hidden_mentor_is_absent_from_filtered_results_and_their_count(client, site, state):
    filters = {"taxonomies": {"formats": ["phone"]}}
    MentorFactory(name="Visible Phone", **filters)
    MentorFactory(name=f"Hidden Phone {state}", **filters, **HIDDEN_STATES[state])
    response = client.get(site.url, {"format": "phone", "q": "Phone"})
    assert [m.name for m in response.context["mentors"]] == ["Visible Phone"]
    assert response.context["result_count"] == 1
    assert b"1 mentor<" in response.content
