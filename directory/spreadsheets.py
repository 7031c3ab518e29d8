"""CSV that is safe to open in a spreadsheet: a cell that starts with = + - @ or a tab or
carriage return would be read as a formula (CSV injection), so it gets a leading apostrophe,
which spreadsheets show as text and do not display."""

import csv

from django.utils import timezone

# Excel reads a CSV as the machine's legacy code page unless it starts with a byte-order mark.
BOM = "\ufeff"
CSV_CONTENT_TYPE = "text/csv; charset=utf-8"

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")


def safe_cell(value):
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class Echo:
    """A file-like object that hands back what is written, for streaming CSV."""

    def write(self, value):
        return value


def plain_time(value):
    """A date and time as a person writes it, in the site's time zone, to the minute."""
    if timezone.is_aware(value):
        value = timezone.localtime(value)
    return value.strftime("%Y-%m-%d %H:%M")


def with_bom(lines):
    yield BOM
    yield from lines


def csv_lines(rows):
    """Each row (a list of values) as one CSV line, every cell made safe, after a BOM."""
    writer = csv.writer(Echo())
    yield BOM
    for row in rows:
        yield writer.writerow([safe_cell(value) for value in row])
