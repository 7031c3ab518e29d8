"""What happens around the "Mentor approval" workflow: submitting a mentor for approval, recording
the HCPC register check, and the e-mails that follow approval and rejection."""

import datetime

from django.contrib.auth import get_user_model

from .emails import editor_addresses, queue_email
from .models import Mentor

WORKFLOW_NAME = "Mentor approval"


def submit_for_approval(mentor, notify_editors=True):
    """Save the mentor's current state as a revision and (re)start the approval workflow."""
    revision = mentor.save_revision(log_action=True)
    workflow_state = mentor.current_workflow_state
    if workflow_state is not None:
        workflow_state.cancel()
    workflow = mentor.get_workflow()
    if workflow is not None:
        workflow.start(mentor, user=None)
    if notify_editors:
        from .selfservice import admin_edit_url

        for address in editor_addresses():
            queue_email(
                address,
                "editor_new_application",
                {"mentor": mentor, "admin_url": admin_edit_url(mentor)},
                erase_after_send=True,  # holds a name: nothing kept once delivered
            )
    return revision


def record_registration_check(revision, checked_on, user):
    """Write the check into the revision being approved, so the published version carries it.

    From the workflow modal the date arrives cleaned; from the edit view's action menu Wagtail
    passes the modal's answers on as JSON, so it arrives as an ISO string."""
    if isinstance(checked_on, str):
        checked_on = datetime.date.fromisoformat(checked_on)
    revision.content["registration_checked_on"] = checked_on.isoformat()
    revision.content["registration_checked_by"] = getattr(user, "pk", None)
    revision.save(update_fields=["content"])


def after_approval(mentor_id):
    from .selfservice import manage_link

    mentor = Mentor.objects.filter(pk=mentor_id).first()
    if mentor and mentor.email and mentor.live:
        queue_email(
            mentor.email,
            "mentor_approved",
            {"mentor": mentor, "profile_url": mentor.get_url(), "manage_url": manage_link(mentor)},
        )


def after_rejection(mentor_id, message):
    from .selfservice import manage_link

    mentor = Mentor.objects.filter(pk=mentor_id).first()
    if mentor and mentor.email:
        queue_email(
            mentor.email,
            "mentor_sent_back",
            {"mentor": mentor, "message": message, "manage_url": manage_link(mentor)},
            reply_to=editor_addresses()[0],  # "reply to this e-mail" reaches the editors
        )


def checked_by_name(mentor):
    user = get_user_model().objects.filter(pk=mentor.registration_checked_by_id).first()
    return user.get_full_name() or user.get_username() if user else ""
