"""`page` and `page_size` that answer 400 for anything but a page that exists.

DRF's PageNumberPagination answers 404 for a bad page and quietly falls back to the default for
a bad page_size; a partner's widget is better served by a 400 naming the parameter.
"""

from collections import OrderedDict

from rest_framework.pagination import PageNumberPagination
from rest_framework.response import Response

from ..counting import CountCachingPaginator
from .errors import ParameterError

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100


def whole_number(params, name, default, maximum=None):
    raw = params.get(name)
    if raw is None:
        return default
    limits = f"from 1 to {maximum}" if maximum else "of 1 or more"
    message = f"Give a whole number {limits}."
    if not raw.isascii() or not raw.isdigit() or len(raw) > 9:
        raise ParameterError.one(name, message)
    number = int(raw)
    if number < 1 or (maximum and number > maximum):
        raise ParameterError.one(name, message)
    return number


class MentorPagination(PageNumberPagination):
    page_size = DEFAULT_PAGE_SIZE
    max_page_size = MAX_PAGE_SIZE
    page_size_query_param = "page_size"

    def paginate_queryset(self, queryset, request, view=None):
        self.request = request
        size = whole_number(request.query_params, "page_size", self.page_size, self.max_page_size)
        number = whole_number(request.query_params, "page", 1)
        # The count is kept per content version for this query (paging parameters aside).
        params = request.query_params.copy()
        for name in ("page", "page_size"):
            params.pop(name, None)
        paginator = CountCachingPaginator(queryset, size, "api:" + params.urlencode())
        if number > paginator.num_pages:
            last = paginator.num_pages
            raise ParameterError.one(
                "page", f"There {'is 1 page' if last == 1 else f'are {last} pages'} for this query."
            )
        self.page = paginator.page(number)
        return list(self.page)

    def get_paginated_response(self, data):
        return Response(
            OrderedDict(
                [
                    ("count", self.page.paginator.count),
                    ("next", self.get_next_link()),
                    ("previous", self.get_previous_link()),
                    ("results", data),
                ]
            )
        )

    def get_schema_operation_parameters(self, view):
        return [
            {
                "name": "page",
                "required": False,
                "in": "query",
                "description": "Which page of results, from 1 to the last page.",
                "schema": {"type": "integer", "minimum": 1, "default": 1},
            },
            {
                "name": "page_size",
                "required": False,
                "in": "query",
                "description": f"Mentors per page (default {DEFAULT_PAGE_SIZE}, "
                f"at most {MAX_PAGE_SIZE}).",
                "schema": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": MAX_PAGE_SIZE,
                    "default": DEFAULT_PAGE_SIZE,
                },
            },
        ]
