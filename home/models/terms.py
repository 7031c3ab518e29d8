"""The pilot's terms: numbered clauses, a version label, and every published version on record."""

import datetime

from django.db import models
from django.utils import timezone
from rest_framework import serializers
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, PageLogEntry
from wagtail.search import index

from cms.blocks import TermsSectionBlock

from .pages import CONTENT_PARENTS


class NumberedSectionsField(serializers.Field):
    """The numbered sections for the API, each clause's rich text rendered to HTML."""

    def to_representation(self, sections):
        return [
            {
                **section,
                "clauses": [
                    {"number": clause["number"], "text": str(clause["text"])}
                    for clause in section["clauses"]
                ],
            }
            for section in sections
        ]


PUBLISHING_ACTIONS = ["wagtail.publish", "wagtail.revert"]
ENDING_ACTIONS = ["wagtail.unpublish"]


class TermsPage(Page):
    """Terms that mentors and mentees accept.

    Clause numbers (1.1, 1.2, 2.1 …) are worked out from the order of sections and clauses
    every time the page is shown, so reordering in the admin renumbers everything. Each publish
    is a revision; ``revision_live_on`` finds the one in force at any moment, so the version a
    mentor accepted can be cited later.
    """

    version_label = models.CharField(
        max_length=40,
        help_text='Shown on the page, e.g. "Version 2". Change it whenever the terms change.',
    )
    effective_date = models.DateField(help_text="The date from which this version applies.")
    intro = RichTextField(blank=True)
    sections = StreamField([("section", TermsSectionBlock())], blank=True)

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldPanel("version_label"), FieldPanel("effective_date")], heading="Version"
        ),
        FieldPanel("intro"),
        FieldPanel("sections"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("sections")]
    api_fields = [
        APIField("version_label"),
        APIField("effective_date"),
        APIField("intro"),
        APIField("numbered_sections", serializer=NumberedSectionsField()),
    ]

    parent_page_types = CONTENT_PARENTS
    subpage_types = []

    class Meta:
        verbose_name = "terms page"

    def numbered_sections(self):
        """Sections and clauses with their numbers, in the order the editor left them."""
        numbered = []
        for section_number, section in enumerate(self.sections, start=1):
            clauses = [
                {"number": f"{section_number}.{clause_number}", "text": clause}
                for clause_number, clause in enumerate(section.value["clauses"], start=1)
            ]
            numbered.append(
                {
                    "number": str(section_number),
                    "title": section.value["title"],
                    "clauses": clauses,
                }
            )
        return numbered

    def publication_history(self):
        """Log entries for each publish and unpublish of this page, oldest first."""
        return (
            PageLogEntry.objects.filter(page=self, action__in=PUBLISHING_ACTIONS + ENDING_ACTIONS)
            .select_related("revision")
            .order_by("timestamp", "pk")
        )

    def revision_live_on(self, when):
        """The revision the public saw at ``when`` (a datetime, or a date meaning its end).

        None when the page was not live then (before its first publish, or unpublished).
        """
        if not isinstance(when, datetime.datetime):
            next_day = datetime.datetime.combine(when + datetime.timedelta(days=1), datetime.time())
            when = timezone.make_aware(next_day) - datetime.timedelta(microseconds=1)
        entry = self.publication_history().filter(timestamp__lte=when).last()
        if entry is None or entry.action in ENDING_ACTIONS:
            return None
        return entry.revision

    def version_live_on(self, when):
        """The terms as they read at ``when``: a TermsPage built from that revision, or None."""
        revision = self.revision_live_on(when)
        return revision.as_object() if revision else None

    def published_versions(self):
        """Each distinct published version, oldest first: (label, effective date, revision)."""
        versions, seen = [], set()
        for entry in self.publication_history():
            if entry.revision is None:
                continue
            content = entry.revision.content
            key = (content.get("version_label"), content.get("effective_date"))
            if key not in seen:
                seen.add(key)
                versions.append((key[0], key[1], entry.revision))
        return versions
