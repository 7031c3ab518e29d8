"""Mentors' taxonomies in one query, whatever the page size and however many taxonomies.

The vocabularies are small and change rarely, so each is read once per content version and kept
in the cache (cms/versioned_cache.py); what a page of mentors needs from the database is only
which of them carries which value: one UNION ALL over the link tables.
"""

from django.db.models import Value

from cms.versioned_cache import get_or_compute

# Mentor field -> the attribute the link table holds the value in.
TAXONOMY_FIELDS = ("mentee_groups", "areas", "specialisms", "formats", "lived_experience_tags")


def _taxonomy_model(field):
    from .models import Mentor

    return Mentor._meta.get_field(field).related_model


def values_by_pk(model):
    """Every value of one taxonomy, in display order, by primary key."""
    return get_or_compute(
        "taxonomy", (model._meta.label,), lambda: {obj.pk: obj for obj in model.objects.all()}
    )


def values_by_slug(queryset):
    """The values `queryset` allows, by slug (for validating filters without a query)."""
    return get_or_compute(
        "taxonomy-slugs",
        (queryset.model._meta.label, str(queryset.query)),
        lambda: {obj.slug: obj for obj in queryset},
    )


def open_group_ids():
    from .models import MenteeGroup

    return get_or_compute(
        "open-groups", (), lambda: set(MenteeGroup.objects.open().values_list("pk", flat=True))
    )


def _links(mentor_ids, fields):
    from .models import Mentor

    parts = []
    for field in fields:
        through = Mentor._meta.get_field(field).remote_field.through
        target = next(
            f.attname
            for f in through._meta.fields
            if f.is_relation and f.related_model is _taxonomy_model(field)
        )
        parts.append(
            through.objects.filter(mentor_id__in=mentor_ids)
            .annotate(kind=Value(field))
            .values_list("kind", "mentor_id", target)
            .order_by()
        )
    if not parts:
        return []
    query = parts[0].union(*parts[1:], all=True) if len(parts) > 1 else parts[0]
    return list(query)


class PrefetchedValues(list):
    """What `mentor.areas.all()` returns once attached: the values, answering the few
    queryset methods templates and serializers use, without building a queryset per mentor."""

    def all(self):
        return self

    def exists(self):
        return bool(self)

    def count(self):
        return len(self)

    def first(self):
        return self[0] if self else None


def attach_taxonomies(mentors, fields):
    """Fills each mentor's prefetch cache for `fields` (and the open mentee groups)."""
    if not mentors or not fields:
        return
    values = {field: values_by_pk(_taxonomy_model(field)) for field in fields}
    found = {(m.pk, field): [] for m in mentors for field in fields}
    for kind, mentor_id, value_id in _links([m.pk for m in mentors], fields):
        value = values[kind].get(value_id)
        if value is not None:
            found[(mentor_id, kind)].append(value)
    open_ids = open_group_ids() if "mentee_groups" in fields else set()
    for mentor in mentors:
        cache = getattr(mentor, "_prefetched_objects_cache", None)
        if cache is None:
            cache = mentor._prefetched_objects_cache = {}
        for field in fields:
            items = sorted(found[(mentor.pk, field)], key=lambda v: (v.sort_order, v.name))
            cache[field] = PrefetchedValues(items)
            if field == "mentee_groups":
                mentor._open_groups = [group for group in items if group.pk in open_ids]
