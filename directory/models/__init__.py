from .mentor import Mentor, MentorQuerySet
from .pages import MentorDirectoryPage
from .phase import PhaseSettings
from .taxonomies import Area, LivedExperienceTag, MeetingFormat, MenteeGroup, Region, Specialism

__all__ = [
    "Area",
    "LivedExperienceTag",
    "MeetingFormat",
    "MenteeGroup",
    "Mentor",
    "MentorDirectoryPage",
    "MentorQuerySet",
    "PhaseSettings",
    "Region",
    "Specialism",
]
