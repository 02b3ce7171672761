"""Faceted filtering for listings, from one query over all items' facet values.

A listing declares its facets (URL parameter, the lookup that yields an item's values, and the
options shown); `FacetedListing` reads the visitor's choices from the query string, works out
which items match, and counts per option. Within a facet, ticked options widen the result (any
of them); across facets they narrow it (all facets). An option's count is the number of items
with that option among those matching the *other* facets' choices: with nothing else ticked in
its own facet, exactly what the visitor gets by ticking it. Unknown values in the URL are
ignored.
"""

from dataclasses import dataclass, field

from django.utils.text import slugify


@dataclass
class Option:
    value: object  # what the lookup yields for an item (a translation key, a choice value)
    slug: str  # what the URL carries
    label: str
    item: object = None  # the object behind the option, for templates


@dataclass
class Facet:
    name: str
    parameter: str
    lookup: str | tuple  # one lookup, or several whose values are merged
    label: str
    # None: the options are the distinct values found (a free-text field such as a place).
    options: list | None = field(default_factory=list)


class FacetedListing:
    def __init__(self, queryset, facets, query, order_by=("title",)):
        self.facets = {facet.name: facet for facet in facets}
        # {item id: {facet name: {values}}} for every item, in the requested order.
        self.items = {}
        columns = []  # (facet name, lookup) per selected column
        for facet in facets:
            lookups = facet.lookup if isinstance(facet.lookup, tuple) else (facet.lookup,)
            columns += [(facet.name, lookup) for lookup in lookups]
        rows = queryset.order_by(*order_by, "pk").values_list(
            "pk", *[lookup for _, lookup in columns]
        )
        for pk, *values in rows:
            item = self.items.setdefault(pk, {name: set() for name in self.facets})
            for (name, _), value in zip(columns, values, strict=True):
                if value is not None and value != "":
                    item[name].add(value)
        for facet in facets:
            if facet.options is None:
                found = {value for item in self.items.values() for value in item[facet.name]}
                facet.options = [
                    Option(value=value, slug=slugify(value), label=value)
                    for value in sorted(found, key=str.casefold)
                ]
        self.selected = {
            facet.name: {
                option.value
                for option in facet.options
                if option.slug in query.getlist(facet.parameter)
            }
            for facet in facets
        }

    @property
    def is_filtered(self):
        return any(self.selected.values())

    def _matches(self, values, ignore=None):
        return all(
            not chosen or values[name] & chosen
            for name, chosen in self.selected.items()
            if name != ignore
        )

    def matching_ids(self):
        return [pk for pk, values in self.items.items() if self._matches(values)]

    def options(self, name, unfiltered=False):
        """The facet's options with `count` and `selected`, for the filter form. With
        `unfiltered`, counts over all items, whatever the visitor chose."""
        counts = {}
        for values in self.items.values():
            if unfiltered or self._matches(values, ignore=name):
                for value in values[name]:
                    counts[value] = counts.get(value, 0) + 1
        chosen = self.selected[name]
        return [
            {
                "item": option.item,
                "slug": option.slug,
                "label": option.label,
                "count": counts.get(option.value, 0),
                "selected": option.value in chosen,
            }
            for option in self.facets[name].options
        ]

    def values_of(self, pk, name):
        return self.items.get(pk, {}).get(name, set())

    def labels_of(self, pk, name):
        labels = {option.value: option.label for option in self.facets[name].options}
        return sorted(labels[value] for value in self.values_of(pk, name) if value in labels)
