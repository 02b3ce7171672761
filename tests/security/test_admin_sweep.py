"""The complete admin sweep: every admin URL pattern from the resolver, requested by a
volunteer of group A with the ids of what belongs to group B or to the editors.

Every argument of every pattern is filled: ids of pages (live with a draft in moderation, a
draft experience, an editor's draft), revisions, workflow and task states, images, documents,
collections, every snippet, users, groups, subscribers, sign-ups, registrations, mailings and
invitations; app labels and model names with every model the pattern can take (bulk actions,
page types, snippets, settings). Each URL is asked with GET (with `?q=` and `?id=` for searches,
choosers and bulk confirmations, and `?export=csv` on listings) and with POST.

Never a 5xx, never a 2xx that shows B's or the editors' private data (everything private
carries MARKER), and nothing of theirs changes. The counts go to docs/security.md."""

import io
import re

import pytest
from PIL import Image as PILImage

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.messages.storage.cookie import MessageSerializer
from django.core import signing
from django.core.files.base import ContentFile
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils.http import urlencode

from wagtail.admin.views.bulk_action.registry import bulk_action_registry
from wagtail.admin.viewsets import viewsets as viewset_registry
from wagtail.contrib.settings.registry import registry as settings_registry
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Page, Revision, TaskState, WorkflowState, get_page_models
from wagtail.snippets.models import get_snippet_models

from home.roles import EDITORS_GROUP
from initiatives.models import InitiativeSignup
from localgroups.invitations import create_invitation
from localgroups.models import ExperiencePage, Invitation, LocalGroup
from news.models import EventPage, Registration
from newsletter.models import Delivery, Mailing, NewsletterIndexPage, NewsletterPage, Subscriber
from tests.localgroups.conftest import make_user

MARKER = "GEHEIM-B-7f3a"
SEARCH = "geheim-b-7f3a"
PARAM = re.compile(r"<(?:(\w+):)?(\w+)>|\(\?P<(\w+)>[^)]*\)")
# Left out: the catch-all 404 and Wagtail's page that raises on purpose to test error mails.
LEFT_OUT = {"admin/^.*/$", "admin/^", "admin/failwhale/"}
# Wagtail's own 500s that show nothing and change nothing, left to upstream: the external-link
# chooser's form fails on a POST without its `url` field (URLOrAbsolutePathField.to_python(None));
# its modal always sends the field.
UPSTREAM_ERRORS = {("post", "/admin/choose-external-link/")}
# Personal data: nobody without its view permission may see any of it.
PERSONAL = (Subscriber, InitiativeSignup, Registration, Invitation, Mailing, Delivery)


def admin_patterns():
    """(route, namespace, name) of every admin URL pattern, from the resolver."""
    found = []

    def walk(patterns, prefix, namespace):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                name = ":".join(n for n in (namespace, pattern.namespace) if n)
                walk(pattern.url_patterns, prefix + str(pattern.pattern), name)
            elif isinstance(pattern, URLPattern):
                found.append((prefix + str(pattern.pattern), namespace, pattern.name))

    walk(get_resolver().url_patterns, "", "")
    return [p for p in found if p[0].startswith("admin/") and p[0] not in LEFT_OUT]


def _image(title, collection, user):
    buffer = io.BytesIO()
    PILImage.new("RGB", (8, 8), "red").save(buffer, "PNG")
    return get_image_model().objects.create(
        title=title,
        file=ContentFile(buffer.getvalue(), name="b.png"),
        collection=collection,
        uploaded_by_user=user,
    )


def _document(title, collection, user):
    return get_document_model().objects.create(
        title=title,
        file=ContentFile(b"%PDF-1.4 geheim", name="b.pdf"),
        collection=collection,
        uploaded_by_user=user,
    )


