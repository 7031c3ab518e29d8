"""The "Become a mentor" form: what the sign-up export holds, with the same hard rules as the
import (HCPC number normalised, registration confirmed, terms agreed, consent to publish)."""

from django import forms
from django.utils import timezone

from ..abuse import ProtectedForm
from ..models import Area, LivedExperienceTag, MeetingFormat, MenteeGroup, Region, Specialism
from ..models.mentor import AcceptingStatus, normalise_hcpc, validate_public_url
from .photo import validate_photo

CHECKBOXES = forms.CheckboxSelectMultiple


def choices(model):
    return forms.ModelMultipleChoiceField(
        model.objects.all(), required=False, widget=CHECKBOXES, to_field_name="slug"
    )


class SignupForm(ProtectedForm):
    name = forms.CharField(label="Your full name", max_length=150)
    pronouns = forms.CharField(label="Pronouns (optional)", max_length=40, required=False)
    email = forms.EmailField(
        label="E-mail address",
        max_length=254,
        help_text="We use it to send you links to manage your listing. It is never published.",
    )
    hcpc_number = forms.CharField(
        label="HCPC registration number",
        max_length=20,
        help_text="Starts with PYL, for example PYL12345. It is never published.",
    )
    registration_confirmed = forms.BooleanField(
        label="I am a qualified educational psychologist registered with the HCPC"
    )
    role = forms.CharField(label="Current role", max_length=150, required=False)
    organisation = forms.CharField(label="Service or organisation", max_length=150, required=False)
    region = forms.ModelChoiceField(
        Region.objects.all(), required=False, to_field_name="slug", empty_label="Choose a region"
    )
    year_qualified = forms.IntegerField(
        label="Year you qualified (optional)", required=False, min_value=1950
    )
    mentee_groups = choices(MenteeGroup)
    mentee_groups.label = "Who you would mentor"
    areas = choices(Area)
    areas.label = "What you can offer mentoring on"
    specialisms = choices(Specialism)
    specialisms.label = "Specialist interests"
    formats = choices(MeetingFormat)
    formats.label = "How you can meet"
    languages = forms.CharField(
        label="Languages other than English (optional)",
        max_length=200,
        required=False,
        help_text="Separate languages with commas.",
    )
    capacity = forms.IntegerField(
        label="How many mentees you can support at once", min_value=1, max_value=20, initial=1
    )
    bio = forms.CharField(
        label="About you",
        max_length=3000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text="A few sentences mentees will read. Plain text; blank lines start a paragraph.",
    )
    profile_url = forms.URLField(
        label="Public profile link (optional)",
        max_length=200,
        required=False,
        validators=[validate_public_url],
        assume_scheme="https",
    )
    lived_experience_tags = choices(LivedExperienceTag)
    lived_experience_tags.label = "Lived experience (optional)"
    lived_experience_statement = forms.CharField(
        label="Lived-experience statement (optional)",
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    lived_experience_consent = forms.BooleanField(
        label="Show my lived-experience tags and statement on my profile",
        required=False,
    )
    photo = forms.ImageField(
        label="Photo (optional)",
        required=False,
        validators=[validate_photo],
        help_text="A JPEG, PNG or WebP under 5 MB.",
    )
    photo_alt = forms.CharField(
        label="Describe your photo",
        max_length=200,
        required=False,
        help_text="For people who cannot see it, for example ‘Smiling woman with short hair’.",
    )
    agree_terms = forms.BooleanField(label="I agree to the terms of the pilot")
    consent_to_publish = forms.BooleanField(
        label="I consent to my profile (not my e-mail or HCPC number) being published"
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Only the groups open in this phase, read when the form is made (editors change it).
        self.fields["mentee_groups"].queryset = MenteeGroup.objects.open()

    def clean_hcpc_number(self):
        value = normalise_hcpc(self.cleaned_data["hcpc_number"])
        if not value:
            raise forms.ValidationError(
                "Enter an HCPC number for a practitioner psychologist, like PYL12345."
            )
        return value

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()

    def clean_year_qualified(self):
        year = self.cleaned_data.get("year_qualified")
        if year and year > timezone.localdate().year:
            raise forms.ValidationError("The year you qualified cannot be in the future.")
        return year

    def clean(self):
        cleaned = super().clean()
        shared = cleaned.get("lived_experience_tags") or cleaned.get("lived_experience_statement")
        if shared and not cleaned.get("lived_experience_consent"):
            self.add_error(
                "lived_experience_consent",
                "Tick this box to show your lived experience, or leave those answers empty.",
            )
        if cleaned.get("photo") and not cleaned.get("photo_alt"):
            self.add_error("photo_alt", "Describe your photo, or remove it.")
        return cleaned


ACCEPTING_CHOICES = AcceptingStatus.choices
