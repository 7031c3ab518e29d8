"""Admin pieces for this issue: the outgoing e-mail list (so failures stay visible with their
error) and the rule that a mentor is never published without the HCPC register check."""

from django.contrib import messages
from django.shortcuts import redirect
from wagtail import hooks
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Mentor, OutgoingMessage

NOT_CHECKED = (
    "Record the date you checked the HCPC public register (Private and status tab) "
    "before publishing this mentor."
)


class OutgoingMessageViewSet(SnippetViewSet):
    model = OutgoingMessage
    icon = "mail"
    menu_label = "Outgoing e-mails"
    menu_order = 900
    add_to_admin_menu = True
    list_display = [
        "subject",
        "to",
        Column("state", label="State", accessor="get_state_display"),
        "attempts",
        Column("last_error", label="Last error"),
        DateColumn("created_at", label="Created"),
    ]
    list_filter = ["state"]
    inspect_view_enabled = True
    copy_view_enabled = False


@hooks.register("before_edit_snippet")
@hooks.register("before_create_snippet")
def refuse_publish_without_registration_check(request, instance_or_model):
    model = instance_or_model if isinstance(instance_or_model, type) else type(instance_or_model)
    if model is not Mentor or request.method != "POST" or "action-publish" not in request.POST:
        return None
    if request.POST.get("registration_checked_on"):
        return None
    messages.error(request, NOT_CHECKED)
    return redirect(request.get_full_path())
