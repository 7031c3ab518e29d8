"""Per-address rate limit for anonymous use, read from settings at request time so that it can be
changed per deployment (API_V1_THROTTLE_RATE, e.g. "120/minute"; None turns it off)."""

from django.conf import settings
from rest_framework.throttling import AnonRateThrottle


class AnonymousAddressThrottle(AnonRateThrottle):
    scope = "api_v1_anon"

    def __init__(self):
        # DRF reads its rates once at import; read ours on every request instead.
        self.rate = self.get_rate()
        self.num_requests, self.duration = self.parse_rate(self.rate)

    def get_rate(self):
        return getattr(settings, "API_V1_THROTTLE_RATE", "120/minute")
