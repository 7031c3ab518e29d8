"""Form pages (feedback, surveys): every submission is stored, then e-mailed to the team."""

from django.db import models
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField, FormMixin
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.fields import RichTextField

from .pages import CONTENT_PARENTS


class FormField(AbstractFormField):
    page = ParentalKey("FormPage", on_delete=models.CASCADE, related_name="form_fields")


class FormPage(AbstractEmailForm):
    intro = RichTextField(blank=True)
    thank_you_text = RichTextField(blank=True, help_text="Shown after someone sends the form.")

    content_panels = AbstractEmailForm.content_panels + [
        FormSubmissionsPanel(),
        FieldPanel("intro"),
        InlinePanel("form_fields", label="Form fields"),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldPanel("to_address"),
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("subject")]),
            ],
            heading="E-mail",
            help_text="Leave “to address” empty to send submissions to the team address "
            "in Settings › Pilot settings.",
        ),
    ]
    # The form's fields are public anyway; the e-mail addresses are not, so they stay out.
    api_fields = [APIField("intro")]

    parent_page_types = CONTENT_PARENTS
    subpage_types = []

    class Meta:
        verbose_name = "form page"

    def serve(self, request, *args, **kwargs):
        if request.method == "GET" and request.GET.get("sent") == "1":
            return TemplateResponse(
                request, self.get_landing_page_template(request), self.get_context(request)
            )
        return super().serve(request, *args, **kwargs)

    def render_landing_page(self, request, form_submission=None, *args, **kwargs):
        # Post, then redirect: reloading the thank-you page must not send the form again.
        return redirect(f"{self.url}?sent=1")

    def get_form(self, *args, **kwargs):
        form = super().get_form(*args, **kwargs)
        # Say which answers may be left out, as the site's other forms do; editors write only
        # the question.
        for field in form.fields.values():
            if not field.required and not str(field.label).endswith("(optional)"):
                field.label = f"{field.label} (optional)"
        return form

    def recipients(self):
        from cms.models import PilotSettings

        if self.to_address:
            return [address.strip() for address in self.to_address.split(",") if address]
        site = self.get_site()
        settings = PilotSettings.for_site(site) if site else PilotSettings.current()
        return [settings.contact_email]

    def process_form_submission(self, form):
        # Store first (FormMixin), then queue the e-mail: the submission survives a mail outage.
        submission = FormMixin.process_form_submission(self, form)
        self.send_mail(form)
        return submission

    def send_mail(self, form):
        from home.tasks import send_form_submission

        reply_to = next(
            (
                form.cleaned_data.get(field.clean_name)
                for field in self.get_form_fields()
                if field.field_type == "email" and form.cleaned_data.get(field.clean_name)
            ),
            None,
        )
        send_form_submission.enqueue(
            subject=self.subject or f"New submission: {self.title}",
            body=self.render_email(form),
            recipients=self.recipients(),
            from_email=self.from_address,
            reply_to=reply_to,
        )
