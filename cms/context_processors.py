from wagtail.models import Page

from . import content_version
from .versioned_cache import get_or_compute, site_for_request


def site_navigation(request):
    """Pages marked "show in menus" in the first two levels under the site's root, in tree
    order: the pilot's own pages live one level down, in its section."""

    def items():
        site = site_for_request(request)
        if site is None:
            return []
        root = site.root_page
        return get_or_compute(
            "site-nav",
            (site.pk,),
            lambda: list(
                Page.objects.descendant_of(root)
                .filter(depth__lte=root.depth + 2)
                .live()
                .in_menu()
                .public()
                .order_by("path")
                .only("title", "url_path", "path", "depth")
            ),
        )

    return {"site_nav": items}


def content_version_key(request):
    """For fragment caches of what every page shows (banner, footer): their key moves on with
    any change to public content, so they are never stale."""
    return {"content_version_key": lambda: content_version.current().key}
