"""The site search: pages of the visitor's language and documents, with facets.

The database does the work that grows with the number of hits: it matches, counts the facets
(GROUP BY) and ranks (ORDER BY score LIMIT), and only this page's results are read into Python.
A results page costs a fixed number of SQL queries, whatever the number of hits: view
restrictions (`.public()`), the themes (facet options), promoted results, for several words
which of them are in the search index at all (`SiteSearch._known_words`), collection
restrictions, the document search (every document hit: there are few documents), one
statement that matches the pages once and returns the facet counts and the best hits up to the
end of the requested page (`_count_and_rank`, PostgreSQL), this page's pages (a LEFT JOIN only
for the page types on this page, and the text of their search index entry for the excerpt),
their themes; plus logging the search term (first page only) and Wagtail's site root paths.
On SQLite (development) the counting and ranking are three queries, and every hit is read, as
SQLite's results are ordered in Python (see `_sort_key`). docs/search.md has the figures.

On PostgreSQL the result of that one statement (the counts and the ranked hits), and that of
the check of the words, is kept in the cache for `SEARCH_CACHE_TIMEOUT`, keyed by the statement
and its parameters, under the page cache's versions of every page and of everything
site-wide (`home.versions.PAGES_KEY`, `GENERATION_KEY`): the next visitor with the same
question skips the matching and ranking, and any publish, unpublish, move or delete makes the
next search ask the database again.
`KENNISBANK_SEARCH_CACHE = False` turns it off (the benchmark measures both).

Facets follow `home.facets.FacetedListing`: within a facet ticked options widen (any of them),
across facets they narrow, and an option's count is over the hits that match the *other*
facets' choices. Page types take part without being named here: every page type is searched
through `Page`, every page type with a `themes` relation to `home.Theme` feeds the theme facet,
and every page type with a `province` field with choices feeds the province facet.
"""

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from functools import reduce
from operator import or_

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import EmptyResultSet, FieldDoesNotExist
from django.db import connection
from django.db.models import Count, F, FloatField, Q, Value
from django.utils.functional import cached_property
from django.utils.text import capfirst, slugify
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, Locale, Page, get_page_models
from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry
from wagtail.search.utils import normalise_query_string

from home import versions
from home.facets import Facet, FacetedListing, Option
from home.localization import visible_versions
from home.models import Theme

from .text import excerpt, highlight, search_query, title_coverage, variants

RESULTS_PER_PAGE = 10
DOCUMENT = "document"  # the type facet's value for documents
# A document's title is short and Wagtail boosts it strongly; without a brake the workbook
# "Stappenplan weggeefwinkel" would come before the method page "Weggeefwinkel" itself.
DOCUMENT_SCORE_FACTOR = 0.1
# How long a query's counted and ranked hits are kept (PostgreSQL; any change to a page reads
# them again sooner): many visitors ask the same few questions.
SEARCH_CACHE_TIMEOUT = 10 * 60


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
    # What a result of each type needs loaded with it: its page type, and the pages it links
    # to with a foreign key (an experience's initiative for its card_meta); content type id ->
    # lookups. A page of results loads its pages in one query, joining only its types.
    select_related: dict
    labels: dict  # content type id -> verbose name
    theme_lookups: tuple
    # (through model, its page column, its theme column) per page type with themes: the
    # theme facet counts read only these link tables.
    theme_links: tuple
    province_lookups: tuple
    provinces: dict  # choice value -> label

    @classmethod
    def discover(cls):
        types = _page_types()
        content_types = ContentType.objects.get_for_models(*[model for model, _ in types])
        theme_lookups, theme_links, province_lookups, provinces = [], [], [], {}
        select_related = {}
        for model, path in types:
            related = select_related[content_types[model].pk] = [path]
            for model_field in model._meta.concrete_fields:
                if (
                    model_field.model is model
                    and model_field.many_to_one
                    and not model_field.remote_field.parent_link
                    and issubclass(model_field.related_model, Page)
                ):
                    related.append(f"{path}__{model_field.name}")
            themes = _own_field(model, "themes")
            if themes is not None and themes.many_to_many and themes.related_model is Theme:
                theme_lookups.append(f"{path}__themes")  # the theme's id
                through = themes.remote_field.through
                theme_links.append(
                    (
                        through,
                        through._meta.get_field(themes.m2m_field_name()).attname,
                        through._meta.get_field(themes.m2m_reverse_field_name()).attname,
                    )
                )
            province = _own_field(model, "province")
            if province is not None and province.choices:
                province_lookups.append(f"{path}__province")
                provinces.update(province.flatchoices)
        return cls(
            paths={content_types[model].pk: path for model, path in types},
            select_related=select_related,
            labels={content_types[model].pk: model._meta.verbose_name for model, _ in types},
            theme_lookups=tuple(theme_lookups),
            theme_links=tuple(theme_links),
            province_lookups=tuple(province_lookups),
            provinces=provinces,
        )


