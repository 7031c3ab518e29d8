"""The "Mentor approval" workflow: no publication without the HCPC register check; approval
publishes and e-mails the mentor; sending back e-mails the editor's message."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone

from directory.models import Mentor
from directory.models.approval import ApproveMentorForm, RegistrationNotChecked
from directory.workflow import submit_for_approval
from tests.admin_support import edit_form_data, edit_url
from tests.factories import MentorFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def applicant(site):
    mentor = MentorFactory(live=False, name="Noor Example", email="noor@example.test")
    submit_for_approval(mentor, notify_editors=False)
    mail.outbox.clear()
    return Mentor.objects.get(pk=mentor.pk)


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser("ed", "ed@example.test", "x" * 16)


def task_state(mentor):
    return mentor.current_workflow_state.current_task_state


def test_the_workflow_is_linked_to_mentors(applicant):
    assert applicant.get_workflow().name == "Mentor approval"


def test_approval_is_refused_without_the_registration_check(applicant, editor):
    state = task_state(applicant)
    with pytest.raises(RegistrationNotChecked):
        state.task.specific.on_action(state, editor, "approve")
    applicant.refresh_from_db()
    assert not applicant.live
    assert not ApproveMentorForm({"comment": "fine"}).is_valid()
    future = timezone.localdate() + datetime.timedelta(days=1)
    assert not ApproveMentorForm({"registration_checked_on": future}).is_valid()


def test_approval_records_the_check_publishes_and_emails_the_mentor(applicant, editor):
    state = task_state(applicant)
    checked = timezone.localdate()
    state.task.specific.on_action(state, editor, "approve", registration_checked_on=checked)
    applicant.refresh_from_db()
    assert applicant.live
    assert applicant.registration_checked_on == checked
    assert applicant.registration_checked_by == editor
    assert Mentor.objects.listed().filter(pk=applicant.pk).exists()
    assert [m.to for m in mail.outbox] == [["noor@example.test"]]
    assert "/manage-my-listing/link/?t=" in mail.outbox[0].body


def test_sending_back_emails_the_editors_message(applicant, editor):
    state = task_state(applicant)
    state.task.specific.on_action(state, editor, "reject", comment="Please add a short bio.")
    applicant.refresh_from_db()
    assert not applicant.live
    assert "Please add a short bio." in mail.outbox[0].body
    assert "/manage-my-listing/link/?t=" in mail.outbox[0].body
    assert mail.outbox[0].reply_to == ["mentoring-pilot@example.org"]


def test_the_admin_approve_action_asks_for_the_check(applicant, admin_client):
    state = task_state(applicant)
    url = f"/admin/snippets/directory/mentor/workflow/action/{applicant.pk}/approve/{state.pk}/"
    response = admin_client.post(url, {"comment": ""})
    applicant.refresh_from_db()
    assert not applicant.live
    response = admin_client.post(url, {"registration_checked_on": timezone.localdate()})
    assert response.status_code == 302
    applicant.refresh_from_db()
    assert applicant.live


def test_the_admin_publish_button_is_refused_without_the_check(admin_client, site):
    mentor = MentorFactory(live=False)
    url = edit_url(mentor)
    data = edit_form_data(admin_client, mentor)
    data.update({"action-publish": "publish", "registration_checked_on": "", "role": "New role"})
    response = admin_client.post(url, data, follow=True)
    assert "record the date you checked the HCPC public register" in response.content.decode()
    mentor.refresh_from_db()
    assert not mentor.live
    assert mentor.get_latest_revision_as_object().role == "New role"  # the edit is kept

    data["registration_checked_on"] = "2026-09-10"
    admin_client.post(url, data)
    mentor.refresh_from_db()
    assert mentor.live


def test_pausing_a_live_mentor_needs_no_register_check(admin_client, site):
    # Hiding a listing (a concern came in) must never wait for paperwork.
    mentor = MentorFactory(registration_checked_on=None)
    assert Mentor.objects.listed().filter(pk=mentor.pk).exists()
    url = edit_url(mentor)
    data = edit_form_data(admin_client, mentor)
    data.update({"action-publish": "publish", "registration_checked_on": "", "paused": "on"})
    response = admin_client.post(url, data, follow=True)
    assert "record the date you checked" not in response.content.decode()
    assert not Mentor.objects.listed().filter(pk=mentor.pk).exists()
    assert Mentor.objects.get(pk=mentor.pk).paused


def test_the_admin_send_back_action_needs_a_message_and_emails_it(applicant, admin_client):
    state = task_state(applicant)
    url = f"/admin/snippets/directory/mentor/workflow/action/{applicant.pk}/reject/{state.pk}/"
    modal = admin_client.get(url)
    assert modal.status_code == 200
    assert "Message to the applicant" in modal.json()["html"]
    admin_client.post(url, {"comment": ""})
    assert mail.outbox == []
    admin_client.post(url, {"comment": "Your HCPC number does not match the register."})
    assert "does not match the register" in mail.outbox[0].body


def test_editors_see_applications_awaiting_review_on_the_dashboard(applicant, admin_client):
    dashboard = admin_client.get("/admin/").content.decode()
    assert "Noor Example" in dashboard


def test_approving_from_the_edit_page_records_the_check(applicant, admin_client):
    # The edit page's action menu sends the modal's answers as JSON, dates as strings.
    url = edit_url(applicant)
    data = edit_form_data(admin_client, applicant)
    data.update(
        {
            "action-workflow-action": "true",
            "workflow-action-name": "approve",
            "workflow-action-extra-data": '{"registration_checked_on": "2026-09-10"}',
        }
    )
    response = admin_client.post(url, data)
    assert response.status_code == 302
    applicant.refresh_from_db()
    assert applicant.live
    assert applicant.registration_checked_on == datetime.date(2026, 9, 10)


def test_approving_from_the_edit_page_without_the_check_is_refused_not_an_error(
    applicant, admin_client
):
    url = edit_url(applicant)
    data = edit_form_data(admin_client, applicant)
    data.update(
        {
            "action-workflow-action": "true",
            "workflow-action-name": "approve",
            "workflow-action-extra-data": "{}",
        }
    )
    response = admin_client.post(url, data, follow=True)
    assert response.status_code == 200
    assert "HCPC register check" in response.content.decode()
    applicant.refresh_from_db()
    assert not applicant.live
