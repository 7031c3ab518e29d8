"""The "Manage my listing" page: a mentor asks for a link by e-mail, then uses it to pause,
resume, update availability, confirm, edit or withdraw — no account needed."""

import html
from urllib.parse import urlencode

from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.html import linebreaks, strip_tags
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page


def bio_as_text(bio):
    """The rich-text bio as the plain text the edit form shows (paragraphs kept)."""
    text = (bio or "").replace("</p>", "\n\n").replace("<br>", "\n").replace("<br/>", "\n")
    return html.unescape(strip_tags(text)).strip()


TEAM_PAUSE = (
    "The pilot team has paused your listing. Please write to them (the address is at the "
    "foot of this page) to have it shown again."
)
ACTIONS = ["pause", "resume", "availability", "confirm", "edit", "withdraw"]


class ManageListingPage(RoutablePageMixin, Page):
    intro = RichTextField(blank=True, help_text="Shown above the form asking for an e-mail.")
    link_sent_text = RichTextField(
        blank=True,
        help_text="Shown after someone asks for a link, whether or not the address is known.",
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("link_sent_text")]
    parent_page_types = ["home.HomePage", "home.SectionPage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = "Manage my listing page"

    def render_step(self, request, template, status=200, **extra):
        context = self.get_context(request)
        context.update(extra)
        return TemplateResponse(
            request, f"directory/manage/{template}.html", context, status=status
        )

    @path("", name="request")
    def request_route(self, request):
        from ..abuse import answer_post
        from ..forms.selfservice import RequestLinkForm
        from ..selfservice import send_link

        def show(form, status=200, problem=""):
            return self.render_step(request, "request", status=status, form=form, problem=problem)

        def send(form):
            send_link(form.cleaned_data["email"])
            return redirect(self.url + self.reverse_subpage("sent"))

        if request.method != "POST":
            return show(RequestLinkForm())
        return answer_post(request, "manage-link", RequestLinkForm, show, send)

    @path("sent/", name="sent")
    def sent_route(self, request):
        return self.render_step(request, "sent")

    def link_url(self, token, full=False):
        """The token travels in the query string, so Django's request log lines (which give
        only the path) never hold it."""
        base = self.full_url if full else self.url
        return f"{base}{self.reverse_subpage('link')}?{urlencode({'t': token})}"

    @path("link/", name="link")
    def link_route(self, request):
        from .. import selfservice

        token = request.GET.get("t", "")[:500]
        try:
            mentor = selfservice.read_token(token)
        except selfservice.LinkProblem as problem:
            return self.render_step(request, "bad_link", status=400, reason=problem.reason)
        if request.method == "POST" and request.POST.get("action") in ACTIONS:
            return self.act(request, mentor, request.POST["action"])
        return self.panel(request, mentor, token)

    def panel(self, request, mentor, token, status=200, done="", **forms_in_error):
        from ..forms.selfservice import AvailabilityForm, ProfileEditForm, WithdrawForm

        draft = mentor.get_latest_revision_as_object() if mentor.latest_revision else mentor
        forms = {
            "availability_form": AvailabilityForm(
                initial={"capacity": mentor.capacity, "accepting": mentor.accepting},
                prefix="availability",
            ),
            "edit_form": ProfileEditForm(
                initial={
                    "name": draft.name,
                    "pronouns": draft.pronouns,
                    "role": draft.role,
                    "organisation": draft.organisation,
                    "languages": draft.languages,
                    "bio": bio_as_text(draft.bio),
                },
                prefix="edit",
            ),
            "withdraw_form": WithdrawForm(prefix="withdraw"),
        }
        forms.update(forms_in_error)
        pending = mentor.latest_revision_id != mentor.live_revision_id
        return self.render_step(
            request,
            "panel",
            status=status,
            mentor=mentor,
            action_url=self.link_url(token),
            done=done,
            pending_changes=pending,
            team_pause=TEAM_PAUSE,
            **forms,
        )

    def act(self, request, mentor, action):
        from .. import selfservice
        from ..forms.selfservice import AvailabilityForm, ProfileEditForm, WithdrawForm

        form_classes = {
            "availability": (AvailabilityForm, "availability"),
            "edit": (ProfileEditForm, "edit"),
            "withdraw": (WithdrawForm, "withdraw"),
        }
        data = {}
        if action in form_classes:
            form_class, prefix = form_classes[action]
            form = form_class(request.POST, prefix=prefix)
            if not form.is_valid():
                # The link is not spent by a mistake in a form.
                token = selfservice.make_token(mentor)
                return self.panel(request, mentor, token, 400, **{f"{prefix}_form": form})
            data = form.cleaned_data
        if action == "withdraw":
            selfservice.withdraw_and_say_goodbye(mentor)
            return self.render_step(request, "withdrawn")
        token = selfservice.consume(mentor)
        if action == "pause":
            selfservice.apply_availability(mentor, paused=True)
            done = "Your listing is paused: mentees cannot see it until you resume it."
        elif action == "resume" and mentor.paused_by_team:
            done = TEAM_PAUSE
        elif action == "resume":
            selfservice.apply_availability(mentor, paused=False)
            done = "Your listing is visible again."
        elif action == "availability":
            selfservice.apply_availability(mentor, **data)
            done = "Your availability is updated."
        elif action == "confirm":
            mentor = selfservice.confirm_availability(mentor)
            done = f"Thank you. Your listing now runs until {mentor.listing_expires_on:%-d %B %Y}."
        else:
            data["bio"] = linebreaks(data["bio"], autoescape=True) if data["bio"] else ""
            selfservice.submit_text_edit(mentor, data)
            done = "Thank you. Your changes will appear once an editor has checked them."
        mentor.refresh_from_db()
        return self.panel(request, mentor, token, done=done)
