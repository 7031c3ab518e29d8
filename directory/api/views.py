"""Thin read-only views; the rules live in params.py, pagination.py, serializers.py and
conditional.py. Every queryset starts from Mentor.objects.listed()."""

from django.db.models import Count, Q
from django.http import Http404
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import generics
from rest_framework.exceptions import NotFound
from rest_framework.negotiation import BaseContentNegotiation
from rest_framework.permissions import AllowAny
from rest_framework.renderers import JSONRenderer

from cms.versioned_cache import get_or_compute, site_for_request

from ..models import (
    Area,
    LivedExperienceTag,
    MeetingFormat,
    MenteeGroup,
    Mentor,
    MentorDirectoryPage,
    Region,
    Specialism,
)
from . import docs
from .conditional import ConditionalMixin
from .errors import api_exception_handler
from .pagination import MentorPagination
from .params import MentorQueryBackend, check_known
from .serializers import MentorSerializer, TaxonomySerializer
from .throttling import AnonymousAddressThrottle


class JSONOnly(BaseContentNegotiation):
    """Always JSON. DRF's default would read `?format=` as a renderer name, but `format` is one
    of our filters (meeting format)."""

    def select_parser(self, request, parsers):
        return parsers[0] if parsers else None

    def select_renderer(self, request, renderers, format_suffix=None):
        return renderers[0], renderers[0].media_type


class PublicAPIView(ConditionalMixin, generics.GenericAPIView):
    authentication_classes = []
    permission_classes = [AllowAny]
    renderer_classes = [JSONRenderer]
    content_negotiation_class = JSONOnly
    throttle_classes = [AnonymousAddressThrottle]
    http_method_names = ["get", "head", "options"]

    def get_exception_handler(self):
        return api_exception_handler


def listed_mentors():
    return Mentor.objects.listed().with_taxonomies()


class MentorViewMixin:
    serializer_class = MentorSerializer

    def get_serializer_context(self):
        context = super().get_serializer_context()
        # Read once per content version; the site is needed to make its URL relative.
        site_for_request(self.request)
        context["directory_page"] = get_or_compute(
            "directory-page", (), lambda: MentorDirectoryPage.objects.live().public().first()
        )
        return context


@extend_schema_view(get=extend_schema(**docs.MENTOR_LIST))
class MentorListView(MentorViewMixin, PublicAPIView, generics.ListAPIView):
    pagination_class = MentorPagination
    filter_backends = [MentorQueryBackend]

    def get_queryset(self):
        # Only the keys, in order: MentorListSerializer reads in full only the mentors whose
        # JSON is not already cached.
        return Mentor.objects.listed().only("pk")


@extend_schema_view(get=extend_schema(**docs.MENTOR_DETAIL))
class MentorDetailView(MentorViewMixin, PublicAPIView, generics.RetrieveAPIView):
    lookup_field = "slug"

    def get_queryset(self):
        check_known(self.request.query_params, ())
        return listed_mentors()

    def get_object(self):
        try:
            return super().get_object()
        except Http404:
            # In place of Django's "No Mentor matches the given query.": hidden mentors
            # (paused, withdrawn, expired) are answered the same as slugs that never existed.
            raise NotFound("No listed mentor has this slug.") from None


class TaxonomyListView(PublicAPIView, generics.ListAPIView):
    """Slug, name and number of listed mentors for each value of one taxonomy."""

    serializer_class = TaxonomySerializer
    pagination_class = None
    model = None
    relation = "mentors"

    def get_queryset(self):
        check_known(self.request.query_params, ())
        listed = Q(mentors__in=Mentor.objects.listed())
        if self.model is LivedExperienceTag:
            # Tags count only where the mentor agreed to show them.
            listed &= Q(mentors__lived_experience_consent=True)
        values = self.model.objects.all()
        if self.model is MenteeGroup:
            # A group closed in this phase is not offered anywhere, the API included.
            values = MenteeGroup.objects.open()
        return values.annotate(
            mentor_count=Count("mentors", filter=listed, distinct=True)
        ).order_by("sort_order", "name", "pk")


def taxonomy_view(model, name):
    return extend_schema_view(get=extend_schema(**docs.taxonomy_list(name)))(
        type(f"{model.__name__}ListView", (TaxonomyListView,), {"model": model})
    )


AreaListView = taxonomy_view(Area, "areas of mentoring")
SpecialismListView = taxonomy_view(Specialism, "specialist interests")
RegionListView = taxonomy_view(Region, "regions")
MenteeGroupListView = taxonomy_view(MenteeGroup, "mentee groups (who mentors mentor)")
MeetingFormatListView = taxonomy_view(MeetingFormat, "meeting formats")
LivedExperienceListView = taxonomy_view(LivedExperienceTag, "lived-experience tags")