_page_types_cache = []


def page_types():
    if not _page_types_cache:
        _page_types_cache.append(PageTypes.discover())
    return _page_types_cache[0]


class SearchFacets(FacetedListing):
    """`FacetedListing`'s choices and options with counts made by the database (see
    `SiteSearch._count`) instead of from every item."""

    def __init__(self, facets, query):  # super().__init__ would read a queryset
        self.facets = {facet.name: facet for facet in facets}
        self.selected = {
            facet.name: {
                option.value
                for option in facet.options
                if option.slug in query.getlist(facet.parameter)
            }
            for facet in facets
        }
        self.counts = {facet.name: Counter() for facet in facets}

    def options(self, name, unfiltered=False):
        chosen = self.selected[name]
        return [
            {
                "item": option.item,
                "slug": option.slug,
                "label": option.label,
                "count": self.counts[name][option.value],
                "selected": option.value in chosen,
            }
            for option in self.facets[name].options
        ]

    def visible_options(self, name):
        """Options that have results or are ticked: a search touches few of all options."""
        return [o for o in self.options(name) if o["count"] or o["selected"]]

    def labels(self, name, values):
        labels = {option.value: option.label for option in self.facets[name].options}
        return sorted(labels[value] for value in values if value in labels)


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
    # Only documents an editor has approved (a volunteer's upload waits: library.moderation).
    documents = Document.objects.approved()
    if restricted:
        condition = Q()
        for path in restricted:
            condition |= Q(path__startswith=path)
        hidden = list(Collection.objects.filter(condition).values_list("pk", flat=True))
        documents = documents.exclude(collection_id__in=hidden)
    return documents


def _document_fields():
    """What a document result shows: its title, address and, when the document model has
    one (a custom document model), its description."""
    fields = ["title", "file", "collection_id"]
    try:
        get_document_model()._meta.get_field("description")
    except FieldDoesNotExist:
        return fields
    return [*fields, "description"]


def _scored(results):
    """The queryset behind Wagtail's search results, with a `_score` (0 where the backend
    cannot score: the substring fallback on SQLite without FTS5)."""
    queryset = results.get_queryset()
    if "_score" not in queryset.query.annotations:
        queryset = queryset.annotate(_score=Value(0.0, output_field=FloatField()))
    return queryset


def _sql(queryset):
    """The queryset's SQL and parameters, or None when it can match nothing."""
    try:
        return queryset.query.sql_with_params()
    except EmptyResultSet:
        return None


