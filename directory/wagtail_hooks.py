"""The "Mentoring directory" admin menu: mentors and the vocabularies that describe them."""

from django.urls import path, reverse
from django.utils.formats import date_format
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import BooleanColumn, Column, UpdatedAtColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup
from wagtail_modeladmin.options import modeladmin_register

from .admin_views import MentorCreateView, MentorEditView, OutgoingMessageViewSet
from .models import Area, LivedExperienceTag, MeetingFormat, MenteeGroup, Mentor, Region, Specialism
from .pilot_admin import PilotRecordsGroup


class CalendarDateColumn(Column):
    """A calendar date as a date ("31 Aug 2027"): Wagtail's DateColumn shows times relative to
    now, which turns every date field into "Just now" or "x days ago"."""

    def get_value(self, instance):
        value = super().get_value(instance)
        return date_format(value, "j M Y") if value else "—"


class MentorViewSet(SnippetViewSet):
    model = Mentor
    icon = "user"
    menu_label = "Mentors"
    menu_order = 100
    list_display = [
        "name",
        Column("region", label="Region"),
        Column("accepting", label="Accepting", accessor="get_accepting_display"),
        BooleanColumn("paused"),
        BooleanColumn("consent_to_publish", label="Consent"),
        CalendarDateColumn("registration_checked_on", label="Register checked"),
        CalendarDateColumn("listing_expires_on", label="Listing ends"),
        UpdatedAtColumn(),
    ]
    # "live" is the draft/published status; the rest are what editors sort their work by.
    list_filter = ["live", "paused", "accepting", "region", "areas", "mentee_groups"]
    list_per_page = 50
    inspect_view_enabled = True
    # The inspect view is admin-only, so it shows the private checks editors need as well.
    inspect_view_fields = [
        "name",
        "slug",
        "pronouns",
        "role",
        "organisation",
        "region",
        "year_qualified",
        "mentee_groups",
        "areas",
        "specialisms",
        "formats",
        "languages",
        "capacity",
        "accepting",
        "bio",
        "lived_experience_consent",
        "lived_experience_tags",
        "lived_experience_statement",
        "profile_url",
        "hcpc_number",
        "registration_confirmed",
        "registration_checked_on",
        "registration_checked_by",
        "email",
        "consent_to_publish",
        "consent_given_at",
        "terms_version",
        "terms_accepted_at",
        "availability_confirmed_on",
        "paused",
        "listing_expires_on",
        "editor_notes",
    ]
    copy_view_enabled = False
    # Publishing needs "registration checked on" (issue 6, directory/admin_views.py).
    add_view_class = MentorCreateView
    edit_view_class = MentorEditView


def taxonomy_viewset(taxonomy, label, icon, order):
    return type(
        f"{taxonomy.__name__}ViewSet",
        (SnippetViewSet,),
        {
            "model": taxonomy,
            "icon": icon,
            "menu_label": label,
            "menu_order": order,
            "list_display": ["name", "slug"],
            "sort_order_field": "sort_order",
        },
    )


class MentoringDirectoryGroup(SnippetViewSetGroup):
    menu_label = "Mentoring directory"
    menu_icon = "group"
    menu_order = 200
    items = (
        MentorViewSet,
        taxonomy_viewset(Area, "Areas of mentoring", "tag", 110),
        taxonomy_viewset(Specialism, "Specialist interests", "tag", 120),
        taxonomy_viewset(Region, "Regions", "site", 130),
        taxonomy_viewset(MenteeGroup, "Mentee groups", "group", 140),
        taxonomy_viewset(MeetingFormat, "Meeting formats", "mail", 150),
        taxonomy_viewset(LivedExperienceTag, "Lived-experience tags", "tag", 160),
    )


register_snippet(MentoringDirectoryGroup)

# Issue 6: the outgoing e-mail list, so failed sends stay visible to editors.
register_snippet(OutgoingMessageViewSet)

# Issue 7: enquiries, concerns and feedback submissions (wagtail-modeladmin).
modeladmin_register(PilotRecordsGroup)


class AdminOnlyMenuItem(MenuItem):
    """A menu item shown only to users with one permission."""

    def __init__(self, *args, permission, **kwargs):
        super().__init__(*args, **kwargs)
        self.permission = permission

    def is_shown(self, request):
        return request.user.has_perm(self.permission)


# Issue 7: the pilot dashboard (a report page, its CSV, and a panel on the admin home page).
@hooks.register("register_admin_urls")
def pilot_dashboard_urls():
    from .dashboard.views import PilotDashboardCSVView, PilotDashboardView

    return [
        path("pilot-dashboard/", PilotDashboardView.as_view(), name="pilot_dashboard"),
        path("pilot-dashboard/csv/", PilotDashboardCSVView.as_view(), name="pilot_dashboard_csv"),
    ]


@hooks.register("register_reports_menu_item")
def pilot_dashboard_menu_item():
    return AdminOnlyMenuItem(
        "Pilot dashboard",
        reverse("pilot_dashboard"),
        icon_name="table",
        order=50,
        permission="directory.view_enquiry",
    )


@hooks.register("construct_homepage_panels")
def pilot_summary_panel(request, panels):
    from .dashboard.views import PERMISSION, PilotSummaryPanel

    if request.user.has_perm(PERMISSION):
        panels.append(PilotSummaryPanel())
