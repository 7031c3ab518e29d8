"""A mentor's page: the full public profile, how to get in touch, JSON-LD and canonical URL."""

import datetime
import json
import re

import pytest

from tests.factories import MentorFactory, region

pytestmark = pytest.mark.django_db


def profile(client, site, mentor):
    return client.get(site.url + site.reverse_subpage("mentor", args=[mentor.slug]))


def json_ld(response):
    match = re.search(
        rb'<script type="application/ld\+json">(.*?)</script>', response.content, re.S
    )
    return json.loads(match.group(1))


@pytest.fixture
def mentor(site):
    return MentorFactory(
        name="Noor Example",
        region=region("wales"),
        role="Educational Psychologist",
        organisation="Valley EP Service",
        languages="Welsh, Urdu",
        profile_url="https://example.org/noor",
        availability_confirmed_on=datetime.date(2026, 10, 1),
        registration_checked_on=datetime.date(2026, 9, 15),
        hcpc_number="PYL777777",
        email="noor.private@example.test",
        editor_notes="Spoke on the phone",
        taxonomies={
            "areas": ["research-and-doctoral-thesis"],
            "specialisms": ["autism"],
            "formats": ["phone"],
            "mentee_groups": ["trainee-eps"],
        },
    )


def test_full_profile_and_dates(client, site, mentor):
    body = profile(client, site, mentor).content.decode()
    for text in (
        "Noor Example",
        "Valley EP Service",
        "Wales",
        "Research and doctoral thesis",
        "Autism",
        "Phone",
        "Welsh, Urdu",
        "Trainee EPs",
        "Availability confirmed on",
        "1 October 2026",
        "15 September 2026",
        site.register_check_url,
    ):
        assert text in body, text


def test_how_to_get_in_touch(client, site, mentor):
    body = profile(client, site, mentor).content.decode()
    assert "How to get in touch" in body
    assert 'href="https://example.org/noor"' in body


def test_canonical_url(client, site, mentor):
    body = profile(client, site, mentor).content.decode()
    assert f'<link rel="canonical" href="{site.full_url}{mentor.slug}/">' in body


def test_json_ld_is_a_person_with_public_fields_only(client, site, mentor):
    data = json_ld(profile(client, site, mentor))
    assert data["@type"] == "Person"
    assert data["name"] == "Noor Example"
    assert data["url"] == f"{site.full_url}{mentor.slug}/"
    assert data["worksFor"]["name"] == "Valley EP Service"
    text = json.dumps(data)
    for private in ("PYL777777", "noor.private@example.test", "Spoke on the phone"):
        assert private not in text


def test_json_ld_cannot_break_out_of_its_script(client, site):
    mentor = MentorFactory(name="Eve </script><script>alert(1)</script> &amp;")
    response = profile(client, site, mentor)
    assert b"</script><script>alert(1)" not in response.content
    assert json_ld(response)["name"] == "Eve </script><script>alert(1)</script> &amp;"


def test_lived_experience_shown_only_with_consent(client, site):
    tags = {"lived_experience_tags": ["career-changer"]}
    shown = MentorFactory(
        lived_experience_consent=True,
        lived_experience_statement="I changed careers at 40.",
        taxonomies=tags,
    )
    hidden = MentorFactory(
        lived_experience_consent=False,
        lived_experience_statement="Private story here.",
        taxonomies=tags,
    )
    body = profile(client, site, shown).content.decode()
    assert "I changed careers at 40." in body and "Career changer" in body
    body = profile(client, site, hidden).content.decode()
    assert "Private story here." not in body and "Career changer" not in body


def test_photo_has_its_description(client, site):
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file

    photo = Image.objects.create(title="file-name.png", file=get_test_image_file())
    mentor = MentorFactory(photo=photo, photo_alt="Noor smiling in a garden")
    for response in (client.get(site.url), profile(client, site, mentor)):
        assert b'alt="Noor smiling in a garden"' in response.content


def test_unknown_slug_is_404(client, site):
    assert client.get(site.url + "nobody-here/").status_code == 404
