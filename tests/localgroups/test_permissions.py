"""The permission matrix: each role against each action, through the real admin views.

A refused action answers with Wagtail's refusal (a redirect to the admin home or to the login,
or a 403) and creates no revision and no page."""

import pytest

from django.urls import reverse

from wagtail.models import Page, Revision, WorkflowState

from localgroups.models import ExperiencePage
from methods.models import MethodPage

from .conftest import experience_form_data, initiative_form_data

ROLES = ["anonymous", "member_a", "member_b", "editor"]


@pytest.fixture
def as_role(db, client, request):
    """Log the client in as the named role; returns the user (None for anonymous)."""

    def login(role):
        if role == "anonymous":
            return None
        user = request.getfixturevalue(role)
        client.force_login(user)
        return user

    return login


def assert_refused(response):
    assert response.status_code in (302, 403), response.status_code
    if response.status_code == 302:
        location = response["Location"]
        assert location == reverse("wagtailadmin_home") or location.startswith(
            reverse("wagtailadmin_login")
        ), location


def revisions_of(page):
    return Revision.page_revisions.filter(object_id=str(page.pk)).count()


@pytest.mark.parametrize(
    ("role", "allowed"),
    [("anonymous", False), ("member_a", True), ("member_b", False), ("editor", True)],
)
def test_edit_initiative_of_group_a(client, as_role, initiative_a, role, allowed):
    as_role(role)
    before = revisions_of(initiative_a)
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[initiative_a.pk]),
        initiative_form_data(initiative_a, summary="Nieuwe samenvatting."),
    )
    if allowed:
        assert response.status_code == 302
        assert revisions_of(initiative_a) == before + 1
        initiative_a.refresh_from_db()
        draft = initiative_a.get_latest_revision_as_object()
        assert draft.summary == "Nieuwe samenvatting."
    else:
        assert_refused(response)
        assert revisions_of(initiative_a) == before
    initiative_a.refresh_from_db()
    assert initiative_a.summary != "Nieuwe samenvatting."  # saving never publishes


@pytest.mark.parametrize(
    ("role", "allowed"),
    [("anonymous", False), ("member_a", True), ("member_b", True), ("editor", True)],
)
def test_add_experience_under_a_method(client, as_role, method, initiative_b, role, allowed):
    user = as_role(role)
    response = client.post(
        reverse("wagtailadmin_pages:add", args=["localgroups", "experiencepage", method.pk]),
        # Local groups cannot choose: their own initiative is filled in, whatever is posted.
        experience_form_data(initiative=str(initiative_b.pk)),
    )
    created = ExperiencePage.objects.child_of(method).filter(slug="een-markt-op-het-plein")
    if allowed:
        assert response.status_code == 302, response.content[:2000]
        page = created.get()
        assert not page.live
        own = {"member_a": "weggeefwinkel-amersfoort", "member_b": initiative_b.slug}
        assert page.initiative.slug == own.get(role, initiative_b.slug)
        assert page.owner == user
    else:
        assert_refused(response)
        assert not created.exists()


@pytest.mark.parametrize(
    ("role", "allowed"),
    [("anonymous", False), ("member_a", False), ("member_b", False), ("editor", True)],
)
def test_add_a_method(client, as_role, method_index, role, allowed):
    as_role(role)
    url = reverse("wagtailadmin_pages:add", args=["methods", "methodpage", method_index.pk])
    count = MethodPage.objects.count()
    if allowed:
        assert client.get(url).status_code == 200
    else:
        assert_refused(client.get(url))
        assert_refused(client.post(url, {"title": "Eigen methodiek", "slug": "eigen"}))
        assert MethodPage.objects.count() == count


@pytest.mark.parametrize(("role", "published"), [("member_a", False), ("editor", True)])
def test_publish_is_only_a_draft_for_local_groups(client, as_role, initiative_a, role, published):
    as_role(role)
    data = initiative_form_data(initiative_a, summary="Gepubliceerd?")
    data["action-publish"] = "action-publish"
    client.post(reverse("wagtailadmin_pages:edit", args=[initiative_a.pk]), data)
    initiative_a.refresh_from_db()
    assert (initiative_a.summary == "Gepubliceerd?") is published
    assert initiative_a.get_latest_revision_as_object().summary == "Gepubliceerd?"


