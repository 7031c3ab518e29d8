"""ETag, Last-Modified and Cache-Control for every successful API answer.

The ETag is a hash of the body itself, so it changes exactly when the answer does: a mentor
published, edited, paused, unpublished or expiring, a taxonomy renamed. Last-Modified is the
latest change to any mentor or directory snippet (Wagtail logs publish, unpublish and delete),
and never earlier than the start of today, because listings expire at midnight without a write.
"""

import datetime
import hashlib

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Max
from django.utils import timezone
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date
from wagtail.models import ModelLogEntry

from ..models import Mentor


def last_change():
    start_of_today = timezone.make_aware(
        datetime.datetime.combine(timezone.localdate(), datetime.time.min)
    )
    directory_types = ContentType.objects.filter(app_label="directory")
    candidates = [
        start_of_today,
        Mentor.objects.aggregate(latest=Max("updated_at"))["latest"],
        ModelLogEntry.objects.filter(content_type__in=directory_types).aggregate(
            latest=Max("timestamp")
        )["latest"],
    ]
    return max(moment for moment in candidates if moment is not None)


def cache_seconds():
    return getattr(settings, "API_V1_CACHE_SECONDS", 60)


class ConditionalMixin:
    """Adds validators and a public cache policy; answers 304 when the client's copy is current."""

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        if request.method not in ("GET", "HEAD") or response.status_code != 200:
            return response
        response.render()
        etag = f'"{hashlib.sha256(response.content).hexdigest()[:32]}"'
        modified = last_change()
        response["ETag"] = etag
        response["Last-Modified"] = http_date(modified.timestamp())
        seconds = cache_seconds()
        if seconds:
            patch_cache_control(response, public=True, max_age=seconds)
        else:
            patch_cache_control(response, public=True, no_cache=True)
        conditional = get_conditional_response(
            request, etag=etag, last_modified=int(modified.timestamp()), response=response
        )
        return conditional