@pytest.fixture
def others(member_b, initiative_b, method, home_nl):
    """What group A's volunteer must not see: B's draft change in moderation, B's draft
    experience, B's image and document, an editor's draft newsletter with its mailing, an
    editor's image and document, and the personal data of subscribers, sign-ups, meeting
    registrations and invitations."""
    editor = make_user("redacteur-sweep", Group.objects.get(name=EDITORS_GROUP))
    editor.email = f"{SEARCH}-redactie@example.org"
    editor.save()
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
    experience_revision = experience.save_revision(user=member_b)
    newsletter = NewsletterPage(
        title=f"{MARKER} nieuwsbrief",
        slug="geheim-nieuwsbrief",
        subject=f"{MARKER} onderwerp",
        live=False,
        owner=editor,
    )
    NewsletterIndexPage.objects.get(locale=home_nl.locale).add_child(instance=newsletter)
    newsletter_revision = newsletter.save_revision(user=editor)
    root = Collection.get_first_root_node()
    subscriber = Subscriber.objects.create(email=f"{SEARCH}@example.org", language="nl")
    mailing = Mailing.objects.create(newsletter=newsletter, started_by=editor)
    delivery = Delivery.objects.create(mailing=mailing, subscriber=subscriber)
    signup = InitiativeSignup.objects.create(
        name=f"{MARKER} aanmelding",
        place="Utrecht",
        province="utrecht",
        description=f"{MARKER} wat we doen",
        contact_name=f"{MARKER} contact",
        contact_email=f"{SEARCH}-aanmelding@example.org",
    )
    event = EventPage.objects.filter(locale=home_nl.locale).first()
    registration = Registration.objects.create(
        event=event, name=f"{MARKER} deelnemer", email=f"{SEARCH}-deelnemer@example.org"
    )
    invitation = create_invitation(
        f"{SEARCH}-uitgenodigd@example.org", group, invited_by=editor, name=MARKER
    )
    images = [
        _image(f"{MARKER} foto", group.collection, member_b),
        _image(f"{MARKER} redactiefoto", root, editor),
    ]
    documents = [
        _document(f"{MARKER} document", group.collection, member_b),
        _document(f"{MARKER} redactiedocument", root, editor),
    ]
    ids = {
        Page: [initiative_b.pk, experience.pk, newsletter.pk],
        Revision: [revision.pk, experience_revision.pk, newsletter_revision.pk],
        WorkflowState: [workflow_state.pk],
        TaskState: [workflow_state.current_task_state.pk],
        get_image_model(): [image.pk for image in images],
        get_document_model(): [document.pk for document in documents],
        Collection: [group.collection_id],
        Group: [group.group_id, Group.objects.get(name=EDITORS_GROUP).pk],
        editor.__class__: [editor.pk, member_b.pk],
        LocalGroup: [group.pk],
        Subscriber: [subscriber.pk],
        Mailing: [mailing.pk],
        Delivery: [delivery.pk],
        InitiativeSignup: [signup.pk],
        Registration: [registration.pk],
        Invitation: [invitation.pk],
    }
    return {"ids": ids, "experience": experience, "initiative": initiative_b, "group": group}


