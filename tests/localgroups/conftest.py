import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from home.roles import EDITORS_GROUP
from initiatives.models import InitiativePage
from localgroups.models import LocalGroup
from methods.models import MethodIndexPage, MethodPage


def make_user(username, *groups):
    user = get_user_model().objects.create_user(
        username=username, email=f"{username}@example.org", password="geheim-wachtwoord-123"
    )
    user.groups.add(*groups)
    return user


@pytest.fixture
def initiative_a(db):
    return InitiativePage.objects.get(slug="weggeefwinkel-amersfoort", locale__language_code="nl")


@pytest.fixture
def initiative_b(db):
    return InitiativePage.objects.get(
        slug="buurtmoeders-catering-amsterdam", locale__language_code="nl"
    )


@pytest.fixture
def method(db):
    return MethodPage.objects.get(slug="weggeefwinkel", locale__language_code="nl")


@pytest.fixture
def method_index(db):
    return MethodIndexPage.objects.get(locale__language_code="nl")


@pytest.fixture
def editor(db):
    return make_user("redacteur", Group.objects.get(name=EDITORS_GROUP))


@pytest.fixture
def member_a(initiative_a):
    return make_user("lid-a", LocalGroup.objects.get(initiative=initiative_a).group)


@pytest.fixture
def member_b(initiative_b):
    return make_user("lid-b", LocalGroup.objects.get(initiative=initiative_b).group)


def initiative_form_data(page, **changes):
    """What the admin's edit form posts for an initiative page, with `changes`."""
    data = {
        "title": page.title,
        "slug": page.slug,
        "summary": page.summary,
        "place": page.place,
        "province": page.province,
        "status": page.status,
        "body": streamfield([]),
        "partners": inline_formset([]),
        "funding": inline_formset([]),
    }
    data.update(changes)
    return nested_form_data(data)


def experience_form_data(**changes):
    data = {
        "title": "Een markt op het plein",
        "slug": "een-markt-op-het-plein",
        "date": "2025-05-01",
        "summary": "",
        "what_we_did": rich_text("<p>We stonden met een kraam op de markt.</p>"),
        "what_worked": rich_text(""),
        "points_of_attention": rich_text(""),
        "photos": streamfield([]),
        "contact_name": "",
        "contact_email": "",
    }
    data.update(changes)
    return nested_form_data(data)
