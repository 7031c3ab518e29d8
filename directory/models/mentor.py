"""The mentor: a snippet that goes through drafts, revisions and the "Mentor approval" workflow.

Only the fields in PUBLIC_FIELDS may ever be shown outside the admin; the rest (HCPC number,
e-mail, consent and terms records, editor notes) stay private.
"""

import re

from anyascii import anyascii
from django import forms
from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.text import slugify
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.fields import RichTextField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    PreviewableMixin,
    RevisionMixin,
    WorkflowMixin,
)
from wagtail.search import index
from wagtail.search.queryset import SearchableQuerySetMixin

from .mentor_form import MentorAdminForm

HCPC_PATTERN = re.compile(r"^PYL\d{5,6}$")
BIO_FEATURES = ["bold", "italic", "link", "ol", "ul"]


def normalise_hcpc(value):
    """'pyl 012345', 'PYL-12345' and a bare '12345' all become 'PYL012345' / 'PYL12345'.

    Returns '' when the value cannot be an HCPC practitioner psychologist number.
    """
    cleaned = re.sub(r"[\s\-_.]", "", (value or "").upper())
    if cleaned.isdigit():
        cleaned = "PYL" + cleaned
    return cleaned if HCPC_PATTERN.match(cleaned) else ""


def validate_hcpc(value):
    if not normalise_hcpc(value):
        raise ValidationError(
            "Enter an HCPC number for a practitioner psychologist, like PYL12345 or PYL012345."
        )


def validate_public_url(value):
    if value and not value.lower().startswith(("http://", "https://")):
        raise ValidationError("Enter a web address starting with https:// or http://.")


class MentorQuerySet(SearchableQuerySetMixin, models.QuerySet):
    def listed(self, today=None):
        """The one rule for who is public: live, consenting, not paused, withdrawn or expired.

        Every public surface (pages, search, API, sitemap, counts) starts from here.
        """
        today = today or timezone.localdate()
        return self.filter(
            live=True,
            consent_to_publish=True,
            paused=False,
            withdrawn_at__isnull=True,
        ).filter(Q(listing_expires_on__isnull=True) | Q(listing_expires_on__gte=today))

    _taxonomy_fields = ()

    def _clone(self):
        clone = super()._clone()
        clone._taxonomy_fields = self._taxonomy_fields
        return clone

    def _fetch_all(self):
        fetched = self._result_cache is not None
        super()._fetch_all()
        if not fetched and self._taxonomy_fields and self._result_cache:
            if isinstance(self._result_cache[0], Mentor):
                from ..prefetch import attach_taxonomies

                attach_taxonomies(self._result_cache, self._taxonomy_fields)

    def _with_links(self, *fields):
        clone = self._chain()
        clone._taxonomy_fields = tuple(dict.fromkeys((*self._taxonomy_fields, *fields)))
        return clone

    def for_cards(self):
        """What a card shows, in a fixed number of queries however many mentors there are:
        the mentors with region and photo, their renditions, and one query for the groups."""
        return (
            self.select_related("region", "photo")
            .prefetch_related("photo__renditions")
            ._with_links("mentee_groups")
        )

    def with_taxonomies(self):
        """Everything a profile shows, in a fixed number of queries (see directory/prefetch.py)."""
        from ..prefetch import TAXONOMY_FIELDS

        return self.for_cards()._with_links(*TAXONOMY_FIELDS)


class AcceptingStatus(models.TextChoices):
    ACCEPTING = "accepting", "Accepting mentees"
    WAITING_LIST = "waiting", "Waiting list"
    NOT_ACCEPTING = "closed", "Not accepting mentees now"


class ContactRoute(models.TextChoices):
    RELAY = "relay", "Through the directory's contact form"
    PUBLIC = "public", "Through their public profile link"


