"""Wagtail's database search backend, made safe for whatever people type into a search box.

Every search on the site (the API v2 `search`, the admin listings, the page explorer) reaches
the backend named in WAGTAILSEARCH_BACKENDS, so cleaning the query here covers them all.

Two kinds of input broke the stock backend with a server error:

- a double quote that isn't balanced by the backend's own quoting: on SQLite each word is
  wrapped in double quotes for FTS5's MATCH syntax without escaping the quotes inside it,
  so `"pilot` ends the string early ("unterminated string");
- control characters, which PostgreSQL refuses outright (NUL) and which never mean anything
  in a search anyway.

Control characters become spaces. On SQLite a double quote inside a word or phrase is
doubled, FTS5's own escape, so the tokenizer drops it as punctuation and the words around it
are still searched. Phrases already parsed out of a query (wagtail's parse_query_string)
keep working: only the text inside them is cleaned.
"""

import copy
import re

from django.db import connection
from modelsearch.query import MATCH_NONE, And, Boost, Not, Or
from wagtail.search.backends import database

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def clean_text(text, *, escape_quotes):
    text = _CONTROL.sub(" ", text)
    if escape_quotes:
        text = text.replace('"', '""')
    return text


def clean_query(query, *, escape_quotes):
    """The query with every piece of typed text cleaned; None if no words are left."""
    if isinstance(query, str):
        text = clean_text(query, escape_quotes=escape_quotes)
        return text if text.replace('"', "").strip() else None
    if hasattr(query, "query_string"):  # PlainText, Phrase, Fuzzy
        text = clean_query(query.query_string, escape_quotes=escape_quotes)
        if text is None:
            return None
        query = copy.copy(query)
        query.query_string = text
        return query
    if isinstance(query, (And, Or)):
        parts = [clean_query(q, escape_quotes=escape_quotes) for q in query.subqueries]
        parts = [q for q in parts if q is not None]
        return type(query)(parts) if parts else None
    if isinstance(query, (Not, Boost)):
        inner = clean_query(query.subquery, escape_quotes=escape_quotes)
        if inner is None:
            return None
        query = copy.copy(query)
        query.subquery = inner
        return query
    return query  # MatchAll carries no typed text


class CleanQueryMixin:
    escape_quotes = False

    def _search(self, query_compiler_class, query, model_or_queryset, **kwargs):
        if query is not None:
            query = clean_query(query, escape_quotes=self.escape_quotes)
            if query is None:
                # Nothing searchable was typed; the real query keeps results chainable
                # (the admin orders and counts them) where an empty stand-in is not.
                query = MATCH_NONE
        return super()._search(query_compiler_class, query, model_or_queryset, **kwargs)


_cleaning_classes = {}


def SearchBackend(params):  # noqa: N802 (the name Wagtail looks up in a backend module)
    """Wagtail's choice of database backend for this connection, with queries cleaned."""
    chosen = type(database.SearchBackend(params))
    if chosen not in _cleaning_classes:
        # Only SQLite's FTS5 backend quotes words itself; the others take quotes as text.
        fts5 = connection.vendor == "sqlite" and chosen.__name__ == "SQLiteSearchBackend"
        _cleaning_classes[chosen] = type(
            f"Cleaning{chosen.__name__}", (CleanQueryMixin, chosen), {"escape_quotes": fts5}
        )
    return _cleaning_classes[chosen](params)
