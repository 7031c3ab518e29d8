"""Recording a concern about a listing and telling the editors."""

from django.conf import settings

from .emails import editor_addresses, queue_email
from .models import Concern


def admin_url(concern):
    from .pilot_admin import ConcernAdmin

    path = ConcernAdmin().url_helper.get_action_url("inspect", concern.pk)
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def report_concern(mentor, data):
    concern = Concern.objects.create(
        mentor=mentor,
        reason=data["reason"],
        details=data.get("details", "").strip(),
        reporter_email=data.get("email", ""),
    )
    for address in editor_addresses():
        # The concern itself stays in the admin; the e-mail only points to it.
        queue_email(
            address,
            "editor_concern",
            {"concern": concern, "mentor": mentor, "admin_url": admin_url(concern)},
            erase_after_send=True,
        )
    return concern
