"""One error shape for every API answer that is not a success.

    {"errors": [{"parameter": "region", "message": "...", "accepted": ["london", ...]}]}

`parameter` names the query parameter at fault (null when the whole request is at fault, as for
404 or 429) and `accepted`, where it helps, lists the values that would have worked.
"""

from django.http import JsonResponse
from rest_framework import exceptions, serializers, status
from rest_framework.views import exception_handler


class ParameterError(exceptions.APIException):
    """A 400 carrying one or more problems, each tied to the query parameter that caused it."""

    status_code = status.HTTP_400_BAD_REQUEST
    default_detail = "There is a problem with the query parameters."

    def __init__(self, problems):
        self.problems = problems
        super().__init__(self.default_detail)

    @classmethod
    def one(cls, parameter, message, accepted=None):
        return cls([problem(parameter, message, accepted)])


def problem(parameter, message, accepted=None):
    entry = {"parameter": parameter, "message": str(message)}
    if accepted is not None:
        entry["accepted"] = [str(value) for value in accepted]
    return entry


def api_exception_handler(exc, context):
    # DRF's own handler first: it turns Http404 into NotFound and sets Retry-After on 429s.
    response = exception_handler(exc, context)
    if response is None:
        return None  # a real bug: let Django answer 500 and log it
    if isinstance(exc, ParameterError):
        problems = exc.problems
    else:
        detail = getattr(exc, "detail", response.data)
        problems = [problem(None, _flatten(detail))]
    response.data = {"errors": problems}
    response["Cache-Control"] = "no-store"
    return response


def _flatten(detail):
    if isinstance(detail, dict):
        return " ".join(_flatten(value) for value in detail.values())
    if isinstance(detail, list):
        return " ".join(_flatten(value) for value in detail)
    return str(detail)


class ProblemSerializer(serializers.Serializer):
    """Documents the error shape in the OpenAPI schema; never used to render."""

    parameter = serializers.CharField(
        allow_null=True, help_text="The query parameter at fault, or null."
    )
    message = serializers.CharField(help_text="What was wrong, in plain words.")
    accepted = serializers.ListField(
        child=serializers.CharField(),
        required=False,
        help_text="Values or parameters that would have been accepted, where there is a list.",
    )


class ErrorSerializer(serializers.Serializer):
    errors = ProblemSerializer(many=True)


def not_found(request, *args, **kwargs):
    return JsonResponse(
        {"errors": [problem(None, "There is no API endpoint at this address.")]}, status=404
    )
