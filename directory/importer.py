"""Reading the mentor sign-up export (see README "Importing sign-ups").

The export is messy: a byte-order mark, CRLF line ends, repeated submissions, options that
contain the separator, numbers written as words and answers that must not be trusted. Parsing
is kept apart from saving so that a dry run can report exactly what a real run would do.
"""

import csv
import datetime
import io
import re
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.html import escape

from .models.mentor import normalise_hcpc

UK = ZoneInfo("Europe/London")

# Column keys in the export's order, each with the start of its heading in the file.
COLUMNS = [
    ("timestamp", "timestamp"),
    ("email", "email address"),
    ("name", "full name"),
    ("pronouns", "pronouns"),
    ("hcpc", "hcpc registration number"),
    ("confirmed", "i confirm that i am a qualified educational psychologist"),
    ("role", "current role"),
    ("organisation", "service or organisation"),
    ("region", "region"),
    ("year", "year qualified"),
    ("mentee_groups", "who would you be happy to mentor"),
    ("areas", "what can you offer mentoring on"),
    ("specialisms", "specialist interests"),
    ("formats", "how would you prefer to meet"),
    ("capacity", "how many mentees could you support"),
    ("languages", "languages other than english"),
    ("bio", "about you"),
    ("lived_experience", "lived experience or identity"),
    ("profile_url", "profile link"),
    ("terms", "i have read and agree to the mentoring directory pilot terms"),
    ("consent", "i consent to my details being published"),
]

REGION_ALIASES = {
    "greater london": "London",
    "wales/cymru": "Wales",
    "cymru": "Wales",
    "n. ireland": "Northern Ireland",
    "n ireland": "Northern Ireland",
    "ni": "Northern Ireland",
    "yorkshire & humber": "Yorkshire and the Humber",
    "yorkshire and humber": "Yorkshire and the Humber",
    "yorkshire": "Yorkshire and the Humber",
    "east anglia": "East of England",
}

NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
MAX_CAPACITY = 10


class ImportFileError(Exception):
    """A problem with the whole file: nothing is imported."""


@dataclass
class ParsedRow:
    row_number: int
    submitted_at: datetime.datetime | None
    values: dict
    taxonomy_names: dict = field(default_factory=dict)
    warnings: list = field(default_factory=list)
    errors: list = field(default_factory=list)

    @property
    def email(self):
        return self.values.get("email", "")


