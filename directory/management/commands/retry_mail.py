"""python manage.py retry_mail [--failed] — queue e-mails waiting for a retry (and, with
--failed, the ones that gave up) again, e.g. after the mail server has been fixed."""

from django.core.management.base import BaseCommand

from directory.tasks import retry_due_messages


class Command(BaseCommand):
    help = "Queue waiting e-mails again; with --failed also those that gave up."

    def add_arguments(self, parser):
        parser.add_argument("--failed", action="store_true", help="Also retry failed e-mails.")

    def handle(self, *args, failed=False, **options):
        count = retry_due_messages(include_failed=failed)
        self.stdout.write(f"Queued {count} e-mail(s).")
