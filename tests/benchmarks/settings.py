"""Benchmark settings: production-like (DEBUG off, cached templates) but plain HTTP, an
in-process cache and no throttling, so that only the application's own work is measured."""

from cms.settings.base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "benchmark-only-not-secret"
ALLOWED_HOSTS = ["*"]
ROOT_URLCONF = "tests.benchmarks.urls"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
MEDIA_ROOT = BASE_DIR / "tests" / "benchmarks" / "output" / "media"  # noqa: F405
LOGGING = {"version": 1, "disable_existing_loggers": True}
AXES_ENABLED = False
API_V1_THROTTLE_RATE = None
MIDDLEWARE = [
    "tests.benchmarks.middleware.BenchPageCacheSwitch",
    *MIDDLEWARE,  # noqa: F405
]
