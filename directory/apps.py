from django.apps import AppConfig


class DirectoryConfig(AppConfig):
    name = "directory"
    verbose_name = "Mentoring directory"

    def ready(self):
        # Connects the receiver that records when an enquiry's e-mail is delivered.
        from . import enquiries  # noqa: F401
