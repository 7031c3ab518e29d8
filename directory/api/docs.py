"""What the OpenAPI schema says about each endpoint, kept apart from the views so that they stay
thin. The docs page at /api/v1/docs/ is built from this alone, so it is written for a partner
who has never seen the site."""

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiExample, OpenApiParameter, OpenApiResponse

from ..models.mentor import AcceptingStatus
from ..search import MAX_QUERY_LENGTH
from .errors import ErrorSerializer
from .params import ORDERINGS
from .serializers import MentorSerializer, TaxonomySerializer

CONDITIONAL = (
    " Successful answers carry `ETag` and `Last-Modified`; send them back as `If-None-Match` / "
    "`If-Modified-Since` to get `304 Not Modified` when nothing changed."
)

BAD_REQUEST_EXAMPLE = OpenApiExample(
    "Unknown region",
    value={
        "errors": [
            {
                "parameter": "region",
                "message": "Select a valid choice. atlantis is not one of the available choices.",
                "accepted": ["london", "scotland"],
            }
        ]
    },
)


def errors(examples=()):
    return {
        400: OpenApiResponse(
            ErrorSerializer,
            description="A query parameter is unknown, repeated or has a value that is not "
            "accepted. Each entry names the parameter and, where there is a list, the accepted "
            "values. Never answered with the unfiltered list.",
            examples=list(examples),
        ),
        429: OpenApiResponse(
            ErrorSerializer,
            description="Too many requests from this address; wait the number of seconds in "
            "`Retry-After`.",
        ),
    }


NOT_FOUND = {
    404: OpenApiResponse(ErrorSerializer, description="No listed mentor with this slug."),
}


def taxonomy_parameter(name, endpoint, label):
    return OpenApiParameter(
        name,
        OpenApiTypes.STR,
        many=True,
        explode=True,
        description=f"{label}: slugs from `/api/v1/{endpoint}/`. Repeat the parameter for "
        "several values; a mentor matches if they have any of them. Different parameters "
        "combine: a mentor must match each.",
    )


MENTOR_PARAMETERS = [
    OpenApiParameter(
        "q",
        {"type": "string", "maxLength": MAX_QUERY_LENGTH},
        description=f"Keywords (up to {MAX_QUERY_LENGTH} characters) matched against name, "
        "role, organisation, bio, areas and specialisms; every word must match. Punctuation "
        "and search-engine syntax are treated as spaces. Results are ordered by relevance "
        "unless `ordering` is given.",
    ),
    taxonomy_parameter("area", "areas", "Area of mentoring"),
    taxonomy_parameter("specialism", "specialisms", "Specialist interest"),
    taxonomy_parameter("region", "regions", "Region"),
    taxonomy_parameter("mentee_group", "mentee-groups", "Who they mentor"),
    taxonomy_parameter("format", "formats", "Meeting format"),
    taxonomy_parameter(
        "lived_experience",
        "lived-experience",
        "Lived experience (only mentors who consented to show their tags)",
    ),
    OpenApiParameter(
        "accepting",
        OpenApiTypes.STR,
        many=True,
        explode=True,
        enum=[value for value, _ in AcceptingStatus.choices],
        description="Availability; repeat for several. "
        + "; ".join(f"`{value}`: {label}" for value, label in AcceptingStatus.choices),
    ),
    OpenApiParameter(
        "ordering",
        OpenApiTypes.STR,
        enum=list(ORDERINGS),
        description="Sort by name or last update; a leading `-` reverses. Ties keep one "
        "stable order, so paging never repeats or skips a mentor. Default: relevance when "
        "`q` is given, otherwise name.",
    ),
]

MENTOR_LIST = {
    "operation_id": "mentors_list",
    "summary": "Listed mentors",
    "description": "Mentors currently listed in the directory, filtered and paginated. "
    "Any parameter not documented here is refused with a 400." + CONDITIONAL,
    "parameters": MENTOR_PARAMETERS,
    "responses": {200: MentorSerializer(many=True), **errors([BAD_REQUEST_EXAMPLE])},
    "tags": ["mentors"],
}

MENTOR_DETAIL = {
    "operation_id": "mentors_retrieve",
    "summary": "One listed mentor",
    "description": "The same fields as in the list. 404 for a slug that does not exist or "
    "is not listed (paused, withdrawn, expired, unpublished)." + CONDITIONAL,
    "responses": {200: MentorSerializer, **errors(), **NOT_FOUND},
    "tags": ["mentors"],
}


def taxonomy_list(label):
    return {
        "summary": label[0].upper() + label[1:],
        "description": f"Every value of {label}: its slug (used in the mentor filters), its "
        "name and how many listed mentors carry it. Not paginated; takes no parameters."
        + CONDITIONAL,
        "responses": {200: TaxonomySerializer(many=True), **errors()},
        "tags": ["taxonomies"],
    }
