"""Relaying a mentee's message to a mentor, and what happens once it is delivered.

Two e-mails are stored per enquiry: the message to the mentor (reply-to the mentee) and the
mentee's copy. Both are deleted from the outbox as soon as they are delivered, so the message
text and the mentee's name and address then exist nowhere on the site; the Enquiry row keeps
only what the pilot counts. While the mail server is down both wait in the outbox and the queue
retries them.
"""

import datetime

from django.db.models import Max
from django.dispatch import receiver
from django.utils import timezone

from .emails import enqueue, queue_email, store_email
from .models import Enquiry, OutgoingMessage
from .models.enquiry import ContactSettings
from .tasks import message_state_changed


def send_enquiry(mentor, data):
    """Record the enquiry and queue both e-mails. Returns the Enquiry."""
    enquiry = Enquiry.objects.create(
        mentor=mentor, stage=data["stage"], area=data.get("area"), region_id=mentor.region_id
    )
    context = {
        "mentor": mentor,
        "name": data["name"],
        "email": data["email"],
        "stage": data["stage"],
        "area": data.get("area"),
        "message": data["message"],
    }
    relay = store_email(
        mentor.email, "enquiry_to_mentor", context, reply_to=data["email"], erase_after_send=True
    )
    # Linked before it is queued: an immediate backend may deliver it within enqueue().
    Enquiry.objects.filter(pk=enquiry.pk).update(relay_message=relay)
    copy = store_email(data["email"], "enquiry_copy", context, erase_after_send=True)
    enqueue(relay)
    enqueue(copy)
    pause_if_over_limit(mentor, enquiry)
    enquiry.refresh_from_db()
    return enquiry


@receiver(message_state_changed)
def record_delivery(sender, message, state, **kwargs):
    enquiries = Enquiry.objects.filter(relay_message_id=message.pk)
    if state == OutgoingMessage.State.SENT:
        enquiries.update(state=Enquiry.State.DELIVERED, delivered_at=timezone.now())
    elif state == OutgoingMessage.State.FAILED:
        enquiries.update(state=Enquiry.State.FAILED)
    else:
        enquiries.update(state=Enquiry.State.WAITING)


def recent_enquiries(mentor, rules, now=None):
    """Enquiries that count towards the limit: within the period, and since the last pause
    (a mentor who resumes starts afresh)."""
    now = now or timezone.now()
    since = now - datetime.timedelta(days=rules.auto_pause_days)
    last_pause = Enquiry.objects.filter(mentor=mentor, paused_mentor=True).aggregate(
        at=Max("created_at")
    )["at"]
    recent = Enquiry.objects.filter(mentor=mentor, created_at__gte=since)
    if last_pause is not None:
        recent = recent.filter(created_at__gt=last_pause)
    return recent.count()


def pause_if_over_limit(mentor, enquiry):
    """Editors' rule (Settings › Contact and records): after N enquiries in D days the mentor is
    paused and told, with a link to resume. Returns True when it paused the mentor."""
    from .selfservice import apply_availability, manage_link

    rules = ContactSettings.current()
    if not rules.auto_pause_enquiries:
        return False
    count = recent_enquiries(mentor, rules)
    if count < rules.auto_pause_enquiries:
        return False
    Enquiry.objects.filter(pk=enquiry.pk).update(paused_mentor=True)
    apply_availability(mentor, paused=True)
    if mentor.email:
        queue_email(
            mentor.email,
            "mentor_auto_paused",
            {
                "mentor": mentor,
                "count": count,
                "days": rules.auto_pause_days,
                "manage_url": manage_link(mentor),
            },
        )
    return True
