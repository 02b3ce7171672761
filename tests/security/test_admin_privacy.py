"""Personal data behind its view permission, and drafts kept within their group, checked at the
doors the admin sweep found open: the snippet chooser, wagtail-localize's snippet API, the bulk
confirmations, the page search, the site history and the page-type report. Each door is also
tried by an account that may pass, so a door closed to everyone would fail here."""

import json

import pytest

from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from wagtail.models import Page, TranslatableMixin
from wagtail.permissions import policy_registry

from home.roles import EDITORS_GROUP
from initiatives.models import InitiativeSignup
from localgroups.models import ExperiencePage, Invitation
from news.models import Registration
from newsletter.models import Delivery, Mailing, Subscriber
from tests.localgroups.conftest import make_user

EMAIL = "anna.geheim@example.org"
DRAFT = "Ervaring van groep B in concept"


@pytest.fixture
def subscriber(db):
    return Subscriber.objects.create(email=EMAIL, language="nl")


@pytest.fixture
def signup(db):
    return InitiativeSignup.objects.create(
        name="Buurtkeuken Geheim",
        place="Utrecht",
        province="utrecht",
        description="Koken",
        contact_name="Bea",
        contact_email="bea.geheim@example.org",
    )


@pytest.fixture
def reader(db):
    """An account with only the view permission on subscribers (and admin access)."""
    group = Group.objects.create(name="Lezers nieuwsbrief")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="view_subscriber"),
    )
    return make_user("lezer", group)


@pytest.fixture
def adder(db):
    """An account that may add subscribers but not see them."""
    group = Group.objects.create(name="Toevoegers nieuwsbrief")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="add_subscriber"),
    )
    return make_user("toevoeger", group)


@pytest.fixture
def draft_b(method, initiative_b, member_b):
    page = ExperiencePage(
        title=DRAFT,
        slug="concept-b",
        initiative=initiative_b,
        what_we_did="<p>Wat we deden.</p>",
        live=False,
        owner=member_b,
    )
    method.add_child(instance=page)
    page.save_revision(user=member_b, log_action=True)
    return page


@pytest.fixture
def draft_a(method, initiative_a, member_a):
    page = ExperiencePage(
        title="Ervaring van groep A in concept",
        slug="concept-a",
        initiative=initiative_a,
        what_we_did="<p>Wat we deden.</p>",
        live=False,
        owner=member_a,
    )
    method.add_child(instance=page)
    page.save_revision(user=member_a, log_action=True)
    return page


def chooser_urls(model, pk):
    name = f"wagtailsnippetchoosers_{model._meta.app_label}_{model._meta.model_name}"
    return [
        reverse(f"{name}:choose"),
        reverse(f"{name}:choose_results"),
        reverse(f"{name}:chosen", args=[pk]),
        reverse(f"{name}:chosen_multiple") + f"?id={pk}",
    ]


def localize_urls(model, pk):
    args = [model._meta.app_label, model._meta.model_name]
    return [
        reverse("wagtail_localize:snippets_api_listing", args=args),
        reverse("wagtail_localize:snippets_api_detail", args=[*args, pk]),
    ]


def test_personal_data_models_are_not_translatable_snippets():
    for model in (Subscriber, InitiativeSignup, Registration, Invitation, Mailing, Delivery):
        assert not issubclass(model, TranslatableMixin), model


@pytest.mark.parametrize("model_fixture", ["subscriber", "signup"])
def test_volunteer_is_refused_by_chooser_and_localize_api(client, member_a, request, model_fixture):
    instance = request.getfixturevalue(model_fixture)
    client.force_login(member_a)
    for url in chooser_urls(type(instance), instance.pk) + localize_urls(
        type(instance), instance.pk
    ):
        response = client.get(url)
        assert response.status_code in (302, 403), url  # Wagtail's refusal
        assert b"geheim" not in response.content.lower(), url


