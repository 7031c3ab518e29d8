"""Enquiries from mentees to mentors, and the editors' rules for them (Settings › Contact and
records).

An Enquiry holds only what the pilot counts: which mentor, when, the mentee's stage, what it was
about, the mentor's region and whether it was delivered. The mentee's name, address and message
live only in the outgoing e-mails, which are deleted once delivered.
"""

from django.db import models
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


class Enquiry(models.Model):
    class State(models.TextChoices):
        WAITING = "waiting", "Waiting to be delivered"
        DELIVERED = "delivered", "Delivered"
        FAILED = "failed", "Not delivered (gave up)"

    # SET_NULL: a mentor who withdraws is erased, but the pilot's counts stay right.
    mentor = models.ForeignKey(
        "directory.Mentor",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="enquiries",
    )
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    stage = models.ForeignKey(
        "directory.MenteeGroup",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="mentee's stage",
    )
    area = models.ForeignKey(
        "directory.Area",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="about",
    )
    # The mentor's region when the enquiry was sent, so counts by region survive later edits.
    region = models.ForeignKey(
        "directory.Region",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    state = models.CharField(max_length=10, choices=State.choices, default=State.WAITING)
    delivered_at = models.DateTimeField(null=True, blank=True)
    # The e-mail to the mentor while it waits; deleted (so NULL here) once delivered.
    relay_message = models.OneToOneField(
        "directory.OutgoingMessage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="enquiry",
    )
    # Marks the enquiry that paused its mentor, so that counting starts afresh after a resume.
    paused_mentor = models.BooleanField(default=False)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name_plural = "enquiries"

    def __str__(self):
        mentor = self.mentor.name if self.mentor else "a mentor who has left"
        return f"Enquiry to {mentor} on {self.created_at:%-d %b %Y}"


@register_setting(icon="mail")
class ContactSettings(BaseSiteSetting):
    auto_pause_enquiries = models.PositiveSmallIntegerField(
        "pause a mentor after this many enquiries",
        null=True,
        blank=True,
        help_text="Leave empty to never pause mentors automatically.",
    )
    auto_pause_days = models.PositiveSmallIntegerField(
        "within this many days",
        default=30,
        help_text="Enquiries in this many days count towards the limit above.",
    )
    keep_records_days = models.PositiveIntegerField(
        "keep enquiries, concerns and feedback for (days)",
        default=365,
        help_text=(
            "Older records are deleted by the daily purge_pilot_records command. "
            "Profile view counts hold no personal data and are kept."
        ),
    )

    panels = [
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("auto_pause_enquiries"), FieldPanel("auto_pause_days")])],
            heading="Pause busy mentors automatically",
            help_text="The mentor is told by e-mail and can resume from their self-service link.",
        ),
        FieldPanel("keep_records_days"),
    ]

    class Meta:
        verbose_name = "contact and records"

    @classmethod
    def current(cls):
        from wagtail.models import Site

        site = Site.objects.filter(is_default_site=True).first()
        return cls.for_site(site) if site else cls()
