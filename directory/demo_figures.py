"""Invented usage for the demo, so that the pilot dashboard shows believable figures: eight
weeks of profile views and enquiries spread over the listed mentors. Only counts and metadata
are made (no messages, no mentees). Runs once: nothing is added when any enquiry or view
already exists."""

import datetime
import random

from django.utils import timezone

from .models import Area, Concern, Enquiry, MenteeGroup, Mentor, ProfileView

WEEKS = 8


def ensure_demo_figures(today=None):
    """Returns how many enquiries it made (0 when figures already exist)."""
    if Enquiry.objects.exists() or ProfileView.objects.exists():
        return 0
    mentors = list(Mentor.objects.listed().prefetch_related("areas", "mentee_groups"))
    if not mentors:
        return 0
    chance = random.Random(2026)  # the same figures on every machine
    today = today or timezone.localdate()
    stages = list(MenteeGroup.objects.open()) or list(MenteeGroup.objects.all())
    fallback_areas = list(Area.objects.all()[:3])
    views, made = [], 0
    for index, mentor in enumerate(mentors):
        # The sample mentors were all imported just now; spread their publication over the
        # weeks so that "mentors listed over time" grows as it would in a real pilot.
        published_days = (WEEKS * 7 - 1) * (len(mentors) - index) // len(mentors)
        Mentor.objects.filter(pk=mentor.pk).update(
            first_published_at=timezone.now() - datetime.timedelta(days=published_days)
        )
        popularity = 1 + (len(mentors) - index) % 5  # some mentors are found more often
        for day_number in range(published_days + 1):
            day = today - datetime.timedelta(days=day_number)
            count = chance.randint(0, popularity * 2)
            if count:
                views.append(ProfileView(mentor=mentor, day=day, views=count))
        areas = list(mentor.areas.all()) or fallback_areas
        for _ in range(chance.randint(0, popularity)):
            enquiry = Enquiry.objects.create(
                mentor=mentor,
                stage=chance.choice(stages),
                area=chance.choice(areas + [None]),
                region_id=mentor.region_id,
                state=Enquiry.State.DELIVERED,
            )
            sent = timezone.now() - datetime.timedelta(
                days=chance.randint(0, published_days), hours=chance.randint(0, 23)
            )
            Enquiry.objects.filter(pk=enquiry.pk).update(created_at=sent, delivered_at=sent)
            made += 1
    ProfileView.objects.bulk_create(views)
    Concern.objects.create(
        mentor=mentors[-1],
        reason=Concern.Reason.NO_REPLY,
        details="I wrote three weeks ago and have not heard back (demo).",
    )
    return made
