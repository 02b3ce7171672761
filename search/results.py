"""The site search: pages of the visitor's language and documents, with facets.

A results page costs a fixed number of SQL queries, whatever the number of hits:

1. view restrictions (`.public()`), 2. the page search, returning for every hit its id, score,
   type and facet values (themes, province) in one query, 3. collection restrictions,
4. the document search (id, score, title, file of every hit), 5. this page's pages with their
   specific fields (one LEFT JOIN per page type instead of one query per type) and the text of
   their search index entry (for the excerpt), 6. promoted results;
plus logging the search term (first page only) and Wagtail's site root paths (cached).

Facets are counted in Python from the rows of query 2, like `home.facets.FacetedListing` does
for listings, so choosing a facet narrows the results without another search. Page types
take part without being named here: every page type is searched through `Page`, every page
type with a `themes` relation to `home.Theme` feeds the theme facet, and every page type with
a `province` field with choices feeds the province facet.
"""

from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist
from django.db import connection
from django.db.models import F, Q
from django.utils.functional import cached_property
from django.utils.text import capfirst, slugify
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, Locale, Page, get_page_models
from wagtail.search.utils import normalise_query_string

from home.facets import Facet, FacetedListing, Option
from home.localization import visible_versions
from home.models import Theme

from .text import excerpt, highlight, search_query, title_coverage

RESULTS_PER_PAGE = 10
DOCUMENT = "document"  # the type facet's value for documents
# A document's title is short and Wagtail boosts it strongly; without a brake the workbook
# "Stappenplan weggeefwinkel" would come before the method page "Weggeefwinkel" itself.
DOCUMENT_SCORE_FACTOR = 0.1


@dataclass
class Result:
    """One search result, ready for the template."""

    type_label: str
    title: str  # highlighted, safe
    url: str
    excerpt: str = ""  # highlighted, safe
    meta: str = ""  # the page's card_meta: place and province for initiatives
    themes: list = field(default_factory=list)
    file_extension: str = ""
    page_id: int | None = None  # for promoted pages


def _page_types():
    """(model, lookup from Page to the model) for every page type, e.g. (MethodPage,
    'methodpage'); a page type that extends another page type gets 'parent__child'."""
    types = []
    for model in get_page_models():
        if model is Page:
            continue
        parents = [p for p in reversed(model._meta.get_parent_list()) if p is not Page]
        types.append((model, "__".join(m._meta.model_name for m in [*parents, model])))
    return types


def _own_field(model, name):
    """The model's field `name` if the model's own table holds it, else None."""
    try:
        model_field = model._meta.get_field(name)
    except FieldDoesNotExist:
        return None
    if getattr(model_field, "model", None) is not model or model_field.auto_created:
        return None
    return model_field


@dataclass
class PageTypes:
    """What the search needs to know about the page types, worked out once per process."""

    paths: dict  # content type id -> lookup from Page
    # What a result needs loaded with it: every page type, and the pages each links to with a
    # foreign key (an experience's initiative for its card_meta), all in one query.
    select_related: tuple
    labels: dict  # content type id -> verbose name
    theme_lookups: tuple
    province_lookups: tuple
    provinces: dict  # choice value -> label

    @classmethod
    def discover(cls):
        types = _page_types()
        content_types = ContentType.objects.get_for_models(*[model for model, _ in types])
        theme_lookups, province_lookups, provinces = [], [], {}
        select_related = []
        for model, path in types:
            select_related.append(path)
            for model_field in model._meta.concrete_fields:
                if (
                    model_field.model is model
                    and model_field.many_to_one
                    and not model_field.remote_field.parent_link
                    and issubclass(model_field.related_model, Page)
                ):
                    select_related.append(f"{path}__{model_field.name}")
            themes = _own_field(model, "themes")
            if themes is not None and themes.many_to_many and themes.related_model is Theme:
                theme_lookups.append(f"{path}__themes__translation_key")
            province = _own_field(model, "province")
            if province is not None and province.choices:
                province_lookups.append(f"{path}__province")
                provinces.update(province.flatchoices)
        return cls(
            paths={content_types[model].pk: path for model, path in types},
            select_related=tuple(select_related),
            labels={content_types[model].pk: model._meta.verbose_name for model, _ in types},
            theme_lookups=tuple(theme_lookups),
            province_lookups=tuple(province_lookups),
            provinces=provinces,
        )


