"""XSS sweep: hostile text typed by a local group into every field it can edit, through the
real admin forms, renders harmlessly on the public page, in preview, and in the admin screens
an editor opens."""

import json

import pytest
from bs4 import BeautifulSoup

from django.urls import reverse

from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from localgroups.models import ExperiencePage

SIGNAL = "7331"  # every payload carries it; found in a dangerous place = executed script

PAYLOADS = [
    f"<script>alert({SIGNAL})</script>",
    f"<SCRIPT SRC=//x.example/{SIGNAL}.js></SCRIPT>",
    f'"><script>alert({SIGNAL})</script>',
    f"'><script>alert({SIGNAL})</script>",
    f"<img src=x onerror=alert({SIGNAL})>",
    f'<img src="x" onerror="alert({SIGNAL})">',
    f"<svg onload=alert({SIGNAL})>",
    f"<svg><script>alert({SIGNAL})</script></svg>",
    f"<body onload=alert({SIGNAL})>",
    f"<iframe src=javascript:alert({SIGNAL})>",
    f"<iframe srcdoc='<script>alert({SIGNAL})</script>'>",
    f"<a href=javascript:alert({SIGNAL})>klik</a>",
    f'<a href="javascript:alert({SIGNAL})">klik</a>',
    f"<a href='JaVaScRiPt:alert({SIGNAL})'>klik</a>",
    f'<a href="&#106;avascript:alert({SIGNAL})">klik</a>',
    f'<div style="background:url(javascript:alert({SIGNAL}))">x</div>',
    f"<details open ontoggle=alert({SIGNAL})>",
    f"<input autofocus onfocus=alert({SIGNAL})>",
    f"<select autofocus onfocus=alert({SIGNAL})>",
    f"<textarea autofocus onfocus=alert({SIGNAL})>",
    f"<video><source onerror=alert({SIGNAL})></video>",
    f"<audio src=x onerror=alert({SIGNAL})>",
    f"<marquee onstart=alert({SIGNAL})>",
    f"<object data=javascript:alert({SIGNAL})>",
    f"<embed src=javascript:alert({SIGNAL})>",
    f"<form action=javascript:alert({SIGNAL})><button>x</button></form>",
    f"<button formaction=javascript:alert({SIGNAL})>x</button>",
    f"<math><mtext><script>alert({SIGNAL})</script></mtext></math>",
    f"<table background=javascript:alert({SIGNAL})>",
    f"<meta http-equiv=refresh content='0;url=javascript:alert({SIGNAL})'>",
    f"<link rel=stylesheet href=javascript:alert({SIGNAL})>",
    f"<base href=javascript:alert({SIGNAL})//>",
    f"<style>@import 'javascript:alert({SIGNAL})';</style>",
    f"</title><script>alert({SIGNAL})</script>",
    f"</textarea><script>alert({SIGNAL})</script>",
    f"</script><script>alert({SIGNAL})</script>",
    f"<!--<script>alert({SIGNAL})</script>-->",
    f"<scr<script>ipt>alert({SIGNAL})</scr</script>ipt>",
    f"<img src=`x` onerror=alert({SIGNAL})>",
    f"<img/src/onerror=alert({SIGNAL})>",
    f"<svg/onload=alert({SIGNAL})>",
    f"<x onclick=alert({SIGNAL})>klik</x>",
    f"<p onmouseover=alert({SIGNAL})>hover</p>",
    f"{{{{ alert({SIGNAL}) }}}}",
    f"{{% debug %}}{SIGNAL}",
    f"${{alert({SIGNAL})}}",
    f"\\u003cscript\\u003ealert({SIGNAL})\\u003c/script\\u003e",
    f"%3Cscript%3Ealert({SIGNAL})%3C/script%3E",
    f"&lt;script&gt;alert({SIGNAL})&lt;/script&gt;",
    f"<img src=x:alert({SIGNAL}) onerror=eval(src)>",
    f'" onmouseover="alert({SIGNAL})',
    f"' onmouseover='alert({SIGNAL})",
    f"javascript:alert({SIGNAL})",
]
DANGEROUS_SCHEMES = ("javascript:", "vbscript:", "data:text/html")
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "data", "background", "srcdoc"}


def dangers(html):
    """Places where the payload would run: a script holding the signal, an event handler or a
    dangerous URL carrying it, or an element that should never come from content."""
    soup = BeautifulSoup(html, "html.parser")
    found = []
    for element in soup.find_all(True):
        if element.name == "script" and SIGNAL in element.get_text():
            found.append(str(element)[:120])
        if element.name in {"iframe", "object", "embed", "base"} and SIGNAL in str(element):
            found.append(str(element)[:120])
        if element.name == "meta" and element.get("http-equiv") and SIGNAL in str(element):
            found.append(str(element)[:120])
        for name, value in element.attrs.items():
            value = " ".join(value) if isinstance(value, list) else str(value)
            if SIGNAL not in value:
                continue
            compact = "".join(value.split()).lower()
            if (
                name.lower().startswith("on")
                or (name.lower() in URL_ATTRIBUTES and compact.startswith(DANGEROUS_SCHEMES))
                or (name.lower() == "style" and "javascript:" in compact)
            ):
                found.append(f"{element.name} {name}={value[:80]}")
    return found


