"""The task of the "Mentor approval" workflow: an editor checks the HCPC public register, records
when (and the task records who), then approves; or sends the application back with a message
that is e-mailed to the applicant.

Approval is refused unless the approved version carries "registration checked on": the approve
form asks for the date (filled in when already recorded), and on_action refuses without one.
"""

from django import forms
from django.utils import timezone
from wagtail.models import GroupApprovalTask


class ApproveMentorForm(forms.Form):
    registration_checked_on = forms.DateField(
        label="HCPC register checked on",
        required=True,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text="The date you found this registration on the HCPC public register.",
    )
    comment = forms.CharField(label="Comment", required=False, widget=forms.Textarea({"rows": 2}))

    def clean_registration_checked_on(self):
        value = self.cleaned_data["registration_checked_on"]
        if value > timezone.localdate():
            raise forms.ValidationError("The check cannot be in the future.")
        return value


class RejectMentorForm(forms.Form):
    comment = forms.CharField(
        label="Message to the applicant",
        required=True,
        max_length=2000,
        widget=forms.Textarea({"rows": 4}),
        help_text="E-mailed to the applicant: say what they need to change.",
    )


class RegistrationNotChecked(Exception):
    pass


class MentorApprovalTask(GroupApprovalTask):
    class Meta:
        verbose_name = "mentor approval task"

    def get_actions(self, obj, user):
        if user.is_superuser or self._user_in_groups(user):
            return [
                ("reject", "Send back to the applicant", True),
                ("approve", "Record registration check and approve", True),
            ]
        return []

    def get_form_for_action(self, action):
        return ApproveMentorForm if action == "approve" else RejectMentorForm

    def on_action(self, task_state, user, action_name, **kwargs):
        from ..workflow import after_approval, after_rejection, record_registration_check

        if action_name == "approve":
            checked_on = kwargs.pop("registration_checked_on", None)
            # Wagtail publishes the latest revision when the workflow finishes; approving from
            # the edit page saves a newer one than the task state's, so write the check there.
            revision = task_state.revision.content_object.get_latest_revision()
            if checked_on:
                record_registration_check(revision, checked_on, user)
            elif not revision.content.get("registration_checked_on"):
                raise RegistrationNotChecked("Record the HCPC register check before approving.")
            result = super().on_action(task_state, user, action_name, **kwargs)
            after_approval(revision.object_id)
            return result
        if action_name == "reject":
            result = super().on_action(task_state, user, action_name, **kwargs)
            after_rejection(task_state.revision.object_id, kwargs.get("comment", ""))
            return result
        return super().on_action(task_state, user, action_name, **kwargs)

    @classmethod
    def get_description(cls):
        return "Check the HCPC public register, record the date, then approve or send back."
