from django import forms
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from .models import PROVINCES


class InitiativeSignupForm(forms.Form):
    """ "Meld je initiatief aan": what a group tells us about its initiative."""

    name = forms.CharField(
        label=_("Naam van het initiatief"),
        max_length=120,
        error_messages={"required": _("Vul de naam van het initiatief in.")},
    )
    place = forms.CharField(
        label=_("Gemeente"),
        max_length=80,
        error_messages={"required": _("In welke gemeente is het initiatief actief?")},
    )
    province = forms.ChoiceField(
        label=_("Provincie"),
        choices=[("", _("Kies een provincie")), *PROVINCES],
        error_messages={
            "required": _("Kies de provincie."),
            "invalid_choice": _("Kies een provincie uit de lijst."),
        },
    )
    description = forms.CharField(
        label=_("Wat doen jullie?"),
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=2000,
        help_text=_("Een paar zinnen: wat doen jullie, voor wie, en sinds wanneer?"),
        error_messages={"required": _("Vertel in een paar zinnen wat jullie doen.")},
    )
    methods = forms.MultipleChoiceField(
        label=_("Welke methodiek passen jullie toe?"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    website = forms.URLField(
        label=_("Website"),
        required=False,
        assume_scheme="https",
        error_messages={
            "invalid": _("Dit is geen geldig webadres, bijvoorbeeld https://voorbeeld.nl.")
        },
    )
    contact_name = forms.CharField(
        label=_("Je naam"),
        max_length=120,
        error_messages={"required": _("Vul je naam in, zodat we je kunnen bereiken.")},
    )
    contact_email = forms.EmailField(
        label=_("Je e-mailadres"),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={
            "required": _("Vul je e-mailadres in, zodat we je kunnen bereiken."),
            "invalid": _("Dit e-mailadres klopt niet, bijvoorbeeld naam@voorbeeld.nl."),
        },
    )
    # A field people don't see and bots fill in.
    homepage = forms.CharField(
        required=False,
        label=_("Laat dit veld leeg"),
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def __init__(self, *args, method_choices=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["methods"].choices = method_choices

    @property
    def is_spam(self):
        return bool(self.data.get("homepage"))

    @staticmethod
    def _one_line(value):
        if any(ord(char) < 32 for char in value):
            raise forms.ValidationError(_("Gebruik hier één regel tekst, zonder enters of tabs."))
        return " ".join(value.split())

    def clean_name(self):
        return self._one_line(self.cleaned_data["name"])

    def clean_contact_name(self):
        return self._one_line(self.cleaned_data["contact_name"])

    def clean_place(self):
        place = self._one_line(self.cleaned_data["place"])
        if not slugify(place):
            raise forms.ValidationError(_("Vul de naam van een gemeente in, bijvoorbeeld Utrecht."))
        return place
