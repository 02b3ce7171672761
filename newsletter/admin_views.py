"""Admin views: preview of the e-mail, test send, send with confirmation, progress, import."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.mail import BadHeaderError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from wagtail.models import Page

from .emails import render_newsletter, unsubscribe_placeholder_url
from .forms import ImportForm, SendTestForm
from .importing import import_subscribers
from .mail import send_test
from .models import Mailing, NewsletterPage, Subscriber
from .tasks import resume_mailing, start_mailing

# A sending without progress for this long is taken to have stopped (worker killed).
STALLED_AFTER = timezone.timedelta(minutes=2)


def _newsletter(request, page_id, action="edit"):
    page = get_object_or_404(Page, pk=page_id).specific
    if not isinstance(page, NewsletterPage):
        raise PermissionDenied
    permissions = page.permissions_for_user(request.user)
    allowed = permissions.can_publish() if action == "publish" else permissions.can_edit()
    if not allowed:
        raise PermissionDenied
    return page


def email_preview(request, page_id, language):
    """The e-mail as it will arrive, from the latest draft, in one language."""
    page = _newsletter(request, page_id)
    if language not in ("nl", "en"):
        language = "nl"
    source = page.in_language(language)
    draft = source.get_latest_revision_as_object()
    rendered = render_newsletter(draft, language)
    response = HttpResponse(rendered.personal_html(unsubscribe_placeholder_url()))
    response["X-Frame-Options"] = "SAMEORIGIN"
    return response


def send(request, page_id):
    page = _newsletter(request, page_id)
    source = page.source_newsletter()
    mailing = Mailing.objects.filter(newsletter=source).first()
    can_send = page.permissions_for_user(request.user).can_publish()
    recipients = Subscriber.objects.filter(status=Subscriber.Status.CONFIRMED)
    test_form = SendTestForm(
        initial={"email": request.user.email, "language": page.locale.language_code}
    )
    if request.method == "POST":
        action = request.POST.get("action")
        if action == "test":
            test_form = SendTestForm(request.POST)
            if test_form.is_valid():
                try:
                    send_test(
                        page, test_form.cleaned_data["email"], test_form.cleaned_data["language"]
                    )
                except (OSError, BadHeaderError) as error:
                    messages.error(request, _("De test kon niet worden verstuurd: %s") % error)
                else:
                    messages.success(
                        request,
                        _("Test verstuurd naar %s.") % test_form.cleaned_data["email"],
                    )
                    return redirect("newsletter_send", page.pk)
        elif action == "send" and can_send and mailing is None:
            if not source.live:
                messages.error(
                    request, _("Publiceer de nieuwsbrief eerst; daarna kun je hem versturen.")
                )
            else:
                start_mailing(source, request.user)
                messages.success(request, _("De nieuwsbrief wordt op de achtergrond verstuurd."))
            return redirect("newsletter_send", page.pk)
        elif action == "resume" and can_send and mailing is not None and not mailing.is_finished:
            resume_mailing(mailing)
            messages.success(request, _("Het versturen gaat verder."))
            return redirect("newsletter_send", page.pk)
    counts = mailing.counts() if mailing else None
    waiting_until = stalled = None
    if mailing and not mailing.is_finished:
        now = timezone.now()
        if mailing.retry_at and mailing.retry_at > now:
            waiting_until = mailing.retry_at  # the mail server was down or refused some
        else:
            last_sign = max(
                moment
                for moment in (mailing.started_at, mailing.last_progress_at, mailing.retry_at)
                if moment
            )
            stalled = last_sign < now - STALLED_AFTER
    return TemplateResponse(
        request,
        "newsletter/admin/send.html",
        {
            "page": page,
            "source": source,
            "mailing": mailing,
            "counts": counts,
            "stalled": stalled,
            "waiting_until": waiting_until,
            "can_send": can_send,
            "recipient_count": recipients.count(),
            "recipients_nl": recipients.filter(language="nl").count(),
            "recipients_en": recipients.filter(language="en").count(),
            "has_english": source.in_language("en").locale.language_code == "en",
            "test_form": test_form,
            "header_title": _("Nieuwsbrief versturen: %s") % page.title,
            "breadcrumbs_items": [
                {"url": reverse("wagtailadmin_home"), "label": _("Dashboard")},
                {"url": reverse("wagtailadmin_pages:edit", args=[page.pk]), "label": page.title},
                {"url": "", "label": _("Versturen")},
            ],
        },
    )


def import_view(request):
    if not request.user.has_perm("newsletter.add_subscriber"):
        raise PermissionDenied
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        raw = form.cleaned_data["file"].read()
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = raw.decode("cp1252", errors="replace")
        try:
            result = import_subscribers(text)
        except ValidationError:
            form.add_error("file", _("Het bestand heeft geen kolom ‘email’."))
        else:
            messages.success(
                request,
                _(
                    "%(confirmed)d ingeschreven (toestemming bekend), %(pending)d kregen een "
                    "bevestigingsmail, %(known)d stonden er al in."
                )
                % result,
            )
            if result["invalid"]:
                messages.warning(
                    request,
                    _("Ongeldige adressen overgeslagen op regel: %s")
                    % ", ".join(str(n) for n in result["invalid"]),
                )
            return redirect("wagtailsnippets_newsletter_subscriber:list")
    return TemplateResponse(
        request,
        "newsletter/admin/import.html",
        {"form": form, "header_title": _("Abonnees importeren")},
    )
