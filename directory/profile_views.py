"""Counting a view of a mentor's page: one UPDATE of today's counter (an INSERT the first time
each day). Nothing is read from or set on the visitor: no cookie, no session (which would add
Vary: Cookie and end public caching), and the address and user agent are never stored.

The page itself is served from caches (ours, a browser's, a CDN's), so it cannot count itself:
it carries a one-pixel image that is never cached, and loading that image is the view. Images
load without JavaScript, and most crawlers never fetch them.
"""

import base64

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.http import HttpResponse
from django.utils import timezone

from .models import Mentor, ProfileView

# A transparent 1x1 GIF.
PIXEL = base64.b64decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7")

# Crawlers are skipped by a word in their user agent, which is looked at and never kept.
CRAWLER_WORDS = ("bot", "crawl", "spider", "slurp", "preview")


def is_countable(request):
    if request.method != "GET":
        return False
    # A session cookie means a signed-in editor (the public site never starts a session).
    if settings.SESSION_COOKIE_NAME in request.COOKIES:
        return False
    agent = request.META.get("HTTP_USER_AGENT", "").lower()
    return not any(word in agent for word in CRAWLER_WORDS)


def count_profile_view(request, mentor, today=None):
    if not is_countable(request):
        return
    today = today or timezone.localdate()
    counter = ProfileView.objects.filter(mentor_id=mentor.pk, day=today)
    if counter.update(views=F("views") + 1):
        return
    try:
        with transaction.atomic():
            ProfileView.objects.create(mentor_id=mentor.pk, day=today, views=1)
    except IntegrityError:  # another request made today's row first
        counter.update(views=F("views") + 1)


def beacon(request, slug):
    """The pixel on a mentor's page. The same answer whoever asks, listed or not, so it tells
    nobody which slugs exist."""
    if is_countable(request):
        mentor = Mentor.objects.listed().filter(slug=slug).only("pk").first()
        if mentor is not None:
            count_profile_view(request, mentor)
    response = HttpResponse(PIXEL, content_type="image/gif")
    response["Cache-Control"] = "no-store"
    return response
