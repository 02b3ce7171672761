from django import forms
from django.utils import timezone

from wagtail.documents.forms import BaseDocumentForm
from wagtail.models import Locale

from home.models import Theme
from home.roles import is_editor

from .models import PENDING

# Left empty (or missing, as in a quick upload from a chooser), these get their default.
DEFAULTS = {"kind": lambda: "overig", "language": lambda: "nl", "date": timezone.localdate}


class DocumentForm(BaseDocumentForm):
    """The document upload and edit form: themes as tick boxes, in the default language only
    (documents are not translated; the English library shows the themes' translations).
    Kind, date and language may stay empty: they then get their defaults.

    What someone other than an editor uploads, or changes in a document, waits for an editor
    (`library.moderation`): a volunteer could otherwise swap the file of an approved one."""

    def __init__(self, *args, user=None, **kwargs):
        self.user = user
        super().__init__(*args, user=user, **kwargs)
        if "themes" in self.fields:
            field = self.fields["themes"]
            field.queryset = Theme.objects.filter(locale=Locale.get_default()).order_by("name")
            field.widget = forms.CheckboxSelectMultiple(choices=field.choices)
        for name in DEFAULTS:
            if name in self.fields:
                self.fields[name].required = False

    def clean(self):
        cleaned_data = super().clean()
        for name, default in DEFAULTS.items():
            if name in self.fields and not cleaned_data.get(name):
                cleaned_data[name] = default()
        return cleaned_data

    def save(self, commit=True):
        user = self.user or self.instance.uploaded_by_user
        adding = self.instance.pk is None
        if (adding or self.changed_data) and not (user is not None and is_editor(user)):
            self.instance.moderation_status = PENDING
            self.instance.moderated_at = None
            self.instance.moderated_by = None
        return super().save(commit=commit)
