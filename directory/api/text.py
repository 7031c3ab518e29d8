"""The mentor's bio for other sites: a safe subset of HTML, and plain text."""

import html
import re

import nh3
from wagtail.rich_text import expand_db_html

ALLOWED_TAGS = {"p", "br", "strong", "b", "em", "i", "a", "ul", "ol", "li"}
ALLOWED_ATTRIBUTES = {"a": {"href"}}
URL_SCHEMES = {"http", "https", "mailto"}
_BLOCK_END = re.compile(r"</(p|li|ol|ul)>|<br\s*/?>", re.IGNORECASE)


def bio_html(rich_text):
    """Wagtail's stored rich text with internal links expanded, then cleaned by an allow-list,
    so a partner can insert it into their page as it is."""
    expanded = expand_db_html(rich_text or "")
    return nh3.clean(
        expanded,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer nofollow",
    ).strip()


def bio_text(rich_text):
    """Paragraphs and list items as lines separated by blank lines; no markup, no entities."""
    marked = _BLOCK_END.sub("\n", bio_html(rich_text))
    text = html.unescape(nh3.clean(marked, tags=set()))
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n\n".join(line for line in lines if line)
