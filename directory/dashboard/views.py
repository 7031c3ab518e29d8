"""The pilot dashboard in the admin: a report page (Reports › Pilot dashboard), its CSV export
and a summary panel on the admin home page."""

import datetime

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import StreamingHttpResponse
from django.urls import reverse
from django.utils import timezone
from django.views.generic import TemplateView
from wagtail.admin.ui.components import Component
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from ..spreadsheets import CSV_CONTENT_TYPE, csv_lines
from . import charts
from .figures import EXPIRING_DAYS, Period, compute, csv_rows

PERMISSION = "directory.view_enquiry"
LONGEST_PERIOD = datetime.timedelta(days=3 * 366)


class PeriodForm(forms.Form):
    start = forms.DateField(
        label="From", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    end = forms.DateField(
        label="To", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def clean(self):
        cleaned = super().clean()
        default = Period.default()
        start = cleaned.get("start") or default.start
        end = cleaned.get("end") or default.end
        if self.errors:
            return cleaned
        if start > end:
            raise forms.ValidationError("The start date must be on or before the end date.")
        if end - start > LONGEST_PERIOD:
            raise forms.ValidationError("Choose a period of at most three years.")
        cleaned["period"] = Period(start, end)
        return cleaned


def charts_for(figures):
    return [
        charts.weekly_chart(
            "Mentors listed over time",
            "Mentors published and not past their listing end, week by week.",
            figures.listed_by_week,
            "Mentors",
        ),
        {
            **charts.weekly_chart(
                "New sign-ups",
                "Mentor sign-ups received each week.",
                figures.signups_by_week,
                "Sign-ups",
            ),
            # Seen as a bug by a newcomer: the listed count grows while this stays at 0.
            "note": (
                "Counts people who applied through the site's sign-up form, in the week they "
                "applied. Mentors imported from the original spreadsheet count in the week "
                "of their spreadsheet entry, usually before the pilot, so they can add to "
                "the mentors listed without appearing here."
            ),
        },
        charts.bar_chart(
            "Enquiries by area",
            "Enquiries in the period by what the mentee wanted to talk about.",
            figures.enquiries_by_area,
            "Area",
            "Enquiries",
        ),
        charts.bar_chart(
            "Enquiries by region",
            "Enquiries in the period by the mentor's region.",
            figures.enquiries_by_region,
            "Region",
            "Enquiries",
        ),
        charts.bar_chart(
            "Enquiries by mentee stage",
            "Enquiries in the period by where the mentee is in their career.",
            figures.enquiries_by_stage,
            "Stage",
            "Enquiries",
        ),
        charts.bar_chart(
            "Profile views by region",
            "Views of mentors' pages in the period by the mentor's region.",
            figures.views_by_region,
            "Region",
            "Views",
        ),
    ]


class DashboardMixin:
    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(PERMISSION):
            raise PermissionDenied
        self.form = PeriodForm(request.GET or None)
        self.period = Period.default()
        if self.form.is_bound and self.form.is_valid():
            self.period = self.form.cleaned_data["period"]
        return super().dispatch(request, *args, **kwargs)

    @property
    def bad_period(self):
        return self.form.is_bound and not self.form.is_valid()


class PilotDashboardView(DashboardMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "directory/dashboard/report.html"
    page_title = "Pilot dashboard"
    header_icon = "table"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        figures = compute(self.period)
        query = self.request.GET.urlencode()
        context.update(
            form=self.form,
            figures=figures,
            charts=charts_for(figures),
            expiring_days=EXPIRING_DAYS,
            csv_url=reverse("pilot_dashboard_csv") + (f"?{query}" if query else ""),
        )
        return context

    def render_to_response(self, context, **kwargs):
        # A bad period is a 400 that says what was wrong, showing the default period's figures.
        return super().render_to_response(context, status=400 if self.bad_period else 200)


class PilotDashboardCSVView(DashboardMixin, TemplateView):
    def get(self, request, *args, **kwargs):
        if self.bad_period:
            from django.http import HttpResponseBadRequest

            errors = "; ".join(e for errs in self.form.errors.values() for e in errs)
            return HttpResponseBadRequest(errors, content_type="text/plain; charset=utf-8")
        period = self.period
        response = StreamingHttpResponse(
            csv_lines(csv_rows(compute(period))), content_type=CSV_CONTENT_TYPE
        )
        name = f"pilot-figures-{period.start:%Y%m%d}-{period.end:%Y%m%d}.csv"
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        return response


class PilotSummaryPanel(Component):
    """The admin home page's summary: key figures for the last 30 days and one chart."""

    name = "pilot_summary"
    template_name = "directory/dashboard/panel.html"
    order = 90

    def get_context_data(self, parent_context):
        today = timezone.localdate()
        figures = compute(Period(today - datetime.timedelta(days=29), today), today=today)
        return {
            "figures": figures,
            "chart": charts.weekly_chart(
                "Mentors listed, last 30 days",
                "Mentors published and not past their listing end, week by week.",
                figures.listed_by_week,
                "Mentors",
            ),
            "expiring_days": EXPIRING_DAYS,
            "report_url": reverse("pilot_dashboard"),
        }
