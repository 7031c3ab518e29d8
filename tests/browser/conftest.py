"""Real-browser tests: Playwright driving Debian's chromium against a live test server.

Nothing here downloads a browser. Without /usr/bin/chromium (or CHROMIUM_PATH) the tests are
skipped with a message; CI installs chromium so they always run there.
"""

import json
import os
import shutil
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
AXE_JS = Path(__file__).parent / "node_modules" / "axe-core" / "axe.min.js"
ARTIFACTS = Path(os.environ.get("BROWSER_ARTIFACTS", "test-results"))
# Playwright's sync API runs an event loop in this thread; the ORM calls the tests make
# around it are still synchronous.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_collection_modifyitems(config, items):
    missing = []
    if not Path(CHROMIUM).exists():
        missing.append(f"no chromium at {CHROMIUM} (apt-get install chromium)")
    if not AXE_JS.exists():
        missing.append("axe-core not installed (cd tests/browser && npm ci)")
    if missing:
        skip = pytest.mark.skip(reason="browser tests skipped: " + "; ".join(missing))
        for item in items:
            if "browser" in item.keywords:
                item.add_marker(skip)


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser, request):
    # bypass_csp lets the tests inject axe-core; the site's own pages never need it.
    context = browser.new_context(bypass_csp=True, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    report = getattr(request.node, "rep_call", None)
    if report is not None and report.failed:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / f"{request.node.name}.png"), full_page=True)
    context.close()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.when == "call":
        item.rep_call = report
    return report


@pytest.fixture
def axe():
    """axe(page) -> the list of WCAG 2.x A/AA violations on the page as it is now."""
    source = AXE_JS.read_text()

    def run(page):
        page.add_script_tag(content=source)
        result = page.evaluate(
            """async () => await axe.run(document, {
                runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa',
                                                'wcag22aa']}
            })"""
        )
        return [
            {
                "id": v["id"],
                "impact": v["impact"],
                "help": v["help"],
                "nodes": [n["target"] for n in v["nodes"]][:5],
            }
            for v in result["violations"]
        ]

    return run


def describe(violations):
    return json.dumps(violations, indent=2)


@pytest.fixture
def demo_site(django_db_serialized_rollback, transactional_db):
    # A live server needs a transactional database; serialized rollback brings back what the
    # migrations seeded (root page and collection, locale, taxonomies, the approval workflow)
    # after the flush between tests.
    from django.core.management import call_command

    call_command("load_demo", no_user=True, stdout=open(os.devnull, "w"))