def read_rows(data: bytes):
    """Decode and split the file, checking its shape. Returns a list of (row number, dict)."""
    if data.startswith(b"PK\x03\x04"):
        raise ImportFileError(
            "This looks like an Excel workbook, not a CSV file. "
            "Export it again as 'CSV UTF-8' and import that file."
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportFileError(
            f"The file is not valid UTF-8 text (bad byte at position {exc.start}). "
            "Export it again as 'CSV UTF-8'."
        ) from exc
    if "\x00" in text:
        raise ImportFileError("The file contains NUL bytes, so it is not a CSV export.")
    try:
        rows = list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error as exc:
        raise ImportFileError(f"The file could not be read as CSV: {exc}.") from exc
    if not rows:
        raise ImportFileError("The file is empty.")
    header = [" ".join(h.split()).lower() for h in rows[0]]
    missing = [
        prefix
        for position, (_key, prefix) in enumerate(COLUMNS)
        if position >= len(header) or not header[position].startswith(prefix)
    ]
    if missing:
        raise ImportFileError(
            "The file does not have the sign-up export's columns. Missing or out of order: "
            + "; ".join(f"'{m}'" for m in missing)
            + "."
        )
    keys = [key for key, _ in COLUMNS]
    result = []
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        row = (row + [""] * len(keys))[: len(keys)]
        result.append((number, dict(zip(keys, row, strict=True))))
    return result


def split_choices(answer, options):
    """Split a multi-choice answer joined by ", " where options may contain ", " themselves.

    Known options are matched longest first; anything left over is returned as unknown.
    """
    known, unknown = [], []
    by_length = sorted(options, key=len, reverse=True)
    rest = (answer or "").strip()
    while rest:
        for option in by_length:
            if rest.lower().startswith(option.lower()) and (
                len(rest) == len(option) or rest[len(option) :].lstrip().startswith(",")
            ):
                known.append(option)
                rest = rest[len(option) :]
                break
        else:
            piece, _, _ = rest.partition(",")
            if piece.strip():
                unknown.append(piece.strip())
            rest = rest[len(piece) :]
        rest = rest.lstrip().removeprefix(",").lstrip()
    return list(dict.fromkeys(known)), unknown


def parse_capacity(answer):
    text = (answer or "").strip().lower()
    numbers = [int(n) for n in re.findall(r"\d+", text)]
    if not numbers:
        numbers = [value for word, value in NUMBER_WORDS.items() if re.search(rf"\b{word}\b", text)]
    if not numbers:
        return None
    # "1-2" and "Up to 3" both describe the most a mentor will take on.
    return max(1, min(max(numbers), MAX_CAPACITY))


def parse_year(answer, today=None):
    today = today or datetime.date.today()
    match = re.search(r"(19[5-9]\d|20\d\d)", answer or "")
    if not match:
        return None
    year = int(match.group(1))
    return year if year <= today.year else None


def parse_profile_url(answer):
    """Returns (url, warning). Only http(s) links are kept; bare domains get https://."""
    text = (answer or "").strip()
    if not text:
        return "", None
    lowered = text.lower()
    if lowered.startswith(("http://", "https://")):
        return text, None
    if re.match(r"^[a-z0-9][a-z0-9.-]*\.[a-z]{2,}(/\S*)?$", lowered) and ":" not in lowered:
        return "https://" + text, None
    return "", f"profile link '{text[:60]}' dropped: only http and https links are published"


def text_to_html(text):
    """Free text becomes escaped paragraphs: markup in an answer is shown, never run."""
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", (text or "").replace("\r", ""))]
    return "".join(
        "<p>" + "<br/>".join(escape(line) for line in p.split("\n")) + "</p>"
        for p in paragraphs
        if p
    )


def is_yes(answer):
    return (answer or "").strip().lower() in {"yes", "y", "true", "agreed", "i agree"}


def parse_timestamp(answer):
    """The form tool's "31/01/2026 14:05:00", or an ISO 8601 time from a re-saved export; a
    time without a zone is UK time."""
    text = (answer or "").strip()
    try:
        stamp = datetime.datetime.strptime(text, "%d/%m/%Y %H:%M:%S")
    except ValueError:
        try:
            stamp = datetime.datetime.fromisoformat(text)
        except ValueError:
            return None
    return stamp if stamp.tzinfo else stamp.replace(tzinfo=UK)


def parse_row(row_number, raw, vocabularies):
    """Turn one raw row into field values, warnings and hard-rule errors."""
    parsed = ParsedRow(
        row_number=row_number, submitted_at=parse_timestamp(raw["timestamp"]), values={}
    )
    v = parsed.values
    email = raw["email"].strip().lower()
    try:
        validate_email(email)
    except ValidationError:
        parsed.errors.append(f"e-mail address '{raw['email'].strip()[:60]}' is not valid")
    v["email"] = email
    v["name"] = " ".join(raw["name"].split())[:150]
    if not v["name"]:
        parsed.errors.append("no name given")
    if not is_yes(raw["confirmed"]):
        parsed.errors.append("qualification and HCPC registration not confirmed")
    if not is_yes(raw["terms"]):
        parsed.errors.append("pilot terms not agreed")
    if not is_yes(raw["consent"]):
        parsed.errors.append("no consent to publish")
    hcpc = normalise_hcpc(raw["hcpc"])
    if not raw["hcpc"].strip():
        parsed.errors.append("no HCPC registration number")
    elif not hcpc:
        parsed.errors.append(f"HCPC number '{raw['hcpc'].strip()[:20]}' is not valid")
    v["hcpc_number"] = hcpc
    if parsed.submitted_at is None:
        parsed.warnings.append(f"timestamp '{raw['timestamp'][:30]}' not understood")

    v["pronouns"] = raw["pronouns"].strip()[:40]
    v["role"] = " ".join(raw["role"].split())[:150]
    v["organisation"] = " ".join(raw["organisation"].split())[:150]
    v["year_qualified"] = parse_year(raw["year"])
    if raw["year"].strip() and v["year_qualified"] is None:
        parsed.warnings.append(f"year qualified '{raw['year'].strip()[:20]}' not understood")
    capacity = parse_capacity(raw["capacity"])
    if capacity is None:
        parsed.warnings.append(f"capacity '{raw['capacity'].strip()[:20]}' not understood; 1 used")
    v["capacity"] = capacity or 1
    languages = [p.strip() for p in re.split(r"[;,/]", raw["languages"]) if p.strip()]
    v["languages"] = ", ".join(languages)[:200]
    v["bio"] = text_to_html(raw["bio"])
    statement = raw["lived_experience"].strip()
    v["lived_experience_statement"] = statement
    # Asked as something mentees would see, so publishing it rests on the answer itself
    # together with consent to publish.
    v["lived_experience_consent"] = bool(statement) and is_yes(raw["consent"])
    url, warning = parse_profile_url(raw["profile_url"])
    v["profile_url"] = url[:200]
    if warning:
        parsed.warnings.append(warning)
    v["registration_confirmed"] = is_yes(raw["confirmed"])
    v["consent_to_publish"] = is_yes(raw["consent"])

    region_text = " ".join(raw["region"].split())
    region = REGION_ALIASES.get(region_text.lower(), region_text)
    matches = [name for name in vocabularies["region"] if name.lower() == region.lower()]
    if matches:
        parsed.taxonomy_names["region"] = matches[0]
    elif region_text:
        parsed.warnings.append(f"region '{region_text[:40]}' not recognised")
    for key in ("mentee_groups", "areas", "specialisms", "formats"):
        known, unknown = split_choices(raw[key], vocabularies[key])
        parsed.taxonomy_names[key] = known
        for value in unknown:
            parsed.warnings.append(f"{key.replace('_', ' ')} option '{value[:40]}' not recognised")
    return parsed


def latest_submissions(parsed_rows):
    """One row per person (by e-mail, case-insensitively): the latest submission wins."""
    latest, superseded = {}, []
    for row in parsed_rows:
        key = row.email or f"row-{row.row_number}"
        current = latest.get(key)
        if current is None:
            latest[key] = row
            continue
        newer = (row.submitted_at or datetime.datetime.min.replace(tzinfo=UK)) >= (
            current.submitted_at or datetime.datetime.min.replace(tzinfo=UK)
        )
        older_row, latest[key] = (current, row) if newer else (row, current)
        superseded.append(older_row)
    return list(latest.values()), superseded