def contentstate(text, link=None):
    entity_ranges, entity_map = [], {}
    if link:
        entity_ranges = [{"offset": 0, "length": len(text), "key": 0}]
        entity_map = {"0": {"type": "LINK", "mutability": "MUTABLE", "data": {"url": link}}}
    return json.dumps(
        {
            "blocks": [
                {
                    "key": "a1b2c",
                    "text": text,
                    "type": "unstyled",
                    "depth": 0,
                    "inlineStyleRanges": [],
                    "entityRanges": entity_ranges,
                    "data": {},
                }
            ],
            "entityMap": entity_map,
        }
    )


def experience_data(payload, number):
    return nested_form_data(
        {
            "title": f"{payload} {number}",
            "slug": f"xss-{number}",
            "date": "2025-05-01",
            "summary": payload,
            "what_we_did": contentstate(payload, link=f"javascript:alert({SIGNAL})"),
            "what_worked": contentstate(payload),
            "points_of_attention": contentstate(payload),
            "photos": streamfield([]),
            "contact_name": payload[:120],
            "contact_email": "",
        }
    )


def initiative_data(page, payload):
    return nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "summary": payload,
            "place": page.place,
            "province": page.province,
            "status": page.status,
            "hero_image_alt": payload[:250],
            "body": streamfield([("paragraph", contentstate(payload, link=payload))]),
            "partners": inline_formset([{"name": payload[:120], "type": "housing", "website": ""}]),
            "funding": inline_formset(
                [
                    {
                        "funder": payload[:120],
                        "kind": "fund",
                        "form": "money",
                        "description": payload[:250],
                    }
                ]
            ),
        }
    )


def test_corpus_is_big_enough():
    assert len(PAYLOADS) >= 50
    assert all(SIGNAL in payload for payload in PAYLOADS)


def test_the_detector_detects():
    assert dangers(f"<p><img src=x onerror=alert({SIGNAL})></p>")
    assert dangers(f'<a href="javascript:alert({SIGNAL})">x</a>')
    assert not dangers(f"<p>&lt;script&gt;alert({SIGNAL})&lt;/script&gt;</p>")


@pytest.mark.parametrize("chunk", range(5))
def test_experience_fields(client, member_a, editor, method, chunk):
    """Each payload in every field of an experience, seen by visitors, in preview and by
    the editor who reviews it."""
    tried = 0
    for number, payload in enumerate(PAYLOADS[chunk::5]):
        client.force_login(member_a)
        add_url = reverse(
            "wagtailadmin_pages:add", args=["localgroups", "experiencepage", method.pk]
        )
        data = experience_data(payload, number)
        data["action-submit"] = "action-submit"
        response = client.post(add_url, data)
        assert response.status_code == 302, (payload, response.content[:300])
        page = ExperiencePage.objects.get(slug=f"xss-{number}")
        preview = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
        assert client.post(preview, data).status_code == 200
        screens = {"preview": client.get(preview).content.decode()}

        client.force_login(editor)
        screens["edit"] = client.get(
            reverse("wagtailadmin_pages:edit", args=[page.pk])
        ).content.decode()
        screens["dashboard"] = client.get(reverse("wagtailadmin_home")).content.decode()
        screens["history"] = client.get(
            reverse("wagtailadmin_pages:history", args=[page.pk])
        ).content.decode()
        page.get_latest_revision().publish()
        client.logout()
        screens["public"] = client.get(page.url).content.decode()
        screens["method page"] = client.get(method.url).content.decode()
        for screen, html in screens.items():
            assert not dangers(html), (payload, screen, dangers(html))
        tried += len(screens)
    assert tried >= 60


@pytest.mark.parametrize("chunk", range(5))
def test_initiative_fields(client, member_a, editor, initiative_a, chunk):
    for payload in PAYLOADS[chunk::5]:
        client.force_login(member_a)
        edit_url = reverse("wagtailadmin_pages:edit", args=[initiative_a.pk])
        response = client.post(edit_url, initiative_data(initiative_a, payload))
        assert response.status_code == 302, (payload, response.content[:300])
        client.force_login(editor)
        screens = {"edit": client.get(edit_url).content.decode()}
        Page.objects.get(pk=initiative_a.pk).get_latest_revision().publish()
        client.logout()
        screens["public"] = client.get(initiative_a.url).content.decode()
        for screen, html in screens.items():
            assert not dangers(html), (payload, screen, dangers(html))
