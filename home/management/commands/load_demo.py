"""Build the demo site: the page tree, site settings, the sample mentors and a development login.

Safe to run again: what exists is kept (even if an editor has changed it) and nothing is
duplicated.
"""

import datetime
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.documents import get_document_model
from wagtail.models import Page, Site

from cms.models import PilotSettings
from directory.models import BecomeAMentorPage, ManageListingPage, MentorDirectoryPage
from home import demo_content as copy
from home.models import (
    FormField,
    FormPage,
    HomePage,
    ResourcesPage,
    SectionPage,
    StandardPage,
    StandardPageRelatedPage,
    TermsPage,
)

SAMPLE_CSV = Path(settings.BASE_DIR) / "directory" / "data" / "mentor-signups.csv"
SECTION_ORDER = [
    "about",
    "find-a-mentor",
    "become-a-mentor",
    "resources",
    "terms",
    "feedback",
    "privacy",
    "manage-my-listing",
    "accessibility",
]
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


def link(page=None, document=None, url=None, text=""):
    return {
        "text": text,
        "page": page.pk if page else None,
        "document": document.pk if document else None,
        "url": url or "",
    }


def related_to(*pages):
    return [
        StandardPageRelatedPage(sort_order=order, related_page=page)
        for order, page in enumerate(pages)
    ]


def cta(title, text, page):
    return {"title": title, "text": text, "link": link(page=page)}