@pytest.fixture
def submitted_by_a(client, member_a, initiative_a):
    """Group A's change to its initiative, submitted for moderation."""
    client.force_login(member_a)
    data = initiative_form_data(initiative_a, summary="Ter goedkeuring.")
    data["action-submit"] = "action-submit"
    client.post(reverse("wagtailadmin_pages:edit", args=[initiative_a.pk]), data)
    client.logout()
    state = WorkflowState.objects.active().get(object_id=str(initiative_a.pk))
    return state.current_task_state


@pytest.mark.parametrize("action", ["approve", "reject"])
@pytest.mark.parametrize(
    ("role", "allowed"),
    [("anonymous", False), ("member_a", False), ("member_b", False), ("editor", True)],
)
def test_approve_and_reject(client, as_role, submitted_by_a, initiative_a, action, role, allowed):
    as_role(role)
    response = client.post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[initiative_a.pk, action, submitted_by_a.pk],
        ),
        {"comment": "Prima." if action == "approve" else "Graag een foto erbij."},
    )
    submitted_by_a.refresh_from_db()
    initiative_a.refresh_from_db()
    if allowed:
        expected = "approved" if action == "approve" else "rejected"
        assert submitted_by_a.status == expected
        assert (initiative_a.summary == "Ter goedkeuring.") is (action == "approve")
    else:
        assert response.status_code in (302, 403)
        assert submitted_by_a.status == "in_progress"
        assert initiative_a.summary != "Ter goedkeuring."


@pytest.mark.parametrize(
    ("role", "allowed"),
    [("anonymous", False), ("member_a", True), ("member_b", False), ("editor", True)],
)
def test_view_group_a_draft(client, as_role, submitted_by_a, initiative_a, role, allowed):
    as_role(role)
    for url in (
        reverse("wagtailadmin_pages:view_draft", args=[initiative_a.pk]),
        reverse("wagtailadmin_pages:history", args=[initiative_a.pk]),
        reverse(
            "wagtailadmin_pages:revisions_view",
            args=[initiative_a.pk, Page.objects.get(pk=initiative_a.pk).latest_revision_id],
        ),
    ):
        response = client.get(url)
        if allowed:
            assert response.status_code == 200, url
        else:
            assert_refused(response)
            assert b"Ter goedkeuring." not in response.content


@pytest.mark.parametrize(
    ("role", "allowed"),
    [("anonymous", False), ("member_a", False), ("member_b", False), ("editor", True)],
)
def test_users_settings_and_snippets(client, as_role, role, allowed):
    as_role(role)
    for url in (
        reverse("wagtailusers_users:index"),
        reverse("wagtailsettings:edit", args=["home", "sitesettings"]),
        reverse("wagtailsnippets_home_theme:list"),
        reverse("local_groups:index"),
        reverse("invitations:add"),
    ):
        if allowed:
            assert client.get(url, follow=True).status_code == 200, url
        else:
            assert_refused(client.get(url))


def test_refused_actions_leave_no_trace(client, member_b, initiative_a):
    """A forged POST by group B to group A's page: no revision, no log entry, no change."""
    from wagtail.models import PageLogEntry

    client.force_login(member_b)
    logs = PageLogEntry.objects.filter(page=initiative_a).count()
    before = revisions_of(initiative_a)
    for action in ("action-submit", "action-publish", ""):
        data = initiative_form_data(initiative_a, title="Overgenomen")
        if action:
            data[action] = action
        assert_refused(
            client.post(reverse("wagtailadmin_pages:edit", args=[initiative_a.pk]), data)
        )
    assert_refused(client.post(reverse("wagtailadmin_pages:delete", args=[initiative_a.pk])))
    assert_refused(client.post(reverse("wagtailadmin_pages:unpublish", args=[initiative_a.pk])))
    assert revisions_of(initiative_a) == before
    assert PageLogEntry.objects.filter(page=initiative_a).count() == logs
    assert Page.objects.get(pk=initiative_a.pk).title == "Weggeefwinkel Amersfoort"
