"""The "Find a mentor" page: the filtered list of mentors and, beneath it, each public profile."""

from django.core.paginator import EmptyPage, PageNotAnInteger
from django.db import models
from django.http import Http404
from django.template.response import TemplateResponse
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page

from cms import content_version
from cms.page_cache import cacheable
from cms.versioned_cache import CachedViewRestrictionsMixin

PAGE_SIZE = 12


class MentorDirectoryPage(CachedViewRestrictionsMixin, RoutablePageMixin, Page):
    intro = RichTextField(blank=True)
    empty_message = models.CharField(
        max_length=255,
        default="No mentors match these filters. Try removing a filter or a keyword.",
        help_text="Shown when a search or filter finds nobody.",
    )

    contact_help = RichTextField(
        "how to get in touch",
        features=["bold", "italic", "link"],
        blank=True,
        default=(
            "<p>Get in touch through the mentor's public profile link. If there is none, write "
            "to the pilot team and we will pass your message on.</p>"
        ),
        help_text="Shown on every mentor's page, above the ways to contact them.",
    )
    register_check_url = models.URLField(
        "HCPC register check address",
        default="https://www.hcpc-uk.org/check-the-register/",
        help_text="Where mentees can check a mentor's registration for themselves.",
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("empty_message"),
        MultiFieldPanel(
            [FieldPanel("contact_help"), FieldPanel("register_check_url")],
            heading="On each mentor's page",
        ),
    ]

    parent_page_types = ["home.HomePage", "home.SectionPage"]
    subpage_types = []
    max_count = 1
    template = "directory/mentor_directory_page.html"

    class Meta:
        verbose_name = "Find a mentor page"

    def listed_mentors(self):
        from .mentor import Mentor

        return Mentor.objects.listed()

    @path("", name="index")
    def index_route(self, request):
        from ..filters import MentorFilter

        messages = []
        filterset = MentorFilter(request.GET or None, queryset=self.listed_mentors())
        status = 200
        if filterset.is_bound and not filterset.is_valid():
            # Never fall back to the unfiltered list: say what was wrong and show nobody.
            messages = filterset.error_messages()
            mentors = self.listed_mentors().none()
            status = 400
        else:
            mentors = filterset.qs if filterset.is_bound else self.listed_mentors()
        from ..counting import CountCachingPaginator

        mentors = mentors.for_cards()
        query = request.GET.copy()
        query.pop("page", None)
        count_key = "invalid" if status == 400 else query.urlencode()
        paginator = CountCachingPaginator(mentors, PAGE_SIZE, count_key)
        page_param = request.GET.get("page", "1")
        try:
            page_obj = paginator.page(page_param)
        except PageNotAnInteger:
            messages.append(f"“{page_param[:20]}” is not a page number; showing the first page.")
            page_obj = paginator.page(1)
        except EmptyPage:
            # Below the first page shows the first, beyond the last shows the last.
            nearest = 1 if int(page_param) < 1 else paginator.num_pages
            messages.append(f"There is no page {page_param[:20]}; showing page {nearest}.")
            page_obj = paginator.page(nearest)
        context = self.get_context(request)
        context.update(
            filterset=filterset,
            page_obj=page_obj,
            mentors=page_obj.object_list,
            result_count=paginator.count,
            messages_for_user=messages,
            querystring=query.urlencode(),
            has_filters=bool(query),
            content_version=content_version.current().key,
        )
        response = TemplateResponse(request, self.get_template(request), context, status=status)
        return cacheable(response)

    @path("<slug:slug>/", name="mentor")
    def mentor_route(self, request, slug):
        mentor = self.listed_mentors().with_taxonomies().filter(slug=slug).first()
        if mentor is None:
            raise Http404("No listed mentor here.")
        context = self.get_context(request)
        context.update(
            mentor=mentor, canonical_url=self.full_url + self.reverse_subpage("mentor", args=[slug])
        )
        return cacheable(TemplateResponse(request, "directory/mentor_detail.html", context))

    def get_sitemap_urls(self, request=None):
        urls = super().get_sitemap_urls(request)
        base = self.get_full_url(request)
        for mentor in self.listed_mentors().only("slug", "updated_at"):
            urls.append(
                {
                    "location": base + self.reverse_subpage("mentor", args=[mentor.slug]),
                    "lastmod": mentor.updated_at,
                }
            )
        return urls
