"""Site-wide settings editors change in the admin (Settings › Pilot settings)."""

import datetime

from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField

from cms.blocks import LinkBlock
from cms.versioned_cache import VersionedSiteSettingMixin


@register_setting(icon="calendar")
class PilotSettings(VersionedSiteSettingMixin, BaseSiteSetting):
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
    banner_text = models.CharField(
        max_length=250,
        blank=True,
        help_text="An announcement shown at the top of every page. Leave empty to show none.",
    )
    banner_link_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Optional: a page the announcement links to.",
    )
    banner_link_url = models.URLField(
        blank=True, help_text="Optional: an external address, used when no page is chosen."
    )
    banner_link_text = models.CharField(max_length=80, blank=True, default="Find out more")
    footer_links = StreamField(
        [("link", LinkBlock())],
        blank=True,
        help_text="Links shown in every page's footer, e.g. privacy notice, accessibility.",
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("pilot_name"), FieldPanel("start_date"), FieldPanel("end_date")],
            heading="The pilot",
        ),
        FieldPanel("contact_email"),
        MultiFieldPanel(
            [
                FieldPanel("banner_text"),
                FieldPanel("banner_link_page"),
                FieldPanel("banner_link_url"),
                FieldPanel("banner_link_text"),
            ],
            heading="Announcement banner",
        ),
        FieldPanel("footer_links"),
    ]

    class Meta:
        verbose_name = "pilot settings"

    @classmethod
    def current(cls):
        """The settings of the default site, for code that runs without a request."""
        from wagtail.models import Site

        site = Site.objects.filter(is_default_site=True).first()
        return cls.for_site(site) if site else cls()

    def banner_url(self):
        """Where the banner links: a live, public page first, else the external address."""
        page = self.banner_link_page
        if page is not None and page.live and not page.get_view_restrictions().exists():
            return page.url
        return self.banner_link_url
