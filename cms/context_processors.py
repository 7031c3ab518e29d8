from . import content_version
from .versioned_cache import get_or_compute, site_for_request


def site_navigation(request):
    """Top-level pages marked "show in menus" under the current site's root."""

    def items():
        site = site_for_request(request)
        if site is None:
            return []
        return get_or_compute(
            "site-nav",
            (site.pk,),
            lambda: list(
                site.root_page.get_children()
                .live()
                .in_menu()
                .public()
                .only("title", "url_path", "path", "depth")
            ),
        )

    return {"site_nav": items}


def content_version_key(request):
    """For fragment caches of what every page shows (banner, footer): their key moves on with
    any change to public content, so they are never stale."""
    return {"content_version_key": lambda: content_version.current().key}
