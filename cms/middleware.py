from django.conf import settings
from django.utils.cache import patch_cache_control


class PublicCacheControlMiddleware:
    """Lets browsers and a CDN keep public pages for a short while.

    Only plain anonymous GETs that set no cookie are marked public: a page with a form sets a
    CSRF cookie and stays private, and so does anything an editor sees while signed in.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if (
            request.method in ("GET", "HEAD")
            and response.status_code == 200
            and not response.has_header("Cache-Control")
            and not response.cookies
            # A page with a form holds a CSRF token; the CSRF middleware sets its cookie only
            # after this one has run (middleware answers in reverse order), so ask the request.
            and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
            and (user is None or not user.is_authenticated)
            and not request.path.startswith(("/admin/", "/django-admin/"))
        ):
            patch_cache_control(
                response,
                public=True,
                max_age=settings.PUBLIC_CACHE_MAX_AGE,
                s_maxage=settings.PUBLIC_CACHE_S_MAXAGE,
            )
        return response
