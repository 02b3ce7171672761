from django.db.models import Q

from wagtail.admin.forms import WagtailAdminPageForm


class MethodPageForm(WagtailAdminPageForm):
    """Offers the themes and target groups of the page's own language.

    A translated page may still link the source language's terms (wagtail-localize copies the
    links); the form shows them as their translations, so editors see each term once and saving
    links the page's own language's terms.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale_id = self.instance.locale_id or getattr(self.parent_page, "locale_id", None)
        if locale_id is None:
            return
        for name in ("themes", "target_groups"):
            field = self.fields.get(name)
            if field is None:
                continue
            model = field.queryset.model
            in_locale = {
                term.translation_key: term for term in model.objects.filter(locale_id=locale_id)
            }
            chosen = list(getattr(self.instance, name).all()) if self.instance.pk else []
            shown = [in_locale.get(term.translation_key, term) for term in chosen]
            if chosen:
                self.initial[name] = [term.pk for term in shown]
            untranslated = [term.pk for term in shown if term.locale_id != locale_id]
            field.queryset = model.objects.filter(Q(locale_id=locale_id) | Q(pk__in=untranslated))
