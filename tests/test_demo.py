import io

import pytest
from django.core.management import call_command
from wagtail.documents import get_document_model
from wagtail.models import Page, Revision

from cms.models import PilotSettings
from directory.models import Mentor
from home.models import FormField, StandardPage

pytestmark = pytest.mark.django_db


def counts():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "documents": get_document_model().objects.count(),
        "form fields": FormField.objects.count(),
    }


def test_demo_command_is_idempotent(client):
    call_command("load_demo", stdout=io.StringIO())
    before, mentors = counts(), Mentor.objects.count()
    # An editor's changes survive a second run.
    about = StandardPage.objects.get(slug="about")
    about.title = "About this pilot"
    about.save_revision().publish()
    pilot = PilotSettings.current()
    pilot.banner_text = ""
    pilot.save()
    before["revisions"] += 1

    call_command("load_demo", stdout=io.StringIO())

    assert counts() == before
    assert StandardPage.objects.get(slug="about").title == "About this pilot"
    assert PilotSettings.current().banner_text == ""
    assert Mentor.objects.count() == mentors == 22
    assert Mentor.objects.listed().count() == 22


def test_demo_listings_look_like_a_running_pilot():
    call_command("load_demo", stdout=io.StringIO())
    listed = Mentor.objects.listed()
    # Published only with the register check recorded, as the approval workflow requires.
    assert not listed.filter(registration_checked_on__isnull=True).exists()
    assert not Mentor.objects.filter(has_unpublished_changes=True).exists()
    assert set(listed.values_list("accepting", flat=True)) == {"accepting", "waiting", "closed"}
    tagged = listed.filter(lived_experience_tags__isnull=False).distinct()
    assert tagged.count() >= 5
    assert all(m.lived_experience_consent and m.lived_experience_statement for m in tagged)


def test_demo_pages_answer(client):
    call_command("load_demo", stdout=io.StringIO())
    for page in Page.objects.live().filter(depth__gt=1).specific():
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert response.content.count(b"<h1") == 1, page.url


def test_the_demo_has_pilot_figures_once(admin_client):
    from directory.models import Enquiry, MentorDirectoryPage, ProfileView

    call_command("load_demo", stdout=io.StringIO())
    enquiries, views = Enquiry.objects.count(), ProfileView.objects.count()
    assert enquiries > 10 and views > 100
    assert MentorDirectoryPage.objects.get().terms_page is not None
    call_command("load_demo", stdout=io.StringIO())
    assert (Enquiry.objects.count(), ProfileView.objects.count()) == (enquiries, views)
    response = admin_client.get("/admin/pilot-dashboard/")
    assert response.status_code == 200
    assert "Enquiries by area" in response.content.decode()


def test_the_demo_points_full_links_at_the_local_server():
    from wagtail.models import Site

    call_command("load_demo", port=8123, no_mentors=True, no_user=True, stdout=io.StringIO())
    site = Site.objects.get(is_default_site=True)
    assert site.root_url == "http://127.0.0.1:8123"
    assert StandardPage.objects.get(slug="about").full_url.startswith("http://127.0.0.1:8123/")
