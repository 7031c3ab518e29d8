"""Site settings editors own: pilot name and dates, contact address, banner, footer links."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from cms.blocks import LinkBlock
from cms.models import PilotSettings
from home.models import FormPage, StandardPage

pytestmark = pytest.mark.usefixtures("demo_pages", "db")

PAGES = ["/", "/pilot/", "/pilot/about/", "/pilot/terms/", "/pilot/find-a-mentor/"]


def test_the_banner_shows_on_every_page_and_links_to_its_page(client):
    feedback = FormPage.objects.get()
    for path in PAGES:
        html = client.get(path).content.decode()
        assert 'aria-label="Announcement"' in html, path
        assert f'<a href="{feedback.url}">Send us feedback</a>' in html, path


def test_an_editor_changes_the_banner_or_clears_it(client):
    pilot = PilotSettings.current()
    pilot.banner_text = "The directory will be closed for maintenance on Saturday."
    pilot.banner_link_page = None
    pilot.banner_link_url = "https://status.example.org/"
    pilot.save()
    html = client.get("/pilot/about/").content.decode()
    assert "closed for maintenance on Saturday" in html
    assert 'href="https://status.example.org/"' in html

    pilot.banner_text = ""
    pilot.save()
    assert 'aria-label="Announcement"' not in client.get("/pilot/about/").content.decode()


def test_pilot_name_dates_contact_and_footer_links_come_from_settings(client):
    pilot = PilotSettings.current()
    pilot.pilot_name = "EP Mentoring (pilot, phase 2)"
    pilot.start_date = datetime.date(2027, 1, 4)
    pilot.contact_email = "phase2@example.org"
    pilot.footer_links = [
        {
            "type": "link",
            "value": {
                "text": "Contact us",
                "page": None,
                "document": None,
                "url": "https://example.org/contact",
            },
        },
    ]
    pilot.save()
    html = client.get("/pilot/").content.decode()
    assert "EP Mentoring (pilot, phase 2)</a>" in html
    assert "4 January 2027" in html
    assert 'href="mailto:phase2@example.org"' in html
    footer = html[html.index('class="site-footer"') :]
    assert '<a href="https://example.org/contact">Contact us</a>' in footer
    assert "Privacy notice</a>" not in footer


def test_demo_footer_links_lead_to_privacy_and_accessibility(client):
    html = client.get("/").content.decode()
    footer = html[html.index('aria-label="Footer"') :]
    for slug in ("privacy", "accessibility"):
        assert f'href="{StandardPage.objects.get(slug=slug).url}"' in footer


@pytest.mark.parametrize(
    "value",
    [
        {"text": "Nowhere", "page": None, "document": None, "url": ""},
        {"text": "", "page": None, "document": None, "url": "https://example.org/"},
    ],
    ids=["no-target", "external-without-text"],
)
def test_a_link_needs_one_target_and_external_links_need_text(value):
    block = LinkBlock()
    with pytest.raises(ValidationError):
        block.clean(block.to_python(value))


def test_a_link_to_two_targets_is_refused():
    block = LinkBlock()
    page = StandardPage.objects.get(slug="about")
    value = {"text": "Both", "page": page.pk, "document": None, "url": "https://example.org/"}
    with pytest.raises(ValidationError):
        block.clean(block.to_python(value))
