"""Demo only: the sample export has every mentor accepting, lived experience only as free text
and no record of the HCPC register check. This gives the demo listings what a running pilot
would have (checks recorded, tags where the mentor wrote and consented to a statement, a few
mentors with a waiting list or full), so that every filter finds somebody. Each mentor is
changed once, as an editor would: a new revision, published."""

import datetime

from django.utils import timezone

from .models import LivedExperienceTag, Mentor
from .models.mentor import AcceptingStatus

# A phrase of a sample statement, and the tag an editor would give it.
STATEMENT_TAGS = {
    "later in life": "career-changer",
    "black british": "black-asian-or-minority-ethnic-heritage",
    "first in my family": "first-in-family-to-go-to-university",
    "disabled": "disabled-or-neurodivergent",
}
# Every seventh mentor has a waiting list, and every eleventh is full for now.
WAITING_EVERY, FULL_EVERY = 7, 11


def tags_for(statement, tags_by_slug):
    text = statement.lower()
    return [tags_by_slug[slug] for phrase, slug in STATEMENT_TAGS.items() if phrase in text]


def ensure_demo_listings(checked_by=None, today=None):
    """Returns how many mentors it changed (0 once every listed mentor has a recorded check)."""
    today = today or timezone.localdate()
    tags_by_slug = {tag.slug: tag for tag in LivedExperienceTag.objects.all()}
    mentors = Mentor.objects.listed().filter(registration_checked_on__isnull=True).order_by("name")
    changed = 0
    for index, mentor in enumerate(mentors, start=1):
        mentor.registration_checked_on = today - datetime.timedelta(days=7 + index)
        mentor.registration_checked_by = checked_by
        if mentor.lived_experience_consent:
            mentor.lived_experience_tags.set(
                tags_for(mentor.lived_experience_statement, tags_by_slug)
            )
        if index % FULL_EVERY == 0:
            mentor.accepting = AcceptingStatus.NOT_ACCEPTING
        elif index % WAITING_EVERY == 0:
            mentor.accepting = AcceptingStatus.WAITING_LIST
        mentor.save()
        mentor.save_revision(user=checked_by).publish(user=checked_by)
        changed += 1
    return changed
