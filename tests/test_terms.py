"""Terms: clauses numbered from their order, version shown, earlier versions on record."""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import PageLogEntry

from home.models import TermsPage

pytestmark = pytest.mark.django_db


def section(title, *clauses):
    return {
        "type": "section",
        "value": {"title": title, "clauses": [f"<p>{c}</p>" for c in clauses]},
    }


@pytest.fixture
def terms(demo_pages, db):
    page = TermsPage.objects.get()
    # The demo published these terms "now"; move that into the past so dates below are clear.
    long_ago = timezone.make_aware(datetime.datetime(2026, 8, 1, 12))
    PageLogEntry.objects.filter(page=page).update(timestamp=long_ago)
    return page


def numbers(page):
    return [
        (s["number"], s["title"], [c["number"] for c in s["clauses"]])
        for s in page.numbered_sections()
    ]


def publish(page, version_label, sections, on):
    """Publish a new version and pretend it happened on ``on`` (a date)."""
    page.version_label = version_label
    page.sections = sections
    revision = page.save_revision()
    revision.publish()
    moment = timezone.make_aware(datetime.datetime.combine(on, datetime.time(12)))
    PageLogEntry.objects.filter(revision=revision, action="wagtail.publish").update(
        timestamp=moment
    )
    return revision


def test_clauses_are_numbered_by_section_and_position(terms):
    terms.sections = [section("Mentors", "a", "b"), section("Mentees", "c")]
    assert numbers(terms) == [("1", "Mentors", ["1.1", "1.2"]), ("2", "Mentees", ["2.1"])]


def test_numbers_follow_the_new_order_after_an_editor_reorders(terms):
    terms.sections = [section("Mentors", "a", "b"), section("Mentees", "c", "d", "e")]
    terms.save_revision().publish()
    # The editor drags "Mentees" above "Mentors" and moves a clause up.
    terms.sections = [section("Mentees", "e", "c", "d"), section("Mentors", "a", "b")]
    terms.save_revision().publish()
    terms.refresh_from_db()
    assert numbers(terms) == [
        ("1", "Mentees", ["1.1", "1.2", "1.3"]),
        ("2", "Mentors", ["2.1", "2.2"]),
    ]
    assert terms.numbered_sections()[0]["clauses"][0]["text"].source == "<p>e</p>"


def test_the_page_shows_numbers_version_and_effective_date(client, terms):
    html = client.get(terms.url).content.decode()
    assert "Version 1" in html
    assert '<time datetime="2026-09-01">1 September 2026</time>' in html
    assert 'id="clause-1.1"' in html and 'id="clause-5.2"' in html
    assert html.count("<h1") == 1


def test_the_version_in_force_on_a_date_comes_back_from_the_revisions(terms):
    first = publish(terms, "Version 1", [section("Old", "old clause")], datetime.date(2026, 9, 1))
    second = publish(terms, "Version 2", [section("New", "new clause")], datetime.date(2027, 1, 10))

    assert terms.revision_live_on(datetime.date(2026, 8, 31)) != first
    assert terms.revision_live_on(datetime.date(2026, 9, 1)) == first
    assert terms.revision_live_on(datetime.date(2027, 1, 9)) == first
    assert terms.revision_live_on(datetime.date(2027, 1, 10)) == second
    old = terms.version_live_on(datetime.date(2026, 12, 25))
    assert old.version_label == "Version 1"
    assert numbers(old) == [("1", "Old", ["1.1"])]
    assert [label for label, _, _ in terms.published_versions()][-2:] == [
        "Version 1",
        "Version 2",
    ]


def test_a_draft_never_counts_as_the_version_in_force(terms):
    live = publish(terms, "Version 1", [section("Live", "x")], datetime.date(2026, 9, 1))
    terms.version_label = "Version 2 (draft)"
    terms.save_revision()
    assert terms.revision_live_on(timezone.now()) == live


def test_nothing_was_in_force_before_the_first_publish_or_after_unpublishing(terms):
    assert terms.revision_live_on(datetime.date(2000, 1, 1)) is None
    terms.unpublish()
    assert terms.revision_live_on(timezone.now() + datetime.timedelta(seconds=1)) is None
