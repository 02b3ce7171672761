from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.action_menu import ActionMenuItem
from wagtail.admin.panels import FieldPanel
from wagtail.admin.viewsets.base import ViewSet, ViewSetGroup
from wagtail.permissions import register_permission_policy
from wagtail.snippets.views.snippets import SnippetViewSet

from home import queries
from home.exports import spreadsheet_text
from home.permissions import PermissionCheckedSnippetChooserViewSet, PersonalDataPermissionPolicy
from home.sections import HomeSection

from . import admin_views
from .emails import send_confirmation
from .models import NewsletterIndexPage, NewsletterItem, NewsletterPage, Subscriber

# Subscribers' addresses: only with the view permission, through every admin door.
register_permission_policy(Subscriber, PersonalDataPermissionPolicy(Subscriber))


@hooks.register("register_admin_urls")
def newsletter_admin_urls():
    return [
        path("nieuwsbrief/<int:page_id>/versturen/", admin_views.send, name="newsletter_send"),
        path(
            "nieuwsbrief/<int:page_id>/e-mail/<str:language>/",
            admin_views.email_preview,
            name="newsletter_email_preview",
        ),
    ]


class SendMenuItem(ActionMenuItem):
    label = _("Voorbeeld, test en versturen…")
    name = "newsletter-send"
    icon_name = "mail"
    order = 90

    def is_shown(self, context):
        return context.get("view") == "edit" and isinstance(context.get("page"), NewsletterPage)

    def get_url(self, context):
        return reverse("newsletter_send", args=[context["page"].pk])


@hooks.register("register_page_action_menu_item")
def newsletter_send_menu_item():
    return SendMenuItem()


@hooks.register("before_create_page")
def prefill_newsletter(request, parent_page, page_class):
    """A new newsletter starts as a draft that already lists everything published since the
    previous one; the editor then drops, adds and reorders in the normal editor."""
    if page_class is not NewsletterPage or request.method != "GET":
        return None
    today = timezone.localdate()
    title = str(_("Nieuwsbrief %(month)s")) % {"month": date_format(today, "F Y")}
    slug = base = slugify(title) or "nieuwsbrief"
    number = 1
    while parent_page.get_children().filter(slug=slug).exists():
        number += 1
        slug = f"{base}-{number}"
    page = NewsletterPage(
        title=title, slug=slug, live=False, locale=parent_page.locale, owner=request.user
    )
    page.items = [
        NewsletterItem(item=item, sort_order=i)
        for i, item in enumerate(NewsletterPage.proposed_items(parent_page.locale))
    ]
    parent_page.add_child(instance=page)
    page.save_revision(user=request.user, log_action=True)
    return redirect("wagtailadmin_pages:edit", page.pk)


class SubscriberViewSet(SnippetViewSet):
    model = Subscriber
    icon = "group"
    menu_label = _("Abonnees")
    list_display = ["email", "language", "status", "consent_at", "created_at"]
    list_filter = ["status", "language"]
    list_export = [
        "email",
        "language",
        "status",
        "consent_at",
        "consent_source",
        "confirmed_at",
        "created_at",
    ]
    export_headings = {
        "email": "email",
        "language": "taal",
        "status": "status",
        "consent_at": "toestemming_op",
        "consent_source": "toestemming_bron",
        "confirmed_at": "bevestigd_op",
        "created_at": "aangemaakt_op",
    }
    export_filename = "abonnees-nieuwsbrief"
    search_fields = ["email"]
    search_backend_name = None
    ordering = ["email"]
    copy_view_enabled = False
    inspect_view_enabled = True
    chooser_viewset_class = PermissionCheckedSnippetChooserViewSet

    def get_index_view_kwargs(self, **kwargs):
        text = {"csv": spreadsheet_text, "xlsx": spreadsheet_text}
        preprocess = dict.fromkeys(("email", "language", "status", "consent_source"), text)
        return super().get_index_view_kwargs(custom_field_preprocess=preprocess, **kwargs)

    panels = [
        FieldPanel("email"),
        FieldPanel("language"),
        FieldPanel("status", read_only=True),
        FieldPanel("consent_at", read_only=True),
        FieldPanel("consent_source", read_only=True),
    ]


class SubscriberImportViewSet(ViewSet):
    name = "newsletter_import"
    icon = "upload"
    menu_label = _("Abonnees importeren")
    url_prefix = "nieuwsbrief/importeren"

    def get_urlpatterns(self):
        return [path("", admin_views.import_view, name="index")]

    @property
    def menu_url(self):
        return reverse(self.get_url_name("index"))


class NewsletterViewSetGroup(ViewSetGroup):
    items = (SubscriberViewSet, SubscriberImportViewSet)
    menu_label = _("Nieuwsbrief")
    menu_icon = "mail"
    menu_order = 250


@hooks.register("register_admin_viewset")
def register_newsletter_viewsets():
    return NewsletterViewSetGroup()


@hooks.register("after_create_snippet")
def confirm_added_subscriber(request, instance):
    """An address that an editor adds by hand has given no recorded consent: ask for it."""
    if isinstance(instance, Subscriber) and instance.status == Subscriber.Status.PENDING:
        index = NewsletterIndexPage.objects.filter(locale__language_code="nl").first()
        if index is not None:
            send_confirmation(instance, index)


@hooks.register("register_demo_content")
def newsletter_demo_content(stdout=None):
    from .demo import load

    load(stdout=stdout)


@hooks.register("register_home_section")
def newsletter_on_home_page(home_page, request):
    """An invitation to subscribe, after the news and the agenda."""
    archive = queries.child_of_type(home_page, NewsletterIndexPage)
    if archive is None:
        return None
    return HomeSection(
        template="newsletter/includes/home_section.html", order=40, context={"archive": archive}
    )
