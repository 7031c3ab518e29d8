"""Forms on the "Manage my listing" page."""

from django import forms

from ..abuse import ProtectedForm
from ..models.mentor import AcceptingStatus
from .plain_text import PlainTextMixin


class RequestLinkForm(ProtectedForm):
    email = forms.EmailField(
        label="The e-mail address you signed up with",
        max_length=254,
        help_text="We will e-mail you a link to manage your listing.",
    )


class AvailabilityForm(forms.Form):
    capacity = forms.IntegerField(
        label="How many mentees you can support at once", min_value=1, max_value=20
    )
    accepting = forms.ChoiceField(
        label="Are you taking new mentees?", choices=AcceptingStatus.choices
    )


class ProfileEditForm(PlainTextMixin, forms.Form):
    name = forms.CharField(label="Your full name", max_length=150)
    pronouns = forms.CharField(label="Pronouns", max_length=40, required=False)
    role = forms.CharField(label="Current role", max_length=150, required=False)
    organisation = forms.CharField(label="Service or organisation", max_length=150, required=False)
    languages = forms.CharField(
        label="Languages other than English", max_length=200, required=False
    )
    bio = forms.CharField(
        label="About you",
        max_length=3000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=(
            "Plain text; blank lines start a paragraph. Changes are checked before they go live."
        ),
    )


class WithdrawForm(forms.Form):
    confirm = forms.BooleanField(
        label="I want to leave the directory and have my details erased. This cannot be undone."
    )