class Sweep:
    """Fills each admin pattern's arguments and yields the URLs to request."""

    def __init__(self, ids):
        self.ids = ids
        self.namespace_models = {}
        for viewset in viewset_registry.viewsets:
            model = getattr(viewset, "model", None)
            if viewset.name and isinstance(model, type):
                self.namespace_models[viewset.url_namespace] = model
        for model in get_snippet_models():
            label = f"{model._meta.app_label}_{model._meta.model_name}"
            self.namespace_models[f"wagtailsnippets_{label}"] = model
            self.namespace_models[f"wagtailsnippetchoosers_{label}"] = model
        for namespace, model in {
            "wagtailadmin_pages": Page,
            "wagtailadmin_api:pages": Page,
            "wagtailimages": get_image_model(),
            "wagtailimages_chooser": get_image_model(),
            "wagtailimages_multiple": get_image_model(),
            "wagtaildocs": get_document_model(),
            "wagtaildocs_chooser": get_document_model(),
            "wagtaildocs_multiple": get_document_model(),
            "wagtailadmin_collections": Collection,
            "wagtailusers_users": get_user_model(),
            "wagtailusers_groups": Group,
            "wagtailadmin_workflows": None,
        }.items():
            self.namespace_models.setdefault(namespace, model)

    def ids_of(self, model):
        if model is None:
            return [1]
        for known, values in self.ids.items():
            if issubclass(model, known) or issubclass(known, model):
                return values
        first = model._default_manager.order_by("pk").values_list("pk", flat=True).first()
        return [first] if first is not None else [1]

    def model_pairs(self, route):
        """The (app_label, model_name, extra) combinations a route with model names takes."""
        if route.startswith("admin/bulk/"):
            bulk_action_registry.get_bulk_actions_for_model("wagtailcore", "page")
            for app_label, models in bulk_action_registry.actions.items():
                for model_name, actions in models.items():
                    for action in actions:
                        yield app_label, model_name, {"action": action}
        elif "localize" in route or "editing-sessions" in route:
            for model in [*get_snippet_models(), Page]:
                yield model._meta.app_label, model._meta.model_name, {}
        elif route.startswith("admin/settings/"):
            for model in settings_registry:
                yield model._meta.app_label, model._meta.model_name, {}
        elif route.startswith("admin/workflows/"):
            yield "wagtailcore", "groupapprovaltask", {}
        elif route.startswith("admin/tag-autocomplete/"):
            for model in (get_image_model(), get_document_model()):
                yield model._meta.app_label, model._meta.model_name, {}
        else:  # page types: adding, choosing a parent, usage
            for model in get_page_models():
                yield model._meta.app_label, model._meta.model_name, {}

    def values(self, name, namespace, model_name):
        model = self.namespace_models.get(namespace)
        if name in {"page_id", "parent_page_id", "page_to_move_id", "destination_id", "page_pk"}:
            return self.ids[Page]
        if name in {"revision_id", "revision_id_a", "revision_id_b"}:
            return self.ids[Revision][:1] if "revision_id_" in name else self.ids[Revision]
        if name == "workflow_state_id":
            return self.ids[WorkflowState]
        if name == "task_state_id":
            return self.ids[TaskState]
        if name in {"image_id", "uploaded_file_id"}:
            return self.ids[get_image_model()]
        if name in {"document_id", "doc_id"}:
            return self.ids[get_document_model()]
        if name == "collection_id":
            return self.ids[Collection]
        if name in {"pk", "object_id"}:
            if model_name is not None:
                return self.ids_of(self.model_by_name(*model_name))
            return self.ids_of(model)
        return {
            "action_name": ["approve"],
            "mode": ["form"],
            "language": ["nl"],
            "filter_spec": ["original"],
            "token": ["x"],
        }.get(name, [1])

    @staticmethod
    def model_by_name(app_label, model_name):
        from django.apps import apps

        return apps.get_model(app_label, model_name)

    def urls(self):
        """(name, url, query) for every pattern and every filling of its arguments."""
        for route, namespace, name in admin_patterns():
            params = [m.group(2) or m.group(3) for m in PARAM.finditer(route)]
            pairs = [(None, None, {})]
            if {"app_label", "model_name", "content_type_app_name", "app_name"} & set(params):
                pairs = list(self.model_pairs(route))
            for app_label, model_name, extra in pairs:
                model_key = (app_label, model_name) if app_label else None
                combos = [dict(extra)]
                for param in params:
                    if param in {"app_label", "app_name", "content_type_app_name"}:
                        combos = [{**c, param: app_label} for c in combos]
                    elif param in {"model_name", "content_type_model_name"}:
                        combos = [{**c, param: model_name} for c in combos]
                    elif param == "action":
                        continue
                    else:
                        combos = [
                            {**c, param: v}
                            for c in combos
                            for v in self.values(param, namespace, model_key)
                        ]
                for combo in combos:
                    url = "/" + PARAM.sub(
                        lambda m, c=combo: str(c[m.group(2) or m.group(3)]), route
                    )
                    url = url.replace("^", "").replace("$", "").replace("\\.", ".")
                    query = self.query(route, name, model_key, namespace)
                    yield f"{namespace}:{name}", url, query

    def query(self, route, name, model_key, namespace):
        """Searches for the marker; the ids of the model a chooser or bulk action shows."""
        model = self.namespace_models.get(namespace)
        if model_key is not None:
            model = self.model_by_name(*model_key)
        query = {"q": "geheim"}  # finds the marked things without echoing the marker
        if model is not None:
            query["id"] = self.ids_of(model)
        if name in {"index", "list", "list_results", "index_results"}:
            query["export"] = "csv"
        return query


