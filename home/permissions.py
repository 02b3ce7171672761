"""What an admin account may see, asked of Wagtail's permission policies at every door.

Wagtail checks permissions in its listings and edit views, but some side doors show any object
by id to any admin account: the snippet chooser (choose, results, chosen), wagtail-localize's
snippet API and the bulk-action confirmation pages (which list the objects the user may *not*
act on, by title). Here those doors ask the model's registered permission policy the same
question the listing asks, so one rule per model holds everywhere:

- `PersonalDataPermissionPolicy`: personal data (subscribers, sign-ups) is seen only with the
  model's *view* permission; without it no other permission opens a door either.
- `may_see_model` / `may_see`: any permission on the model (or, for pages, the object among the
  pages the user may explore; for images and documents, in a collection the user may use).
- `PermissionCheckedSnippetChooserViewSet`, `PermissionCheckedSnippetsAPI`, `BULK_ACTIONS`:
  the doors, built on Wagtail's and wagtail-localize's own classes.
"""

from django.core.exceptions import PermissionDenied

from wagtail.admin.views.pages import bulk_actions as page_actions
from wagtail.documents.views import bulk_actions as document_actions
from wagtail.images.views import bulk_actions as image_actions
from wagtail.models import Page
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import policy_registry
from wagtail.snippets.bulk_actions.delete import DeleteBulkAction as SnippetDeleteBulkAction
from wagtail.snippets.views.chooser import SnippetChooserViewSet
from wagtail_localize.views.snippets_api import SnippetViewSet as LocalizeSnippetViewSet

# Any of these on a model (or, for images and documents, on the object's collection) lets an
# account see the objects; choosing is seeing.
SEE_ACTIONS = ("view", "add", "change", "delete", "choose")


class PersonalDataPermissionPolicy(ModelPermissionPolicy):
    """Every action on personal data needs the view permission as well: an account that may
    only add (say, a subscriber by hand) does not get to read the list through that."""

    def user_has_permission(self, user, action):
        return super().user_has_permission(user, "view") and super().user_has_permission(
            user, action
        )

    def user_has_any_permission(self, user, actions):
        return super().user_has_permission(user, "view") and super().user_has_any_permission(
            user, actions
        )

    def users_with_any_permission(self, actions):
        viewers = super().users_with_any_permission(["view"]).values("pk")
        return super().users_with_any_permission(actions).filter(pk__in=viewers)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return self.user_has_any_permission(user, actions)


def may_see_model(user, model):
    """Whether `user` may see objects of `model` at all (what Wagtail's listings ask)."""
    return policy_registry.get_by_type(model).user_has_any_permission(user, SEE_ACTIONS)


def may_see(user, instance):
    """Whether `user` may see this object: a page they may explore, an image or document in a
    collection they may use, a snippet of a model they have a permission on."""
    policy = policy_registry.get_by_type(type(instance))
    if isinstance(instance, Page):
        return policy.explorable_instances(user).filter(pk=instance.pk).exists()
    return policy.user_has_any_permission_for_instance(user, SEE_ACTIONS, instance)


def _checked(view, model):
    def checked_view(request, *args, **kwargs):
        if not may_see_model(request.user, model):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return checked_view


class PermissionCheckedSnippetChooserViewSet(SnippetChooserViewSet):
    """Wagtail's snippet chooser, which answers any admin account, answering only accounts that
    may see the model (its permission policy)."""

    @property
    def choose_view(self):
        return _checked(super().choose_view, self.model)

    @property
    def choose_results_view(self):
        return _checked(super().choose_results_view, self.model)

    @property
    def chosen_view(self):
        return _checked(super().chosen_view, self.model)

    @property
    def chosen_multiple_view(self):
        return _checked(super().chosen_multiple_view, self.model)

    @property
    def create_view(self):
        return _checked(super().create_view, self.model)


class PermissionCheckedSnippetsAPI(LocalizeSnippetViewSet):
    """wagtail-localize's snippet API (titles for its translation editor's choosers) answering
    only accounts that may see the model."""

    def get_queryset(self):
        if not may_see_model(self.request.user, self.get_model()):
            raise PermissionDenied
        return super().get_queryset()


class OnlyWhatTheUserMaySee:
    """A bulk action that neither acts on nor names objects the user may not see: Wagtail lists
    the objects without permission by title on its confirmation page."""

    def get_actionable_objects(self):
        objects, extra = super().get_actionable_objects()
        user = self.request.user
        extra["items_with_no_access"] = [
            item for item in extra.get("items_with_no_access", []) if may_see(user, item)
        ]
        return [item for item in objects if may_see(user, item)], extra


def _checked_action(action_class):
    return type(action_class.__name__, (OnlyWhatTheUserMaySee, action_class), {})


# Registered with a later hook order than Wagtail's, so these replace its classes for the same
# models and action types.
BULK_ACTIONS = [
    _checked_action(action_class)
    for action_class in (
        page_actions.DeleteBulkAction,
        page_actions.MoveBulkAction,
        page_actions.PublishBulkAction,
        page_actions.UnpublishBulkAction,
        image_actions.AddTagsBulkAction,
        image_actions.AddToCollectionBulkAction,
        image_actions.DeleteBulkAction,
        document_actions.AddTagsBulkAction,
        document_actions.AddToCollectionBulkAction,
        document_actions.DeleteBulkAction,
        SnippetDeleteBulkAction,
    )
]
