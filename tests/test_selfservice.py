"""Managing a listing without an account: a signed, expiring, single-use link by e-mail."""

import datetime
import re
from unittest import mock

import pytest
from django.core import mail
from django.utils import timezone

from cms.models import PilotSettings
from directory import selfservice
from directory.models import Mentor
from tests.factories import MentorFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def mentor(site):
    mentor = MentorFactory(name="Sam Example", email="sam@example.test")
    mentor.save_revision().publish()
    return Mentor.objects.get(pk=mentor.pk)


def link_path(manage_page, mentor):
    return manage_page.link_url(selfservice.make_token(mentor))


def test_asking_for_a_link_answers_the_same_whether_or_not_the_address_is_known(
    client, manage_page, mentor, started
):
    known = client.post(manage_page.url, {"email": "SAM@example.test", "started": started})
    unknown = client.post(manage_page.url, {"email": "nobody@example.test", "started": started})
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]
    assert [m.to for m in mail.outbox] == [["sam@example.test"]]
    url = re.search(r"http://\S+/link/\?t=\S+", mail.outbox[0].body).group(0)
    page = client.get(url.replace("http://localhost", ""))
    assert page.status_code == 200
    assert "Manage your listing" in page.content.decode()


def test_pausing_hides_the_listing_at_once_and_resuming_shows_it(client, manage_page, mentor):
    url = link_path(manage_page, mentor)
    response = client.post(url, {"action": "pause"})
    assert response.status_code == 200
    assert not Mentor.objects.listed().filter(pk=mentor.pk).exists()
    # The page answering an action carries a fresh link for the next one.
    next_url = re.search(r'action="([^"]+)"', response.content.decode()).group(1)
    assert next_url != url
    assert client.post(next_url, {"action": "resume"}).status_code == 200
    assert Mentor.objects.listed().filter(pk=mentor.pk).exists()


def test_a_used_link_fails_with_a_page_offering_a_new_one(client, manage_page, mentor):
    url = link_path(manage_page, mentor)
    assert client.post(url, {"action": "pause"}).status_code == 200
    again = client.post(url, {"action": "resume"})
    assert again.status_code == 400
    assert "already been used" in again.content.decode()
    assert f'href="{manage_page.url}"' in again.content.decode()
    mentor.refresh_from_db()
    assert mentor.paused


def test_a_tampered_link_fails(client, manage_page, mentor):
    from django.utils.http import urlsafe_base64_decode, urlsafe_base64_encode

    other = MentorFactory()
    selfservice.make_token(other)
    signed = urlsafe_base64_decode(selfservice.make_token(mentor)).decode()
    payload, rest = signed.split(":", 1)
    forged_payload = urlsafe_base64_encode(
        urlsafe_base64_decode(payload).replace(b'"m":%d' % mentor.pk, b'"m":%d' % other.pk)
    )
    for token in [
        urlsafe_base64_encode(f"{forged_payload}:{rest}".encode()),
        urlsafe_base64_encode((signed[:-2] + "xx").encode()),
        "not-a-token",
    ]:
        response = client.get(manage_page.link_url(token))
        assert response.status_code == 400
        assert "not valid" in response.content.decode()


def test_an_expired_link_fails(client, manage_page, mentor):
    url = link_path(manage_page, mentor)
    later = timezone.now() + selfservice.LINK_MAX_AGE + datetime.timedelta(minutes=1)
    with mock.patch("django.core.signing.time.time", return_value=later.timestamp()):
        response = client.get(url)
    assert response.status_code == 400
    assert "expired" in response.content.decode()


def test_availability_changes_apply_at_once(client, manage_page, mentor):
    url = link_path(manage_page, mentor)
    client.post(
        url,
        {
            "action": "availability",
            "availability-capacity": "5",
            "availability-accepting": "waiting",
        },
    )
    mentor.refresh_from_db()
    assert (mentor.capacity, mentor.accepting) == (5, "waiting")