def body(response):
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


def pending_messages(client):
    """The text of the messages waiting in the client's cookie; taken out of it."""
    cookie = client.cookies.pop("messages", None)
    if cookie is None or not cookie.value:
        return ""
    signer = signing.get_cookie_signer(salt="django.contrib.messages")
    try:
        messages = signer.unsign_object(cookie.value, serializer=MessageSerializer)
    except signing.BadSignature:
        return ""
    return " ".join(str(message.message) for message in messages or [])


def others_state(ids):
    """What the sweep must leave as it was: revisions, titles, files and personal data."""
    return (
        Revision.objects.filter(object_id__in=[str(pk) for pk in ids[Page]]).count(),
        sorted(Page.objects.filter(pk__in=ids[Page]).values_list("title", "live")),
        get_image_model().objects.filter(title__startswith=MARKER).count(),
        get_document_model().objects.filter(title__startswith=MARKER).count(),
        WorkflowState.objects.get(pk=ids[WorkflowState][0]).status,
        TaskState.objects.get(pk=ids[TaskState][0]).status,
        sorted(Subscriber.objects.values_list("email", "status")),
        InitiativeSignup.objects.count(),
        sorted(Registration.objects.values_list("email", "status")),
        sorted(Invitation.objects.values_list("email", "token_hash")),
        Mailing.objects.count(),
        sorted(Group.objects.values_list("name", flat=True)),
    )


def sweep(client, user, ids):
    """Request every URL; returns (patterns, requests, exposures, errors)."""
    runner = Sweep(ids)
    client.raise_request_exception = False
    patterns = len(admin_patterns())
    tried, exposures, errors = 0, [], []
    for name, url, query in runner.urls():
        for method in ("get", "post"):
            tried += 1
            if method == "get":
                response = client.get(url, query)
            else:
                ids_only = {"id": query["id"]} if "id" in query else {}
                response = client.post(f"{url}?{urlencode(ids_only, doseq=True)}")
            if "_auth_user_id" not in client.session:
                client.force_login(user)  # after the logout URL
            if response.status_code >= 500 and (method, url) not in UPSTREAM_ERRORS:
                errors.append((method, name, url, response.status_code))
            elif 200 <= response.status_code < 300 and SEARCH.encode() in body(response).lower():
                exposures.append((method, name, url, query))
            if SEARCH in pending_messages(client).lower():  # shown on whatever page comes next
                exposures.append((method, name, url, query, "message"))
    return patterns, tried, exposures, errors


def test_volunteer_cannot_see_or_change_others_data_through_any_admin_url(client, member_a, others):
    ids = others["ids"]
    client.force_login(member_a)
    before = others_state(ids)
    patterns, tried, exposures, errors = sweep(client, member_a, ids)
    assert patterns > 300
    assert tried > 1000
    assert not errors and not exposures, "\n".join(map(str, [*errors, *exposures]))
    assert others_state(ids) == before
    print(f"\nadmin sweep: {patterns} patterns, {tried} requests, 0 exposures, 0 errors")  # noqa: T201 - the figures for docs/security.md


def test_anonymous_visitors_get_404_for_drafts(client, others):
    experience = others["experience"]
    assert client.get(experience.get_parent().url + experience.slug + "/").status_code == 404
    assert MARKER.encode() not in client.get(others["initiative"].url).content
