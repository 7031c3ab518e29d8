from django.apps import AppConfig


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = "Site"

    def ready(self):
        from . import content_version, frontend_cache

        frontend_cache.connect()
        content_version.connect()
