from wagtail.models import Site


def site_navigation(request):
    """Top-level pages marked "show in menus" under the current site's root."""

    def items():
        site = Site.find_for_request(request)
        if site is None:
            return []
        return list(
            site.root_page.get_children()
            .live()
            .in_menu()
            .public()
            .only("title", "url_path", "path", "depth")
        )

    return {"site_nav": items}
