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

from ..search import CONTROL_CHARACTERS

PAGE_SIZE = 12
# Used when an editor empties the fields that hold them.
WAITING_LIST_TEXT = (
    "This mentor has a waiting list. You can still write to them, but they may not be able to "
    "start mentoring you for a while."
)
NOT_ACCEPTING_TEXT = (
    "This mentor is not taking on new mentees at the moment. Please choose another mentor "
    "from the directory."
)


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
            "<p>Write to the mentor with the contact form: we pass your message on without "
            "showing anyone's e-mail address, and the mentor replies to you directly.</p>"
        ),
        help_text="Shown on every mentor's page, above the ways to contact them.",
    )
    register_check_url = models.URLField(
        "HCPC register check address",
        default="https://www.hcpc-uk.org/check-the-register/",
        help_text="Where mentees can check a mentor's registration for themselves.",
    )

    terms_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The terms mentees agree to when they contact a mentor.",
    )
    contact_intro = RichTextField(
        "contact form introduction",
        features=["bold", "italic", "link"],
        blank=True,
        default=(
            "<p>Introduce yourself and say what you would like to talk about. The mentor sees "
            "your name, e-mail address and message, and nothing else.</p>"
        ),
    )
    contact_next_steps = RichTextField(
        "what happens next",
        features=["bold", "italic", "link", "ol", "ul"],
        blank=True,
        default=(
            "<p>We have sent your message to the mentor and a copy to you. The mentor will "
            "reply to your e-mail address if they can help. Mentors are volunteers: if you have "
            "not heard back within two weeks, feel free to contact another mentor.</p>"
        ),
        help_text="Shown after a mentee sends a message.",
    )
    waiting_list_text = models.CharField(
        max_length=300,
        blank=True,
        default=WAITING_LIST_TEXT,
        help_text="Shown by the contact button of a mentor with a waiting list.",
    )
    not_accepting_text = models.CharField(
        max_length=300,
        blank=True,
        default=NOT_ACCEPTING_TEXT,
        help_text="Shown instead of the contact form when a mentor is not accepting mentees.",
    )
    concern_intro = RichTextField(
        "report a concern introduction",
        features=["bold", "italic", "link"],
        blank=True,
        default=(
            "<p>Tell the pilot team if something about this listing is wrong, for example the "
            "mentor is no longer registered or has not replied. The mentor is not told who "
            "reported it.</p>"
        ),
    )
    concern_thanks = RichTextField(
        "after reporting a concern",
        features=["bold", "italic", "link"],
        blank=True,
        default="<p>Thank you. The pilot team will look into it.</p>",
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("empty_message"),
        MultiFieldPanel(
            [FieldPanel("contact_help"), FieldPanel("register_check_url")],
            heading="On each mentor's page",
        ),
        MultiFieldPanel(
            [
                FieldPanel("contact_intro"),
                FieldPanel("terms_page"),
                FieldPanel("contact_next_steps"),
                FieldPanel("waiting_list_text"),
                FieldPanel("not_accepting_text"),
            ],
            heading="Contacting a mentor",
        ),
        MultiFieldPanel(
            [FieldPanel("concern_intro"), FieldPanel("concern_thanks")],
            heading="Reporting a concern",
        ),
    ]

    parent_page_types = ["home.HomePage", "home.SectionPage"]
    subpage_types = []
    max_count = 1
    template = "directory/mentor_directory_page.html"

    class Meta:
        verbose_name = "Find a mentor page"

    @property
    def waiting_list_message(self):
        return self.waiting_list_text or WAITING_LIST_TEXT

    @property
    def not_accepting_message(self):
        return self.not_accepting_text or NOT_ACCEPTING_TEXT

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
        from ..cards import cards_for
        from ..counting import CountCachingPaginator

        # Keys only: the cards come from directory/cards.py, most of them from the cache.
        mentors = mentors.only("pk")
        query = request.GET.copy()
        query.pop("page", None)
        count_key = "invalid" if status == 400 else query.urlencode()
        paginator = CountCachingPaginator(mentors, PAGE_SIZE, count_key)
        page_param = request.GET.get("page", "1")
        try:
            page_obj = paginator.page(page_param)
        except PageNotAnInteger:
            # Echo what was asked for, but never a NUL or other control character.
            shown = CONTROL_CHARACTERS.sub("", page_param)[:20].strip()
            asked = f"“{shown}” is" if shown else "That is"
            messages.append(f"{asked} not a page number; showing the first page.")
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
            mentors=page_obj.object_list,  # keys only; the template shows `cards`
            cards=cards_for(self, page_obj.object_list, request),
            result_count=paginator.count,
            messages_for_user=messages,
            querystring=query.urlencode(),
            has_filters=bool(query),
            content_version=content_version.current().key,
        )
        response = TemplateResponse(request, self.get_template(request), context, status=status)
        return cacheable(response)

    def listed_mentor(self, slug):
        mentor = self.listed_mentors().with_taxonomies().filter(slug=slug).first()
        if mentor is None:
            raise Http404("No listed mentor here.")
        return mentor

    @path("<slug:slug>/", name="mentor")
    def mentor_route(self, request, slug):
        mentor = self.listed_mentor(slug)
        context = self.get_context(request)
        context.update(
            mentor=mentor, canonical_url=self.full_url + self.reverse_subpage("mentor", args=[slug])
        )
        return cacheable(TemplateResponse(request, "directory/mentor_detail.html", context))

    @path("<slug:slug>/contact/", name="contact")
    def contact_route(self, request, slug):
        from ..contact_views import contact

        return contact(self, request, self.listed_mentor(slug))

    @path("<slug:slug>/contact/sent/", name="contact_sent")
    def contact_sent_route(self, request, slug):
        from ..contact_views import contact_sent

        return contact_sent(self, request, slug)

    @path("<slug:slug>/concern/", name="concern")
    def concern_route(self, request, slug):
        from ..contact_views import concern

        return concern(self, request, self.listed_mentor(slug))

    @path("<slug:slug>/concern/sent/", name="concern_sent")
    def concern_sent_route(self, request, slug):
        from ..contact_views import concern_sent

        return concern_sent(self, request, slug)

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
