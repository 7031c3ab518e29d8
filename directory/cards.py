"""The mentor cards of one page of "Find a mentor".

A card is the same for everybody until the content changes, so each is kept under the content
version. The page is read as primary keys in order; cards already made come from the cache in
one look, and only the mentors not found there are read in full (region, photo renditions,
mentee groups) and rendered.
"""

from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

from cms.versioned_cache import get_many_or_compute

TEMPLATE = "directory/includes/mentor_card.html"


def cards_for(directory, mentors, request):
    """HTML for each mentor in `mentors` (any objects with a pk), in their order."""
    from .models import Mentor

    mentors = list(mentors)

    def render(ids):
        full = Mentor.objects.filter(pk__in=ids).for_cards()
        return {
            mentor.pk: render_to_string(
                TEMPLATE, {"mentor": mentor, "page": directory, "request": request}
            )
            for mentor in full
        }

    parts = {mentor.pk: (mentor.pk, directory.pk) for mentor in mentors}
    found = get_many_or_compute("mentor-card", parts, render)
    return [mark_safe(found[mentor.pk]) for mentor in mentors if mentor.pk in found]  # noqa: S308 - our own template's output
