"""Resources for mentors and mentees, grouped by who they are for."""

from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from cms.blocks import AUDIENCE_CHOICES, ResourceBlock

from .pages import CONTENT_PARENTS


class ResourcesPage(Page):
    intro = RichTextField(blank=True)
    resources = StreamField([("resource", ResourceBlock())], blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("resources")]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("resources"),
    ]
    api_fields = [APIField("intro"), APIField("resources")]

    parent_page_types = CONTENT_PARENTS
    subpage_types = []

    class Meta:
        verbose_name = "resources page"

    def resources_by_audience(self):
        """[(audience label, [resource, …]), …] in a fixed order, leaving out empty groups."""
        groups = []
        for value, label in AUDIENCE_CHOICES:
            items = [block.value for block in self.resources if block.value["audience"] == value]
            if items:
                groups.append((label, items))
        return groups
