"""The home page, sections and standard pages (about, privacy notice, accessibility statement)."""

from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from cms.blocks import BodyBlock, HomeBodyBlock

# Where each kind of content page may go; kept in one place so the rules read as a whole.
CONTENT_PARENTS = ["home.HomePage", "home.SectionPage"]


class HomePage(Page):
    intro = RichTextField(blank=True)
    body = StreamField(
        HomeBodyBlock(),
        blank=True,
        help_text="Calls to action (Find a mentor, Become a mentor, About) and any other content.",
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    api_fields = [APIField("intro"), APIField("body")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.SectionPage",
        "home.StandardPage",
        "home.TermsPage",
        "home.ResourcesPage",
        "home.FormPage",
        "directory.MentorDirectoryPage",
        "directory.BecomeAMentorPage",
        "directory.ManageListingPage",
    ]
    max_count = 1


class SectionPage(Page):
    """A section such as "Mentoring Directory (pilot)", listing the pages inside it."""

    intro = RichTextField(blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    api_fields = [APIField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = [
        "home.StandardPage",
        "home.TermsPage",
        "home.ResourcesPage",
        "home.FormPage",
        "directory.MentorDirectoryPage",
        "directory.BecomeAMentorPage",
        "directory.ManageListingPage",
    ]

    class Meta:
        verbose_name = "section page"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["children"] = self.get_children().live().public().specific()
        return context


class StandardPage(Page):
    intro = RichTextField(blank=True)
    body = StreamField(BodyBlock(), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
        MultiFieldPanel(
            [InlinePanel("related_pages", label="Related page")],
            heading="Related pages",
            help_text="Shown beside the content, in this order.",
        ),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    api_fields = [APIField("intro"), APIField("body")]

    parent_page_types = CONTENT_PARENTS + ["home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    def visible_related_pages(self):
        """Related pages a visitor may open: a draft or restricted page is left out quietly."""
        ids = [item.related_page_id for item in self.related_pages.all() if item.related_page_id]
        visible = {
            page.pk: page for page in Page.objects.filter(pk__in=ids).live().public().specific()
        }
        return [visible[pk] for pk in ids if pk in visible]


class StandardPageRelatedPage(Orderable):
    page = ParentalKey(StandardPage, on_delete=models.CASCADE, related_name="related_pages")
    related_page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("related_page")]
