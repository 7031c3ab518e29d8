"""Every public form in a real browser: axe-core finds nothing when it is empty, when it shows
errors and once it is sent; after a failed submit the error summary has the focus and its links
lead to the fields; the keyboard alone moves through the fields in reading order."""

import pytest

from tests.browser.conftest import describe

pytestmark = pytest.mark.browser

FOCUSED_CLASS = "document.activeElement.className"


@pytest.fixture(autouse=True)
def forms_accept_quick_people(monkeypatch):
    # A browser fills a form in milliseconds: the minimum fill time and the rate limit, which
    # have their own tests, would otherwise refuse it.
    monkeypatch.setattr("directory.abuse.MIN_FILL_SECONDS", 0)
    monkeypatch.setattr("directory.abuse.RATE_LIMIT", 1000)


def assert_accessible(page, axe, state):
    violations = axe(page)
    assert violations == [], f"{page.url} ({state}): {describe(violations)}"


def submit_empty_and_check_errors(page, axe, button):
    page.get_by_role("button", name=button).click()
    summary = page.locator(".error-summary")
    assert summary.is_visible()
    assert "error-summary" in page.evaluate(FOCUSED_CLASS), "the error summary has the focus"
    # Each error links to its field.
    first_link = summary.get_by_role("link").first
    target = first_link.get_attribute("href")
    first_link.click()
    assert page.evaluate("'#' + document.activeElement.id") == target
    assert_accessible(page, axe, "errors")


def test_sign_up_form_in_every_state(page, live_server, demo_site, axe):
    page.goto(f"{live_server.url}/pilot/become-a-mentor/")
    assert_accessible(page, axe, "empty")
    submit_empty_and_check_errors(page, axe, "Send my application")
    page.get_by_label("Your full name").fill("Rowan Testwell")
    assert page.get_by_label("Your full name").input_value() == "Rowan Testwell"
    page.get_by_label("E-mail address").fill("rowan@example.test")
    page.get_by_label("HCPC registration number").fill("PYL 04321")
    page.get_by_label("I am a qualified educational psychologist").check()
    page.get_by_label("How many mentees").fill("2")
    page.get_by_label("I agree to the terms").check()
    page.get_by_label("I consent to my profile").check()
    page.get_by_role("button", name="Send my application").click()
    page.wait_for_load_state()
    assert page.url.split("#")[0].endswith("/thanks/"), page.url
    assert_accessible(page, axe, "sent")


def test_manage_my_listing_request_form_in_every_state(page, live_server, demo_site, axe):
    page.goto(f"{live_server.url}/pilot/manage-my-listing/")
    assert_accessible(page, axe, "empty")
    submit_empty_and_check_errors(page, axe, "Send me a link")
    page.get_by_label("The e-mail address you signed up with").fill("nobody@example.test")
    page.get_by_role("button", name="Send me a link").click()
    assert page.get_by_role("heading", level=1).is_visible()
    assert_accessible(page, axe, "sent")


def test_feedback_form_in_every_state(page, live_server, demo_site, axe):
    page.goto(f"{live_server.url}/pilot/feedback/")
    assert_accessible(page, axe, "empty")
    submit_empty_and_check_errors(page, axe, "Send")
    page.get_by_label("What is it about?").select_option(index=1)
    page.get_by_label("Your message").fill("The map on the about page is hard to read.")
    page.get_by_role("button", name="Send").click()
    page.wait_for_load_state()
    assert page.locator(".error-summary").count() == 0
    assert_accessible(page, axe, "sent")


def tab_stops_in_reading_order(page, form_selector):
    # What a keyboard user should meet: every field and button in document order, one stop
    # per radio group, nothing taken out of order by a positive tabindex.
    return page.eval_on_selector(
        form_selector,
        """form => {
            const radios = new Set();
            return [...form.querySelectorAll('input, select, textarea, button')]
              .filter(el => el.type !== 'hidden' && el.tabIndex >= 0 && !el.disabled)
              .filter(el => el.type !== 'radio' || !radios.has(el.name) && radios.add(el.name))
              .map(el => el.type === 'radio' ? el.name : el.id || el.textContent.trim());
        }""",
    )


def test_keyboard_alone_moves_through_the_sign_up_form_in_reading_order(
    page, live_server, demo_site
):
    page.goto(f"{live_server.url}/pilot/become-a-mentor/")
    expected = tab_stops_in_reading_order(page, "main form")
    page.get_by_label("Your full name").focus()
    seen = []
    while page.eval_on_selector("main form", "form => form.contains(document.activeElement)"):
        seen.append(
            page.evaluate(
                """(el => el.type === 'radio' ? el.name : el.id || el.textContent.trim())
                   (document.activeElement)"""
            )
        )
        assert len(seen) <= len(expected), seen
        page.keyboard.press("Tab")
    assert seen == expected
    assert seen[0] == "id_name" and seen[-1] == "Send my application"


def test_keyboard_alone_sends_the_manage_my_listing_form(page, live_server, demo_site):
    page.goto(f"{live_server.url}/pilot/manage-my-listing/")
    for _ in range(60):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.type") == "email":
            break
    page.keyboard.type("someone@example.test")
    page.keyboard.press("Enter")
    page.wait_for_load_state()
    assert page.locator(".error-summary").count() == 0
