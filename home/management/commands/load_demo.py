"""Build the demo site: the page tree, the sample mentors and a development login.

Safe to run again: what exists is kept and nothing is duplicated.
"""

from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.models import Page, Site

from directory.models import BecomeAMentorPage, ManageListingPage, MentorDirectoryPage
from home import demo_content as copy
from home.models import HomePage, SectionPage, StandardPage

SAMPLE_CSV = Path(settings.BASE_DIR) / "directory" / "data" / "mentor-signups.csv"
DEV_USERNAME = "admin"
DEV_PASSWORD = "mentoring-demo-admin"


def child_of(parent, page_class, slug, **fields):
    existing = parent.get_children().filter(slug=slug).first()
    if existing:
        return existing.specific
    page = page_class(slug=slug, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


class Command(BaseCommand):
    help = "Create the demo pages, import the sample mentors and a development admin login."

    def add_arguments(self, parser):
        parser.add_argument("--no-mentors", action="store_true", help="Skip the sample import.")
        parser.add_argument("--no-user", action="store_true", help="Skip the admin login.")

    def handle(self, *args, no_mentors=False, no_user=False, **options):
        with transaction.atomic():
            home = self.build_pages()
        if not no_mentors:
            call_command("import_mentors", str(SAMPLE_CSV), publish=True, stdout=self.stdout)
        if not no_user:
            self.ensure_admin()
        self.stdout.write(self.style.SUCCESS(f"Demo site ready at {home.url_path}"))

    def build_pages(self):
        root = Page.get_first_root_node()
        home = HomePage.objects.first()
        if home is None:
            # Wagtail's own welcome page is replaced by ours.
            welcome = root.get_children().filter(slug="home").first()
            if welcome is not None:
                Site.objects.filter(root_page=welcome).delete()
                welcome.delete()
            home = HomePage(title="Mentoring Directory", slug="home", intro=copy.HOME_INTRO)
            root.add_child(instance=home)
            home.save_revision().publish()
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            Site.objects.create(
                hostname="localhost",
                port=80,
                root_page=home,
                is_default_site=True,
                site_name="Mentoring Directory",
            )
        elif site.root_page_id != home.pk:
            site.root_page = home
            site.save()
        section = child_of(
            home,
            SectionPage,
            "pilot",
            title="Mentoring Directory (pilot)",
            intro=copy.SECTION_INTRO,
            show_in_menus=True,
        )
        child_of(
            section,
            StandardPage,
            "about",
            title="About the pilot",
            intro=copy.ABOUT_INTRO,
            body=copy.ABOUT_BODY,
            show_in_menus=True,
        )
        if not MentorDirectoryPage.objects.exists():
            child_of(
                section,
                MentorDirectoryPage,
                "find-a-mentor",
                title="Find a mentor",
                intro=copy.DIRECTORY_INTRO,
                show_in_menus=True,
            )
        self.build_signup_pages(section)
        return home

    def build_signup_pages(self, section):
        if not BecomeAMentorPage.objects.exists():
            child_of(
                section,
                BecomeAMentorPage,
                "become-a-mentor",
                title="Become a mentor",
                intro=copy.SIGNUP_INTRO,
                confirmation_text=copy.SIGNUP_CONFIRMATION,
                show_in_menus=True,
            )
        if not ManageListingPage.objects.exists():
            child_of(
                section,
                ManageListingPage,
                "manage-my-listing",
                title="Manage my listing",
                intro=copy.MANAGE_INTRO,
            )

    def ensure_admin(self):
        user_model = get_user_model()
        if not user_model.objects.filter(username=DEV_USERNAME).exists():
            user_model.objects.create_superuser(DEV_USERNAME, "admin@example.org", DEV_PASSWORD)
        self.stdout.write(
            f"Development admin login: {DEV_USERNAME} / {DEV_PASSWORD} (for this machine only)"
        )
