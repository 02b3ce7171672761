"""Roles and groups are made and kept in step by code."""

from io import StringIO

from django.contrib.auth.models import Group
from django.core.management import call_command

from wagtail.models import (
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    WorkflowPage,
)

from home import requestcache
from home.roles import EDITORS_GROUP, is_editor
from initiatives.models import InitiativeIndexPage, InitiativePage
from localgroups.models import LocalGroup
from localgroups.roles import WORKFLOW_NAME, is_volunteer, member_initiative_ids
from methods.models import MethodIndexPage


def test_every_initiative_has_its_group(db):
    dutch = InitiativePage.objects.filter(locale=Locale.get_default())
    assert LocalGroup.objects.count() == dutch.count() > 0
    group = LocalGroup.objects.get(initiative__slug="weggeefwinkel-amersfoort")
    assert group.group.name == "Lokale groep: Weggeefwinkel Amersfoort"
    perms = set(
        GroupPagePermission.objects.filter(group=group.group).values_list(
            "page_id", "permission__codename"
        )
    )
    for index in MethodIndexPage.objects.all():
        assert (index.pk, "add_page") in perms
    assert (group.initiative_id, "change_page") in perms
    assert not any(codename == "publish_page" for _, codename in perms)
    own = set(
        GroupCollectionPermission.objects.filter(
            group=group.group, collection=group.collection
        ).values_list("permission__codename", flat=True)
    )
    assert own == {"add_image", "choose_image", "add_document", "choose_document"}


def test_group_follows_the_published_title_and_goes_with_the_page(db):
    page = InitiativePage.objects.get(slug="amargi-den-haag", locale__language_code="nl")
    group_id = page.local_group.group_id
    page.title = "Amargi (concept)"
    page.save_revision()  # a draft renames nothing
    assert Group.objects.get(pk=group_id).name == "Lokale groep: Amargi"
    page.save_revision().publish()
    assert Group.objects.get(pk=group_id).name == "Lokale groep: Amargi (concept)"
    page.delete()
    assert not Group.objects.filter(pk=group_id).exists()


def test_new_initiative_gets_a_group_and_same_names_stay_apart(db):
    index = InitiativeIndexPage.objects.get(locale=Locale.get_default())
    twin = InitiativePage(
        title="Amargi", slug="amargi-tweede", place="Delft", province="zuid-holland"
    )
    index.add_child(instance=twin)
    assert twin.local_group.group.name == "Lokale groep: Amargi (Delft)"


def test_editors_group_and_workflow(db):
    editors = Group.objects.get(name=EDITORS_GROUP)
    codenames = set(editors.permissions.values_list("codename", flat=True))
    assert {"access_admin", "change_user", "change_sitesettings", "add_theme"} <= codenames
    assert GroupPagePermission.objects.filter(
        group=editors, permission__codename="publish_page", page__depth=1
    ).exists()
    sections = [*MethodIndexPage.objects.all(), *InitiativeIndexPage.objects.all()]
    assert len(sections) == 4
    for section in sections:
        assert WorkflowPage.objects.get(page=section).workflow.name == WORKFLOW_NAME


def test_setup_roles_is_idempotent(db):
    def counts():
        return (
            Group.objects.count(),
            GroupPagePermission.objects.count(),
            GroupCollectionPermission.objects.count(),
            WorkflowPage.objects.count(),
        )

    before = counts()
    call_command("setup_roles", stdout=StringIO())
    call_command("setup_roles", stdout=StringIO())
    assert counts() == before


def test_roles_are_asked_once_per_request_and_nothing_sticks_to_the_user(
    editor, member_a, initiative_a, django_assert_num_queries
):
    with requestcache.scope():
        with django_assert_num_queries(1):
            assert is_editor(editor)
            assert is_editor(editor)
        with django_assert_num_queries(2):
            assert member_initiative_ids(member_a) == {initiative_a.pk}
            assert not is_editor(member_a)
            assert is_volunteer(member_a)
    assert not [name for name in vars(editor) | vars(member_a) if name.startswith("_kennisbank")]
    # A new request asks again: a member who left the group is no longer one.
    member_a.groups.clear()
    with requestcache.scope():
        assert member_initiative_ids(member_a) == frozenset()
