from django import template

from wagtail.models import Page

from localgroups.privacy import hide_foreign_drafts

register = template.Library()


@register.filter
def without_foreign_drafts(page_types, user):
    """The page-type usage report's rows, without the 'last edited' page where that is a draft
    the user may not see (the report names the newest page of each type, whoever's it is)."""
    rows = list(page_types)
    shown = {row.last_edited_page.pk for row in rows if row.last_edited_page}
    shown = set(
        hide_foreign_drafts(Page.objects.filter(pk__in=shown), user).values_list("pk", flat=True)
    )
    for row in rows:
        if row.last_edited_page and row.last_edited_page.pk not in shown:
            row.last_edited_page = None
    return rows
