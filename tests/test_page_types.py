"""Where each page type may live, and that an editor can create each one in the admin."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from directory.models import BecomeAMentorPage, ManageListingPage, MentorDirectoryPage
from home.models import (
    FormPage,
    HomePage,
    ResourcesPage,
    SectionPage,
    StandardPage,
    TermsPage,
)

CONTENT_TYPES = {
    StandardPage,
    TermsPage,
    ResourcesPage,
    FormPage,
    MentorDirectoryPage,
    BecomeAMentorPage,
    ManageListingPage,
}


class PageTypeRulesTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        root = Page.get_first_root_node()
        cls.home = root.add_child(instance=HomePage(title="Home", slug="home-test"))
        cls.section = cls.home.add_child(instance=SectionPage(title="Pilot", slug="pilot"))

    def setUp(self):
        self.login()

    def test_home_page_sits_at_the_root_and_holds_sections_and_content(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedSubpageTypes(HomePage, CONTENT_TYPES | {SectionPage})

    def test_section_page_sits_under_home_and_holds_content_pages(self):
        self.assertAllowedParentPageTypes(SectionPage, {HomePage})
        self.assertAllowedSubpageTypes(SectionPage, CONTENT_TYPES)

    def test_find_a_mentor_stays_a_child_of_the_section(self):
        self.assertCanCreateAt(SectionPage, MentorDirectoryPage)
        self.assertCanCreateAt(SectionPage, BecomeAMentorPage)
        self.assertCanCreateAt(SectionPage, ManageListingPage)

    def test_standard_pages_nest_and_leaf_pages_have_no_children(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, SectionPage, StandardPage})
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})
        for model in (TermsPage, ResourcesPage, FormPage):
            self.assertAllowedParentPageTypes(model, {HomePage, SectionPage})
            self.assertAllowedSubpageTypes(model, set())

    def test_an_editor_can_create_a_section_page(self):
        self.assertCanCreate(
            self.home, SectionPage, nested_form_data({"title": "More", "intro": rich_text("")})
        )

    def test_an_editor_can_create_a_standard_page(self):
        data = nested_form_data(
            {
                "title": "Privacy notice",
                "intro": rich_text("<p>What we keep.</p>"),
                "body": streamfield(
                    [("heading", {"text": "What we hold", "level": "h2"})],
                ),
                "related_pages": inline_formset([{"related_page": self.section.pk}]),
            }
        )
        self.assertCanCreate(self.section, StandardPage, data)
        page = StandardPage.objects.get(slug="privacy-notice")
        self.assertEqual(page.visible_related_pages(), [self.section.specific])

    def test_an_editor_can_create_a_terms_page(self):
        data = nested_form_data(
            {
                "title": "Terms",
                "version_label": "Version 1",
                "effective_date": "2026-09-01",
                "intro": rich_text(""),
                "sections": streamfield(
                    [
                        (
                            "section",
                            {
                                "title": "Mentors",
                                "clauses": streamfield([("item", rich_text("<p>Be kind.</p>"))]),
                            },
                        )
                    ]
                ),
            }
        )
        self.assertCanCreate(self.section, TermsPage, data)
        page = TermsPage.objects.get(slug="terms")
        self.assertEqual(page.numbered_sections()[0]["clauses"][0]["number"], "1.1")

    def test_an_editor_can_create_a_resources_page(self):
        resource = {
            "title": "HCPC register",
            "description": "Check a registration.",
            "audience": "mentees",
            "link": {"text": "", "page": self.section.pk, "document": "", "url": ""},
        }
        data = nested_form_data(
            {
                "title": "Resources",
                "intro": rich_text(""),
                "resources": streamfield([("resource", resource)]),
            }
        )
        self.assertCanCreate(self.section, ResourcesPage, data)

    def test_an_editor_can_create_a_form_page(self):
        data = nested_form_data(
            {
                "title": "Feedback",
                "intro": rich_text(""),
                "thank_you_text": rich_text("<p>Thanks.</p>"),
                "to_address": "",
                "from_address": "",
                "subject": "Feedback",
                "form_fields": inline_formset(
                    [
                        {
                            "label": "Your message",
                            "field_type": "multiline",
                            "required": "on",
                            "choices": "",
                            "default_value": "",
                            "help_text": "",
                        }
                    ]
                ),
            }
        )
        self.assertCanCreate(self.section, FormPage, data)

    def test_an_editor_can_create_the_find_a_mentor_page(self):
        data = nested_form_data(
            {
                "title": "Find a mentor",
                "intro": rich_text(""),
                "empty_message": "Nobody matches.",
                "contact_help": rich_text("<p>Write to the mentor through their profile.</p>"),
                "register_check_url": "https://register.example.org/check",
            }
        )
        self.assertCanCreate(self.section, MentorDirectoryPage, data)
