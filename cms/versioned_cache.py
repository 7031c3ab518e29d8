"""Wagtail's per-request lookups (the site, the page a URL routes to, view restrictions, the
menu, site settings) kept in the cache under the content version, so that a public page spends
its database queries on its own content only. Any change to pages, sites or settings moves the
version on (cms/content_version.py), so nothing here can outlive the data it came from."""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import Http404
from wagtail.models import Page, Site

from . import content_version

_MISSING = object()
TIMEOUT = 600
# Values already read by this process, by the same versioned key: the shared cache would
# unpickle them again on every request. The key holds the version, so none can be stale; the
# values are shared between requests and must be treated as read-only.
_LOCAL = {}
LOCAL_MAX = 2000


def _key(version_key, name, parts):
    raw = "|".join([version_key, name, *map(str, parts)])
    return "vc:" + name + ":" + hashlib.md5(raw.encode()).hexdigest()  # noqa: S324 - a cache key


def _remember(key, value):
    if len(_LOCAL) >= LOCAL_MAX:
        _LOCAL.clear()  # old versions' entries go; the live ones come back from the cache
    _LOCAL[key] = value


def get_or_compute(name, parts, compute, timeout=TIMEOUT):
    """`compute()` once per content version for this name and these parts."""
    if not getattr(settings, "VERSIONED_CACHE", True):
        return compute()
    key = _key(content_version.current().key, name, parts)
    value = _LOCAL.get(key, _MISSING)
    if value is not _MISSING:
        return value
    value = cache.get(key, _MISSING)
    if value is _MISSING:
        value = compute()
        cache.set(key, value, timeout)
    _remember(key, value)
    return value


def get_many_or_compute(name, parts_by_id, compute_missing, timeout=TIMEOUT):
    """{id: value} for several ids at once: one look in the cache for all of them, then
    `compute_missing(ids)` -> {id: value} for those not found (one batch, not one each)."""
    if not getattr(settings, "VERSIONED_CACHE", True):
        return compute_missing(list(parts_by_id))
    version_key = content_version.current().key
    keys = {item: _key(version_key, name, parts) for item, parts in parts_by_id.items()}
    found = {item: _LOCAL[key] for item, key in keys.items() if key in _LOCAL}
    wanted = {keys[item]: item for item in keys if item not in found}
    if wanted:
        for key, value in cache.get_many(list(wanted)).items():
            found[wanted[key]] = value
            _remember(key, value)
    missing = [item for item in keys if item not in found]
    if missing:
        computed = compute_missing(missing)
        cache.set_many({keys[item]: value for item, value in computed.items()}, timeout)
        for item, value in computed.items():
            _remember(keys[item], value)
        found.update(computed)
    return found


def site_for_request(request):
    """Wagtail's Site.find_for_request, without its query once this host has been seen."""
    if not hasattr(request, "_wagtail_site"):
        host, port = request._get_raw_host(), request.get_port()
        request._wagtail_site = get_or_compute(
            "site", (host, port), lambda: Site._find_for_request(request)
        )
    return request._wagtail_site


class RestrictionList(list):
    """The page's view restrictions, read once; answers `.exists()` like the queryset did."""

    def exists(self):
        return bool(self)


def _find_page(request, path):
    result = Page.route_for_request(request, path)
    if result is None:
        return None
    page = result[0]
    site = request._wagtail_site
    below_root = page.url_path[len(site.root_page.url_path) :].strip("/")
    consumed = len(below_root.split("/")) if below_root else 0
    page._cached_view_restrictions = RestrictionList(page.get_view_restrictions())
    return page, consumed


def prime_route(request, path):
    """Sets Wagtail's per-request route from the cache: the page costs no query, and the part
    of the path beneath it (a RoutablePage's sub-route) is resolved again, which is free."""
    if request.method not in ("GET", "HEAD") or site_for_request(request) is None:
        return
    if hasattr(request, "_wagtail_route_for_request"):
        return
    site = request._wagtail_site
    components = [c for c in path.split("/") if c]
    found = get_or_compute("route", (site.pk, path), lambda: _find_page(request, path))
    if found is None:
        request._wagtail_route_for_request = None
        return
    if hasattr(request, "_wagtail_route_for_request"):
        return  # computed just now, by Wagtail itself
    page, consumed = found
    try:
        request._wagtail_route_for_request = page.route(request, components[consumed:])
    except Http404:
        request._wagtail_route_for_request = None


class CachedViewRestrictionsMixin:
    """For pages: view restrictions read when the route was cached, not on every request."""

    def get_view_restrictions(self):
        cached = getattr(self, "_cached_view_restrictions", None)
        if cached is not None:
            return cached
        return super().get_view_restrictions()


class VersionedSiteSettingMixin:
    """For site settings: read once per content version instead of once per request."""

    @classmethod
    def for_site(cls, site):
        parent = super()
        return get_or_compute(
            f"settings-{cls._meta.label}", (site.pk,), lambda: parent.for_site(site)
        )
