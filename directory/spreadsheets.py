"""CSV that is safe to open in a spreadsheet: a cell that starts with = + - @ or a tab or
carriage return would be read as a formula (CSV injection), so it gets a leading apostrophe,
which spreadsheets show as text and do not display."""

import csv

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")


def safe_cell(value):
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class Echo:
    """A file-like object that hands back what is written, for streaming CSV."""

    def write(self, value):
        return value


def csv_lines(rows):
    """Each row (a list of values) as one CSV line, every cell made safe."""
    writer = csv.writer(Echo())
    for row in rows:
        yield writer.writerow([safe_cell(value) for value in row])
