"""python manage.py import_mentors FILE [--dry-run] [--publish]"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from wagtail.search.backends import get_search_backend

from cms import content_version
from directory.importer import ImportFileError, latest_submissions, parse_row, read_rows
from directory.models import (
    Area,
    MeetingFormat,
    MenteeGroup,
    Mentor,
    Region,
    Specialism,
    WithdrawnAddress,
)

TAXONOMY_MODELS = {
    "region": Region,
    "mentee_groups": MenteeGroup,
    "areas": Area,
    "specialisms": Specialism,
    "formats": MeetingFormat,
}


class Command(BaseCommand):
    help = "Import mentors from the sign-up form's CSV export."

    def add_arguments(self, parser):
        parser.add_argument("file", help="Path to the CSV export.")
        parser.add_argument("--dry-run", action="store_true", help="Report only; write nothing.")
        parser.add_argument(
            "--publish",
            action="store_true",
            help="Publish valid mentors at once (otherwise they wait as drafts for review).",
        )

    def handle(self, *args, file, dry_run, publish, **options):
        path = Path(file)
        if not path.is_file():
            raise CommandError(f"No file at {path}.")
        try:
            raw_rows = read_rows(path.read_bytes())
        except ImportFileError as exc:
            raise CommandError(f"{exc} Nothing was imported.") from exc

        vocabularies = {
            key: {obj.name: obj for obj in model.objects.all()}
            for key, model in TAXONOMY_MODELS.items()
        }
        parsed = [parse_row(number, raw, vocabularies) for number, raw in raw_rows]
        current, superseded = latest_submissions(parsed)
        counts = {"created": 0, "updated": 0, "unchanged": 0, "rejected": 0, "withdrawn": 0}

        with transaction.atomic():
            for row in sorted(current, key=lambda r: r.row_number):
                for warning in row.warnings:
                    self.stdout.write(f"Row {row.row_number}: warning: {warning}")
                if row.errors:
                    counts["rejected"] += 1
                    who = row.values.get("name") or "no name"
                    reasons = "; ".join(row.errors)
                    self.stdout.write(f"Row {row.row_number}: not listed ({who}): {reasons}")
                    if not dry_run:
                        self.withdraw_consent_if_asked(row)
                    continue
                outcome = self.save_row(row, vocabularies, publish, dry_run)
                counts[outcome] += 1
                if outcome == "withdrawn":
                    self.stdout.write(
                        f"Row {row.row_number}: not imported: this person has left the directory"
                    )
            for row in superseded:
                self.stdout.write(
                    f"Row {row.row_number}: replaced by a later submission from the same e-mail"
                )
            if not dry_run:
                transaction.on_commit(self.refresh_search_index)

        prefix = "Dry run, nothing written: " if dry_run else ""
        listed = Mentor.objects.listed().count() if not dry_run else "n/a"
        self.stdout.write(
            self.style.SUCCESS(
                f"{prefix}{counts['created']} created, {counts['updated']} updated, "
                f"{counts['unchanged']} unchanged, {counts['rejected']} rows reported, "
                f"{counts['withdrawn']} left the directory earlier. "
                f"Listed mentors now: {listed}."
            )
        )

    def save_row(self, row, vocabularies, publish, dry_run):
        mentor = Mentor.objects.filter(email__iexact=row.email).first()
        if mentor is None and WithdrawnAddress.has_withdrawn(row.email):
            return "withdrawn"
        if (
            mentor
            and mentor.submitted_at
            and row.submitted_at
            and (mentor.submitted_at >= row.submitted_at)
            and (mentor.live or not publish)
        ):
            return "unchanged"
        outcome = "updated" if mentor else "created"
        if dry_run:
            return outcome
        mentor = mentor or Mentor()
        for name, value in row.values.items():
            setattr(mentor, name, value)
        mentor.submitted_at = row.submitted_at
        mentor.terms_version = mentor.terms_version or "sign-up form"
        mentor.terms_accepted_at = mentor.consent_given_at = row.submitted_at
        region = row.taxonomy_names.get("region")
        mentor.region = vocabularies["region"][region] if region else None
        for key in ("mentee_groups", "areas", "specialisms", "formats"):
            getattr(mentor, key).set(
                [vocabularies[key][name] for name in row.taxonomy_names.get(key, [])]
            )
        if mentor.pk is None:
            mentor.live = False
        mentor.save()
        revision = mentor.save_revision()
        if publish:
            revision.publish()
        return outcome

    def withdraw_consent_if_asked(self, row):
        # A later submission without consent must take an existing listing down.
        if row.email and "no consent to publish" in row.errors:
            Mentor.objects.filter(email__iexact=row.email).update(consent_to_publish=False)
            content_version.bump_now_and_on_commit()  # a queryset update sends no signal

    def refresh_search_index(self):
        # The task worker may not be running (e.g. during `make run` set-up), so the index is
        # brought up to date here rather than left to queued tasks.
        backend = get_search_backend()
        backend.add_bulk(Mentor, list(Mentor.objects.all()))
