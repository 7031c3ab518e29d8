"""Site-wide settings editors change in the admin (Settings › Pilot settings)."""

import datetime

from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="calendar")
class PilotSettings(BaseSiteSetting):
    pilot_name = models.CharField(max_length=120, default="Mentoring Directory (pilot)")
    start_date = models.DateField(default=datetime.date(2026, 9, 1))
    end_date = models.DateField(
        default=datetime.date(2027, 8, 31),
        help_text="Listings end on this date unless a mentor's own expiry date is set.",
    )
    contact_email = models.EmailField(
        default="mentoring-pilot@example.org",
        help_text="The team's address, shown on the site and used for notifications.",
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("pilot_name"), FieldPanel("start_date"), FieldPanel("end_date")],
            heading="The pilot",
        ),
        FieldPanel("contact_email"),
    ]

    class Meta:
        verbose_name = "pilot settings"

    @classmethod
    def current(cls):
        """The settings of the default site, for code that runs without a request."""
        from wagtail.models import Site

        site = Site.objects.filter(is_default_site=True).first()
        return cls.for_site(site) if site else cls()