class Mentor(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    PreviewableMixin,
    index.Indexed,
    ClusterableModel,
):
    # Public profile
    name = models.CharField(max_length=150)
    slug = models.SlugField(
        max_length=160,
        unique=True,
        blank=True,
        help_text="The end of the profile's web address; made from the name when left empty.",
    )
    pronouns = models.CharField(max_length=40, blank=True)
    photo = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    photo_alt = models.CharField(
        "photo description",
        max_length=200,
        blank=True,
        help_text="Describes the photo for people who cannot see it.",
    )
    role = models.CharField("current role", max_length=150, blank=True)
    organisation = models.CharField("service or organisation", max_length=150, blank=True)
    region = models.ForeignKey(
        "directory.Region",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="mentors",
    )
    year_qualified = models.PositiveSmallIntegerField(null=True, blank=True)
    mentee_groups = ParentalManyToManyField(
        "directory.MenteeGroup",
        blank=True,
        related_name="mentors",
        verbose_name="who they mentor",
    )
    areas = ParentalManyToManyField(
        "directory.Area", blank=True, related_name="mentors", verbose_name="areas of mentoring"
    )
    specialisms = ParentalManyToManyField(
        "directory.Specialism",
        blank=True,
        related_name="mentors",
        verbose_name="specialist interests",
    )
    formats = ParentalManyToManyField(
        "directory.MeetingFormat",
        blank=True,
        related_name="mentors",
        verbose_name="meeting formats",
    )
    languages = models.CharField(
        "languages other than English",
        max_length=200,
        blank=True,
        help_text="Separate languages with commas.",
    )
    capacity = models.PositiveSmallIntegerField(
        default=1, help_text="How many mentees they can support at once."
    )
    accepting = models.CharField(
        "accepting status",
        max_length=10,
        choices=AcceptingStatus.choices,
        default=AcceptingStatus.ACCEPTING,
    )
    bio = RichTextField("about", features=BIO_FEATURES, blank=True)
    lived_experience_tags = ParentalManyToManyField(
        "directory.LivedExperienceTag",
        blank=True,
        related_name="mentors",
    )
    lived_experience_statement = models.TextField(blank=True)
    lived_experience_consent = models.BooleanField(
        default=False,
        help_text="The mentor agreed to show their lived-experience tags and statement.",
    )
    profile_url = models.URLField(
        "public profile link", blank=True, validators=[validate_public_url]
    )
    contact_route = models.CharField(
        "how mentees get in touch",
        max_length=10,
        choices=ContactRoute.choices,
        default=ContactRoute.RELAY,
        blank=True,
        help_text="The public profile link is used only when there is one.",
    )
    availability_confirmed_on = models.DateField(null=True, blank=True)
    registration_checked_on = models.DateField(
        null=True, blank=True, help_text="When an editor checked the HCPC public register."
    )
    registration_checked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    # Private: never shown outside the admin.
    hcpc_number = models.CharField(
        "HCPC registration number", max_length=12, blank=True, validators=[validate_hcpc]
    )
    registration_confirmed = models.BooleanField(
        "confirmed qualification and HCPC registration", default=False
    )
    email = models.EmailField("contact e-mail", blank=True, db_index=True)
    terms_version = models.CharField(max_length=40, blank=True)
    terms_accepted_at = models.DateTimeField(null=True, blank=True)
    consent_to_publish = models.BooleanField(default=False)
    consent_given_at = models.DateTimeField(null=True, blank=True)
    editor_notes = models.TextField(blank=True)

    # Listing state
    paused = models.BooleanField(default=False, help_text="Hidden from the directory for now.")
    paused_by_team = models.BooleanField(
        "paused by the team",
        default=False,
        help_text="Ticked when an editor pauses the listing: the mentor cannot resume it from "
        "their link. Untick to let them.",
    )
    withdrawn_at = models.DateTimeField(null=True, blank=True)
    listing_expires_on = models.DateField(
        null=True, blank=True, help_text="Filled in with the pilot's end date when left empty."
    )
    submitted_at = models.DateTimeField(
        null=True, blank=True, help_text="When the sign-up form was sent."
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    # PostgreSQL only (directory/search_vector.py): the keyword-search document, GIN-indexed.
    search_vector = SearchVectorField(null=True, editable=False)

    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="mentor")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="mentor",
        for_concrete_model=False,
    )

    objects = MentorQuerySet.as_manager()

    base_form_class = MentorAdminForm

    search_fields = [
        index.SearchField("name", boost=3),
        index.AutocompleteField("name"),
        index.SearchField("role"),
        index.SearchField("organisation"),
        index.SearchField("bio"),
        index.RelatedFields("areas", [index.SearchField("name")]),
        index.RelatedFields("specialisms", [index.SearchField("name")]),
        # People look for someone near them or who speaks their language.
        index.RelatedFields("region", [index.SearchField("name")]),
        index.SearchField("languages"),
        index.FilterField("live"),
        index.FilterField("consent_to_publish"),
        index.FilterField("paused"),
        index.FilterField("withdrawn_at"),
        index.FilterField("listing_expires_on"),
        index.FilterField("name"),
        index.FilterField("updated_at"),
    ]

    profile_panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("pronouns")]),
        FieldPanel("slug"),
        FieldRowPanel([FieldPanel("photo"), FieldPanel("photo_alt")]),
        FieldRowPanel([FieldPanel("role"), FieldPanel("organisation")]),
        FieldRowPanel([FieldPanel("region"), FieldPanel("year_qualified")]),
        FieldPanel("bio"),
        FieldRowPanel([FieldPanel("profile_url"), FieldPanel("contact_route")]),
        FieldPanel("languages"),
    ]
    mentoring_panels = [
        FieldPanel("mentee_groups", widget=forms.CheckboxSelectMultiple),
        FieldPanel("areas", widget=forms.CheckboxSelectMultiple),
        FieldPanel("specialisms", widget=forms.CheckboxSelectMultiple),
        FieldPanel("formats", widget=forms.CheckboxSelectMultiple),
        FieldRowPanel([FieldPanel("capacity"), FieldPanel("accepting")]),
        MultiFieldPanel(
            [
                FieldPanel("lived_experience_consent"),
                FieldPanel(
                    "lived_experience_tags",
                    widget=forms.CheckboxSelectMultiple,
                ),
                FieldPanel("lived_experience_statement"),
            ],
            heading="Lived experience (shown only with consent)",
        ),
    ]
    private_panels = [
        FieldRowPanel([FieldPanel("hcpc_number"), FieldPanel("registration_confirmed")]),
        FieldRowPanel(
            [FieldPanel("registration_checked_on"), FieldPanel("registration_checked_by")]
        ),
        FieldPanel("email"),
        FieldRowPanel([FieldPanel("consent_to_publish"), FieldPanel("consent_given_at")]),
        FieldRowPanel([FieldPanel("terms_version"), FieldPanel("terms_accepted_at")]),
        FieldRowPanel([FieldPanel("paused"), FieldPanel("paused_by_team")]),
        FieldPanel("listing_expires_on"),
        FieldPanel("availability_confirmed_on"),
        FieldPanel("editor_notes"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(profile_panels, heading="Profile"),
            ObjectList(mentoring_panels, heading="Mentoring"),
            ObjectList(private_panels, heading="Private and status"),
        ]
    )

    class Meta:
        ordering = ["name", "pk"]
        indexes = [
            models.Index(fields=["live", "paused", "consent_to_publish"]),
            # The directory's order; on PostgreSQL it also covers the listing rules, so a deep
            # page's keys come from the index alone.
            models.Index(
                fields=["name", "id"],
                name="directory_mentor_name_id",
                include=[
                    "live",
                    "consent_to_publish",
                    "paused",
                    "withdrawn_at",
                    "listing_expires_on",
                ],
            ),
        ]

    def __str__(self):
        return self.name

    @property
    def revisions(self):
        return self._revisions

    def clean(self):
        super().clean()
        if self.photo_id and not self.photo_alt.strip():
            raise ValidationError({"photo_alt": "Describe the photo for people who cannot see it."})
        if self.hcpc_number:
            self.hcpc_number = normalise_hcpc(self.hcpc_number) or self.hcpc_number
        if self.email:
            self.email = self.email.strip().lower()

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = self.unique_slug()
        if self.listing_expires_on is None:
            from cms.models import PilotSettings

            self.listing_expires_on = PilotSettings.current().end_date
        super().save(*args, **kwargs)
        # After the save, when the parental many-to-many links are written too.
        from .. import search_vector

        if search_vector.enabled():
            search_vector.refresh_mentor(self.pk)

    def unique_slug(self):
        """A stable slug even for names with no Latin letters and for namesakes."""
        # anyascii spells letters outside ASCII in Latin ("Łukasz" -> "lukasz") rather than
        # dropping them; names in other scripts are transliterated the same way.
        base = slugify(anyascii(self.name))[:140] or "mentor"
        slug, n = base, 2
        while Mentor.objects.filter(slug=slug).exclude(pk=self.pk).exists():
            slug, n = f"{base}-{n}", n + 1
        return slug

    @cached_property
    def language_list(self):
        return [lang.strip() for lang in self.languages.split(",") if lang.strip()]

    @property
    def uses_contact_form(self):
        """The relay form, unless the mentor chose their public link (and has one)."""
        return not (self.contact_route == ContactRoute.PUBLIC and self.profile_url)

    @property
    def accepts_enquiries(self):
        return self.accepting != AcceptingStatus.NOT_ACCEPTING

    @property
    def has_waiting_list(self):
        return self.accepting == AcceptingStatus.WAITING_LIST

    @property
    def shows_lived_experience(self):
        return self.lived_experience_consent

    @cached_property
    def open_mentee_groups(self):
        """Who they mentor, limited to the groups open in the current phase."""
        if hasattr(self, "_open_groups"):
            return self._open_groups
        from ..prefetch import open_group_ids

        open_ids = open_group_ids()
        return [group for group in self.mentee_groups.all() if group.pk in open_ids]

    def get_url(self, request=None):
        from .pages import MentorDirectoryPage

        directory = MentorDirectoryPage.objects.live().public().first()
        if directory is None:
            return None
        base = directory.get_url(request=request)
        return base and f"{base}{directory.reverse_subpage('mentor', args=[self.slug])}"

    # Preview renders the public profile exactly as a mentee will see it.
    def get_preview_template(self, request, mode_name):
        return "directory/mentor_detail.html"

    def get_preview_context(self, request, mode_name):
        from .pages import MentorDirectoryPage

        return {
            "mentor": self,
            "page": MentorDirectoryPage.objects.first(),
            "is_preview": True,
        }
