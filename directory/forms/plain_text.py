"""Text people type loses its control characters (bell, escape and the like): they would be
published on the page and in the API, and printed into e-mails, where a terminal acts on them.
Line breaks and tabs stay. Django already refuses NUL outright."""

import re

CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class PlainTextMixin:
    def clean(self):
        cleaned = super().clean()
        for name, value in list(cleaned.items()):
            if isinstance(value, str):
                cleaned[name] = CONTROL_CHARACTERS.sub("", value)
        return cleaned
