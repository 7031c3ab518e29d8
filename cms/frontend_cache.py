"""Purge a CDN when a mentor's public profile appears, changes or disappears.

Wagtail already purges a page's own URL when it is published; a mentor is a snippet shown on
the directory page, on its own profile URL and in the API, so those are purged here.
"""

from django.conf import settings
from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache
from wagtail.signals import published, unpublished


def mentor_urls(mentor):
    from directory.models import MentorDirectoryPage

    urls = []
    for page in MentorDirectoryPage.objects.live():
        base = page.full_url
        if base:
            urls += [base, base + page.reverse_subpage("mentor", args=[mentor.slug])]
    root = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    urls += [
        f"{root}/api/v1/mentors/",
        f"{root}/api/v1/mentors/{mentor.slug}/",
        f"{root}/sitemap.xml",
    ]
    return urls


def purge_mentor(sender, instance, **kwargs):
    if getattr(settings, "WAGTAILFRONTENDCACHE", None):
        purge_urls_from_cache(mentor_urls(instance))


def connect():
    from directory.models import Mentor

    published.connect(purge_mentor, sender=Mentor, dispatch_uid="purge-mentor-published")
    unpublished.connect(purge_mentor, sender=Mentor, dispatch_uid="purge-mentor-unpublished")
