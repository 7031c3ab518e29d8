"""Enquiries, concerns and feedback in the admin (wagtail-modeladmin): listings with filters,
inspect views without message text, and CSV exports that a spreadsheet cannot run as formulas."""

import csv
import io

import pytest
from wagtail.contrib.forms.models import FormSubmission

from directory.models import Concern, Enquiry, MenteeGroup
from home.models import FormPage
from tests.contact_support import answers, contact_url, make_mentor

pytestmark = pytest.mark.usefixtures("demo_pages", "db")

FORMULAS = ['=HYPERLINK("http://evil.test","click")', "+1+1", "-2+3", "@SUM(A1)", "\tx"]


@pytest.fixture
def site():
    from directory.models import MentorDirectoryPage

    return MentorDirectoryPage.objects.get()


@pytest.fixture
def mentor(site):
    return make_mentor()


def rows(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text)))


def test_an_enquiry_is_listed_and_inspected_without_its_message(
    admin_client, client, site, mentor, started
):
    client.post(contact_url(site, mentor), answers(started, message="My very private plans."))
    enquiry = Enquiry.objects.get()
    listing = admin_client.get("/admin/directory/enquiry/")
    assert listing.status_code == 200
    assert "Rowan Example" in listing.content.decode()

    inspect = admin_client.get(f"/admin/directory/enquiry/inspect/{enquiry.pk}/")
    html = inspect.content.decode()
    assert inspect.status_code == 200
    assert "Trainee EPs" in html and "Delivered" in html
    for private in ("My very private plans.", "sam.mentee@example.test", "Sam Mentee"):
        assert private not in html


def test_enquiry_filters_narrow_the_listing(admin_client, mentor):
    trainee, qualified = MenteeGroup.objects.filter(slug__in=["trainee-eps", "qualified-eps"])
    Enquiry.objects.create(mentor=mentor, stage=trainee, state="delivered")
    Enquiry.objects.create(mentor=mentor, stage=qualified, state="failed")
    assert (
        "Not delivered (gave up)"
        in admin_client.get("/admin/directory/enquiry/?state=failed").content.decode()
    )
    exported = rows(admin_client.get("/admin/directory/enquiry/?state=failed&export=csv"))
    assert len(exported) == 2  # heading and the one failed enquiry
    assert exported[1][2] == "Qualified EPs"


