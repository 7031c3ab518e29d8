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
