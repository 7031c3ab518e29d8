"""Self-service without an account: signed, expiring, single-use links, and what a mentor can
do with one (pause, resume, availability, confirm, edit, withdraw).

A link carries the mentor's id and the current nonce of their SelfServiceKey, signed with a
timestamp. Acting on a link rotates the nonce, so a used or superseded link stops working;
the page that answers an action carries a fresh token for the next one.
"""

import datetime

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlsafe_base64_decode, urlsafe_base64_encode
from wagtail.models import ModelLogEntry, Revision, TaskState, WorkflowState
from wagtail.search import index

from cms import content_version

from .models import Mentor, OutgoingMessage, SelfServiceKey, WithdrawnAddress

SALT = "directory.selfservice"
LINK_MAX_AGE = getattr(settings, "SELF_SERVICE_LINK_MAX_AGE", datetime.timedelta(days=7))
AVAILABILITY_FIELDS = ["paused", "capacity", "accepting"]
# What a mentor may change themselves; text changes go back through approval.
EDITABLE_TEXT_FIELDS = ["name", "pronouns", "role", "organisation", "bio", "languages"]


class LinkProblem(Exception):
    def __init__(self, reason):
        super().__init__(reason)
        self.reason = reason  # "expired", "invalid" or "used"


def current_key(mentor):
    key, _ = SelfServiceKey.objects.get_or_create(mentor=mentor)
    return key


def make_token(mentor):
    signed = signing.TimestampSigner(salt=SALT).sign_object(
        {"m": mentor.pk, "n": current_key(mentor).nonce}
    )
    # Wagtail's page URLs allow only letters, digits, "_" and "-" in a path segment.
    return urlsafe_base64_encode(signed.encode())


def read_token(token):
    """The mentor the token belongs to, or LinkProblem."""
    try:
        signed = urlsafe_base64_decode(token).decode()
        data = signing.TimestampSigner(salt=SALT).unsign_object(signed, max_age=LINK_MAX_AGE)
    except signing.SignatureExpired as error:
        raise LinkProblem("expired") from error
    except (signing.BadSignature, ValueError, UnicodeDecodeError) as error:
        raise LinkProblem("invalid") from error
    mentor = Mentor.objects.filter(pk=data.get("m"), withdrawn_at__isnull=True).first()
    if mentor is None:
        raise LinkProblem("invalid")
    key = SelfServiceKey.objects.filter(mentor=mentor).first()
    if key is None or key.nonce != data.get("n"):
        raise LinkProblem("used")
    return mentor


def consume(mentor):
    """Spend the link: rotate the nonce. Returns a fresh token for the page that follows."""
    current_key(mentor).rotate()
    return make_token(mentor)


def manage_page():
    from .models.selfservice_page import ManageListingPage

    return ManageListingPage.objects.live().first()


def manage_link(mentor):
    """A full link for e-mails: the manage page's address plus a fresh token."""
    page = manage_page()
    if page is None:
        return ""
    return page.link_url(make_token(mentor), full=True)


def admin_edit_url(mentor):
    path = reverse("wagtailsnippets_directory_mentor:edit", args=[mentor.pk])
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


# Actions ---------------------------------------------------------------------------------


def apply_availability(mentor, **changes):
    """Availability applies at once, to the live record and to any version awaiting approval
    (so approving a pending edit later cannot undo it)."""
    changes = {k: v for k, v in changes.items() if k in AVAILABILITY_FIELDS}
    if mentor.paused_by_team:
        changes.pop("paused", None)  # only the team lifts its own pause
    Mentor.objects.filter(pk=mentor.pk).update(**changes, updated_at=timezone.now())
    content_version.bump_now_and_on_commit()  # a queryset update sends no signal
    latest = mentor.latest_revision
    if latest is not None and latest.pk != mentor.live_revision_id:
        latest.content.update(changes)
        latest.save(update_fields=["content"])
    mentor.refresh_from_db()
    index.insert_or_update_object(mentor)
    return mentor


def confirm_availability(mentor):
    """Renews the listing to the pilot's end and records the confirmation."""
    from cms.models import PilotSettings

    today = timezone.localdate()
    end = PilotSettings.current().end_date
    changes = {"availability_confirmed_on": today, "listing_expires_on": max(end, today)}
    Mentor.objects.filter(pk=mentor.pk).update(**changes, updated_at=timezone.now())
    content_version.bump_now_and_on_commit()  # a queryset update sends no signal
    latest = mentor.latest_revision
    if latest is not None and latest.pk != mentor.live_revision_id:
        latest.content.update({k: v.isoformat() for k, v in changes.items()})
        latest.save(update_fields=["content"])
    mentor.refresh_from_db()
    index.insert_or_update_object(mentor)
    return mentor


def submit_text_edit(mentor, changes):
    """Text changes become a new revision sent for approval; the published version stays up."""
    from .workflow import submit_for_approval

    draft = mentor.get_latest_revision_as_object()
    for field, value in changes.items():
        if field in EDITABLE_TEXT_FIELDS:
            setattr(draft, field, value)
    return submit_for_approval(draft)


@transaction.atomic
def withdraw(mentor):
    """Unpublish and erase: the record, its revisions, workflow and log entries, its photo and
    renditions, its search index entries, and e-mails addressed to it. Returns the address
    (for the goodbye e-mail, which is itself erased once delivered)."""
    email = mentor.email
    ct_ids = {mentor.get_base_content_type().pk, mentor.get_content_type().pk}
    object_id = str(mentor.pk)
    photo = mentor.photo
    index.remove_object(mentor)
    TaskState.objects.filter(workflow_state__base_content_type_id__in=ct_ids).filter(
        workflow_state__object_id=object_id
    ).delete()
    WorkflowState.objects.filter(base_content_type_id__in=ct_ids, object_id=object_id).delete()
    Revision.objects.filter(base_content_type_id__in=ct_ids, object_id=object_id).delete()
    ModelLogEntry.objects.filter(content_type_id__in=ct_ids, object_id=object_id).delete()
    if email:
        OutgoingMessage.objects.filter(to__iexact=email).delete()
    # So that a later import of an old sign-up export does not list them again.
    WithdrawnAddress.remember(email)
    mentor.delete()
    if photo is not None and not Mentor.objects.filter(photo=photo).exists():
        photo.delete()  # Wagtail deletes the file and its renditions' files on commit.
    return email


def send_link(email):
    """E-mail a link when the address belongs to a listing; say nothing either way."""
    from .emails import queue_email

    email = (email or "").strip().lower()
    for mentor in Mentor.objects.filter(email__iexact=email, withdrawn_at__isnull=True):
        queue_email(
            mentor.email, "manage_link", {"mentor": mentor, "manage_url": manage_link(mentor)}
        )


def withdraw_and_say_goodbye(mentor):
    from .emails import queue_email

    name = mentor.name
    email = withdraw(mentor)
    if email:
        queue_email(email, "mentor_withdrawn", {"name": name}, erase_after_send=True)
