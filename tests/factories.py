"""Factories for the suite. Every person here is invented."""

import datetime

import factory
from django.utils import timezone

from directory.models import (
    Area,
    LivedExperienceTag,
    MeetingFormat,
    MenteeGroup,
    Mentor,
    Region,
    Specialism,
)


class MentorFactory(factory.django.DjangoModelFactory):
    """A listed mentor by default; pass e.g. live=False or paused=True for hidden states."""

    class Meta:
        model = Mentor
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Test Mentor {n}")
    pronouns = "they/them"
    role = "Educational Psychologist"
    organisation = "Riverside Psychology Service"
    bio = "<p>I enjoy helping people find their way into the profession.</p>"
    hcpc_number = factory.Sequence(lambda n: f"PYL{90000 + n}")
    email = factory.Sequence(lambda n: f"mentor{n}@example.test")
    registration_confirmed = True
    consent_to_publish = True
    consent_given_at = factory.LazyFunction(timezone.now)
    terms_version = "test"
    live = True
    capacity = 2
    listing_expires_on = factory.LazyFunction(
        lambda: timezone.localdate() + datetime.timedelta(days=180)
    )

    @factory.post_generation
    def taxonomies(obj, create, extracted, **kwargs):
        """MentorFactory(taxonomies={"areas": ["research-and-doctoral-thesis"]})"""
        models = {
            "areas": Area,
            "specialisms": Specialism,
            "mentee_groups": MenteeGroup,
            "formats": MeetingFormat,
            "lived_experience_tags": LivedExperienceTag,
        }
        for field, slugs in (extracted or {}).items():
            getattr(obj, field).set(models[field].objects.filter(slug__in=slugs))
        if create and extracted:
            obj.save()


def region(slug):
    return Region.objects.get(slug=slug)
