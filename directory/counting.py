"""Pagination that stays cheap as the directory grows.

Counting every listed mentor that matches a query is the one part of a page whose cost grows
with the directory, and the answer only changes when the content version does, so counts are
kept per content version. Deep pages first find the primary keys of their rows (an index-only
walk over name and pk, kept per content version too) and only then read those rows, instead of
reading and discarding every row before them.
"""

from django.core.paginator import Paginator
from django.utils.functional import cached_property

from cms.versioned_cache import get_or_compute

# From this offset on, a page reads primary keys first.
DEEP_OFFSET = 1000


class CountCachingPaginator(Paginator):
    def __init__(self, object_list, per_page, count_key, **kwargs):
        super().__init__(object_list, per_page, **kwargs)
        self.count_key = count_key

    @cached_property
    def count(self):
        return get_or_compute("mentor-count", (self.count_key,), self.object_list.count)

    def page(self, number):
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        if bottom < DEEP_OFFSET:
            return super().page(number)
        top = min(bottom + self.per_page, self.count)
        # The keys, too, hold until the content changes; a page visited again is one query.
        pks = get_or_compute(
            "page-keys",
            (self.count_key, bottom, top),
            lambda: list(self.object_list.values_list("pk", flat=True)[bottom:top]),
        )
        rows = {row.pk: row for row in self.object_list.filter(pk__in=pks).order_by()}
        return self._get_page([rows[pk] for pk in pks if pk in rows], number, self)
