"""Delete enquiries, concerns and form submissions older than the retention period.

Run it daily (cron or a scheduler): it deletes only what has passed the cut-off, so running it
again the same day changes nothing.
"""

from django.core.management.base import BaseCommand, CommandError

from directory.retention import kept_days, purge


class Command(BaseCommand):
    help = (
        "Delete enquiries, concerns and feedback/survey submissions older than the period set "
        "in Settings › Contact and records (or --days)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days", type=int, help="Keep this many days instead of the site setting."
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Say what would be deleted; delete nothing."
        )

    def handle(self, *args, days=None, dry_run=False, **options):
        days = kept_days() if days is None else days
        if days < 1:
            raise CommandError(
                "--days must be at least 1: the command never deletes today's records."
            )
        counts = purge(days, dry_run=dry_run)
        verb = "Would delete" if dry_run else "Deleted"
        summary = ", ".join(f"{count} {name}" for name, count in counts.items())
        self.stdout.write(f"{verb} records older than {days} days: {summary}.")
