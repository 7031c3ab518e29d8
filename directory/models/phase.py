"""The phase's rules (Settings › Phase of the pilot): which mentee groups are open now.

The phase may also ask mentees who contact a mentor to declare that they belong to the group the
phase is for; the site records nothing of it and never checks it.

The pilot opens trainee and qualified EPs only; a later phase adds aspiring EPs. A closed group
is hidden from filters, cards, profiles and forms, but nobody's answers are deleted, so it comes
back unchanged when an editor opens it again.
"""

from django import forms
from django.db import models
from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Site

from cms.versioned_cache import VersionedSiteSettingMixin

# The groups open when a site's phase settings are first created (the pilot phase).
PILOT_OPEN_GROUPS = ("trainee-eps", "qualified-eps")
SELF_DECLARATION = (
    "I identify as belonging to a group that is under-represented or marginalised among "
    "educational psychologists."
)


@register_setting(icon="group")
class PhaseSettings(VersionedSiteSettingMixin, BaseSiteSetting):
    phase_name = models.CharField(
        max_length=120,
        default="Pilot",
        help_text="For editors: which phase of the project these rules belong to.",
    )
    open_mentee_groups = models.ManyToManyField(
        "directory.MenteeGroup",
        blank=True,
        related_name="open_in_phases",
        verbose_name="mentee groups open now",
        help_text=(
            "Only these groups appear in filters, on profiles and in forms. Closing a group "
            "hides it without deleting what mentors said."
        ),
    )

    requires_self_declaration = models.BooleanField(
        "ask mentees for a self-declaration",
        default=True,
        help_text="The contact form asks mentees to confirm the statement below. It is never "
        "checked.",
    )
    self_declaration_text = models.CharField(
        "self-declaration wording",
        max_length=300,
        blank=True,
        default=SELF_DECLARATION,
        help_text="Leave empty for the standard wording.",
    )

    panels = [
        FieldPanel("phase_name"),
        FieldPanel("open_mentee_groups", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [FieldPanel("requires_self_declaration"), FieldPanel("self_declaration_text")],
            heading="Who may contact mentors",
        ),
    ]

    class Meta:
        verbose_name = "phase of the pilot"

    @property
    def self_declaration_wording(self):
        return self.self_declaration_text or SELF_DECLARATION


def open_pilot_groups(settings, group_model):
    settings.open_mentee_groups.set(group_model.objects.filter(slug__in=PILOT_OPEN_GROUPS))


@receiver(post_save, sender=Site)
def create_phase_settings(sender, instance, created, raw=False, **kwargs):
    """A new site starts in the pilot phase, so that its open groups are never an empty list."""
    if created and not raw:
        from .taxonomies import MenteeGroup

        settings, made = PhaseSettings.objects.get_or_create(site=instance)
        if made:
            open_pilot_groups(settings, MenteeGroup)
