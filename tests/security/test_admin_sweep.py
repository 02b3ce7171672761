"""URL sweep: every admin URL that takes an id, called by group A's member with the ids of
group B's pages, draft revision, workflow states, images, documents, collection and group.

Never a 500, never a 200 that shows B's unpublished content, and nothing of B's changes."""

import io
import re

import pytest
from PIL import Image as PILImage

from django.core.files.base import ContentFile
from django.urls import URLPattern, URLResolver, get_resolver

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Revision, TaskState, WorkflowState

from localgroups.models import ExperiencePage, LocalGroup

MARKER = "GEHEIM-B-7f3a"
INT_PARAM = re.compile(r"<int:(\w+)>")
OTHER_PARAM = re.compile(r"<(?:str|slug|path):(\w+)>")


def admin_patterns():
    found = []

    def walk(patterns, prefix, namespace):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                name = ":".join(n for n in (namespace, pattern.namespace) if n)
                walk(pattern.url_patterns, prefix + str(pattern.pattern), name)
            elif isinstance(pattern, URLPattern):
                found.append((prefix + str(pattern.pattern), namespace, pattern.name))

    walk(get_resolver().url_patterns, "", "")
    return [p for p in found if p[0].startswith("admin/") and "<int:" in p[0]]


@pytest.fixture
def group_b_content(member_b, initiative_b, method):
    """B's private things: a draft change in moderation, a draft experience, an image and a
    document in B's collection."""
    group = LocalGroup.objects.get(initiative=initiative_b)
    initiative_b.summary = f"{MARKER} concept"
    revision = initiative_b.save_revision(user=member_b)
    workflow_state = initiative_b.get_workflow().start(initiative_b, member_b)
    experience = ExperiencePage(
        title=f"{MARKER} ervaring",
        slug="geheim-b",
        initiative=initiative_b,
        what_we_did=f"<p>{MARKER}</p>",
        live=False,
        owner=member_b,
    )
    method.add_child(instance=experience)
    experience.save_revision(user=member_b)
    buffer = io.BytesIO()
    PILImage.new("RGB", (8, 8), "red").save(buffer, "PNG")
    image = get_image_model().objects.create(
        title=f"{MARKER} foto",
        file=ContentFile(buffer.getvalue(), name="b.png"),
        collection=group.collection,
        uploaded_by_user=member_b,
    )
    document = get_document_model().objects.create(
        title=f"{MARKER} document",
        file=ContentFile(b"%PDF-1.4 geheim", name="b.pdf"),
        collection=group.collection,
        uploaded_by_user=member_b,
    )
    return {
        "pages": [initiative_b.pk, experience.pk],
        "revision": revision.pk,
        "workflow_state": workflow_state.pk,
        "task_state": workflow_state.current_task_state.pk,
        "image": image.pk,
        "document": document.pk,
        "collection": group.collection_id,
        "group": group.group_id,
        "local_group": group.pk,
        "experience": experience,
    }


def candidates(param, namespace, ids):
    if param in {"page_id", "parent_page_id", "page_to_move_id", "destination_id", "page_pk"}:
        return ids["pages"]
    if param == "image_id":
        return [ids["image"]]
    if param in {"document_id", "doc_id"}:
        return [ids["document"]]
    if param == "revision_id":
        return [ids["revision"]]
    if param == "task_state_id":
        return [ids["task_state"]]
    if param == "workflow_state_id":
        return [ids["workflow_state"]]
    if param == "collection_id":
        return [ids["collection"]]
    if param in {"pk", "object_id"}:
        if "image" in namespace:
            return [ids["image"]]
        if "doc" in namespace:
            return [ids["document"]]
        if "collection" in namespace:
            return [ids["collection"]]
        if "groups" in namespace:
            return [ids["group"]]
        if namespace in {"local_groups", "invitations"}:
            return [ids["local_group"]]
        return ids["pages"]
    return ids["pages"]  # other ids: try B's pages


def urls_to_try(ids):
    for route, namespace, name in admin_patterns():
        if OTHER_PARAM.search(route):
            continue  # routes with model names or tokens are covered by their id siblings
        params = INT_PARAM.findall(route)
        combos = [{}]
        for param in params:
            combos = [
                {**combo, param: value}
                for combo in combos
                for value in candidates(param, namespace, ids)
            ]
        for combo in combos:
            url = "/" + INT_PARAM.sub(lambda m, c=combo: str(c[m.group(1)]), route)
            url = url.replace("^", "").replace("$", "")
            yield f"{namespace}:{name}", url


def b_state(ids, initiative_b):
    return (
        Revision.page_revisions.filter(object_id=str(initiative_b.pk)).count(),
        Revision.page_revisions.filter(object_id=str(ids["pages"][1])).count(),
        Page.objects.get(pk=initiative_b.pk).title,
        Page.objects.filter(pk=ids["pages"][1]).exists(),
        get_image_model().objects.filter(pk=ids["image"], title__startswith=MARKER).exists(),
        get_document_model().objects.filter(pk=ids["document"]).exists(),
        WorkflowState.objects.get(pk=ids["workflow_state"]).status,
        TaskState.objects.get(pk=ids["task_state"]).status,
    )


def test_group_a_cannot_reach_group_b_through_any_admin_url(
    client, member_a, initiative_b, group_b_content
):
    ids = group_b_content
    client.force_login(member_a)
    before = b_state(ids, initiative_b)
    tried, leaks, errors = 0, [], []
    for name, url in urls_to_try(ids):
        for method in ("get", "post"):
            tried += 1
            response = getattr(client, method)(url)
            if response.status_code >= 500:
                errors.append((method, name, url, response.status_code))
            elif response.status_code == 200 and MARKER.encode() in response.content:
                leaks.append((method, name, url))
    assert tried > 300
    assert not errors, errors
    assert not leaks, leaks
    assert b_state(ids, initiative_b) == before
    print(f"\nadmin URL sweep: {tried} requests with group B ids, 0 leaks, 0 errors")  # noqa: T201 - the figure for the closing note


def test_anonymous_visitors_get_404_for_drafts(client, group_b_content, initiative_b):
    experience = group_b_content["experience"]
    assert client.get(experience.get_parent().url + experience.slug + "/").status_code == 404
    assert MARKER.encode() not in client.get(initiative_b.url).content
