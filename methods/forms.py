from django.db.models import Q

from wagtail.admin.forms import WagtailAdminPageForm


class MethodPageForm(WagtailAdminPageForm):
    """Offers the themes and target groups of the page's own language (and keeps any already
    chosen), so editors don't see every term twice."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale_id = self.instance.locale_id or getattr(self.parent_page, "locale_id", None)
        for name in ("themes", "target_groups"):
            field = self.fields.get(name)
            if field is None or locale_id is None:
                continue
            chosen = getattr(self.instance, name).all() if self.instance.pk else []
            field.queryset = field.queryset.filter(
                Q(locale_id=locale_id) | Q(pk__in=[item.pk for item in chosen])
            )
