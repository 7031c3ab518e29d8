"""API-only rules for the query string, on top of the shared MentorFilter.

The filters themselves (what `area=research` means) live in directory/filters.py so the API and
the "Find a mentor" page always agree; what is here is what only an API needs: refusing unknown
or repeated parameters instead of silently ignoring them (a typo like `regoin=london` must not
return everybody), control characters, and `ordering`.
"""

import re

from rest_framework.filters import BaseFilterBackend

from ..filters import MentorFilter
from .errors import ParameterError, problem

PAGINATION_PARAMS = ("page", "page_size")
# Values of `ordering`: the fields to sort by, each with the primary key as a tie-break so that
# mentors sharing a name (or an update time) keep one order and paging never repeats or skips.
ORDERINGS = {
    "name": ("name", "pk"),
    "-name": ("-name", "-pk"),
    "updated_at": ("updated_at", "pk"),
    "-updated_at": ("-updated_at", "-pk"),
}
SINGLE_VALUED = ("q", "ordering", *PAGINATION_PARAMS)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def mentor_list_params():
    return (*MentorFilter.base_filters, "ordering", *PAGINATION_PARAMS)


def check_known(query_params, accepted):
    """400 for any parameter the endpoint does not take."""
    unknown = [name for name in query_params if name not in accepted]
    if unknown:
        raise ParameterError(
            [
                problem(name, "This endpoint does not take this parameter.", accepted)
                for name in unknown
            ]
        )


def check_single(query_params):
    problems = [
        problem(name, "Give this parameter once.")
        for name in SINGLE_VALUED
        if len(query_params.getlist(name)) > 1
    ]
    q = query_params.get("q", "")
    if _CONTROL.search(q):
        problems.append(problem("q", "Keywords may not contain control characters such as NUL."))
    if problems:
        raise ParameterError(problems)


def filter_errors(filterset):
    """The shared filter's form errors, one entry per parameter, with the accepted values."""
    problems = []
    for name, errors in filterset.form.errors.items():
        accepted = None
        field = filterset.form.fields.get(name)
        if name in MentorFilter.TAXONOMY_PARAMS:
            accepted = field.queryset.values_list("slug", flat=True)
        elif name == "accepting":
            accepted = [value for value, _ in field.choices]
        if "" in filterset.data.getlist(name) and name != "q":
            # Django's wording would quote the empty value ("Select a valid choice.  is not
            # one of…"); say plainly which parameter came without one.
            errors = [
                f"{name}= has no value: give one of the accepted values, or leave {name} out."
            ]
        for error in errors:
            problems.append(problem(name, error, accepted))
    return problems


class MentorQueryBackend(BaseFilterBackend):
    """Checks the query string, applies MentorFilter, then `ordering`."""

    def filter_queryset(self, request, queryset, view):
        params = request.query_params
        check_known(params, mentor_list_params())
        check_single(params)
        filterset = MentorFilter(params, queryset=queryset)
        if not filterset.is_valid():
            raise ParameterError(filter_errors(filterset))
        queryset = filterset.qs
        ordering = params.get("ordering")
        if ordering is None:
            # The shared filter's order: relevance when searching, otherwise name then pk.
            return queryset
        if ordering not in ORDERINGS:
            raise ParameterError.one("ordering", "Unknown ordering.", ORDERINGS)
        return queryset.order_by(*ORDERINGS[ordering])
