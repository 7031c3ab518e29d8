"""Admin pieces for this issue: the outgoing e-mail list (so failures stay visible with their
error) and the rule that a mentor is never published without the HCPC register check."""

from django import forms
from django.contrib import messages
from django.shortcuts import redirect
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.snippets.views import snippets as snippet_views
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import OutgoingMessage
from .models.approval import RegistrationNotChecked

NOT_CHECKED = (
    "Not published: record the date you checked the HCPC public register (Private and "
    "status tab) before publishing this mentor. Your changes are saved as a draft."
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


class RegistrationCheckedToPublish:
    """Publishing a mentor from the editor needs "registration checked on": without it the
    publish button saves a draft instead and says why, so the editor's work is kept.

    Only a publish that shows the mentor needs it: pausing a listing or withdrawing consent
    hides it, and hiding must never wait for the check."""

    def get_action(self, request):
        action = super().get_action(request)
        post = request.POST
        ticked = forms.CheckboxInput().value_from_datadict
        shows_mentor = ticked(post, None, "consent_to_publish") and not ticked(post, None, "paused")
        if action == "publish" and shows_mentor and not post.get("registration_checked_on"):
            messages.error(request, NOT_CHECKED)
            return self.actions[0]  # plain save: "create" or "edit"
        return action


class MentorCreateView(RegistrationCheckedToPublish, snippet_views.CreateView):
    pass


class MentorEditView(RegistrationCheckedToPublish, snippet_views.EditView):
    def workflow_action_action(self):
        # The edit is already saved as a new revision; refuse only the approval, and say why.
        try:
            return super().workflow_action_action()
        except RegistrationNotChecked as refusal:
            messages.error(self.request, str(refusal))
            return redirect(self.get_edit_url())
