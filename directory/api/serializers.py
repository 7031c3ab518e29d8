"""Explicit allow-list serializers: a field reaches other sites only if it is named here.

Never add: hcpc_number, email, consent or terms fields, editor_notes, registration_checked_by,
revisions, internal ids (pk) — tests/test_api_privacy.py fails if any of them appears.
"""

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from cms.versioned_cache import get_many_or_compute, get_or_compute

from ..models import Mentor
from .text import bio_html, bio_text

# Fixed rendition sizes, so partners can lay out cards without resizing.
PHOTO_RENDITIONS = {
    "small": "fill-160x160",
    "medium": "fill-320x320",
    "large": "fill-640x640",
}


class TermSerializer(serializers.Serializer):
    slug = serializers.SlugField(help_text="Stable identifier; use it in filters.")
    name = serializers.CharField(help_text="Display name; editors may change it.")


class TaxonomySerializer(TermSerializer):
    mentor_count = serializers.IntegerField(
        help_text="How many listed mentors carry this value right now."
    )


class RenditionSerializer(serializers.Serializer):
    url = serializers.URLField()
    width = serializers.IntegerField()
    height = serializers.IntegerField()


class PhotoRenditionsSerializer(serializers.Serializer):
    small = RenditionSerializer(help_text="160×160, cropped to fill.")
    medium = RenditionSerializer(help_text="320×320, cropped to fill.")
    large = RenditionSerializer(help_text="640×640, cropped to fill.")


class PhotoSerializer(serializers.Serializer):
    alt = serializers.CharField(help_text="Text alternative for the photo; may be empty.")
    renditions = PhotoRenditionsSerializer()


class MentorListSerializer(serializers.ListSerializer):
    """A page of mentors. The list is read as primary keys in order; JSON already built under
    this content version comes from the cache in one look, and only the mentors not found
    there are read in full (taxonomies, photo renditions) and built."""

    def to_representation(self, data):
        mentors = list(data)
        child = self.child

        def build(ids):
            full = Mentor.objects.filter(pk__in=ids).with_taxonomies()
            return {mentor.pk: child.build(mentor) for mentor in full}

        parts = {mentor.pk: child.cache_parts(mentor.pk) for mentor in mentors}
        found = get_many_or_compute("mentor-json", parts, build)
        return [found[mentor.pk] for mentor in mentors if mentor.pk in found]


class MentorSerializer(serializers.ModelSerializer):
    region = TermSerializer(allow_null=True, read_only=True)
    # Only the groups open in the current phase, as on the mentor's page.
    mentee_groups = TermSerializer(source="open_mentee_groups", many=True, read_only=True)
    areas = TermSerializer(many=True, read_only=True)
    specialisms = TermSerializer(many=True, read_only=True)
    formats = TermSerializer(many=True, read_only=True)
    languages = serializers.SerializerMethodField()
    accepting_label = serializers.CharField(source="get_accepting_display", read_only=True)
    bio_html = serializers.SerializerMethodField()
    bio_text = serializers.SerializerMethodField()
    lived_experience_tags = serializers.SerializerMethodField()
    lived_experience_statement = serializers.SerializerMethodField()
    profile_url = serializers.SerializerMethodField()
    photo = serializers.SerializerMethodField()
    url = serializers.SerializerMethodField()

    class Meta:
        model = Mentor
        fields = [
            "slug",
            "name",
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
            "accepting",
            "accepting_label",
            "capacity",
            "bio_html",
            "bio_text",
            "lived_experience_tags",
            "lived_experience_statement",
            "profile_url",
            "photo",
            "availability_confirmed_on",
            "registration_checked_on",
            "updated_at",
            "url",
        ]
        read_only_fields = fields
        list_serializer_class = MentorListSerializer
        extra_kwargs = {
            "slug": {"help_text": "Stable identifier of the mentor; use it for the detail URL."},
            "updated_at": {"help_text": "When the profile last changed."},
        }

    def cache_parts(self, pk):
        # A mentor's JSON is the same for every request to this host until the content changes,
        # so it is built once per content version (bio cleaning and renditions are the cost).
        request = self.context["request"]
        directory = self.context.get("directory_page")
        return (pk, request.scheme, request.get_host(), directory and directory.pk)

    def build(self, mentor):
        return super().to_representation(mentor)

    def to_representation(self, mentor):
        return get_or_compute(
            "mentor-json", self.cache_parts(mentor.pk), lambda: self.build(mentor)
        )

    @extend_schema_field(serializers.ListField(child=serializers.CharField()))
    def get_languages(self, mentor):
        return mentor.language_list

    @extend_schema_field(OpenApiTypes.STR)
    def get_bio_html(self, mentor):
        """Sanitised HTML (p, br, strong, em, a, ul, ol, li only)."""
        return bio_html(mentor.bio)

    @extend_schema_field(OpenApiTypes.STR)
    def get_bio_text(self, mentor):
        """The bio as plain text; paragraphs separated by a blank line."""
        return bio_text(mentor.bio)

    @extend_schema_field(TermSerializer(many=True))
    def get_lived_experience_tags(self, mentor):
        """Only where the mentor consented to show them; otherwise empty."""
        if not mentor.shows_lived_experience:
            return []
        return TermSerializer(mentor.lived_experience_tags.all(), many=True).data

    @extend_schema_field(OpenApiTypes.STR)
    def get_lived_experience_statement(self, mentor):
        """Only where the mentor consented to show it; otherwise empty."""
        return mentor.lived_experience_statement if mentor.shows_lived_experience else ""

    @extend_schema_field(serializers.URLField(allow_null=True))
    def get_profile_url(self, mentor):
        """The mentor's own public profile elsewhere, or null."""
        return mentor.profile_url or None

    @extend_schema_field(PhotoSerializer(allow_null=True))
    def get_photo(self, mentor):
        if mentor.photo is None:
            return None
        request = self.context["request"]
        try:
            renditions = mentor.photo.get_renditions(*PHOTO_RENDITIONS.values())
        except OSError:  # includes Wagtail's SourceImageIOError
            # A missing original file must not break the whole list; the card goes photo-less.
            return None
        return {
            "alt": mentor.photo_alt,
            "renditions": {
                size: {
                    "url": request.build_absolute_uri(renditions[spec].url),
                    "width": renditions[spec].width,
                    "height": renditions[spec].height,
                }
                for size, spec in PHOTO_RENDITIONS.items()
            },
        }

    @extend_schema_field(serializers.URLField(allow_null=True))
    def get_url(self, mentor):
        """The mentor's page on this site (null only if the directory page is not published)."""
        directory = self.context.get("directory_page")
        if directory is None:
            return None
        request = self.context["request"]
        path = directory.get_url(request) + directory.reverse_subpage("mentor", args=[mentor.slug])
        return request.build_absolute_uri(path)
