from django.db.models import Q

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
