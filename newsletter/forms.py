"""The newsletter's forms. They import no model: the archive page (a model) uses the subscribe
form."""

from django import forms
from django.utils.translation import gettext_lazy as _

# The languages a subscriber can receive the newsletter in (the form's and the model's choices).
LANGUAGES = [("nl", _("Nederlands")), ("en", _("Engels"))]


class SubscribeForm(forms.Form):
    email = forms.EmailField(
        label=_("Je e-mailadres"),
        max_length=254,
        error_messages={
            "required": _("Vul je e-mailadres in."),
            "invalid": _(
                "Dit is geen geldig e-mailadres. Controleer het, bijvoorbeeld: naam@voorbeeld.nl."
            ),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    language = forms.ChoiceField(
        label=_("Taal van de nieuwsbrief"), choices=LANGUAGES, widget=forms.RadioSelect
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


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("CSV-bestand"),
        help_text=_(
            "Kolommen: email, taal (nl of en), en optioneel toestemming_op (datum) en "
            "toestemming_bron. Adressen zonder vastgelegde toestemming krijgen eerst een "
            "bevestigingsmail."
        ),
    )


class SendTestForm(forms.Form):
    email = forms.EmailField(label=_("Stuur een test naar"))
    language = forms.ChoiceField(label=_("Taal"), choices=LANGUAGES)
