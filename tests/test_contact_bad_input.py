"""Bad input to the contact form answers 4xx with a clear message, keeps the answers, and never
sends anything; it is never a 500."""

import pytest
from django.core import mail

from directory.models import Enquiry
from tests.contact_support import answers, contact_url, make_mentor
from tests.factories import MentorFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def mentor(site):
    return make_mentor()


@pytest.mark.parametrize(
    "overrides, message",
    [
        ({"name": None}, "This field is required"),
        ({"email": "sam@example.test\r\nBcc: victim@example.test"}, "e-mail address"),
        ({"email": "a@example.test, b@example.test"}, "e-mail address"),
        ({"stage": None}, "Choose where you are in your career"),
        ({"stage": "aspiring-eps"}, "Select a valid choice"),  # closed in the pilot phase
        ({"stage": "<script>"}, "Select a valid choice"),
        ({"area": "not-an-area"}, "Select a valid choice"),
        ({"message": "x" * 3001}, "at most 3000 characters"),
        ({"message": ""}, "This field is required"),
        ({"agree_terms": None}, "agree to the terms"),
    ],
)
def test_bad_answers_are_refused_with_a_message(client, site, mentor, started, overrides, message):
    response = client.post(contact_url(site, mentor), answers(started, **overrides))
    assert response.status_code == 400
    html = response.content.decode()
    assert "There is a problem" in html
    assert message in html
    assert Enquiry.objects.count() == 0 and mail.outbox == []


def test_answers_are_kept_on_error(client, site, mentor, started):
    response = client.post(contact_url(site, mentor), answers(started, agree_terms=None))
    html = response.content.decode()
    assert 'value="Sam Mentee"' in html
    assert "thesis plans" in html


def test_a_form_sent_by_a_bot_is_refused(client, site, mentor, started):
    response = client.post(contact_url(site, mentor), answers(started, website="http://x.test"))
    assert response.status_code == 400
    assert Enquiry.objects.count() == 0 and mail.outbox == []


def test_an_unknown_or_hidden_mentor_is_not_found(client, site, started):
    hidden = MentorFactory(paused=True)
    for slug in ("nobody-here", hidden.slug):
        url = site.url + site.reverse_subpage("contact", args=[slug])
        assert client.get(url).status_code == 404
        assert client.post(url, answers(started)).status_code == 404
    assert Enquiry.objects.count() == 0


def test_only_get_and_post_make_sense_but_nothing_breaks(client, site, mentor):
    response = client.put(contact_url(site, mentor))
    assert response.status_code < 500


def test_the_error_summary_reads_as_plain_sentences(client, site, mentor, started):
    response = client.post(contact_url(site, mentor), answers(started, stage=None, message=""))
    summary = response.content.decode().split('class="error-summary"')[1].split("</div>")[0]
    # Our own messages stand alone; Django's stock ones are given their question.
    assert ">Choose where you are in your career.</a>" in summary
    assert ">Your message: this field is required.</a>" in summary
    assert "career?:" not in summary


def test_a_too_quick_form_still_shows_its_field_errors(client, site, mentor):
    from directory.abuse import started_token

    response = client.post(contact_url(site, mentor), answers(started_token(), name=None))
    assert response.status_code == 400
    html = response.content.decode()
    assert "very quick" in html
    assert "This field is required" in html
    assert 'value="sam.mentee@example.test"' in html  # the other answers are kept
    assert Enquiry.objects.count() == 0 and mail.outbox == []
