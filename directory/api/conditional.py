"""ETag, Last-Modified and Cache-Control for every successful API answer.

Both come from the content version (cms/content_version.py), which moves on whenever anything
public changes: a mentor published, edited, paused, unpublished or deleted, a taxonomy renamed,
the phase's open groups changed, and at midnight, when listings may expire without any write.
So a client's copy is confirmed (304) with no database query at all, by PageCacheMiddleware
before the view runs, or here if the middleware did not (a signed-in editor, for example).
"""

from django.conf import settings
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date

from cms import content_version
from cms.page_cache import validators


def cache_seconds():
    return getattr(settings, "API_V1_CACHE_SECONDS", 60)


class ConditionalMixin:
    """Adds validators and a public cache policy; answers 304 when the client's copy is current."""

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        if request.method not in ("GET", "HEAD") or response.status_code != 200:
            return response
        version = getattr(request, "content_version", None) or content_version.current()
        etag, modified = validators(request, version)
        response["ETag"] = etag
        response["Last-Modified"] = http_date(modified)
        seconds = cache_seconds()
        if seconds:
            patch_cache_control(response, public=True, max_age=seconds)
        else:
            patch_cache_control(response, public=True, no_cache=True)
        return get_conditional_response(
            request, etag=etag, last_modified=modified, response=response
        )