def test_view_permission_opens_the_same_doors(client, reader, subscriber):
    client.force_login(reader)
    chosen = client.get(chooser_urls(Subscriber, subscriber.pk)[2])
    assert json.loads(chosen.content)["result"]["string"] == EMAIL
    listing = client.get(localize_urls(Subscriber, subscriber.pk)[0])
    assert EMAIL in [row["title"] for row in listing.json()]
    assert EMAIL in client.get(reverse("wagtailsnippets_newsletter_subscriber:list")).text


def test_adding_without_view_permission_shows_nothing(client, adder, subscriber):
    policy = policy_registry.get_by_type(Subscriber)
    assert not policy.user_has_permission(adder, "add")
    client.force_login(adder)
    for url in [reverse("wagtailsnippets_newsletter_subscriber:list")] + chooser_urls(
        Subscriber, subscriber.pk
    ):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert EMAIL.encode() not in response.content


def test_bulk_confirmation_names_nothing_the_volunteer_may_not_see(
    client, member_a, subscriber, draft_b, draft_a
):
    client.force_login(member_a)
    url = reverse("wagtail_bulk_action", args=["newsletter", "subscriber", "delete"])
    response = client.get(f"{url}?id={subscriber.pk}")
    assert EMAIL.encode() not in response.content
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "delete"])
    response = client.get(f"{url}?id={draft_b.pk}&id={draft_a.pk}")
    assert DRAFT not in response.text
    # Their own draft is still named (as one they may not delete).
    assert "Ervaring van groep A in concept" in response.text
    assert Subscriber.objects.filter(pk=subscriber.pk).exists()


def test_page_search_and_history_keep_drafts_within_the_group(client, member_a, draft_b, draft_a):
    client.force_login(member_a)
    search = client.get(reverse("wagtailadmin_pages:search"), {"q": "concept"}).text
    assert DRAFT not in search
    assert "Ervaring van groep A in concept" in search
    history = client.get(reverse("wagtailadmin_reports:site_history")).text
    assert DRAFT not in history
    assert "Ervaring van groep A in concept" in history
    usage = client.get(reverse("wagtailadmin_reports:page_types_usage")).text
    assert DRAFT not in usage
    listing = client.get(
        reverse("wagtailadmin_pages:type_use", args=["localgroups", "experiencepage"])
    ).text
    assert DRAFT not in listing
    history_of_b = client.get(reverse("wagtailadmin_pages:history", args=[draft_b.pk]), follow=True)
    assert history_of_b.status_code == 404
    assert DRAFT not in history_of_b.text


def test_page_chooser_names_no_draft_of_another_group(client, member_a, draft_b, draft_a):
    """The chooser's chosen-multiple view reads its `?id=` pages past the chooser hooks."""
    client.force_login(member_a)
    url = reverse("wagtailadmin_choose_page_chosen_multiple")
    foreign = client.get(url, {"id": [draft_b.pk]}, follow=True)
    assert foreign.status_code == 404
    assert DRAFT not in foreign.text
    own = client.get(url, {"id": [draft_a.pk]})
    assert own.status_code == 200
    assert "Ervaring van groep A in concept" in own.text


def test_editors_still_see_every_draft(client, draft_b):
    editor = make_user("redacteur-privacy", Group.objects.get(name=EDITORS_GROUP))
    client.force_login(editor)
    assert DRAFT in client.get(reverse("wagtailadmin_pages:search"), {"q": "concept"}).text
    assert DRAFT in client.get(reverse("wagtailadmin_reports:site_history")).text
    explorer = client.get(reverse("wagtailadmin_explore", args=[draft_b.get_parent().pk]))
    assert DRAFT in explorer.text
    assert Page.objects.filter(pk=draft_b.pk).exists()


def test_policy_names_only_accounts_with_the_view_permission(reader, adder):
    users = policy_registry.get_by_type(Subscriber).users_with_any_permission(["add", "view"])
    assert reader in users
    assert adder not in users
