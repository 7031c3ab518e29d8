"""Helpers shared by the API tests (tests/test_api_*.py)."""

import datetime

from wagtail_factories import ImageFactory

from directory.models import LivedExperienceTag
from tests.factories import MentorFactory, region

MENTORS = "/api/v1/mentors/"


def slugs(response):
    return [mentor["slug"] for mentor in response.json()["results"]]


def full_mentor(**overrides):
    """A listed mentor with every public field filled and every private field set to a value
    that must never leave the admin."""
    fields = dict(
        name="Priya Example",
        slug="priya-example",
        pronouns="she/her",
        role="Senior Educational Psychologist",
        organisation="Northfield Psychology Service",
        region=region("london"),
        year_qualified=2012,
        languages="Gujarati, British Sign Language",
        capacity=3,
        accepting="waiting",
        bio="<p>I mentor <b>trainees</b> &amp; new EPs.</p><ul><li>Research</li></ul>"
        '<p><a href="https://example.org/blog">My blog</a></p>',
        lived_experience_consent=True,
        lived_experience_statement="First in my family at university.",
        profile_url="https://example.org/priya",
        photo=ImageFactory(title="Priya's portrait"),
        photo_alt="Priya smiling in front of a bookshelf",
        availability_confirmed_on=datetime.date(2026, 9, 1),
        registration_checked_on=datetime.date(2026, 8, 15),
        listing_expires_on=datetime.date(2099, 1, 1),
        # Private: every one of these must stay out of every response.
        email="priya.private@example.test",
        hcpc_number="PYL777001",
        editor_notes="SECRET-EDITOR-NOTE checked by phone",
        terms_version="SECRET-TERMS-v9",
        taxonomies={
            "areas": ["research-and-doctoral-thesis"],
            "specialisms": ["autism", "early-years"],
            "mentee_groups": ["trainee-eps"],
            "formats": ["online-video-call", "phone"],
        },
    )
    fields.update(overrides)
    mentor = MentorFactory(**fields)
    mentor.lived_experience_tags.set(
        LivedExperienceTag.objects.filter(slug="first-in-family-to-go-to-university")
    )
    mentor.save()
    return mentor