def test_enquiry_export_reads_well_in_a_spreadsheet(admin_client, mentor):
    """Headings as written, an empty value left empty (not a quoted dash), and UTF-8 that
    Excel recognises (a byte-order mark and a declared charset)."""
    mentor.name = "Łukasz Wiśniewski"
    mentor.save()
    Enquiry.objects.create(mentor=mentor, state="delivered")
    response = admin_client.get("/admin/directory/enquiry/?export=csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    raw = b"".join(response.streaming_content)
    assert raw.startswith("\ufeff".encode())
    exported = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert exported[0][:4] == ["Created at", "Mentor", "Mentee's stage", "About"]
    assert exported[1][1] == "Łukasz Wiśniewski"
    assert exported[1][2:5] == ["", "", ""]
    assert "'-" not in exported[1]


def test_concern_export_shows_labels_and_plain_local_times(admin_client, mentor):
    import datetime

    concern = Concern.objects.create(mentor=mentor, reason="no-reply")
    when = datetime.datetime(2026, 7, 4, 8, 15, 30, 123456, tzinfo=datetime.UTC)
    Concern.objects.filter(pk=concern.pk).update(created_at=when)
    exported = rows(admin_client.get("/admin/directory/concern/?export=csv"))
    assert exported[1][0] == "2026-07-04 09:15"  # British Summer Time
    assert exported[1][2] == "Has not replied"
    assert exported[1][3] == "To look into"


def test_nobody_creates_records_in_the_admin(admin_client):
    for url in ("/admin/directory/enquiry/create/", "/admin/directory/concern/create/"):
        # Wagtail answers "permission denied" by sending the editor back to the dashboard.
        assert admin_client.get(url).status_code in (302, 403)
        admin_client.post(url, {"reason": "other", "state": "delivered"})
    assert Enquiry.objects.count() == 0 and Concern.objects.count() == 0


def test_enquiries_are_not_edited(admin_client, mentor):
    enquiry = Enquiry.objects.create(mentor=mentor, state="delivered")
    listing = admin_client.get("/admin/directory/enquiry/").content.decode()
    assert f"/admin/directory/enquiry/edit/{enquiry.pk}/" not in listing
    admin_client.post(f"/admin/directory/enquiry/edit/{enquiry.pk}/", {"state": "failed"})
    enquiry.refresh_from_db()
    assert enquiry.state == "delivered"


def test_concern_export_neutralises_formulas(admin_client, mentor):
    for text in FORMULAS:
        Concern.objects.create(mentor=mentor, reason="other", details=text)
    exported = rows(admin_client.get("/admin/directory/concern/?export=csv"))
    details = {row[4] for row in exported[1:]}
    assert details == {"'" + text for text in FORMULAS}
    # Ordinary text is left alone.
    Concern.objects.create(mentor=mentor, reason="no-reply", details="No answer in a month")
    exported = rows(admin_client.get("/admin/directory/concern/?export=csv&reason=no-reply"))
    assert exported[1][4] == "No answer in a month"


def test_a_concern_is_inspected_and_only_its_status_edited(admin_client, mentor):
    concern = Concern.objects.create(mentor=mentor, reason="no-reply", details="Two months now")
    html = admin_client.get(f"/admin/directory/concern/inspect/{concern.pk}/").content.decode()
    assert "Two months now" in html and "Rowan Example" in html
    response = admin_client.post(
        f"/admin/directory/concern/edit/{concern.pk}/",
        {"status": "resolved", "details": "changed", "reason": "other"},
    )
    assert response.status_code == 302
    concern.refresh_from_db()
    assert concern.status == "resolved"
    assert concern.details == "Two months now" and concern.reason == "no-reply"


def test_inspect_labels_are_capitalised(admin_client, mentor):
    concern = Concern.objects.create(mentor=mentor, reason="no-reply")
    html = admin_client.get(f"/admin/directory/concern/inspect/{concern.pk}/").content.decode()
    assert "Created at" in html and "Reporter email" in html
    assert "created at" not in html and "reporter email" not in html
    enquiry = Enquiry.objects.create(mentor=mentor)
    html = admin_client.get(f"/admin/directory/enquiry/inspect/{enquiry.pk}/").content.decode()
    assert "Mentee&#x27;s stage" in html or "Mentee's stage" in html


def test_enquiry_listing_state_is_a_tag_and_filters_name_the_empty_choice(admin_client, mentor):
    Enquiry.objects.create(mentor=mentor, state="delivered")
    html = admin_client.get("/admin/directory/enquiry/").content.decode()
    assert '<span class="w-status w-whitespace-nowrap"' in html
    assert "Not stated" in html  # the stage, area and region filters' empty choice
    assert 'isnull=True">-</a>' not in html


def test_feedback_submissions_are_listed_inspected_and_exported_safely(admin_client):
    feedback = FormPage.objects.get()
    submission = FormSubmission.objects.create(
        page=feedback,
        form_data={"what_is_it_about": "Something else", "your_message": "=cmd|' /C calc'!A0"},
    )
    listing = admin_client.get(f"/admin/pilot/feedback/?form={feedback.pk}")
    assert listing.status_code == 200
    assert feedback.title in listing.content.decode()

    inspect = admin_client.get(f"/admin/pilot/feedback/inspect/{submission.pk}/")
    assert "Your message" in inspect.content.decode()

    # Filtered to one form, each question is a column, and a formula stays text.
    exported = rows(admin_client.get(f"/admin/pilot/feedback/?form={feedback.pk}&export=csv"))
    assert exported[0][2:] == ["What is it about?", "Your message", "Your e-mail address"]
    assert exported[1][2:] == ["Something else", "'=cmd|' /C calc'!A0", ""]
    # Across forms, one column holds every answer.
    exported = rows(admin_client.get("/admin/pilot/feedback/?export=csv"))
    assert exported[0] == ["Submit time", "Page", "Answers"]
    assert exported[1][2] == "What is it about?: Something else; Your message: =cmd|' /C calc'!A0"


def test_a_filter_value_that_is_not_a_form_is_ignored_not_an_error(admin_client):
    assert admin_client.get("/admin/pilot/feedback/?form=abc").status_code == 200


def test_editors_can_read_the_records_and_deal_with_concerns(client, mentor):
    from django.contrib.auth.models import Group, User

    editor = User.objects.create_user("eddie", password="x" * 12)
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    concern = Concern.objects.create(mentor=mentor, reason="no-reply")
    assert client.get("/admin/directory/enquiry/").status_code == 200
    assert client.get("/admin/pilot/feedback/").status_code == 200
    client.post(f"/admin/directory/concern/edit/{concern.pk}/", {"status": "resolved"})
    concern.refresh_from_db()
    assert concern.status == "resolved"
