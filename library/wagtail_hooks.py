from django.urls import path
from django.utils.translation import gettext_lazy as _

from wagtail import hooks

from . import moderation


@hooks.register("register_demo_content")
def load_library_demo_content(stdout=None):
    from .demo import load

    load(stdout=stdout)


@hooks.register("register_admin_urls")
def moderation_admin_urls():
    return [
        path(
            "bibliotheek/documenten/<int:document_id>/goedkeuren/",
            moderation.approve_view,
            name="library_approve_document",
        ),
        path(
            "bibliotheek/documenten/<int:document_id>/afwijzen/",
            moderation.reject_view,
            name="library_reject_document",
        ),
    ]


# After the volunteers' dashboard (localgroups), which replaces Wagtail's panels.
hooks.register("construct_homepage_panels", moderation.dashboard_panels, order=100)
hooks.register("before_serve_document", moderation.refuse_unapproved_file)


@hooks.register("register_log_actions")
def moderation_log_actions(actions):
    actions.register_action(
        moderation.APPROVED_ACTION, _("Document goedgekeurd"), _("Document goedgekeurd")
    )
    actions.register_action(
        moderation.REJECTED_ACTION, _("Document afgewezen"), _("Document afgewezen")
    )