_page_types_cache = []


def page_types():
    if not _page_types_cache:
        _page_types_cache.append(PageTypes.discover())
    return _page_types_cache[0]


class SearchFacets(FacetedListing):
    """`FacetedListing`'s matching and counting over items read from search results (the
    rows of two searches) instead of a queryset."""

    def __init__(self, items, facets, query):  # super().__init__ would read a queryset
        self.facets = {facet.name: facet for facet in facets}
        self.items = items
        self.selected = {
            facet.name: {
                option.value
                for option in facet.options
                if option.slug in query.getlist(facet.parameter)
            }
            for facet in facets
        }

    def visible_options(self, name):
        """Options that have results or are ticked: a search touches few of all options."""
        return [o for o in self.options(name) if o["count"] or o["selected"]]


def _rows(results, fields):
    """Values of `fields` for every hit, best first, in one query. Wagtail's database backends
    on PostgreSQL and SQLite hand out the ranked queryset; the substring fallback (SQLite
    without FTS5) gives objects, and then the values come from a second query."""
    if hasattr(results, "get_queryset"):
        return list(results.get_queryset().values_list(*fields))
    hits = list(results)
    model = type(hits[0]) if hits else None
    if model is None:
        return []
    by_pk = {}
    for row in model.objects.filter(pk__in=[hit.pk for hit in hits]).values_list("pk", *fields[2:]):
        by_pk.setdefault(row[0], []).append(row[1:])
    return [(hit.pk, 0, *values) for hit in hits for values in by_pk.get(hit.pk, [])]


def _sort_key(words):
    """Sort key for (score, title, key): merges the page and document hits by score.

    PostgreSQL ranks with field weights (title, summary, body) and higher is better. SQLite's
    bm25() is lower-is-better and weighs every field alike, so the home page, which mentions
    everything once, would come before the page that is named after the words; there, the
    share of the title that matches the words goes first and bm25() breaks ties."""
    if connection.vendor == "sqlite":
        return lambda hit: (-title_coverage(hit[1], words), hit[0] or 0)
    return lambda hit: -(hit[0] or 0)


def _index_text_field():
    """The plain text of a search index entry: PostgreSQL keeps it in body_text (body is a
    tsvector there), SQLite in body."""
    return (
        "index_entries__body_text" if connection.vendor == "postgresql" else "index_entries__body"
    )


def _public_documents():
    Document = get_document_model()
    restricted = list(CollectionViewRestriction.objects.values_list("collection__path", flat=True))
    documents = Document.objects.all()
    if restricted:
        condition = Q()
        for path in restricted:
            condition |= Q(path__startswith=path)
        hidden = list(Collection.objects.filter(condition).values_list("pk", flat=True))
        documents = documents.exclude(collection_id__in=hidden)
    return documents


