"""The mentor's contact and report-a-concern pages, served by the "Find a mentor" page's routes
(see MentorDirectoryPage). The mentor's e-mail address is never put in any context here."""

from django.shortcuts import redirect
from django.template.response import TemplateResponse

from .abuse import answer_post
from .models.phase import PhaseSettings


def render(page, request, template, status=200, **extra):
    context = page.get_context(request)
    context.update(extra)
    return TemplateResponse(request, f"directory/contact/{template}.html", context, status=status)


def why_not_contactable(page, mentor):
    """Why the form gives way to a message, or '' when the mentor can be written to."""
    if not mentor.uses_contact_form:
        return "public"
    if not mentor.accepts_enquiries or not mentor.email:
        return "closed"
    return ""


def contact(page, request, mentor):
    from .enquiries import send_enquiry
    from .forms.contact import ContactForm

    phase = PhaseSettings.for_request(request)
    unavailable = why_not_contactable(page, mentor)
    if unavailable:
        # A form sent to a mentor who stopped accepting meanwhile: say so, keep nothing.
        status = 409 if request.method == "POST" else 200
        return render(page, request, "unavailable", status, mentor=mentor, reason=unavailable)

    def show(form, status=200, problem=""):
        return render(page, request, "form", status, mentor=mentor, form=form, problem=problem)

    if request.method != "POST":
        return show(ContactForm(mentor=mentor, phase=phase))

    def send(form):
        send_enquiry(mentor, form.cleaned_data)
        return redirect(page.url + page.reverse_subpage("contact_sent", args=[mentor.slug]))

    return answer_post(request, "contact", ContactForm, show, send, mentor=mentor, phase=phase)


def contact_sent(page, request, slug):
    # Deliberately not looked up: the mentor may have been paused by this very enquiry.
    return render(page, request, "sent")


def concern(page, request, mentor):
    from .concerns import report_concern
    from .forms.contact import ConcernForm

    def show(form, status=200, problem=""):
        return render(page, request, "concern", status, mentor=mentor, form=form, problem=problem)

    if request.method != "POST":
        return show(ConcernForm())

    def report(form):
        report_concern(mentor, form.cleaned_data)
        return redirect(page.url + page.reverse_subpage("concern_sent", args=[mentor.slug]))

    return answer_post(request, "concern", ConcernForm, show, report)


def concern_sent(page, request, slug):
    return render(page, request, "concern_sent")
