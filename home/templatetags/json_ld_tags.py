"""JSON-LD (schema.org data) in a page's head: one escaping for every page type.

A `<script>` element ends at the first `</script>` whatever the JSON inside says, so a title
such as `</script><script>…` would close it and start a script of its own. As Django's
`json_script` does, the characters <, > and & are written as JSON escapes (`\\u003C`…): the
data stays the same, and nothing in it can end the element or open a comment.

    {% load json_ld_tags %}
    {{ json_ld|json_ld_script }}
"""

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe

register = template.Library()

JSON_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def json_ld_text(data):
    """`data` as JSON that is safe inside a script element."""
    return json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(
        JSON_SCRIPT_ESCAPES
    )


@register.filter
def json_ld_script(data):
    """The whole `<script type="application/ld+json">` element for `data` (a dict); nothing
    for no data."""
    if not data:
        return ""
    # Safe: every character that could end the element is escaped above.
    return format_html(
        '<script type="application/ld+json">{}</script>',
        mark_safe(json_ld_text(data)),  # noqa: S308
    )
