"""The full moderation flow through the admin, with mail over real SMTP."""

import pytest

from django.urls import reverse

from wagtail.models import PageLogEntry, WorkflowState

from localgroups.models import ExperiencePage

from .conftest import experience_form_data, initiative_form_data


def submit_initiative_change(client, member, initiative, **changes):
    client.force_login(member)
    data = initiative_form_data(initiative, **changes)
    data["action-submit"] = "action-submit"
    response = client.post(reverse("wagtailadmin_pages:edit", args=[initiative.pk]), data)
    assert response.status_code == 302
    return WorkflowState.objects.active().get(object_id=str(initiative.pk))


def act(client, editor, page, state, action, comment=""):
    client.force_login(editor)
    response = client.post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[page.pk, action, state.current_task_state.pk],
        ),
        {"comment": comment},
    )
    assert response.status_code == 302


def mails_to(inbox, address):
    return [m["message"] for m in inbox.messages if address in m["to"]]


def test_approved_change_goes_live(client, smtp_server, editor, member_a, initiative_a):
    state = submit_initiative_change(client, member_a, initiative_a, summary="Nu ook op zaterdag.")
    # Live page unchanged while it waits; the editors got mail.
    assert "Nu ook op zaterdag." not in client.get(initiative_a.url).content.decode()
    assert mails_to(smtp_server, editor.email), "editors are told about the submission"

    act(client, editor, initiative_a, state, "approve")
    client.logout()
    assert "Nu ook op zaterdag." in client.get(initiative_a.url).content.decode()
    approved = mails_to(smtp_server, member_a.email)
    assert approved and initiative_a.title in approved[-1]["Subject"]
    actions = set(PageLogEntry.objects.filter(page=initiative_a).values_list("action", flat=True))
    assert {"wagtail.workflow.start", "wagtail.workflow.approve", "wagtail.publish"} <= actions
    assert PageLogEntry.objects.filter(
        page=initiative_a, action="wagtail.workflow.start", user=member_a
    ).exists()


def test_rejected_change_keeps_the_live_page_and_tells_the_author_why(
    client, smtp_server, editor, member_a, initiative_a
):
    state = submit_initiative_change(client, member_a, initiative_a, summary="Te vroeg.")
    act(client, editor, initiative_a, state, "reject", comment="Graag eerst een foto erbij.")

    client.logout()
    assert "Te vroeg." not in client.get(initiative_a.url).content.decode()
    initiative_a.refresh_from_db()
    assert initiative_a.get_latest_revision_as_object().summary == "Te vroeg."  # draft kept

    rejected = mails_to(smtp_server, member_a.email)
    assert (
        rejected
        and "Graag eerst een foto erbij." in rejected[-1].get_body(("plain",)).get_content()
    )
    # The author sees the comment on their dashboard.
    client.force_login(member_a)
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Graag eerst een foto erbij." in dashboard
    assert "De redactie vraagt om aanpassingen." in dashboard


def test_experience_is_visible_only_after_approval(client, smtp_server, editor, member_a, method):
    client.force_login(member_a)
    data = experience_form_data(title="Kraam op de markt", slug="kraam-op-de-markt")
    data["action-submit"] = "action-submit"
    response = client.post(
        reverse("wagtailadmin_pages:add", args=["localgroups", "experiencepage", method.pk]), data
    )
    assert response.status_code == 302
    experience = ExperiencePage.objects.get(slug="kraam-op-de-markt")
    client.logout()
    assert client.get(method.url).content.decode().count("Kraam op de markt") == 0
    assert client.get(experience.url if experience.url else "/nl/nope/").status_code == 404

    state = WorkflowState.objects.active().get(object_id=str(experience.pk))
    act(client, editor, experience, state, "approve")
    client.logout()
    experience.refresh_from_db()
    assert experience.live
    method_html = client.get(method.url).content.decode()
    assert "Ervaringen uit de praktijk" in method_html and "Kraam op de markt" in method_html
    initiative_html = client.get(experience.initiative.url).content.decode()
    assert "Kraam op de markt" in initiative_html


@pytest.mark.parametrize("first", ["approve", "reject"])
def test_one_approved_one_rejected(
    client, smtp_server, editor, member_a, initiative_a, method, first
):
    """The done-when journey: an initiative change and an experience, one of each outcome."""
    state = submit_initiative_change(client, member_a, initiative_a, summary="Nieuwe tekst.")
    client.force_login(member_a)
    data = experience_form_data()
    data["action-submit"] = "action-submit"
    client.post(
        reverse("wagtailadmin_pages:add", args=["localgroups", "experiencepage", method.pk]), data
    )
    experience = ExperiencePage.objects.get(slug="een-markt-op-het-plein")
    experience_state = WorkflowState.objects.active().get(object_id=str(experience.pk))
    second = "reject" if first == "approve" else "approve"
    act(client, editor, initiative_a, state, first, comment="Zie opmerking.")
    act(client, editor, experience, experience_state, second, comment="Zie opmerking.")
    initiative_a.refresh_from_db()
    experience.refresh_from_db()
    assert (initiative_a.summary == "Nieuwe tekst.") is (first == "approve")
    assert experience.live is (second == "approve")
