"""python manage.py send_reminders [--days 28 7] [--unchecked-days 14]

Safe to run daily (e.g. from cron): e-mails mentors before their listing ends, with their
renewal link, and reminds editors of registrations waiting to be checked. Never sends the
same reminder twice."""

from django.conf import settings
from django.core.management.base import BaseCommand

from directory.reminders import send_editor_reminders, send_expiry_reminders


class Command(BaseCommand):
    help = "E-mail expiry reminders to mentors and unchecked-registration reminders to editors."

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            nargs="+",
            default=getattr(settings, "EXPIRY_REMINDER_DAYS", [28, 7]),
            help="Days before a listing ends to remind its mentor (default 28 and 7).",
        )
        parser.add_argument(
            "--unchecked-days",
            type=int,
            default=getattr(settings, "UNCHECKED_REMINDER_DAYS", 14),
            help="Remind editors of applications not checked after this many days.",
        )

    def handle(self, *args, days, unchecked_days, **options):
        mentors = send_expiry_reminders(days)
        editors = send_editor_reminders(unchecked_days)
        self.stdout.write(
            f"Sent {mentors} expiry reminder(s); {editors} application(s) flagged to editors."
        )
