"""Helpers shared by the contact and report-a-concern tests."""

from tests.factories import MentorFactory, region

MENTOR_EMAIL = "hidden.mentor@example.test"


def contact_url(site, mentor):
    return site.url + site.reverse_subpage("contact", args=[mentor.slug])


def concern_url(site, mentor):
    return site.url + site.reverse_subpage("concern", args=[mentor.slug])


def profile_url(site, mentor):
    return site.url + site.reverse_subpage("mentor", args=[mentor.slug])


def answers(started, **overrides):
    data = {
        "name": "Sam Mentee",
        "email": "sam.mentee@example.test",
        "stage": "trainee-eps",
        "area": "research-and-doctoral-thesis",
        "message": "Hello, I would love to talk about my thesis plans.",
        "self_declaration": "on",
        "agree_terms": "on",
        "started": started,
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def make_mentor():
    """A listed mentor with a private address, two areas, in London, mentoring two groups."""
    return MentorFactory(
        name="Rowan Example",
        email=MENTOR_EMAIL,
        region=region("london"),
        taxonomies={
            "areas": ["research-and-doctoral-thesis", "developing-a-specialism"],
            "mentee_groups": ["trainee-eps", "qualified-eps"],
        },
    )
