import shutil
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

SAMPLE_CSV = Path(settings.BASE_DIR) / "directory" / "data" / "mentor-signups.csv"


@pytest.fixture
def site(db):
    """Home › Mentoring Directory (pilot) › Find a mentor, as the demo builds them; returns the
    "Find a mentor" page. The full demo tree (about, terms, resources…) is `demo_pages`."""
    from home.management.commands.load_demo import Command

    return Command().build_directory_pages()[2]


@pytest.fixture(scope="module")
def demo_pages(django_db_setup, django_db_blocker):
    """The demo page tree built once per test module (it takes seconds), for tests that only
    read it or whose changes roll back with the test. Ask for `db` as well; each test's own
    transaction sits inside this one, which is rolled back when the module ends."""
    from django.db import transaction

    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo", no_mentors=True, no_user=True, stdout=open("/dev/null", "w"))
        yield
        transaction.set_rollback(True)


@pytest.fixture
def directory_url(site):
    return site.url


@pytest.fixture
def sample_csv():
    return SAMPLE_CSV


@pytest.fixture(autouse=True, scope="session")
def _clean_media():
    yield
    shutil.rmtree(settings.MEDIA_ROOT, ignore_errors=True)


# Sign-up, self-service and e-mail (issue 6) ------------------------------------------------


@pytest.fixture
def signup_page(site):
    from directory.models import BecomeAMentorPage

    return BecomeAMentorPage.objects.get()


@pytest.fixture
def manage_page(site):
    from directory.models import ManageListingPage

    return ManageListingPage.objects.get()


@pytest.fixture
def started():
    """A form start time far enough in the past to pass the minimum fill time."""
    import time

    from directory.abuse import started_token

    return started_token(now=time.time() - 60)


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Rate limits live in the cache; each test starts with none."""
    from django.core.cache import cache

    cache.clear()
    yield
