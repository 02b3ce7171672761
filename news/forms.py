from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminPageForm


class NewsPageForm(WagtailAdminPageForm):
    """Offers the themes, methods and initiatives of the page's own language.

    A translated page may still link the source language's terms and pages (wagtail-localize
    copies the links); the form shows them as their translations, so editors see each once and
    saving links the page's own language's versions.
    """

    localized_fields = ("themes", "related_methods", "related_initiatives")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale_id = self.instance.locale_id or getattr(self.parent_page, "locale_id", None)
        if locale_id is None:
            return
        for name in self.localized_fields:
            field = self.fields.get(name)
            if field is None:
                continue
            model = field.queryset.model
            in_locale = {
                item.translation_key: item for item in model.objects.filter(locale_id=locale_id)
            }
            chosen = list(getattr(self.instance, name).all()) if self.instance.pk else []
            shown = [in_locale.get(item.translation_key, item) for item in chosen]
            if chosen:
                self.initial[name] = [item.pk for item in shown]
            untranslated = [item.pk for item in shown if item.locale_id != locale_id]
            queryset = model.objects.filter(Q(locale_id=locale_id) | Q(pk__in=untranslated))
            field.queryset = queryset if model._meta.ordering else queryset.order_by("title")


class RegistrationForm(forms.Form):
    """Registering for a meeting on the site."""

    name = forms.CharField(
        label=_("Je naam"),
        max_length=120,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        error_messages={
            "required": _("Vul je naam in."),
            "max_length": _("Je naam is te lang: gebruik hoogstens %(limit_value)d tekens."),
        },
    )
    email = forms.EmailField(
        label=_("Je e-mailadres"),
        help_text=_("Hier sturen we de bevestiging en een link om je af te melden."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={
            "required": _("Vul je e-mailadres in, dan sturen we je een bevestiging."),
            "invalid": _("Dit e-mailadres klopt niet, bijvoorbeeld naam@voorbeeld.nl."),
        },
    )
    organisation = forms.CharField(
        label=_("Organisatie, gemeente of lokale groep"),
        max_length=160,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
        error_messages={
            "max_length": _("Gebruik hier hoogstens %(limit_value)d tekens."),
        },
    )
    remarks = forms.CharField(
        label=_("Opmerkingen"),
        help_text=_("Bijvoorbeeld over een dieet, toegankelijkheid of een vraag vooraf."),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={
            "max_length": _(
                "Je opmerking is te lang: gebruik hoogstens %(limit_value)d tekens (nu "
                "%(show_value)d)."
            ),
        },
    )
    # A field people don't see and bots fill in.
    homepage = forms.CharField(
        required=False,
        label=_("Laat dit veld leeg"),
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    @property
    def is_spam(self):
        return bool(self.data.get("homepage"))

    @staticmethod
    def _one_line(value):
        if any(ord(char) < 32 for char in value):
            raise forms.ValidationError(_("Gebruik hier één regel tekst, zonder enters of tabs."))
        return " ".join(value.split())

    def clean_name(self):
        name = self._one_line(self.cleaned_data["name"])
        if not name:
            raise forms.ValidationError(_("Vul je naam in."))
        return name

    def clean_organisation(self):
        return self._one_line(self.cleaned_data["organisation"])
