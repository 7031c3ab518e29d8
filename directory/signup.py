"""Turning a valid sign-up form into a draft mentor waiting for approval."""

from django.db import transaction
from django.utils import timezone
from django.utils.html import linebreaks
from wagtail.images import get_image_model
from wagtail.models import Collection

from .emails import queue_email
from .models import Mentor
from .workflow import submit_for_approval

PHOTO_COLLECTION = "Mentor photos"


def photo_collection():
    existing = Collection.objects.filter(name=PHOTO_COLLECTION).first()
    return existing or Collection.get_first_root_node().add_child(name=PHOTO_COLLECTION)


@transaction.atomic
def create_applicant(data, terms_version):
    now = timezone.now()
    mentor = Mentor(
        live=False,
        name=data["name"],
        pronouns=data["pronouns"],
        email=data["email"],
        hcpc_number=data["hcpc_number"],
        registration_confirmed=True,
        role=data["role"],
        organisation=data["organisation"],
        region=data["region"],
        year_qualified=data["year_qualified"],
        languages=data["languages"],
        capacity=data["capacity"],
        bio=linebreaks(data["bio"], autoescape=True) if data["bio"] else "",
        profile_url=data["profile_url"],
        lived_experience_consent=data["lived_experience_consent"],
        lived_experience_statement=data["lived_experience_statement"],
        terms_version=terms_version,
        terms_accepted_at=now,
        consent_to_publish=True,
        consent_given_at=now,
        submitted_at=now,
    )
    if data.get("photo"):
        mentor.photo = get_image_model().objects.create(
            title=f"Photo of {data['name']}"[:255],
            file=data["photo"],
            collection=photo_collection(),
        )
        mentor.photo_alt = data["photo_alt"]
    mentor.save()
    for field in ["mentee_groups", "areas", "specialisms", "formats", "lived_experience_tags"]:
        getattr(mentor, field).set(data[field])
    mentor.save()
    submit_for_approval(mentor)
    queue_email(mentor.email, "applicant_received", {"mentor": mentor})
    return mentor
