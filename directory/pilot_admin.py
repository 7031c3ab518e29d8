"""The pilot's records in the admin through wagtail-modeladmin (as the design card asks):
enquiries, concerns and feedback-form submissions. Listings have filters; inspect views show
no message text (an enquiry keeps none); CSV exports are safe to open in a spreadsheet."""

import datetime

from django.contrib.admin import RelatedFieldListFilter, SimpleListFilter
from django.contrib.admin.utils import label_for_field
from django.core.exceptions import FieldDoesNotExist
from django.http import StreamingHttpResponse
from django.utils.html import format_html, format_html_join
from django.utils.text import capfirst
from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import Page
from wagtail_modeladmin.helpers import PermissionHelper
from wagtail_modeladmin.options import ModelAdmin, ModelAdminGroup
from wagtail_modeladmin.views import IndexView, InspectView

from .dashboard.figures import NOT_STATED
from .models import Concern, Enquiry
from .spreadsheets import CSV_CONTENT_TYPE, plain_time, safe_cell, with_bom


class SafeExportIndexView(IndexView):
    """Exports that read well in a spreadsheet: headings as written (modeladmin's .title()
    turns "mentee's stage" into "Mentee'S Stage"), choices by their labels, times to the
    minute in the site's time zone, empty cells left empty, and UTF-8 that Excel detects."""

    def get_heading(self, queryset, field):
        if field in self.export_headings:
            return str(self.export_headings[field])
        try:
            label = label_for_field(field, model=self.model, model_admin=self.model_admin)
        except (AttributeError, FieldDoesNotExist):
            label = field
        return capfirst(str(label))

    def to_row_dict(self, item):
        row = super().to_row_dict(item)
        for field in row:
            try:
                self.model._meta.get_field(field)
            except FieldDoesNotExist:
                continue
            display = getattr(item, f"get_{field}_display", None)
            if callable(display):
                row[field] = display()
            elif getattr(item, field) in (None, ""):
                # Not modeladmin's "-", which the formula guard would then quote as "'-".
                row[field] = ""
        return row

    def preprocess_field_value(self, field, value, export_format):
        if value is None or value == "":
            return ""
        if isinstance(value, datetime.datetime):
            return plain_time(value)
        return super().preprocess_field_value(field, value, export_format)

    def write_csv_row(self, writer, row_dict):
        return writer.writerow(
            {
                field: safe_cell(self.preprocess_field_value(field, value, self.FORMAT_CSV))
                for field, value in row_dict.items()
            }
        )

    def write_csv_response(self, queryset):
        response = StreamingHttpResponse(
            with_bom(self.stream_csv(queryset)), content_type=CSV_CONTENT_TYPE
        )
        response["Content-Disposition"] = f'attachment; filename="{self.get_filename()}.csv"'
        return response


class CapitalisedInspectView(InspectView):
    """Labels as headings ("Created at"), not Django's lowercase verbose names."""

    def get_field_label(self, field_name, field=None):
        return capfirst(str(super().get_field_label(field_name, field)))