def test_confirming_renews_the_listing_to_the_pilot_end(client, manage_page, mentor):
    Mentor.objects.filter(pk=mentor.pk).update(
        listing_expires_on=timezone.localdate() + datetime.timedelta(days=3)
    )
    client.post(link_path(manage_page, mentor), {"action": "confirm"})
    mentor.refresh_from_db()
    assert mentor.availability_confirmed_on == timezone.localdate()
    assert mentor.listing_expires_on == PilotSettings.current().end_date


def test_text_edits_wait_for_approval_while_the_published_version_stays_up(
    client, manage_page, mentor, directory_url
):
    url = link_path(manage_page, mentor)
    response = client.post(
        url,
        {
            "action": "edit",
            "edit-name": "Sam Example",
            "edit-role": "Principal EP",
            "edit-bio": "New words here.",
        },
    )
    assert response.status_code == 200
    mentor.refresh_from_db()
    assert mentor.live and mentor.role == "Educational Psychologist"
    assert mentor.get_latest_revision_as_object().role == "Principal EP"
    assert mentor.current_workflow_state is not None
    profile = client.get(mentor.get_url())
    assert "Principal EP" not in profile.content.decode()
    # Availability changed meanwhile survives the approval of the older text edit.
    client.post(link_path(manage_page, mentor), {"action": "pause"})
    mentor.refresh_from_db()
    state = mentor.current_workflow_state.current_task_state
    editor = type(mentor.registration_checked_by or object)
    from django.contrib.auth import get_user_model

    editor = get_user_model().objects.create_superuser("ed", "ed@example.test", "x" * 16)
    state.task.specific.on_action(
        state, editor, "approve", registration_checked_on=timezone.localdate()
    )
    mentor.refresh_from_db()
    assert mentor.role == "Principal EP"
    assert mentor.paused


def test_a_mistake_in_a_form_does_not_spend_the_link(client, manage_page, mentor):
    url = link_path(manage_page, mentor)
    response = client.post(url, {"action": "availability", "availability-capacity": "0"})
    assert response.status_code == 400
    assert "There is a problem" in response.content.decode()
    assert client.post(url, {"action": "pause"}).status_code == 200


def test_the_edit_form_shows_the_bio_as_plain_text(client, manage_page, site):
    mentor = MentorFactory(bio="<p>I&#x27;m here &amp; happy.</p><p>Second.</p>")
    html = client.get(link_path(manage_page, mentor)).content.decode()
    assert "I&#x27;m here &amp; happy.\n\nSecond.</textarea>" in html


def test_a_link_never_reaches_the_request_log(client, manage_page, mentor, caplog):
    token = selfservice.make_token(mentor)
    with caplog.at_level("WARNING", logger="django.request"):
        client.post(manage_page.link_url(token), {"action": "availability"})  # 400
        client.get(manage_page.link_url(token + "x"))  # 400
    assert caplog.records
    assert token not in caplog.text


def test_a_pause_the_team_published_cannot_be_lifted_by_the_mentors_link(
    client, admin_client, manage_page, mentor
):
    from tests.admin_support import edit_form_data, edit_url

    url = edit_url(mentor)
    data = edit_form_data(admin_client, mentor, **{"action-publish": "publish", "paused": "on"})
    data.pop("paused_by_team", None)
    admin_client.post(url, data)
    mentor.refresh_from_db()
    assert mentor.paused and mentor.paused_by_team

    panel = client.get(link_path(manage_page, mentor)).content.decode()
    assert "The pilot team has paused your listing" in panel
    assert 'value="resume"' not in panel
    response = client.post(link_path(manage_page, mentor), {"action": "resume"})
    assert "The pilot team has paused your listing" in response.content.decode()
    assert not Mentor.objects.listed().filter(pk=mentor.pk).exists()

    # The team lifts it in the admin; from then on the mentor's own pauses are theirs again.
    data.update(paused="", registration_checked_on="2026-11-20")
    admin_client.post(url, data)
    mentor.refresh_from_db()
    assert not mentor.paused and not mentor.paused_by_team
    assert Mentor.objects.listed().filter(pk=mentor.pk).exists()
