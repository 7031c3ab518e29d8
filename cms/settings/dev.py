from .base import *  # noqa: F403
from .base import env_bool

DEBUG = env_bool("DEBUG", True)
# Only ever used on a developer's machine; production refuses to start without its own key.
SECRET_KEY = SECRET_KEY or "dev-only-not-secret-mentoring-directory"  # noqa: F405
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
ALLOWED_HOSTS = ["*"]
