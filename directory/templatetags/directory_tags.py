import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.safestring import mark_safe

from .. import jsonld

register = template.Library()

# As Django's json_script: these can never close the <script> element or open a comment, so
# whatever a mentor typed stays data.
_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.simple_tag
def person_json_ld(mentor, url):
    """A JSON-LD data block (not a script the browser runs, so a CSP does not forbid it)."""
    data = json.dumps(jsonld.person(mentor, url), cls=DjangoJSONEncoder, ensure_ascii=False)
    return mark_safe(  # noqa: S308 - escaped above for the <script> context
        f'<script type="application/ld+json">{data.translate(_ESCAPES)}</script>'
    )


def _stock_openings(form_field):
    """How Django's own messages for this kind of field begin (before any placeholder)."""
    openings = set()
    for cls in type(form_field).__mro__:
        for message in getattr(cls, "default_error_messages", {}).values():
            opening = str(message).split("%(")[0]
            if opening:
                openings.add(opening)
    return openings


@register.simple_tag
def error_summary_text(field, error):
    """An error as the summary at the top of a form lists it. Our own messages already say
    what to do ("Choose where you are in your career."); Django's stock ones ("This field is
    required.") do not say which answer, so those are given the question they belong to."""
    error = str(error)
    if not any(error.startswith(opening) for opening in _stock_openings(field.field)):
        return error
    question = str(field.label).rstrip(" ?.:")
    return f"{question}: {error[:1].lower()}{error[1:]}"