class Command(BaseCommand):
    help = "Create the demo pages, import the sample mentors and a development admin login."

    def add_arguments(self, parser):
        parser.add_argument("--no-mentors", action="store_true", help="Skip the sample import.")
        parser.add_argument("--no-user", action="store_true", help="Skip the admin login.")
        parser.add_argument(
            "--port",
            type=int,
            help="Port of the local server, so that full links (e-mails, sitemap, canonical "
            "addresses) point at it. Only changes a site still on 127.0.0.1 or localhost.",
        )

    def handle(self, *args, no_mentors=False, no_user=False, port=None, **options):
        with transaction.atomic():
            self.build_pages()
            if port:
                self.point_site_at_local_server(port)
        editor = None if no_user else self.ensure_admin()
        if not no_mentors:
            call_command("import_mentors", str(SAMPLE_CSV), publish=True, stdout=self.stdout)
            from directory.demo_figures import ensure_demo_figures
            from directory.demo_listings import ensure_demo_listings

            changed = ensure_demo_listings(checked_by=editor)
            if changed:
                self.stdout.write(
                    f"Demo listings: register checks, tags and availability for {changed} mentors."
                )
            # Invented views and enquiries, so that the pilot dashboard has figures.
            made = ensure_demo_figures()
            if made:
                self.stdout.write(f"Demo figures: {made} enquiries and eight weeks of views.")
        site = Site.objects.get(is_default_site=True)
        self.stdout.write(self.style.SUCCESS(f"Demo site ready: {site.root_url}/"))

    def build_directory_pages(self):
        """Home › Mentoring Directory (pilot) › Find a mentor: all the directory needs."""
        home = self.ensure_home()
        section = child_of(
            home,
            SectionPage,
            "pilot",
            title="Mentoring Directory (pilot)",
            intro=copy.SECTION_INTRO,
            # The header already names the pilot; its pages are the menu.
            show_in_menus=False,
        )
        directory = MentorDirectoryPage.objects.first()
        if directory is None:
            directory = child_of(
                section,
                MentorDirectoryPage,
                "find-a-mentor",
                title="Find a mentor",
                intro=copy.DIRECTORY_INTRO,
                show_in_menus=True,
            )
        # Joining and managing a listing belong with the directory itself.
        if not BecomeAMentorPage.objects.exists():
            child_of(
                section,
                BecomeAMentorPage,
                "become-a-mentor",
                title="Become a mentor",
                intro=copy.BECOME_INTRO + copy.SIGNUP_INTRO + copy.BECOME_DETAILS,
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
        return home, section, directory

    def build_pages(self):
        fresh = not SectionPage.objects.filter(slug="pilot").exists()
        home, section, directory = self.build_directory_pages()
        terms = child_of(
            section,
            TermsPage,
            "terms",
            title="Terms of the pilot",
            version_label=copy.TERMS_VERSION,
            effective_date=datetime.date.fromisoformat(copy.TERMS_EFFECTIVE),
            intro=copy.TERMS_INTRO,
            sections=[
                {
                    "type": "section",
                    "value": {"title": title, "clauses": [f"<p>{c}</p>" for c in clauses]},
                }
                for title, clauses in copy.TERMS_SECTIONS
            ],
        )
        become = BecomeAMentorPage.objects.get()
        if become.terms_page_id is None:
            become.terms_page = terms
            become.save_revision().publish()
        if directory.terms_page_id is None:  # mentees who write to a mentor agree to them too
            directory.terms_page = terms
            directory.save_revision().publish()
        manage = ManageListingPage.objects.get()
        about = child_of(
            section,
            StandardPage,
            "about",
            title="About the pilot",
            intro=copy.ABOUT_INTRO,
            body=copy.ABOUT_BODY,
            show_in_menus=True,
            related_pages=related_to(become, terms),
        )
        accessibility = child_of(
            section,
            StandardPage,
            "accessibility",
            title="Accessibility statement",
            intro=copy.ACCESSIBILITY_INTRO,
            body=copy.ACCESSIBILITY_BODY,
        )
        privacy = child_of(
            section,
            StandardPage,
            "privacy",
            title="Privacy notice",
            intro=copy.PRIVACY_INTRO,
            body=copy.PRIVACY_BODY,
            related_pages=related_to(terms, accessibility),
        )
        pages = {"about": about, "terms": terms, "become-a-mentor": become}
        child_of(
            section,
            ResourcesPage,
            "resources",
            title="Resources",
            intro=copy.RESOURCES_INTRO,
            resources=self.resource_blocks(pages),
            show_in_menus=True,
        )
        feedback = self.ensure_feedback(section)
        if not home.body:
            home.body = [
                {
                    "type": "call_to_action_group",
                    "value": [
                        cta("Find a mentor", copy.CTA_FIND, directory),
                        cta("Become a mentor", copy.CTA_BECOME, become),
                        cta("About the pilot", copy.CTA_ABOUT, about),
                    ],
                }
            ]
            home.save_revision().publish()
        self.ensure_settings(feedback, [privacy, accessibility, terms, manage, feedback])
        if fresh:
            # Pages were created in the order their links need; show them in reading order.
            for slug in SECTION_ORDER:
                section.get_children().get(slug=slug).move(section, pos="last-child")
        return home

    def point_site_at_local_server(self, port):
        # save(), not update(): saving a site clears Wagtail's cache of site root paths.
        for site in Site.objects.filter(
            is_default_site=True, hostname__in=["localhost", "127.0.0.1"]
        ):
            site.hostname, site.port = "127.0.0.1", port
            site.save()

    def ensure_home(self):
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
        return home

    def resource_blocks(self, pages):
        blocks = []
        for title, description, audience, target in copy.RESOURCES:
            if target == "document":
                target_link = link(document=self.ensure_agreement_document(), text=title)
            elif target.startswith("page:"):
                target_link = link(page=pages[target.removeprefix("page:")], text=title)
            else:
                target_link = link(url=target, text=title)
            value = {
                "title": title,
                "description": description,
                "audience": audience,
                "link": target_link,
            }
            blocks.append({"type": "resource", "value": value})
        return blocks

    def ensure_agreement_document(self):
        document_model = get_document_model()
        document = document_model.objects.filter(title=copy.AGREEMENT_TITLE).first()
        if document is None:
            document = document_model(title=copy.AGREEMENT_TITLE)
            document.file.save(
                "mentoring-agreement-template.txt",
                ContentFile(copy.AGREEMENT_TEXT.encode()),
                save=False,
            )
            document.save()
        return document

    def ensure_feedback(self, section):
        existing = section.get_children().filter(slug="feedback").first()
        if existing:
            return existing.specific
        page = FormPage(
            slug="feedback",
            title=copy.FEEDBACK_TITLE,
            intro=copy.FEEDBACK_INTRO,
            thank_you_text=copy.FEEDBACK_THANKS,
            subject="Feedback on the Mentoring Directory",
        )
        for order, (label, field_type, required, help_text, choices) in enumerate(
            copy.FEEDBACK_FIELDS
        ):
            page.form_fields.add(
                FormField(
                    sort_order=order,
                    label=label,
                    field_type=field_type,
                    required=required,
                    help_text=help_text,
                    choices=choices,
                )
            )
        section.add_child(instance=page)
        page.save_revision().publish()
        return page

    def ensure_settings(self, feedback, footer_pages):
        site = Site.objects.get(is_default_site=True)
        pilot = PilotSettings.for_site(site)
        # Only on the first run: an editor who later clears the banner or the links keeps them so.
        if pilot.footer_links:
            return
        pilot.footer_links = [{"type": "link", "value": link(page=p)} for p in footer_pages]
        pilot.banner_text = pilot.banner_text or copy.BANNER_TEXT
        pilot.banner_link_page = pilot.banner_link_page or feedback
        pilot.banner_link_text = "Send us feedback"
        pilot.save()

    def ensure_admin(self):
        user_model = get_user_model()
        user = user_model.objects.filter(username=DEV_USERNAME).first()
        if user is None:
            user = user_model.objects.create_superuser(
                DEV_USERNAME, "admin@example.org", DEV_PASSWORD
            )
        self.stdout.write(
            f"Development admin login: {DEV_USERNAME} / {DEV_PASSWORD} (for this machine only)"
        )
        return user
