from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-not-secret"
ALLOWED_HOSTS = ["*"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Tasks (and so Wagtail's search indexing) run at once, inside the test.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
MEDIA_ROOT = BASE_DIR / ".test-media"  # noqa: F405
WAGTAILADMIN_BASE_URL = "http://testserver"
# Lock-outs are tested on purpose in their own module (tests/test_security.py).
AXES_ENABLED = False
# No rate limit by default; tests/test_api_throttling.py turns it on for itself.
API_V1_THROTTLE_RATE = None
