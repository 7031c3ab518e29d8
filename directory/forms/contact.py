"""The relay form a mentee uses to write to a mentor, and the report-a-concern form."""

from django import forms

from ..abuse import ProtectedForm
from ..emails import UnsafeAddress, safe_address
from ..models import Area, MenteeGroup

SINGLE_ADDRESS = "Enter one e-mail address, like name@example.org."


def clean_single_address(value):
    try:
        return safe_address(value).lower()
    except UnsafeAddress as error:
        raise forms.ValidationError(SINGLE_ADDRESS) from error


class ContactForm(ProtectedForm):
    name = forms.CharField(label="Your name", max_length=150)
    email = forms.EmailField(
        label="Your e-mail address",
        max_length=254,
        help_text="The mentor replies to this address. It is not published.",
    )
    stage = forms.ModelChoiceField(
        MenteeGroup.objects.none(),
        label="Where are you in your career?",
        to_field_name="slug",
        widget=forms.RadioSelect,
        empty_label=None,
        error_messages={"required": "Choose where you are in your career."},
    )
    area = forms.ModelChoiceField(
        Area.objects.none(),
        label="What would you like to talk about? (optional)",
        to_field_name="slug",
        required=False,
        empty_label="Something else, or not sure yet",
    )
    message = forms.CharField(
        label="Your message",
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text="At most 3,000 characters. Please do not include anything very personal.",
    )
    self_declaration = forms.BooleanField(
        error_messages={"required": "Tick this box to confirm the statement."}
    )
    agree_terms = forms.BooleanField(
        label="I agree to the terms of the pilot",
        error_messages={"required": "Tick this box to agree to the terms."},
    )

    field_order = ["name", "email", "stage", "area", "message", "self_declaration"]

    def __init__(self, *args, mentor, phase, **kwargs):
        super().__init__(*args, **kwargs)
        groups = MenteeGroup.objects.open()
        theirs = groups.filter(pk__in=[g.pk for g in mentor.open_mentee_groups])
        self.fields["stage"].queryset = theirs if theirs.exists() else groups
        self.fields["area"].queryset = Area.objects.filter(mentors=mentor)
        if phase.requires_self_declaration:
            self.fields["self_declaration"].label = phase.self_declaration_wording
        else:
            del self.fields["self_declaration"]

    def clean_email(self):
        return clean_single_address(self.cleaned_data["email"])

    def clean_name(self):
        # The name goes into an e-mail: one line, no control characters.
        return " ".join(self.cleaned_data["name"].split())


class ConcernForm(ProtectedForm):
    REASONS = [
        ("not-registered", "The mentor may no longer be registered with the HCPC"),
        ("no-reply", "The mentor has not replied"),
        ("inaccurate", "Something on the listing is wrong or out of date"),
        ("conduct", "I am worried about something the mentor said or did"),
        ("other", "Something else"),
    ]
    reason = forms.ChoiceField(
        label="What is your concern?",
        choices=REASONS,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose what your concern is about."},
    )
    details = forms.CharField(
        label="Tell us more (optional)",
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    email = forms.EmailField(
        label="Your e-mail address (optional)",
        max_length=254,
        required=False,
        help_text="Only if you would like the pilot team to reply. The mentor never sees it.",
    )

    def clean_email(self):
        value = self.cleaned_data["email"]
        return clean_single_address(value) if value else ""

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("reason") == "other" and not cleaned.get("details", "").strip():
            self.add_error("details", "Tell us what your concern is.")
        return cleaned
