"""The pilot's figures for a period, computed from counts only (no personal data is needed).

"Listed over time" is rebuilt from each mentor's first publication and listing end; mentors who
withdrew are erased and so drop out of the past as well, and pauses are known only as they are
now (a mentor paused today is left out of every week).
"""

import datetime
from collections import Counter
from dataclasses import dataclass, field

from django.db.models import Count, Sum
from django.db.models.functions import Coalesce, TruncDate
from django.utils import timezone

from ..models import Enquiry, Mentor, ProfileView

EXPIRING_DAYS = 28
NOT_STATED = "Not stated"


@dataclass
class Period:
    start: datetime.date
    end: datetime.date

    @classmethod
    def default(cls, today=None):
        """From the pilot's start (or 12 weeks back, if the pilot has not started) to today."""
        from cms.models import PilotSettings

        today = today or timezone.localdate()
        start = PilotSettings.current().start_date
        if start > today:
            start = today - datetime.timedelta(weeks=12)
        return cls(start, today)

    def weeks(self):
        """The Monday of each week in the period."""
        monday = self.start - datetime.timedelta(days=self.start.weekday())
        weeks = []
        while monday <= self.end:
            weeks.append(monday)
            monday += datetime.timedelta(weeks=1)
        return weeks


@dataclass
class Figures:
    period: Period
    listed_now: int = 0
    paused_now: int = 0
    expiring_soon: list = field(default_factory=list)
    paused: list = field(default_factory=list)
    listed_by_week: list = field(default_factory=list)  # [(monday, count)]
    signups_by_week: list = field(default_factory=list)
    views_total: int = 0
    enquiries_total: int = 0
    enquiries_by_state: list = field(default_factory=list)  # [(label, count)]
    per_mentor: list = field(default_factory=list)  # [(name, views, enquiries)]
    enquiries_by_area: list = field(default_factory=list)
    enquiries_by_region: list = field(default_factory=list)
    enquiries_by_stage: list = field(default_factory=list)
    views_by_region: list = field(default_factory=list)


def grouped(queryset, label, value):
    """[(label, value)] largest first, unknown labels shown as "Not stated"."""
    rows = Counter()
    for row in queryset.values(label).annotate(n=value).order_by():
        rows[row[label] or NOT_STATED] += row["n"] or 0
    return sorted(rows.items(), key=lambda item: (-item[1], item[0]))


def compute(period, today=None):
    today = today or timezone.localdate()
    figures = Figures(period=period)
    listed = Mentor.objects.listed(today=today)
    figures.listed_now = listed.count()
    paused = Mentor.objects.filter(live=True, paused=True, withdrawn_at__isnull=True)
    figures.paused_now = paused.count()
    figures.paused = list(paused.order_by("name").values_list("name", flat=True))
    figures.expiring_soon = list(
        listed.filter(listing_expires_on__lte=today + datetime.timedelta(days=EXPIRING_DAYS))
        .order_by("listing_expires_on", "name")
        .values_list("name", "listing_expires_on")
    )

    weeks = period.weeks()
    published = Mentor.objects.filter(
        live=True, consent_to_publish=True, withdrawn_at__isnull=True, paused=False
    ).values_list(TruncDate(Coalesce("first_published_at", "created_at")), "listing_expires_on")
    published = list(published)
    for monday in weeks:
        sunday = min(monday + datetime.timedelta(days=6), period.end)
        count = sum(
            1 for since, ends in published if since <= sunday and (ends is None or ends >= sunday)
        )
        figures.listed_by_week.append((monday, count))

    signups = Counter(
        day - datetime.timedelta(days=day.weekday())
        for day in Mentor.objects.annotate(day=TruncDate(Coalesce("submitted_at", "created_at")))
        .filter(day__range=(period.start, period.end))
        .values_list("day", flat=True)
    )
    figures.signups_by_week = [(monday, signups.get(monday, 0)) for monday in weeks]

    views = ProfileView.objects.filter(day__range=(period.start, period.end))
    enquiries = Enquiry.objects.filter(created_at__date__range=(period.start, period.end))
    figures.views_total = views.aggregate(n=Sum("views"))["n"] or 0
    figures.enquiries_total = enquiries.count()
    states = dict(Enquiry.State.choices)
    figures.enquiries_by_state = [
        (states[state], count) for state, count in grouped(enquiries, "state", Count("id"))
    ]

    views_by_mentor = dict(
        views.values("mentor").annotate(n=Sum("views")).order_by().values_list("mentor", "n")
    )
    enquiries_by_mentor = dict(
        enquiries.exclude(mentor=None)
        .values("mentor")
        .annotate(n=Count("id"))
        .order_by()
        .values_list("mentor", "n")
    )
    mentors = Mentor.objects.filter(pk__in=set(views_by_mentor) | set(enquiries_by_mentor))
    figures.per_mentor = sorted(
        (
            (m.name, views_by_mentor.get(m.pk, 0), enquiries_by_mentor.get(m.pk, 0))
            for m in mentors.only("name")
        ),
        key=lambda row: (-row[2], -row[1], row[0]),
    )
    figures.enquiries_by_area = grouped(enquiries, "area__name", Count("id"))
    figures.enquiries_by_region = grouped(enquiries, "region__name", Count("id"))
    figures.enquiries_by_stage = grouped(enquiries, "stage__name", Count("id"))
    figures.views_by_region = grouped(views, "mentor__region__name", Sum("views"))
    return figures


def csv_rows(figures):
    """Every figure as (section, label, value) rows for the CSV export."""
    period = figures.period
    yield ("section", "label", "value")
    yield ("period", "from", period.start.isoformat())
    yield ("period", "to", period.end.isoformat())
    yield ("mentors", "listed now", figures.listed_now)
    yield ("mentors", "paused now", figures.paused_now)
    yield ("mentors", f"listing ends within {EXPIRING_DAYS} days", len(figures.expiring_soon))
    for monday, count in figures.listed_by_week:
        yield ("mentors listed, week of", monday.isoformat(), count)
    for monday, count in figures.signups_by_week:
        yield ("new sign-ups, week of", monday.isoformat(), count)
    yield ("profile views", "total", figures.views_total)
    yield ("enquiries", "total", figures.enquiries_total)
    for label, count in figures.enquiries_by_state:
        yield ("enquiries by delivery", label, count)
    for name, views, enquiries in figures.per_mentor:
        yield ("profile views by mentor", name, views)
        yield ("enquiries by mentor", name, enquiries)
    for section, rows in (
        ("enquiries by area", figures.enquiries_by_area),
        ("enquiries by region", figures.enquiries_by_region),
        ("enquiries by mentee stage", figures.enquiries_by_stage),
        ("profile views by region", figures.views_by_region),
    ):
        for label, count in rows:
            yield (section, label, count)
