"""One number for "what the public can see": every cache of public content is keyed on it.

Any save or delete of public content (pages, mentors, taxonomies, settings, sites, images) and
any publish or unpublish moves it on, so a cached page, a cached route or an ETag made before
the change can never be served after it. Nothing is deleted from the cache: old entries are
simply never asked for again and expire.

The version lives in the shared cache (Redis in production), so every web worker sees a bump at
once. It also carries today's date, because listings expire at midnight without any write.
"""

import datetime
import hashlib
import time
import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import connection, transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils import timezone

KEY = "content-version"
# Saved all the time for reasons that change nothing the public sees.
IGNORED_MODELS = {
    "wagtailimages.rendition",
    "wagtailcore.revision",
    "wagtailcore.modellogentry",
    "wagtailcore.pagelogentry",
    "wagtailcore.workflowstate",
    "wagtailcore.taskstate",
    "wagtailcore.pagesubscription",
    "wagtailcore.referenceindex",
    "wagtailsearch.indexentry",
    "directory.outgoingmessage",
    "directory.sentreminder",
    "directory.selfservicekey",
    # The pilot's own records: counted and read in the admin, never shown on a public page.
    "directory.enquiry",
    "directory.concern",
    "directory.profileview",
    "directory.withdrawnaddress",
}
WATCHED_APPS = {"cms", "home", "directory", "wagtailcore", "wagtailimages", "wagtailredirects"}


class Version:
    """`token` changes on every bump; `modified` is when (whole seconds, for Last-Modified)."""

    def __init__(self, token, modified):
        self.token = token
        self.modified = modified

    @property
    def key(self):
        return f"{self.token}:{timezone.localdate().isoformat()}"

    @property
    def last_modified(self):
        """Seconds since the epoch: the last change, or midnight if listings expired since."""
        midnight = timezone.make_aware(
            datetime.datetime.combine(timezone.localdate(), datetime.time.min)
        )
        return max(self.modified, int(midnight.timestamp()))

    def etag(self, *parts):
        """A validator for one URL under this version; unguessable without SECRET_KEY."""
        text = "|".join([settings.SECRET_KEY, self.key, *parts])
        return '"' + hashlib.sha256(text.encode()).hexdigest()[:32] + '"'


def current():
    value = cache.get(KEY)
    if value is None:
        # Lost (first start, eviction, flush): a new version, so every cached entry is missed.
        value = (uuid.uuid4().hex, int(time.time()))
        if not cache.add(KEY, value, timeout=None):
            value = cache.get(KEY) or value
    return Version(*value)


def bump():
    """Move the version on. Last-Modified moves at least one second each time, so that a
    client holding the previous date never gets 304 for a newer answer."""
    previous = cache.get(KEY)
    modified = int(time.time())
    if previous is not None and previous[1] >= modified:
        modified = previous[1] + 1
    cache.set(KEY, (uuid.uuid4().hex, modified), timeout=None)


def bump_now_and_on_commit():
    # At once, so that the rest of this request sees the change; again on commit, so that a
    # request which read the old rows while the transaction was open cannot leave a stale
    # entry under the new version.
    bump()
    if connection.in_atomic_block:
        transaction.on_commit(bump)


def _watched(model):
    meta = model._meta
    return meta.app_label in WATCHED_APPS and meta.label_lower not in IGNORED_MODELS


def _on_change(sender, **kwargs):
    if kwargs.get("raw"):
        return
    if _watched(sender):
        bump_now_and_on_commit()


def _on_m2m(sender, action, instance, **kwargs):
    if action in ("post_add", "post_remove", "post_clear") and _watched(type(instance)):
        bump_now_and_on_commit()


def _on_publish(sender, **kwargs):
    bump_now_and_on_commit()


def connect():
    from wagtail.signals import page_published, page_unpublished, published, unpublished

    post_save.connect(_on_change, dispatch_uid="content-version-save")
    post_delete.connect(_on_change, dispatch_uid="content-version-delete")
    m2m_changed.connect(_on_m2m, dispatch_uid="content-version-m2m")
    for signal in (page_published, page_unpublished, published, unpublished):
        signal.connect(_on_publish, dispatch_uid=f"content-version-{id(signal)}")
