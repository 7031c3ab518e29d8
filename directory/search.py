"""Keyword search over listed mentors, shared by the directory page and the API."""

import re

from django.db import connection
from django.db.models import Case, F, IntegerField, QuerySet, When

from . import search_vector

MAX_QUERY_LENGTH = 200
# Typed text never holds these (tab and line breaks aside); a NUL in particular upsets some
# database drivers, so a query containing one is refused rather than guessed at.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Control characters (NUL included) can never be part of a meaningful search and upset some
# database drivers, so they are removed before the query reaches the search backend.
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
# Operators of the backends' query syntax are treated as plain spaces, so that a query is
# always a list of words and never an expression a backend could reject.
_SYNTAX = re.compile(r"[\"'()*:^~\-+&|!<>{}\[\]\\/@#%=;,.?]")


def clean_query(raw):
    text = _CONTROL.sub(" ", raw or "")
    text = _SYNTAX.sub(" ", text)
    return " ".join(text.split())


def matching_ids(query):
    """Primary keys of listed mentors matching every word of `query`, best match first."""
    from .models import Mentor

    query = clean_query(query)
    if not query:
        return None
    results = Mentor.objects.listed().search(query, operator="and", order_by_relevance=True)
    return [mentor.pk for mentor in results]


def search_mentors(queryset: QuerySet, query: str) -> QuerySet:
    """`queryset` narrowed to mentors matching `query`, ordered by relevance."""
    if search_vector.enabled(connection):
        return _full_text(queryset, clean_query(query))
    # SQLite: Wagtail's search backend, whose matches come back as a list of ids.
    ids = matching_ids(query)
    if ids is None:
        return queryset
    rank = Case(*[When(pk=pk, then=pos) for pos, pk in enumerate(ids)], output_field=IntegerField())
    return queryset.filter(pk__in=ids).annotate(search_rank=rank).order_by("search_rank", "pk")


def _full_text(queryset, query):
    """PostgreSQL: one query on the GIN-indexed document; every word must match."""
    from django.contrib.postgres.search import SearchQuery, SearchRank

    if not query:
        return queryset
    tsquery = SearchQuery(query, search_type="plain", config=search_vector.CONFIG)
    return (
        queryset.filter(search_vector=tsquery)
        .annotate(search_rank=SearchRank(F("search_vector"), tsquery))
        .order_by("-search_rank", "pk")
    )
