"""The pilot dashboard shows the right numbers for known data, as accessible SVG charts with
data tables, in a CSV export and in a panel on the admin home page."""

import csv
import datetime
import io

import pytest
from django.utils import timezone

from directory.dashboard.figures import Period, compute
from directory.models import Area, Enquiry, MenteeGroup, ProfileView, Region
from tests.factories import MentorFactory, region

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()
PERIOD = Period(TODAY - datetime.timedelta(days=27), TODAY)


def days_ago(days):
    return timezone.now() - datetime.timedelta(days=days)


@pytest.fixture
def known(site):
    """Two listed mentors with views and enquiries, one paused, one ending soon, one enquiry
    from before the period and one to a mentor who has since left."""
    ada = MentorFactory(name="Ada Listed", region=region("london"))
    bea = MentorFactory(name="Bea Listed", region=region("wales"))
    MentorFactory(name="Cy Paused", paused=True)
    MentorFactory(name="Di Ending", listing_expires_on=TODAY + datetime.timedelta(days=10))
    trainee = MenteeGroup.objects.get(slug="trainee-eps")
    qualified = MenteeGroup.objects.get(slug="qualified-eps")
    research = Area.objects.get(slug="research-and-doctoral-thesis")

    def enquiry(mentor, stage, area=None, ago=1, state="delivered"):
        made = Enquiry.objects.create(
            mentor=mentor,
            stage=stage,
            area=area,
            region=mentor.region if mentor else Region.objects.get(slug="wales"),
            state=state,
        )
        Enquiry.objects.filter(pk=made.pk).update(created_at=days_ago(ago))

    enquiry(ada, trainee, research)
    enquiry(ada, trainee, research, ago=3)
    enquiry(ada, qualified, None, ago=5, state="waiting")
    enquiry(bea, trainee, research, ago=2)
    enquiry(None, qualified, None, ago=4)  # the mentor withdrew since
    enquiry(bea, qualified, research, ago=60)  # before the period
    ProfileView.objects.create(mentor=ada, day=TODAY, views=7)
    ProfileView.objects.create(mentor=ada, day=TODAY - datetime.timedelta(days=1), views=3)
    ProfileView.objects.create(mentor=bea, day=TODAY, views=4)
    ProfileView.objects.create(mentor=bea, day=TODAY - datetime.timedelta(days=40), views=100)
    return ada, bea


def test_figures_for_known_data(known):
    figures = compute(PERIOD)
    assert figures.listed_now == 3  # Ada, Bea, Di
    assert figures.paused_now == 1 and figures.paused == ["Cy Paused"]
    assert [name for name, _ in figures.expiring_soon] == ["Di Ending"]
    assert figures.views_total == 14
    assert figures.enquiries_total == 5
    assert dict(figures.enquiries_by_state) == {"Delivered": 4, "Waiting to be delivered": 1}
    assert figures.per_mentor == [("Ada Listed", 10, 3), ("Bea Listed", 4, 1)]
    assert dict(figures.enquiries_by_area) == {"Research and doctoral thesis": 3, "Not stated": 2}
    assert dict(figures.enquiries_by_region) == {"London": 3, "Wales": 2}
    assert dict(figures.enquiries_by_stage) == {"Trainee EPs": 3, "Qualified EPs": 2}
    assert dict(figures.views_by_region) == {"London": 10, "Wales": 4}
    # Every mentor made today counts as listed in the last week, and none before.
    assert figures.listed_by_week[-1][1] == 3
    assert figures.listed_by_week[0][1] == 0
    assert sum(count for _, count in figures.signups_by_week) == 4


def test_the_report_page_shows_charts_and_tables(admin_client, known):
    start, end = PERIOD.start.isoformat(), PERIOD.end.isoformat()
    response = admin_client.get(f"/admin/pilot-dashboard/?start={start}&end={end}")
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count('role="img"') == 6
    assert '<title id="enquiries-by-region-title">Enquiries by region</title>' in html
    assert 'aria-labelledby="enquiries-by-region-title enquiries-by-region-desc"' in html
    assert '<th scope="row">London</th><td>3</td>' in html
    assert '<th scope="row">Ada Listed</th><td>10</td><td>3</td>' in html
    assert "Cy Paused" in html and "Di Ending" in html
    assert "<script" not in html.split('class="pilot-dashboard"', 1)[1].split("</main>")[0]


def test_the_sign_ups_chart_says_imported_mentors_are_not_counted(admin_client, known):
    start, end = PERIOD.start.isoformat(), PERIOD.end.isoformat()
    html = admin_client.get(f"/admin/pilot-dashboard/?start={start}&end={end}").content.decode()
    section = html.split('id="new-sign-ups-heading"', 1)[1].split("</section>", 1)[0]
    assert 'class="help"' in section
    assert "imported" in section.split('class="help"', 1)[1].split("</p>", 1)[0]


def test_the_csv_export_holds_the_same_figures(admin_client, known):
    start, end = PERIOD.start.isoformat(), PERIOD.end.isoformat()
    response = admin_client.get(f"/admin/pilot-dashboard/csv/?start={start}&end={end}")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    raw = b"".join(response.streaming_content)
    assert raw.startswith("\ufeff".encode())  # so Excel reads it as UTF-8
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0] == ["section", "label", "value"]
    assert ["enquiries", "total", "5"] in rows
    assert ["enquiries by mentee stage", "Trainee EPs", "3"] in rows
    assert ["profile views by mentor", "Ada Listed", "10"] in rows


def test_names_cannot_become_formulas_in_the_csv(admin_client, site):
    evil = MentorFactory(name='=HYPERLINK("http://evil.test")')
    ProfileView.objects.create(mentor=evil, day=TODAY, views=1)
    response = admin_client.get("/admin/pilot-dashboard/csv/")
    text = b"".join(response.streaming_content).decode()
    rows = list(csv.reader(io.StringIO(text)))
    assert ["profile views by mentor", '\'=HYPERLINK("http://evil.test")', "1"] in rows


@pytest.mark.parametrize(
    "query, message",
    [
        ("start=yesterday", "Enter a valid date"),
        ("start=2026-10-01&end=2026-09-01", "on or before the end date"),
        ("start=2000-01-01&end=2026-01-01", "at most three years"),
    ],
)
def test_a_bad_period_is_a_clear_400(admin_client, site, query, message):
    response = admin_client.get(f"/admin/pilot-dashboard/?{query}")
    assert response.status_code == 400
    assert message in response.content.decode()
    csv_response = admin_client.get(f"/admin/pilot-dashboard/csv/?{query}")
    assert csv_response.status_code == 400
    assert message in csv_response.content.decode()


def test_the_admin_home_page_has_a_summary_panel(admin_client, known):
    html = admin_client.get("/admin/").content.decode()
    assert "The pilot in the last 30 days" in html
    assert "/admin/pilot-dashboard/" in html
    assert 'role="img"' in html


def test_the_dashboard_is_for_editors_only(client, site):
    from django.contrib.auth.models import Permission, User

    user = User.objects.create_user("guest", password="x" * 12)
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    assert client.get("/admin/pilot-dashboard/").status_code in (302, 403)
    assert client.get("/admin/pilot-dashboard/csv/").status_code in (302, 403)
    assert "The pilot in the last 30 days" not in client.get("/admin/").content.decode()
