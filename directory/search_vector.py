"""PostgreSQL full-text search document of each mentor, kept in `Mentor.search_vector`
(GIN-indexed) so that a keyword search is one indexed query, at any size of directory.

The document holds what keyword search covers: name (weight A), role, organisation, areas,
specialisms, region and languages (B) and the bio without its markup (C). It is rebuilt by
one UPDATE: for a mentor when saved, for a taxonomy's or region's mentors when it is renamed,
and for everyone after a bulk load. On SQLite the column stays empty and Wagtail's search is used.
"""

from django.db import connection

CONFIG = "simple"  # names and words as typed; no language's stemming or stop words

_DOCUMENT = f"""
    setweight(to_tsvector('{CONFIG}', coalesce(m.name, '')), 'A') ||
    setweight(to_tsvector('{CONFIG}', coalesce(m.role, '') || ' ' || coalesce(m.organisation, '')
        || ' ' || coalesce((SELECT string_agg(a.name, ' ') FROM directory_area a
             JOIN directory_mentor_areas ma ON ma.area_id = a.id WHERE ma.mentor_id = m.id), '')
        || ' ' || coalesce((SELECT string_agg(s.name, ' ') FROM directory_specialism s
             JOIN directory_mentor_specialisms ms ON ms.specialism_id = s.id
             WHERE ms.mentor_id = m.id), '')
        || ' ' || coalesce((SELECT r.name FROM directory_region r WHERE r.id = m.region_id), '')
        || ' ' || replace(coalesce(m.languages, ''), ',', ' ')), 'B') ||
    setweight(to_tsvector('{CONFIG}',
        regexp_replace(coalesce(m.bio, ''), '<[^>]*>', ' ', 'g')), 'C')
"""


def enabled(using=None):
    return (using or connection).vendor == "postgresql"


def refresh(where="TRUE", params=(), using=None):
    """Rebuilds the document of the mentors matching `where` (SQL on the alias `m`)."""
    db = using or connection
    if not enabled(db):
        return
    with db.cursor() as cursor:
        cursor.execute(
            f"UPDATE directory_mentor AS m SET search_vector = {_DOCUMENT} WHERE {where}",  # noqa: S608 - fixed SQL
            params,
        )


def refresh_mentor(pk):
    refresh("m.id = %s", [pk])


def refresh_region(pk):
    """After a region is renamed: its mentors' documents hold the old name."""
    refresh("m.region_id = %s", [pk])


def refresh_taxonomy(link_table, column, pk):
    """After a taxonomy value is renamed: its mentors' documents hold the old name."""
    refresh(
        f"m.id IN (SELECT mentor_id FROM {link_table} WHERE {column} = %s)",  # noqa: S608
        [pk],
    )
