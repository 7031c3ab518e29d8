from .approval import MentorApprovalTask
from .concern import Concern
from .enquiry import ContactSettings, Enquiry
from .mentor import Mentor, MentorQuerySet
from .outbox import OutgoingMessage
from .pages import MentorDirectoryPage
from .phase import PhaseSettings
from .profile_view import ProfileView
from .reminders import SelfServiceKey, SentReminder
from .selfservice_page import ManageListingPage
from .signup_page import BecomeAMentorPage
from .taxonomies import Area, LivedExperienceTag, MeetingFormat, MenteeGroup, Region, Specialism
from .withdrawn import WithdrawnAddress

__all__ = [
    "Area",
    "BecomeAMentorPage",
    "Concern",
    "ContactSettings",
    "Enquiry",
    "LivedExperienceTag",
    "ManageListingPage",
    "MeetingFormat",
    "MenteeGroup",
    "Mentor",
    "MentorApprovalTask",
    "MentorDirectoryPage",
    "MentorQuerySet",
    "PhaseSettings",
    "ProfileView",
    "OutgoingMessage",
    "Region",
    "SelfServiceKey",
    "SentReminder",
    "Specialism",
    "WithdrawnAddress",
]
