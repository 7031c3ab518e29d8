"""The "Become a mentor" page editors place in the tree: their intro and confirmation copy,
the terms version applicants agree to, and the sign-up form."""

from django.db import models
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page


class BecomeAMentorPage(RoutablePageMixin, Page):
    intro = RichTextField(blank=True)
    terms_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The page with the pilot's terms, linked from the form.",
    )
    terms_version = models.CharField(
        max_length=40,
        default="2026-09",
        help_text=(
            "Recorded with each sign-up when the terms page has no version label of its own. "
            "Change it whenever the terms change."
        ),
    )
    confirmation_title = models.CharField(max_length=150, default="Thank you for signing up")
    confirmation_text = RichTextField(
        blank=True,
        help_text="Shown after sending the form. Say what happens next.",
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel([FieldPanel("terms_page"), FieldPanel("terms_version")], heading="Terms"),
        MultiFieldPanel(
            [FieldPanel("confirmation_title"), FieldPanel("confirmation_text")],
            heading="After sending",
        ),
    ]
    parent_page_types = ["home.HomePage", "home.SectionPage"]
    subpage_types = []
    max_count = 1

    def current_terms_version(self):
        """The version label of the live terms page, so the record cites what was shown."""
        terms = self.terms_page.specific if self.terms_page_id else None
        label = getattr(terms, "version_label", "") if terms and terms.live else ""
        return label or self.terms_version

    class Meta:
        verbose_name = "Become a mentor page"

    @path("", name="form")
    def form_route(self, request):
        from ..abuse import answer_post
        from ..forms.signup import SignupForm
        from ..signup import create_applicant

        def show(form, status=200, problem=""):
            return self.render_form(request, form, status=status, problem=problem)

        def apply(form):
            create_applicant(form.cleaned_data, self.current_terms_version())
            return redirect(self.url + self.reverse_subpage("thanks"))

        if request.method != "POST":
            return show(SignupForm())
        return answer_post(request, "signup", SignupForm, show, apply)

    def render_form(self, request, form, status=200, problem=""):
        context = self.get_context(request)
        context.update(form=form, problem=problem)
        return TemplateResponse(
            request, "directory/become_a_mentor_page.html", context, status=status
        )

    @path("thanks/", name="thanks")
    def thanks_route(self, request):
        context = self.get_context(request)
        return TemplateResponse(request, "directory/become_a_mentor_thanks.html", context)
