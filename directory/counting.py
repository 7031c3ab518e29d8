"""Result counts kept per content version: counting every listed mentor that matches a query is
the one part of a page whose cost grows with the directory, and the answer only changes when
the content version does."""

from django.core.paginator import Paginator
from django.utils.functional import cached_property

from cms.versioned_cache import get_or_compute


class CountCachingPaginator(Paginator):
    def __init__(self, object_list, per_page, count_key, **kwargs):
        super().__init__(object_list, per_page, **kwargs)
        self.count_key = count_key

    @cached_property
    def count(self):
        return get_or_compute("mentor-count", (self.count_key,), self.object_list.count)
