"""axe-core finds no WCAG 2.2 A/AA violations on any public page type or form state."""

import pytest

from tests.browser.conftest import describe

pytestmark = pytest.mark.browser

PAGES = [
    "/",
    "/pilot/",
    "/pilot/about/",
    "/pilot/find-a-mentor/",
    "/pilot/find-a-mentor/?region=atlantis",
    "/pilot/find-a-mentor/?q=nobody-matches-this",
    "/pilot/find-a-mentor/amara-okafor/",
    "/no-such-page/",
]


def test_no_violations_on_any_public_page_type(page, live_server, demo_site, axe):
    # One live server and demo site for every page: setting one up is the slow part.
    found = {}
    for path in PAGES:
        page.goto(live_server.url + path)
        violations = axe(page)
        if violations:
            found[path] = violations
    assert found == {}, describe(found)
