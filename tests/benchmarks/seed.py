"""Seed N listed mentors quickly: bulk inserts, a realistic spread of taxonomies, and photos
with their renditions made in advance for a sample (as a warm production site would have)."""

import io
import random
import time

from django.db import connection, transaction
from django.utils import timezone
from django.utils.text import slugify
from wagtail.images import get_image_model
from wagtail.search.backends import get_search_backend

from cms import content_version
from directory import search_vector
from directory.models import Area, MeetingFormat, MenteeGroup, Mentor, Region, Specialism

FIRST = (
    "Ada Bea Cal Dee Eli Fen Gus Hal Ida Jo Kit Lou Mo Ned Ola Pip Quin Rae Sol Tam Uma Vic "
    "Wyn Xan Yas Zed Ama Bo Cy Di Ewa Fin Gia Hugo Ivo Jax Kai Lia Mei Nia"
).split()
LAST = (
    "Abara Bello Carrow Dunmore Eastham Fairlie Garside Holloway Ibbot Jarrow Kettle Lindqvist "
    "Marsh Nwankwo Oduya Pennock Quarry Rasheed Saltmarsh Thorne Underhill Varga Whitlow Yeoman "
    "Zubiri Achebe Brannigan Colquhoun Delacourt Egwu Fernsby Gallo Hartigan Iyer Jessop Kowal "
    "Lomax Mbeki Nakamura Osei"
).split()
WORDS = (
    "schools consultation assessment supervision research families wellbeing inclusion "
    "transition language play systemic reflective practice training community evidence "
    "curiosity leadership listening early years secondary college"
).split()
RARE_WORD = "orienteering"  # in about one bio in a hundred: the keyword-search benchmark
PHOTO_SAMPLE = 50
RENDITIONS = ["fill-240x240", "fill-96x96"]


def _bio(rng, i):
    words = rng.sample(WORDS, 12)
    if i % 100 == 7:
        words[3] = RARE_WORD
    return "<p>" + " ".join(words).capitalize() + ".</p>"


def _photos(rng):
    from PIL import Image as PILImage

    image_model = get_image_model()
    photos = list(image_model.objects.filter(title__startswith="bench-photo-")[:PHOTO_SAMPLE])
    for i in range(len(photos), PHOTO_SAMPLE):
        buffer = io.BytesIO()
        colour = tuple(rng.randrange(256) for _ in range(3))
        PILImage.new("RGB", (400, 400), colour).save(buffer, "PNG")
        from django.core.files.images import ImageFile

        photo = image_model(title=f"bench-photo-{i}", file=ImageFile(buffer, name=f"b{i}.png"))
        photo.save()
        photos.append(photo)
    for photo in photos:
        for spec in RENDITIONS:
            photo.get_rendition(spec)
    return photos


def clear():
    with transaction.atomic():
        for field in ("areas", "specialisms", "mentee_groups", "formats", "lived_experience_tags"):
            Mentor._meta.get_field(field).remote_field.through.objects.all().delete()
        Mentor.objects.all().delete()


def seed(n, seed_value=20261203, index=True):
    """Replace all mentors with `n` listed ones; returns seconds taken per step."""
    rng = random.Random(seed_value)
    timings = {}
    started = time.perf_counter()
    clear()
    timings["clear"] = time.perf_counter() - started

    regions = list(Region.objects.all())
    areas, specialisms = list(Area.objects.all()), list(Specialism.objects.all())
    groups, formats = list(MenteeGroup.objects.all()), list(MeetingFormat.objects.all())
    photos = _photos(rng)
    expires = timezone.localdate().replace(year=timezone.localdate().year + 1)
    now = timezone.now()

    started = time.perf_counter()
    batch = 5000
    with transaction.atomic():
        for start in range(0, n, batch):
            mentors = []
            for i in range(start, min(n, start + batch)):
                first, last = rng.choice(FIRST), rng.choice(LAST)
                mentors.append(
                    Mentor(
                        name=f"{first} {last}",
                        slug=f"{slugify(first + '-' + last)}-{i}",
                        role=rng.choice(["Educational Psychologist", "Senior EP", "Principal EP"]),
                        organisation=f"{rng.choice(LAST)} Psychology Service",
                        region=rng.choice(regions),
                        year_qualified=rng.randrange(1995, 2025),
                        bio=_bio(rng, i),
                        capacity=rng.randrange(1, 4),
                        accepting=rng.choice(["accepting"] * 6 + ["waiting", "closed"]),
                        photo=photos[i % len(photos)] if i % 20 == 0 else None,
                        photo_alt="Portrait photo" if i % 20 == 0 else "",
                        hcpc_number=f"PYL{100000 + i % 900000:06d}",
                        email=f"bench{i}@example.test",
                        registration_confirmed=True,
                        consent_to_publish=True,
                        consent_given_at=now,
                        live=True,
                        has_unpublished_changes=False,
                        listing_expires_on=expires,
                        first_published_at=now,
                        last_published_at=now,
                    )
                )
            created = Mentor.objects.bulk_create(mentors)
            links = {"areas": [], "specialisms": [], "mentee_groups": [], "formats": []}
            choices = {
                "areas": areas,
                "specialisms": specialisms,
                "mentee_groups": groups,
                "formats": formats,
            }
            counts = {
                "areas": (1, 3),
                "specialisms": (0, 3),
                "mentee_groups": (1, 2),
                "formats": (1, 3),
            }
            for mentor in created:
                for field, options in choices.items():
                    low, high = counts[field]
                    for option in rng.sample(options, rng.randint(low, high)):
                        links[field].append((mentor.pk, option.pk))
            for field, pairs in links.items():
                through = Mentor._meta.get_field(field).remote_field.through
                target = through._meta.get_field(
                    [f.name for f in through._meta.fields if f.name not in ("id", "mentor")][0]
                )
                through.objects.bulk_create(
                    [through(mentor_id=m, **{target.attname: t}) for m, t in pairs]
                )
    timings["insert"] = time.perf_counter() - started

    if index and not search_vector.enabled():  # PostgreSQL searches its own column
        started = time.perf_counter()
        backend = get_search_backend()
        queryset = Mentor.objects.order_by("pk").prefetch_related("areas", "specialisms")
        for start in range(0, n, 2000):
            backend.add_bulk(Mentor, list(queryset[start : start + 2000]))
        timings["index"] = time.perf_counter() - started
    if connection.vendor == "postgresql":
        started = time.perf_counter()
        search_vector.refresh()  # bulk inserts skip Mentor.save(), which keeps it
        timings["search_vector"] = time.perf_counter() - started
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE directory_mentor")
            cursor.execute("ANALYZE")
    # Bulk inserts send no signals: say that the public content changed.
    content_version.bump()
    return timings
