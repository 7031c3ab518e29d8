from django.urls import path, re_path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView

from . import views
from .errors import not_found

app_name = "api_v1"

urlpatterns = [
    path("mentors/", views.MentorListView.as_view(), name="mentor-list"),
    path("mentors/<slug:slug>/", views.MentorDetailView.as_view(), name="mentor-detail"),
    path("areas/", views.AreaListView.as_view(), name="area-list"),
    path("specialisms/", views.SpecialismListView.as_view(), name="specialism-list"),
    path("regions/", views.RegionListView.as_view(), name="region-list"),
    path("mentee-groups/", views.MenteeGroupListView.as_view(), name="mentee-group-list"),
    path("formats/", views.MeetingFormatListView.as_view(), name="format-list"),
    path(
        "lived-experience/",
        views.LivedExperienceListView.as_view(),
        name="lived-experience-list",
    ),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path(
        "docs/",
        SpectacularSwaggerSplitView.as_view(
            url_name="api_v1:schema",
            template_name="directory/api/swagger_ui.html",
            template_name_js="directory/api/swagger_ui.js",
        ),
        name="docs",
    ),
    # Anything else under /api/v1/ is a JSON 404, not the site's HTML error page.
    re_path(r"^.*$", not_found),
]