class SiteSearch:
    """One search: `SiteSearch(request, words).run(page_number)`."""

    def __init__(self, request, words):
        self.request = request
        self.words = words
        self.locale = Locale.get_active()
        self.types = page_types()
        self.any_word = False  # True when no result had all words and any word was used

    def _search(self, operator):
        pages = Page.objects.live().public().filter(locale=self.locale)
        query = search_query(self.words, operator)
        page_results = pages.search(query).annotate_score("_score")
        lookups = ("pk", "_score", "title", "content_type_id")
        lookups += self.types.theme_lookups + self.types.province_lookups
        page_rows = _rows(page_results, lookups)
        document_results = _public_documents().search(query).annotate_score("_score")
        document_rows = _rows(document_results, ("pk", "_score", "title", "file", "collection_id"))
        return page_rows, document_rows

    def _items(self, page_rows, document_rows, promoted_ids):
        """{key: {facet: {values}}} for every hit, best first; documents' keys are 'd<id>'."""
        themes_at = 4
        provinces_at = themes_at + len(self.types.theme_lookups)
        scored = []
        items = {}
        for row in page_rows:
            pk = row[0]
            if pk in promoted_ids:
                continue
            item = items.get(pk)
            if item is None:
                item = items[pk] = {"type": {row[3]}, "theme": set(), "province": set()}
                scored.append((row[1], row[2], pk))
            for value in row[themes_at:provinces_at]:
                if value is not None:
                    item["theme"].add(value)
            for value in row[provinces_at:]:
                if value:
                    item["province"].add(value)
        self.documents = {}
        for pk, score, *fields in document_rows:
            key = f"d{pk}"
            if key not in items:
                items[key] = {"type": {DOCUMENT}, "theme": set(), "province": set()}
                self.documents[key] = (pk, *fields)
                scored.append(((score or 0) * DOCUMENT_SCORE_FACTOR, fields[0], key))
        order = sorted(scored, key=_sort_key(self.words))  # stable: pages first on a tie
        return {hit[2]: items[hit[2]] for hit in order}

    def _facets(self, items):
        type_options = [
            Option(value=pk, slug=slugify(label), label=capfirst(label))
            for pk, label in self.types.labels.items()
        ]
        type_options.append(Option(value=DOCUMENT, slug="document", label=_("Document")))
        type_options.sort(key=lambda option: str(option.label).casefold())
        themes = Theme.objects.filter(locale=self.locale)
        return SearchFacets(
            items,
            [
                Facet("type", "soort", "", _("Soort"), type_options),
                Facet(
                    "theme",
                    "thema",
                    "",
                    _("Thema"),
                    [Option(t.translation_key, t.slug, t.name, t) for t in themes],
                ),
                Facet(
                    "province",
                    "provincie",
                    "",
                    _("Provincie"),
                    [Option(key, key, label) for key, label in self.types.provinces.items()],
                ),
            ],
            self.request.GET,
        )

    @cached_property
    def promotions(self):
        """The editors' promoted results for these words: pages in the visitor's language
        (or the original when not translated) and external links."""
        promotions = list(
            SearchPromotion.objects.filter(
                query__query_string=normalise_query_string(self.words)
            ).select_related("page")
        )
        pages = visible_versions([p.page for p in promotions], specific=True)
        results = []
        for promotion, page in zip(promotions, pages, strict=True):
            if page is not None:
                results.append(
                    Result(
                        type_label=capfirst(page.specific_class._meta.verbose_name),
                        title=page.title,
                        url=page.get_url(self.request),
                        excerpt=promotion.description or getattr(page, "summary", ""),
                        page_id=page.pk,
                    )
                )
            elif promotion.external_link_url:
                results.append(
                    Result(
                        type_label=_("Externe link"),
                        title=promotion.external_link_text or promotion.external_link_url,
                        url=promotion.external_link_url,
                        excerpt=promotion.description,
                    )
                )
        return results

    def run(self):
        """The keys of all results, best first, narrowed by the chosen facets."""
        page_rows, document_rows = self._search("and")
        if not page_rows and not document_rows and len(self.words.split()) > 1:
            self.any_word = True
            page_rows, document_rows = self._search("or")
        promoted_ids = {promotion.page_id for promotion in self.promotions}
        self.facets = self._facets(self._items(page_rows, document_rows, promoted_ids))
        self.total = len(self.facets.items)
        return self.facets.matching_ids()

    def results_for(self, keys):
        """Results for the keys of one page of results, in their order."""
        page_ids = [key for key in keys if not isinstance(key, str)]
        pages = {}
        if page_ids:
            queryset = (
                Page.objects.filter(pk__in=page_ids)
                .select_related("locale", *self.types.select_related)
                .annotate(_index_text=F(_index_text_field()))
            )
            for page in queryset:
                pages.setdefault(page.pk, page)
        Document = get_document_model()
        results = []
        for key in keys:
            if isinstance(key, str):
                pk, title, file, collection_id = self.documents[key]
                # Given the collection, the document needs no query for its address.
                document = Document(pk=pk, title=title, file=file, collection_id=collection_id)
                results.append(
                    Result(
                        type_label=_("Document"),
                        title=highlight(title, self.words),
                        url=document.url,
                        file_extension=document.file_extension.upper(),
                    )
                )
            elif key in pages:
                results.append(self._page_result(pages[key]))
        return results

    def _page_result(self, page):
        specific = page
        for name in self.types.paths.get(page.content_type_id, "").split("__"):
            if name:
                specific = getattr(specific, name)
        return Result(
            type_label=capfirst(self.types.labels.get(page.content_type_id, _("Pagina"))),
            title=highlight(page.title, self.words),
            url=page.get_url(self.request),
            excerpt=excerpt(
                [getattr(specific, "summary", ""), page.search_description, page._index_text],
                self.words,
            ),
            meta=getattr(specific, "card_meta", "") or "",
            themes=self.facets.labels_of(page.pk, "theme"),
        )
