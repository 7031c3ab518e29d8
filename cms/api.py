"""The Wagtail API v2 (read-only): pages, images and documents for other sites to pull.

Wagtail's own viewsets already serve only live pages outside any privacy restriction, and only
images and documents outside restricted collections; tests/test_api_v2.py pins that down.
"""

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PagesAPIViewSet)
api_router.register_endpoint("images", ImagesAPIViewSet)
api_router.register_endpoint("documents", DocumentsAPIViewSet)
