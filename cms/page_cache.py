"""Whole-response caching and conditional GET for anonymous visitors, keyed on the content
version (cms/content_version.py), so that a hit or a 304 costs no database query at all.

A view opts in with `cacheable(response)`. What is stored is only ever an anonymous GET answered
200 that sets no cookie and carries no CSRF token; signed-in editors (a session cookie) and
visitors with a message waiting never read from or write to it. Any publish, unpublish, pause
or edit moves the version on, so nothing stored before a change is served after it.
"""

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse, HttpResponseNotModified
from django.utils.cache import get_conditional_response
from django.utils.http import http_date, parse_http_date_safe

from . import content_version

EXCLUDED_PREFIXES = ("/admin/", "/django-admin/", "/documents/", "/static/", "/media/")
STORED_HEADERS = (
    "Content-Type",
    "Cache-Control",
    "Content-Language",
    "Vary",
    "X-Frame-Options",
    "X-Content-Type-Options",
    "Referrer-Policy",
    "Cross-Origin-Opener-Policy",
    "Content-Security-Policy",
)


def cacheable(response):
    """Marks a response the page cache may keep (if it also passes the checks below)."""
    response.page_cache = True
    return response


def _seconds():
    return getattr(settings, "PAGE_CACHE_SECONDS", 600)


def _anonymous(request):
    cookies = request.COOKIES
    return settings.SESSION_COOKIE_NAME not in cookies and "messages" not in cookies


def applies(request):
    return (
        request.method in ("GET", "HEAD")
        and _anonymous(request)
        and not request.path.startswith(EXCLUDED_PREFIXES)
        and not getattr(request, "page_cache_bypass", False)
    )


def validators(request, version):
    """(ETag, Last-Modified seconds) of this URL under this version."""
    return version.etag(request.get_host(), request.get_full_path()), version.last_modified


def _key(request, version):
    return "page:" + version.etag(request.get_host(), request.get_full_path()).strip('"')


def _storable(response):
    if not getattr(response, "page_cache", False) or response.status_code != 200:
        return False
    if response.streaming or response.cookies:
        return False
    return b"csrfmiddlewaretoken" not in response.content


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if _seconds() <= 0 or request.method not in ("GET", "HEAD") or not _anonymous(request):
            return self.get_response(request)
        version = content_version.current()
        request.content_version = version
        etag, modified = validators(request, version)
        # Our ETags hold a secret: a client can only send this one back if we gave it out for
        # this URL under this version, so nothing has changed for it.
        if request.headers.get("If-None-Match") == etag:
            return self._not_modified(etag, modified)
        use_cache = applies(request)
        if use_cache:
            stored = cache.get(_key(request, version))
            if stored is not None:
                return self._from_cache(request, stored, etag, modified)
        response = self.get_response(request)
        # Stored only if nothing changed while it was being built, which it may then show.
        if (
            use_cache
            and request.method == "GET"
            and _storable(response)
            and content_version.current().token == version.token
        ):
            response["ETag"] = etag
            response["Last-Modified"] = http_date(modified)
            headers = {name: response[name] for name in STORED_HEADERS if response.has_header(name)}
            cache.set(
                _key(request, version),
                (response.status_code, headers, response.content),
                _seconds(),
            )
            response["X-Cache"] = "miss"
        return response

    def _not_modified(self, etag, modified):
        response = HttpResponseNotModified()
        response["ETag"] = etag
        response["Last-Modified"] = http_date(modified)
        return response

    def _from_cache(self, request, stored, etag, modified):
        status, headers, content = stored
        response = HttpResponse(content, status=status)
        for name, value in headers.items():
            response[name] = value
        response["ETag"] = etag
        response["Last-Modified"] = http_date(modified)
        response["X-Cache"] = "hit"
        since = parse_http_date_safe(request.headers.get("If-Modified-Since", ""))
        if since is not None and not request.headers.get("If-None-Match"):
            return get_conditional_response(request, last_modified=modified, response=response)
        return response
