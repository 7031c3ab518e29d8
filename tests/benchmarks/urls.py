"""The site's URLs plus the floor: a bare view answering the same number of bytes through
the same middleware, so each endpoint's cost can be given as a ratio to doing nothing."""

from django.http import HttpResponse
from django.urls import include, path

FILLER = b"x" * 1_000_000


def floor(request):
    size = min(int(request.GET.get("bytes", "1000")), len(FILLER))
    return HttpResponse(FILLER[:size], content_type="text/html; charset=utf-8")


urlpatterns = [path("__bench__/floor/", floor), path("", include("cms.urls"))]
