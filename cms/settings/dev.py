import os

from .base import *  # noqa: F403
from .base import env_bool

DEBUG = env_bool("DEBUG", True)
# Only ever used on a developer's machine; production refuses to start without its own key.
SECRET_KEY = SECRET_KEY or "dev-only-not-secret-mentoring-directory"  # noqa: F405
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
ALLOWED_HOSTS = ["*"]

# `make run` runs several processes (the web server, the task worker, and any manage.py command
# such as an import): without Redis they share a file cache, because the content version kept
# there decides whether a cached page or a 304 is still right (cms/content_version.py).
if not REDIS_URL:  # noqa: F405
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": os.environ.get("CACHE_DIR", str(BASE_DIR / ".cache")),  # noqa: F405
            "OPTIONS": {"MAX_ENTRIES": 10_000},
        }
    }
