"""A mentee finds a mentor in a real browser, by filter and by keyword, without JavaScript
being needed, and every page they pass through is checked with axe-core."""

import re

import pytest

from tests.browser.conftest import describe

pytestmark = pytest.mark.browser


@pytest.fixture
def directory(page, live_server, demo_site):
    page.goto(f"{live_server.url}/pilot/find-a-mentor/")
    return page


def test_filter_by_region_then_open_a_profile(directory, axe):
    page = directory
    assert page.get_by_role("heading", level=2, name=re.compile("22 mentors")).is_visible()
    page.get_by_role("group", name="Region").get_by_label("Scotland").check()
    page.get_by_role("button", name="Show mentors").click()
    assert "region=scotland" in page.url
    assert page.get_by_role("heading", level=2, name=re.compile("3 mentors")).is_visible()
    page.get_by_role("link", name="Fiona MacLeod").click()
    assert page.get_by_role("heading", level=1, name=re.compile("Fiona MacLeod")).is_visible()
    assert axe(page) == [], describe(axe(page))


def test_keyword_search(directory):
    page = directory
    page.get_by_label("Keywords").fill("belonging")
    page.get_by_role("button", name="Show mentors").click()
    assert page.get_by_role("heading", level=2, name=re.compile("1 mentor")).is_visible()
    assert page.get_by_role("link", name="Zoë Fairbrother").is_visible()


def test_keyboard_only_through_the_filters(directory):
    page = directory
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent").strip() == "Skip to main content"
    page.keyboard.press("Enter")
    page.get_by_label("Keywords").focus()
    page.keyboard.type("thesis")
    page.keyboard.press("Enter")  # submits the form from the search box
    page.wait_for_url("**q=thesis**")
    # Focus is visible: the focused element has an outline.
    page.get_by_label("Keywords").focus()
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline not in ("", "none")


def test_works_without_javascript(browser, live_server, demo_site):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_server.url}/pilot/find-a-mentor/?region=london")
    assert page.get_by_role("heading", level=2, name=re.compile("3 mentors")).is_visible()
    context.close()
