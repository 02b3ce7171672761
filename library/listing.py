"""What the library page shows: the faceted list of documents and talks, and one document's
entry with the pages that use it.

The list reads every item's facet values in one query per source (documents, talks); matching,
counts and pagination happen in Python (as `home.facets` does for one source), so the page
costs the same number of queries whatever the filters and however many documents there are.
"""

from django.core.paginator import Paginator
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, Page, ReferenceIndex

from home.cards import with_card_images
from home.facets import Facet, FacetedListing, Option
from home.localization import active_locale
from home.models import Theme

from .models import DOCUMENT_KINDS, TALK_KIND, TALK_KIND_LABEL, TalkPage


def hidden_collection_ids():
    """Collections whose documents visitors may not see: those with a view restriction and
    everything inside them. Two queries (one when nothing is restricted)."""
    paths = list(CollectionViewRestriction.objects.values_list("collection__path", flat=True))
    if not paths:
        return set()
    condition = Q()
    for path in paths:
        condition |= Q(path__startswith=path)
    return set(Collection.objects.filter(condition).values_list("pk", flat=True))


def public_documents():
    """Documents visitors may see: approved by an editor (`library.moderation`) and not in a
    restricted collection."""
    Document = get_document_model()
    hidden = hidden_collection_ids()
    documents = Document.objects.approved()
    if hidden:
        documents = documents.exclude(collection_id__in=hidden)
    return documents


def _facets(locale_id):
    return [
        Facet(
            name="kind",
            parameter="soort",
            lookup="kind",
            label=_("Soort"),
            options=[
                Option(value=value, slug=value, label=label)
                for value, label in [*DOCUMENT_KINDS, (TALK_KIND, TALK_KIND_LABEL)]
            ],
        ),
        Facet(
            name="themes",
            parameter="thema",
            lookup="themes__translation_key",
            label=_("Thema"),
            options=[
                Option(value=theme.translation_key, slug=theme.slug, label=theme.name, item=theme)
                for theme in Theme.objects.filter(locale_id=locale_id)
            ],
        ),
    ]


def _rows(library):
    """(key, facet values) for every public document and live talk, newest first. Documents
    are keyed by their id, talks by ('talk', id)."""
    found = {}  # key: (date, title, {facet: values})
    for pk, date, title, kind, theme in public_documents().values_list(
        "pk", "date", "title", "kind", "themes__translation_key"
    ):
        item = found.setdefault(pk, (date, title, {"kind": {kind}, "themes": set()}))
        if theme:
            item[2]["themes"].add(theme)
    for pk, date, title, theme in library.get_talks().values_list(
        "pk", "date", "title", "themes__translation_key"
    ):
        item = found.setdefault(("talk", pk), (date, title, {"kind": {TALK_KIND}, "themes": set()}))
        if theme:
            item[2]["themes"].add(theme)
    ordered = sorted(found.items(), key=lambda entry: entry[1][1].casefold())
    ordered.sort(key=lambda entry: entry[1][0], reverse=True)
    return [(key, values) for key, (_date, _title, values) in ordered]


def library_listing(library, request):
    """The context of the library page: one page of items and the filter options."""
    listing = FacetedListing.from_items(_rows(library), _facets(library.locale_id), request.GET)
    paginator = Paginator(listing.matching_ids(), library.PER_PAGE)
    page = paginator.get_page(request.GET.get("pagina"))

    keys = list(page.object_list)
    document_ids = [key for key in keys if not isinstance(key, tuple)]
    talk_ids = [key[1] for key in keys if isinstance(key, tuple)]
    documents = get_document_model().objects.in_bulk(document_ids) if document_ids else {}
    talks = TalkPage.objects.in_bulk(talk_ids) if talk_ids else {}
    with_card_images(list(talks.values()))
    entries = []
    for key in keys:
        if isinstance(key, tuple):
            obj, is_talk = talks[key[1]], True
        else:
            obj, is_talk = documents[key], False
        obj.theme_names = listing.labels_of(key, "themes")
        entries.append({"is_talk": is_talk, "object": obj})
    page.object_list = entries
    return {
        "entries": page,
        "paginator": paginator,
        "is_filtered": listing.is_filtered,
        "kind_facets": listing.options("kind"),
        "theme_facets": listing.options("themes"),
    }


def pages_using(document):
    """The live, public pages in the active language whose published content links the
    document (Wagtail's reference index), specific, by title. A fixed number of queries."""
    page_type = Page._meta
    references = ReferenceIndex.get_references_to(document).filter(
        base_content_type__app_label=page_type.app_label,
        base_content_type__model=page_type.model_name,
    )
    page_ids = {int(object_id) for object_id in references.values_list("object_id", flat=True)}
    if not page_ids:
        return []
    return list(
        Page.objects.live()
        .public()
        .filter(pk__in=page_ids, locale=active_locale())
        .order_by("title")
        .specific()
    )


def document_detail(library, request, document_id):
    """The context of one document's entry, or None when visitors may not see it."""
    document = public_documents().filter(pk=document_id).first()
    if document is None:
        return None
    document.theme_names = Theme.names_in(library.locale_id)(document.themes.all())
    return {"document": document, "used_by": pages_using(document)}
