"""Drafts stay private: a volunteer sees live pages, and unpublished ones only of their own
initiatives and experiences.

Wagtail asks the page permission policy which pages a user may explore and act on: the
explorer and its search, the page-type listings, the site history (audit log), the workflow
reports and the admin API all filter through `explorable_instances` or
`instances_user_has_any_permission_for`. `DraftsStayPrivatePolicy` narrows those answers for
volunteers, so another group's or the editors' drafts never show, whatever the view; it is
registered for `Page` in `wagtail_hooks.py`. Editors and superusers get Wagtail's answers.
`HiddenPagesMiddleware` answers 404 for any admin URL addressed by such a page's id.
"""

from django.db.models import Q
from django.http import Http404
from django.urls import reverse

from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from home.requestcache import memo

from .admin import scope_pages
from .roles import is_volunteer


def visible_pages(user):
    """A Q on Page for what `user` may see in the admin, or None when they see every page."""
    if not user.is_authenticated or not is_volunteer(user):
        return None
    return memo((__name__, "visible", user.pk), lambda: Q(live=True) | scope_pages(user))


def hide_foreign_drafts(pages, user):
    condition = visible_pages(user)
    return pages if condition is None else pages.filter(condition)


class DraftsStayPrivatePolicy(PagePermissionPolicy):
    """Wagtail's page permission policy, without other groups' drafts for volunteers."""

    def explorable_instances(self, user):
        return hide_foreign_drafts(super().explorable_instances(user), user)

    def instances_user_has_any_permission_for(self, user, actions):
        pages = super().instances_user_has_any_permission_for(user, actions)
        return hide_foreign_drafts(pages, user)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        if not super().user_has_any_permission_for_instance(user, actions, instance):
            return False
        condition = visible_pages(user)
        return condition is None or (Page.objects.filter(condition, pk=instance.pk).exists())


# Arguments of Wagtail's admin URLs that address a page.
PAGE_ARGUMENTS = {"page_id", "parent_page_id", "page_to_move_id", "destination_id", "page_pk"}
# Views that take their pages as `?id=` (the page chooser's chosen-multiple view reads them
# with Page.objects, past the chooser hooks and the permission policy).
PAGES_BY_QUERY = {"wagtailadmin_choose_page_chosen_multiple"}


class HiddenPagesMiddleware:
    """An admin view addressed by the id of a page that the policy hides from this user answers
    404, before the view runs: some of Wagtail's views name the page in a message before they
    check any permission (the workflow actions' "'<title>' is not awaiting moderation")."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if match is None or not request.path.startswith(reverse("wagtailadmin_home")):
            return None
        page_ids = [value for name, value in view_kwargs.items() if name in PAGE_ARGUMENTS]
        if "wagtailadmin_pages" in match.namespaces and "pk" in view_kwargs:
            page_ids.append(view_kwargs["pk"])
        if match.url_name in PAGES_BY_QUERY:
            page_ids += request.GET.getlist("id")
        if not page_ids:
            return None
        condition = visible_pages(request.user)
        if condition is None:
            return None
        ids = {int(value) for value in page_ids if str(value).isdigit()}
        if Page.objects.filter(pk__in=ids).exclude(condition).exists():
            raise Http404
        return None