def _count_and_rank(site_search, ranked, stop):
    """PostgreSQL: the facet counts and the best `stop` hits of a search in one statement,
    matching the words once. The hits (id, score, title, type, province) are kept in a
    materialised common table expression; the counts and the ranking read them from there
    (the visitor's choices of type and province are conditions on its columns, themes on the
    themes' link tables), the theme counts only the link tables. Each part comes back as one
    JSON array."""
    types, facets = site_search.types, site_search.facets
    provinces = {f"province_{n}": F(lookup) for n, lookup in enumerate(types.province_lookups)}
    hits_sql = _sql(
        ranked.order_by().values("pk", "_score", "title", "content_type_id", **provinces)
    )
    if hits_sql is None:
        return [], [], []
    # The visitor's choices as SQL conditions on search_hits, with their parameters.
    chosen = facets.selected
    conditions = {"type": ("true", []), "province": ("true", []), "theme": ("true", [])}
    if chosen["type"]:
        ids = [value for value in chosen["type"] if value != DOCUMENT]
        placeholders = ", ".join(["%s"] * len(ids))
        conditions["type"] = (f'"content_type_id" IN ({placeholders})' if ids else "false", ids)
    if chosen["province"]:
        values = sorted(chosen["province"])
        placeholders = ", ".join(["%s"] * len(values))
        sql = " OR ".join(f'"{name}" IN ({placeholders})' for name in provinces) or "false"
        conditions["province"] = (f"({sql})", values * len(provinces))
    if chosen["theme"]:
        ids = [pk for pk, key in site_search.theme_keys.items() if key in chosen["theme"]]
        links = [
            _sql(through.objects.filter(**{f"{theme}__in": ids}).values(page))
            for through, page, theme in types.theme_links
        ]
        links = [link for link in links if link is not None]
        sql = " OR ".join(f'"pk" IN ({link[0]})' for link in links) or "false"
        conditions["theme"] = (f"({sql})", [param for link in links for param in link[1]])

    params = list(hits_sql[1])

    def where(*names, into=params):
        """WHERE with the conditions `names`; their parameters are added to `into`."""
        for name in names:
            into.extend(conditions[name][1])
        return "WHERE " + " AND ".join(conditions[name][0] for name in names)

    columns = ", ".join(f'"{name}"' for name in ["content_type_id", *provinces])
    # S608 here and below: the pieces are SQL compiled by Django or our own column names;
    # every value is a parameter.
    combinations = (
        f"SELECT {columns}, COUNT(*) AS number FROM search_hits {where('theme')}"  # noqa: S608
        f" GROUP BY {columns}"
    )
    parts = [f"(SELECT json_agg(part) FROM ({combinations}) part)"]  # noqa: S608
    if types.theme_links:
        # The themes' link tables as one (page, theme) relation joined once with the hits:
        # cheaper than a semi-join of the hits per link table.
        quote = connection.ops.quote_name
        links = " UNION ALL ".join(
            f"SELECT {quote(page)} AS page_id, {quote(theme)} AS theme_id"  # noqa: S608
            f" FROM {quote(through._meta.db_table)}"
            for through, page, theme in types.theme_links
        )
        parts.append(
            "(SELECT json_agg(part) FROM (SELECT links.theme_id, COUNT(*) AS number"  # noqa: S608
            f' FROM ({links}) links JOIN search_hits ON search_hits."pk" = links.page_id'
            f" {where('type', 'province')} GROUP BY links.theme_id) part)"
        )
    else:
        parts.append("NULL")
    best = (
        'SELECT "_score", "title", "pk", "content_type_id" FROM search_hits'  # noqa: S608
        f" {where('type', 'theme', 'province')}"
        ' ORDER BY "_score" DESC, "pk" DESC LIMIT %s'
    )
    params.append(stop)
    parts.append(
        "(SELECT json_agg(json_build_array(best._score, best.title, best.pk, best.content_type_id)"  # noqa: S608
        f" ORDER BY best._score DESC, best.pk DESC) FROM ({best}) best)"
    )
    sql = f"WITH search_hits AS MATERIALIZED ({hits_sql[0]}) SELECT {', '.join(parts)}"

    def execute():
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            row = cursor.fetchone()
        combination_rows, theme_rows, best_rows = (value or [] for value in row)
        return (
            [list(row.values()) for row in combination_rows],
            [list(row.values()) for row in theme_rows],
            [tuple(hit) for hit in best_rows],
        )

    # The statement holds everything the answer depends on in the database (words, language,
    # choices, promoted pages, how many hits).
    return _cached_statement(sql, params, execute)


def _cached_statement(sql, params, execute):
    """`execute()`, the answer of the statement `sql` with `params`, kept in the cache under
    the versions of every page and of everything site-wide: any publish, unpublish, move or
    delete reads it again (unless `KENNISBANK_SEARCH_CACHE` is False)."""
    if not getattr(settings, "KENNISBANK_SEARCH_CACHE", True):
        return execute()
    key = hashlib.sha256(repr((sql, params)).encode()).hexdigest()
    return versions.versioned(
        f"{versions.PREFIX}:search:{key}",
        [versions.GENERATION_KEY, versions.PAGES_KEY],
        execute,
        timeout=SEARCH_CACHE_TIMEOUT,
    )


