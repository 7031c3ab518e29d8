"""Every demo page answers and carries its copy; each page type's admin edit view opens."""

import pytest
from django.urls import reverse
from wagtail.models import Page

from directory.models import MentorDirectoryPage
from home.models import FormPage, HomePage, ResourcesPage, SectionPage, StandardPage, TermsPage

pytestmark = pytest.mark.usefixtures("demo_pages", "db")

PAGE_TYPES = [HomePage, SectionPage, StandardPage, TermsPage, ResourcesPage, FormPage]


def test_every_demo_page_answers_with_one_heading(client):
    pages = list(Page.objects.live().filter(depth__gt=1).specific())
    assert {type(page) for page in pages} >= set(PAGE_TYPES) | {MentorDirectoryPage}
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert response.content.count(b"<h1") == 1, page.url
        assert b'<a class="skip-link" href="#main">' in response.content


@pytest.mark.parametrize(
    "path, text",
    [
        ("/", "Become a mentor"),
        ("/pilot/about/", "under-represented"),
        ("/pilot/terms/", "Limits of our responsibility"),
        ("/pilot/resources/", "Mentoring agreement template"),
        ("/pilot/feedback/", "Spotted something wrong, or have a suggestion?"),
        ("/pilot/privacy/", "Your rights"),
        ("/pilot/accessibility/", "without JavaScript"),
    ],
)
def test_the_demo_copy_is_served(client, path, text):
    response = client.get(path)
    assert response.status_code == 200
    assert text in response.content.decode()


def test_find_a_mentor_is_still_a_child_of_the_section():
    directory = MentorDirectoryPage.objects.get()
    assert isinstance(directory.get_parent().specific, SectionPage)


def test_breadcrumbs_lead_from_home_through_the_section(client):
    html = client.get("/pilot/about/").content.decode()
    trail = html[html.index('aria-label="Breadcrumb"') :]
    trail = trail[: trail.index("</nav>")]
    assert trail.index(">Home<") < trail.index("Mentoring Directory (pilot)")
    assert '<span aria-current="page">About the pilot</span>' in trail
    assert 'aria-label="Breadcrumb"' not in client.get("/").content.decode()


def test_related_pages_show_beside_the_content_without_drafts(client):
    about = StandardPage.objects.get(slug="about")
    terms = TermsPage.objects.get()
    terms.unpublish()
    html = client.get(about.url).content.decode()
    start = html.index('class="related"')
    aside = html[start : html.index("</aside>", start)]
    assert "Become a mentor" in aside
    assert "Terms of the pilot" not in aside
    # Nor do the footer links point at the unpublished page.
    assert 'href="">' not in html and "Terms of the pilot</a>" not in html


def test_resources_are_grouped_by_audience(client):
    page = ResourcesPage.objects.get()
    groups = [label for label, _ in page.resources_by_audience()]
    assert groups == ["Mentees", "Mentors", "Mentors and mentees"]
    html = client.get(page.url).content.decode()
    assert (
        html.index("For mentees")
        < html.index("For mentors")
        < html.index("For mentors and mentees")
    )
    assert "/documents/" in html  # the agreement template is a document link
    assert 'href="https://www.hcpc-uk.org/' in html


@pytest.mark.parametrize("model", PAGE_TYPES + [MentorDirectoryPage])
def test_each_page_type_opens_in_the_admin_editor(admin_client, model):
    page = model.objects.first()
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200


def test_site_settings_open_in_the_admin(admin_client):
    from wagtail.models import Site

    site = Site.objects.get(is_default_site=True)
    response = admin_client.get(
        reverse("wagtailsettings:edit", args=["cms", "pilotsettings", site.pk])
    )
    assert response.status_code == 200
