"""Template tags for navigation shown on every page."""

from django import template

from ..versioned_cache import get_or_compute, site_for_request

register = template.Library()


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    """Home › Section › Page, from the site's home page down to the page being shown.

    On a page's own sub-routes (a mentor's profile under "Find a mentor") the page itself is a
    link too, because the visitor is somewhere beneath it.
    """
    request, page = context.get("request"), context.get("page")
    if request is None or page is None or not hasattr(page, "get_ancestors"):
        return {"trail": [], "current": None}
    site = site_for_request(request)
    if site is None or page.pk == site.root_page_id:
        return {"trail": [], "current": None}
    trail = get_or_compute(
        "breadcrumbs",
        (site.pk, page.pk),
        lambda: list(
            page.get_ancestors()
            .filter(depth__gte=site.root_page.depth)
            .live()
            .public()
            .only("title", "url_path", "path", "depth")
        ),
    )
    if request.path == page.url:
        return {"trail": trail, "current": page, "home_id": site.root_page_id}
    return {"trail": trail + [page], "current": None, "home_id": site.root_page_id}
