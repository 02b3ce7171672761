"""JSON-LD goes through one escaping helper (`home.templatetags.json_ld_tags`)."""

import json
from datetime import date

from bs4 import BeautifulSoup

from django.template import Context, Template


def render(data):
    return Template("{% load json_ld_tags %}{{ data|json_ld_script }}").render(
        Context({"data": data})
    )


def test_nothing_in_the_data_can_end_the_script_element():
    data = {
        "name": "</script><script>alert(1)</script>",
        "text": "<!-- & -->",
        "day": date(2030, 1, 2),
    }
    html = render(data)
    assert html.startswith('<script type="application/ld+json">')
    assert html.count("</script>") == 1 and html.endswith("</script>")
    assert "<!--" not in html and "&" not in html
    scripts = BeautifulSoup(html, "html.parser").find_all("script")
    assert len(scripts) == 1
    assert json.loads(scripts[0].string) == {**data, "day": "2030-01-02"}


def test_no_data_no_element():
    assert render(None) == ""
    assert render({}) == ""
