"""Keeps the OpenAPI schema to API v1: drf-spectacular would otherwise also walk Wagtail's own
admin API views (and log errors about them)."""

PREFIX = "/api/v1/"


def only_api_v1(endpoints, **kwargs):
    return [
        (path, path_regex, method, callback)
        for path, path_regex, method, callback in endpoints
        if path.startswith(PREFIX) and not path.startswith((f"{PREFIX}schema", f"{PREFIX}docs"))
    ]
