"""Volunteers' documents wait for an editor.

A document that someone other than an editor uploads or changes is *pending*
(`library.forms.DocumentForm` sets it): it is not in the library, has no entry page, is not found
by the site search or listed in the sitemap, and its file is not served to visitors. Editors
approve or reject it from the queue on their dashboard; publishing a page (which only an editor
can, directly or by approving the workflow) approves the pending documents that page links
(Wagtail's reference index). The uploader gets an e-mail either way and sees the state on their
dashboard.
"""

import logging

from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.core.mail import EmailMessage
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wagtail.admin.ui.components import Component
from wagtail.admin.utils import get_admin_base_url, get_valid_next_url_from_request
from wagtail.documents import get_document_model
from wagtail.log_actions import log
from wagtail.models import Locale, ReferenceIndex
from wagtail.permissions import policy_registry
from wagtail.users.models import UserProfile

from home.roles import is_editor

from .models import APPROVED, PENDING, REJECTED

logger = logging.getLogger(__name__)

APPROVED_ACTION = "library.document_approved"
REJECTED_ACTION = "library.document_rejected"
QUEUE_LENGTH = 50


def may_review(user, document):
    """Editors, and whoever may change or choose the document in the admin (its uploader and
    their group), may open a document that is not approved yet."""
    if not user.is_authenticated:
        return False
    policy = policy_registry.get_by_type(get_document_model())
    return is_editor(user) or policy.user_has_any_permission_for_instance(
        user, ["change", "choose"], document
    )


def refuse_unapproved_file(document, request):
    """`before_serve_document`: the file of a pending or rejected document is not served to
    visitors (a 404, as for a document that does not exist)."""
    if document.is_approved or may_review(request.user, document):
        return None
    raise Http404(_("Dit document bestaat niet of is niet openbaar."))


def _public_address(document):
    """The document's entry in the library of the default language (absolute), or ''."""
    from .models import LibraryIndexPage

    library = LibraryIndexPage.objects.live().public().filter(locale=Locale.get_default()).first()
    if library is None:
        return ""
    base = library.get_full_url()
    if not base:
        return ""
    return base + library.reverse_subpage("document", kwargs={"document_id": document.pk})


def notify(document, page=None):
    """Tell the uploader that their document was approved or rejected. Returns False when
    there is nobody to tell or the mail server refuses (the decision stands either way)."""
    user = document.uploaded_by_user
    if user is None or not user.email:
        return False
    language = UserProfile.get_for_user(user).get_preferred_language()
    context = {
        "document": document,
        "user": user,
        "page": page,
        "approved": document.is_approved,
        "public_url": _public_address(document) if document.is_approved else "",
        "dashboard_url": (get_admin_base_url() or "") + reverse("wagtailadmin_home"),
    }
    try:
        with translation.override(language):
            subject = " ".join(
                render_to_string("library/email/document_moderated_subject.txt", context).split()
            )
            body = render_to_string("library/email/document_moderated.txt", context)
        EmailMessage(subject, body, to=[user.email]).send()
    except Exception:
        logger.exception("Moderation note to %s failed", user.email)
        return False
    return True


def approve(document, user=None, page=None):
    """Approve a pending or rejected document, log it and tell the uploader. Returns whether
    the uploader was told (None when nothing changed)."""
    if document.is_approved:
        return None
    document.moderation_status = APPROVED
    document.moderated_at = timezone.now()
    document.moderated_by = user
    document.rejection_reason = ""
    document.save(
        update_fields=["moderation_status", "moderated_at", "moderated_by", "rejection_reason"]
    )
    data = {"page_id": page.pk, "page_title": page.title} if page is not None else {}
    log(instance=document, action=APPROVED_ACTION, user=user, data=data)
    return notify(document, page=page)