class NotStatedFilter(RelatedFieldListFilter):
    """An enquiry's stage, area or region may be left out; the filter's choice for those
    reads "Not stated" (as on the dashboard) rather than a bare "-"."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.empty_value_display = NOT_STATED


class RecordsPermissionHelper(PermissionHelper):
    """Records are made by the public site, never in the admin."""

    def user_can_create(self, user):
        return False


class ReadOnlyPermissionHelper(RecordsPermissionHelper):
    """What an enquiry records is a fact for counting, not something editors correct."""

    def user_can_edit_obj(self, user, obj):
        return False


class EnquiryAdmin(ModelAdmin):
    model = Enquiry
    menu_label = "Enquiries"
    menu_icon = "mail"
    index_view_class = SafeExportIndexView
    permission_helper_class = ReadOnlyPermissionHelper
    list_display = ("created_at", "mentor", "stage", "area", "region", "delivery")
    list_filter = (
        "state",
        ("stage", NotStatedFilter),
        ("area", NotStatedFilter),
        ("region", NotStatedFilter),
        "created_at",
    )
    list_select_related = ("mentor", "stage", "area", "region")
    search_fields = ("mentor__name",)
    list_export = ("created_at", "mentor", "stage", "area", "region", "state", "delivered_at")
    export_filename = "enquiries"
    inspect_view_enabled = True
    # Metadata only: the message and the mentee's details are never stored with the enquiry.
    inspect_view_fields = (
        "mentor",
        "created_at",
        "stage",
        "area",
        "region",
        "state",
        "delivered_at",
    )
    form_fields_exclude = ("relay_message",)
    inspect_view_class = CapitalisedInspectView

    # Short words in a tag that does not wrap: the full labels squeezed the column so that
    # "Delivered" broke over two lines. The full label is the tag's tooltip.
    SHORT_STATES = {"waiting": "Waiting", "delivered": "Delivered", "failed": "Gave up"}

    def delivery(self, enquiry):
        return format_html(
            '<span class="w-status w-whitespace-nowrap" title="{}">{}</span>',
            enquiry.get_state_display(),
            self.SHORT_STATES.get(enquiry.state, enquiry.get_state_display()),
        )

    delivery.short_description = "State"
    delivery.admin_order_field = "state"


class ConcernAdmin(ModelAdmin):
    model = Concern
    menu_label = "Concerns"
    menu_icon = "warning"
    index_view_class = SafeExportIndexView
    permission_helper_class = RecordsPermissionHelper
    list_display = ("created_at", "mentor", "reason", "status")
    list_filter = ("status", "reason", "created_at")
    list_select_related = ("mentor",)
    search_fields = ("mentor__name",)
    list_export = ("created_at", "mentor", "reason", "status", "details")
    export_filename = "concerns"
    inspect_view_enabled = True
    inspect_view_class = CapitalisedInspectView
    inspect_view_fields = ("mentor", "created_at", "reason", "details", "reporter_email", "status")
    # Editors only change the status; what was reported stays as it was reported.
    form_fields_exclude = ("mentor", "reason", "details", "reporter_email")


class FormPageFilter(SimpleListFilter):
    """Only the form pages that have submissions (not every page of the site)."""

    title = "form"
    parameter_name = "form"

    def lookups(self, request, model_admin):
        ids = FormSubmission.objects.values("page_id").distinct()
        return [(str(page.pk), page.title) for page in Page.objects.filter(pk__in=ids)]

    def queryset(self, request, queryset):
        value = self.value()
        if value and value.isdigit():
            return queryset.filter(page_id=int(value))
        return queryset


def answers_text(submission):
    """The answers as (label, value) in the form's question order (PostgreSQL's JSON does not
    keep the order answers were stored in); answers to removed questions come last."""
    page = submission.page.specific
    labels = {}
    if hasattr(page, "get_form_fields"):
        labels = {field.clean_name: field.label for field in page.get_form_fields()}
    data = submission.get_data()
    data.pop("submit_time", None)
    order = {name: index for index, name in enumerate(labels)}
    lines = []
    for key, value in sorted(
        data.items(), key=lambda item: (order.get(item[0], len(order)), item[0])
    ):
        if isinstance(value, list):
            value = ", ".join(str(item) for item in value)
        lines.append((labels.get(key, key), value if value not in (None, "") else "-"))
    return lines


class SubmissionInspectView(CapitalisedInspectView):
    def get_fields_dict(self):
        fields = super().get_fields_dict()
        answers = answers_text(self.instance)
        fields.append(
            {
                "label": "Answers",
                "value": format_html_join("", "<p><strong>{}</strong>: {}</p>", answers),
            }
        )
        return fields


ANSWER = "answer:"


def chosen_form(request):
    """The form page the listing is filtered to, if any (its fields become CSV columns)."""
    value = request.GET.get(FormPageFilter.parameter_name, "")
    page = Page.objects.filter(pk=int(value)).first() if value.isdigit() else None
    page = page.specific if page else None
    return page if hasattr(page, "get_form_fields") else None


class SubmissionIndexView(SafeExportIndexView):
    """Filtered to one form, the export has a column per question; otherwise one column holds
    every answer as 'question: answer' (forms differ in their questions)."""

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        form = chosen_form(request)
        self.question_labels = (
            {f"{ANSWER}{f.clean_name}": f.label for f in form.get_form_fields()} if form else {}
        )

    def get_heading(self, queryset, field):
        if field.startswith(ANSWER):
            return self.question_labels.get(field, field.removeprefix(ANSWER))
        return super().get_heading(queryset, field)

    def to_row_dict(self, item):
        plain = [f for f in self.list_export if not f.startswith(ANSWER)]
        row = dict.fromkeys(self.list_export, "")
        self.list_export, full = plain, self.list_export
        try:
            row.update(super().to_row_dict(item))
        finally:
            self.list_export = full
        for field in full:
            if field.startswith(ANSWER):
                value = item.form_data.get(field.removeprefix(ANSWER), "")
                row[field] = ", ".join(map(str, value)) if isinstance(value, list) else value
        return row


class FeedbackAdmin(ModelAdmin):
    model = FormSubmission
    menu_label = "Feedback and surveys"
    menu_icon = "form"
    index_view_class = SubmissionIndexView
    inspect_view_class = SubmissionInspectView
    permission_helper_class = RecordsPermissionHelper
    list_display = ("submit_time", "page")
    list_filter = (FormPageFilter, "submit_time")
    list_select_related = ("page",)
    list_export = ("submit_time", "page", "answers")
    export_headings = {"answers": "Answers"}
    export_filename = "feedback"
    inspect_view_enabled = True
    inspect_view_fields = ("page", "submit_time")
    base_url_path = "pilot/feedback"

    def get_list_export(self, request):
        form = chosen_form(request)
        if form is None:
            return self.list_export
        questions = tuple(f"{ANSWER}{field.clean_name}" for field in form.get_form_fields())
        return ("submit_time", "page") + questions

    def answers(self, submission):
        return "; ".join(f"{label}: {value}" for label, value in answers_text(submission))


class PilotRecordsGroup(ModelAdminGroup):
    menu_label = "Pilot records"
    menu_icon = "list-ul"
    menu_order = 250
    items = (EnquiryAdmin, ConcernAdmin, FeedbackAdmin)