class Hits:
    """The keys of the results, best first, for Django's paginator: the number is known from
    the facet counts, and slicing fetches only the hits up to the end of the slice."""

    def __init__(self, site_search, total):
        self.site_search = site_search
        self.total = total

    def __len__(self):
        return self.total

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self.site_search.ranked_keys(index.stop)[index]
        return self.site_search.ranked_keys(index + 1)[index]


class SiteSearch:
    """One search: `SiteSearch(request, words).run()` gives the hits for the paginator,
    `results_for(keys)` one page of results."""

    def __init__(self, request, words):
        self.request = request
        self.words = words  # as cleaned: for promotions and the editors' report
        # The words searched for: `words` without those that are in no index entry at all
        # (see `_known_words`); highlighting and ranking use these.
        self.terms = words
        self.missing = []
        self.locale = Locale.get_active()
        self.types = page_types()
        self.any_word = False  # True when no result had all words and any word was used
        self.content_types = {}  # page id -> content type id, of the ranked hits
        self.pages = Page.objects.live().public().filter(locale=self.locale)

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

    def _facets(self):
        type_options = [
            Option(value=pk, slug=slugify(label), label=capfirst(label))
            for pk, label in self.types.labels.items()
        ]
        type_options.append(Option(value=DOCUMENT, slug="document", label=_("Document")))
        type_options.sort(key=lambda option: str(option.label).casefold())
        themes = self._themes
        self.theme_keys = {theme.pk: theme.translation_key for theme in themes}
        themes = [theme for theme in themes if theme.locale_id == self.locale.pk]
        return SearchFacets(
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

    # The visitor's choices as filters on the page hits (documents have no theme or province).

    def _type_filter(self):
        chosen = self.facets.selected["type"]
        if not chosen:
            return Q()
        return Q(content_type_id__in=[value for value in chosen if value != DOCUMENT])

    def _theme_filter(self):
        chosen = self.facets.selected["theme"]
        if not chosen:
            return Q()
        if not self.types.theme_links:
            return Q(pk__in=[])
        ids = [pk for pk, key in self.theme_keys.items() if key in chosen]
        return reduce(
            or_,
            [
                Q(pk__in=through.objects.filter(**{f"{theme}__in": ids}).values(page))
                for through, page, theme in self.types.theme_links
            ],
        )

    def _province_filter(self):
        chosen = self.facets.selected["province"]
        if not chosen:
            return Q()
        if not self.types.province_lookups:
            return Q(pk__in=[])
        return reduce(
            or_, [Q(**{f"{lookup}__in": chosen}) for lookup in self.types.province_lookups]
        )

    def _documents_chosen(self):
        selected = self.facets.selected
        chosen_types = selected["type"]
        return (
            (not chosen_types or DOCUMENT in chosen_types)
            and not selected["theme"]
            and not selected["province"]
        )

    @cached_property
    def _public_documents(self):
        return _public_documents()

    @cached_property
    def _themes(self):
        return list(Theme.objects.all())  # every language: a page may use another's themes

    def _promoted_ids(self):
        return [promotion.page_id for promotion in self.promotions if promotion.page_id]

    def _search(self, operator):
        """The ranked page hits (a queryset), and all document hits (read now)."""
        self._query = search_query(self.terms, operator)
        ranked = _scored(self.pages.search(self._query).annotate_score("_score"))
        if promoted := self._promoted_ids():
            ranked = ranked.exclude(pk__in=promoted)
        documents = _scored(self._public_documents.search(self._query).annotate_score("_score"))
        self.documents = {
            f"d{pk}": (pk, score, *fields)
            for pk, score, *fields in documents.values_list("pk", "_score", *_document_fields())
        }
        return ranked

    def _unranked(self):
        """The page hits without ranking, for counting them on SQLite (PostgreSQL counts and
        ranks in one statement and needs only the ranked queryset)."""
        hits = self.pages.search(self._query, order_by_relevance=False).get_queryset()
        if promoted := self._promoted_ids():
            hits = hits.exclude(pk__in=promoted)
        return hits.order_by()

    def _theme_counts(self, pages):
        """(theme, number) rows for the `pages` (a subquery of ids), from the link tables
        of the page types with themes; None when no page type has themes."""
        if not self.types.theme_links:
            return None
        parts = [
            through.objects.filter(**{f"{page}__in": pages})
            .order_by()
            .values_list(theme)
            .annotate(number=Count("pk"))
            for through, page, theme in self.types.theme_links
        ]
        return parts[0].union(*parts[1:], all=True) if len(parts) > 1 else parts[0]

    def _facet_querysets(self, hits):
        """Over the page hits: (type, province per page type with provinces, number) rows,
        (theme per page type with themes, number) rows or None, and the hits that match the
        visitor's choices."""
        combinations = (
            hits.filter(self._theme_filter())
            .values_list("content_type_id", *self.types.province_lookups)
            .annotate(number=Count("pk"))
        )
        themes = self._theme_counts(
            hits.filter(self._type_filter(), self._province_filter()).values("pk")
        )
        chosen = hits.filter(self._type_filter(), self._theme_filter(), self._province_filter())
        return combinations, themes, chosen

    def _tally(self, combinations, theme_rows):
        counts = self.facets.counts
        chosen = self.facets.selected
        for content_type_id, *provinces in combinations:
            number = provinces.pop()
            provinces = {value for value in provinces if value}
            if not chosen["province"] or provinces & chosen["province"]:
                counts["type"][content_type_id] += number
            if not chosen["type"] or content_type_id in chosen["type"]:
                for value in provinces:
                    counts["province"][value] += number
        for *ids, number in theme_rows:
            for pk in ids:
                if pk is not None:
                    counts["theme"][self.theme_keys.get(pk)] += number
        if self._documents_chosen():
            counts["type"][DOCUMENT] = len(self.documents)
        self.total = sum(
            number
            for value, number in counts["type"].items()
            if not chosen["type"] or value in chosen["type"]
        )

    def _count(self, ranked, stop):
        """Count the facets' options in the database (on PostgreSQL, and rank the best
        `stop` hits, in the same statement); returns whether there are any hits without the
        visitor's choices."""
        if connection.vendor == "postgresql":
            combinations, theme_rows, self._best = _count_and_rank(self, ranked, stop)
            self._best_stop = stop
            hits = ranked.order_by()
        else:
            hits = self._unranked()
            combinations, themes, _chosen = self._facet_querysets(hits)
            combinations = list(combinations)
            theme_rows = list(themes) if themes is not None else []
        self._tally(combinations, theme_rows)
        if self.documents or combinations or theme_rows:
            return True
        return self.facets.is_filtered and hits.exists()

    def _known_words(self):
        """PostgreSQL, several words: (the words worth searching for, the words no entry of the
        search index has in any of their forms, in any language). Searching for all words
        would find nothing when one of them is unknown, and then any of them far too much
        (the slowest search there was: three words, one unknown, ranked over 5,600 pages), so
        the known words are searched for, with a note naming the missing ones. Words that the
        text search configuration ignores (its stop words beyond `text.STOP_WORDS`) are left
        out without a note. At least one word is kept. One query, answered by the index
        table's GIN indexes and kept in the search cache like the counts; elsewhere (SQLite) every
        word is searched for."""
        words = self.words.split()
        if connection.vendor != "postgresql" or len(words) < 2:
            return words, []
        config = get_search_backend().config
        table = connection.ops.quote_name(IndexEntry._meta.db_table)
        checks, params = [], []
        for word in words:
            forms = variants(word)
            query = " || ".join(["plainto_tsquery(%s::regconfig, %s)"] * len(forms))
            form_params = [value for form in forms for value in (config, form)]
            # The word as typed is a stop word (its made-up plural would not be).
            checks.append(
                "CASE WHEN numnode(plainto_tsquery(%s::regconfig, %s)) = 0 THEN NULL"  # noqa: S608 - words are parameters
                f" ELSE EXISTS (SELECT 1 FROM {table}"
                f" WHERE title @@ ({query}) OR body @@ ({query})) END"
            )
            params += [config, word, *form_params, *form_params]
        sql = f"SELECT {', '.join(checks)}"  # noqa: S608 - see above

        def execute():
            with connection.cursor() as cursor:
                cursor.execute(sql, params)
                return list(cursor.fetchone())

        found = _cached_statement(sql, params, execute)
        known = [word for word, present in zip(words, found, strict=True) if present]
        if not known:
            return words, []
        return known, [word for word, present in zip(words, found, strict=True) if present is False]

    def run(self, page_number=1):
        """The hits for the paginator: their number, and their keys (page ids, 'd<id>' for
        documents) best first, narrowed by the chosen facets. On PostgreSQL, the hits up to
        the end of page `page_number` are ranked in the same statement as the counting."""
        stop = page_number * RESULTS_PER_PAGE
        self.facets = self._facets()
        self._best, self._best_stop = [], 0
        known, self.missing = self._known_words()
        self.terms = " ".join(known)
        self.ranked = self._search("and")
        if not self._count(self.ranked, stop) and len(self.terms.split()) > 1:
            self.any_word = True
            self.facets = self._facets()
            self.ranked = self._search("or")
            self._count(self.ranked, stop)
        return Hits(self, self.total)

    def ranked_keys(self, stop):
        """The keys of the best hits up to `stop` (all with None), best first."""
        if connection.vendor == "postgresql" and stop is not None and stop <= self._best_stop:
            hits = list(self._best[:stop])
        else:
            _combinations, _themes, pages = self._facet_querysets(self.ranked)
            pages = pages.values_list("_score", "title", "pk", "content_type_id")
            if connection.vendor == "postgresql" and stop is not None:
                pages = pages[:stop]  # ranked by the database; elsewhere by _sort_key
            hits = list(pages)
        if connection.vendor != "postgresql":
            stop = None
        if self._documents_chosen():
            hits += [
                ((score or 0) * DOCUMENT_SCORE_FACTOR, fields[0], key, None)
                for key, (_pk, score, *fields) in self.documents.items()
            ]
        hits.sort(key=_sort_key(self.terms))  # stable: pages first on a tie
        hits = hits[:stop]
        self.content_types.update((key, content_type) for _s, _t, key, content_type in hits)
        return [key for _score, _title, key, _content_type in hits]

    def results_for(self, keys):
        """Results for the keys of one page of results, in their order."""
        page_ids = [key for key in keys if not isinstance(key, str)]
        pages, themes = {}, {}
        if page_ids:
            present = {self.content_types.get(pk) for pk in page_ids}
            related = [
                lookup
                for content_type in present
                for lookup in self.types.select_related.get(content_type, ())
            ]
            queryset = (
                Page.objects.filter(pk__in=page_ids)
                .select_related("locale", *related)
                .annotate(indexed_text=F(_index_text_field()))
            )
            for page in queryset:
                pages.setdefault(page.pk, page)
            theme_lookups = [
                lookup
                for lookup in self.types.theme_lookups
                if lookup.removesuffix("__themes") in related
            ]
            if theme_lookups:
                rows = Page.objects.filter(pk__in=page_ids).values_list("pk", *theme_lookups)
                for pk, *values in rows:
                    themes.setdefault(pk, set()).update(
                        self.theme_keys.get(value) for value in values if value is not None
                    )
        Document = get_document_model()
        results = []
        for key in keys:
            if isinstance(key, str):
                pk, _score, title, file, collection_id, *description = self.documents[key]
                # Given the collection, the document needs no query for its address.
                document = Document(pk=pk, title=title, file=file, collection_id=collection_id)
                results.append(
                    Result(
                        type_label=_("Document"),
                        title=highlight(title, self.terms),
                        url=document.url,
                        excerpt=excerpt(description, self.terms),
                        file_extension=document.file_extension.upper(),
                    )
                )
            elif key in pages:
                results.append(self._page_result(pages[key], themes.get(key, ())))
        return results

    def _page_result(self, page, themes):
        specific = page
        for name in self.types.paths.get(page.content_type_id, "").split("__"):
            if name:
                specific = getattr(specific, name)
        return Result(
            type_label=capfirst(self.types.labels.get(page.content_type_id, _("Pagina"))),
            title=highlight(page.title, self.terms),
            url=page.get_url(self.request),
            excerpt=excerpt(
                [getattr(specific, "summary", ""), page.search_description, page.indexed_text],
                self.terms,
            ),
            meta=getattr(specific, "card_meta", "") or "",
            themes=self.facets.labels("theme", themes),
        )