def reject(document, user, reason=""):
    """Reject a document: it never shows to visitors. Logs it and tells the uploader."""
    document.moderation_status = REJECTED
    document.moderated_at = timezone.now()
    document.moderated_by = user
    document.rejection_reason = reason.strip()
    document.save(
        update_fields=["moderation_status", "moderated_at", "moderated_by", "rejection_reason"]
    )
    log(instance=document, action=REJECTED_ACTION, user=user, data={"reason": reason})
    return notify(document)


def approve_documents_of_page(sender, instance, revision=None, **kwargs):
    """`page_published`: the pending documents that the published page links become public
    with it. Costs one query when nothing is pending."""
    Document = get_document_model()
    if not Document.objects.pending().exists():
        return
    # The index is brought up to date here: Wagtail updates it through a task that may run
    # only after this signal.
    ReferenceIndex.create_or_update_for_object(instance)
    document_ids = ReferenceIndex.get_references_for_object(instance).filter(
        to_content_type=ContentType.objects.get_for_model(Document)
    )
    ids = {int(pk) for pk in document_ids.values_list("to_object_id", flat=True)}
    for document in (
        Document.objects.pending().filter(pk__in=ids).select_related("uploaded_by_user")
    ):
        approve(document, page=instance)


# ----------------------------------------------------------------------------------------
# Admin: the editors' queue and the volunteer's own documents


class PendingDocumentsPanel(Component):
    """The editors' queue: every document waiting for approval, oldest first."""

    name = "pending_documents"
    order = 90
    template_name = "library/admin/pending_documents.html"

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context):
        pending = (
            get_document_model()
            .objects.pending()
            .select_related("uploaded_by_user", "collection")
            .order_by("created_at")
        )
        return {
            "documents": list(pending[:QUEUE_LENGTH]),
            "count": pending.count(),
            "request": self.request,
            "csrf_token": parent_context.get("csrf_token"),
            "next": reverse("wagtailadmin_home"),
        }


class MyDocumentsPanel(Component):
    """For someone who is not an editor: their documents that wait or were rejected."""

    name = "my_documents"
    order = 90
    template_name = "library/admin/my_documents.html"

    def __init__(self, documents):
        self.documents = documents

    def get_context_data(self, parent_context):
        return {"documents": self.documents}


def dashboard_panels(request, panels):
    """`construct_homepage_panels` (after the volunteers' own dashboard replaced Wagtail's)."""
    user = request.user
    if is_editor(user):
        panels.append(PendingDocumentsPanel(request))
        return
    documents = list(
        get_document_model()
        .objects.filter(uploaded_by_user=user, moderation_status__in=[PENDING, REJECTED])
        .order_by("-created_at")
    )
    if documents:
        panels.append(MyDocumentsPanel(documents))


def _moderated_document(request, document_id):
    if not is_editor(request.user):
        raise PermissionDenied
    return get_object_or_404(get_document_model(), pk=document_id)


def _after(request):
    return redirect(get_valid_next_url_from_request(request) or reverse("wagtailadmin_home"))


def _told(request, told):
    if told is False:
        messages.warning(
            request,
            _("De uploader kon geen e-mail krijgen; het besluit is wel bewaard."),
        )


@require_POST
def approve_view(request, document_id):
    document = _moderated_document(request, document_id)
    if document.is_approved:
        messages.info(request, _("‘%(title)s’ was al goedgekeurd.") % {"title": document.title})
        return _after(request)
    told = approve(document, user=request.user)
    messages.success(
        request,
        _("‘%(title)s’ is goedgekeurd en staat nu in de bibliotheek.") % {"title": document.title},
    )
    _told(request, told)
    return _after(request)


@require_POST
def reject_view(request, document_id):
    document = _moderated_document(request, document_id)
    reason = request.POST.get("reason", "")[:1000]
    told = reject(document, request.user, reason)
    messages.success(
        request,
        _("‘%(title)s’ is afgewezen en blijft onzichtbaar voor bezoekers.")
        % {"title": document.title},
    )
    _told(request, told)
    return _after(request)
