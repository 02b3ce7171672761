"""A large, reproducible dataset for the benchmark (`make bench`).

Adds to the demo content, in the Dutch tree: methods up to 200, 2,000 initiatives, 5,000 news
items, 500 meetings and 10,000 newsletter subscribers. The same pages on every run (a fixed
seed); what already exists is kept, so a second run on the same database starts at once.

Pages are created in bulk, not one `add_child` at a time: the tree paths are computed here from
treebeard's public `steplen` and `numconv_obj()`, the `wagtailcore_page` rows are inserted with
one `bulk_create` per batch, and the page type's own table rows with one multi-row INSERT per
batch through the database cursor (Django's `bulk_create` refuses multi-table models; the
values are prepared by each field's `get_db_prep_save`, as a save does). Each generated page
copies the field values of a demo page of the same type and varies the title, place, dates,
themes and methods. Signals are not sent (no reference index, no local groups, no cache
purges); the search index is filled in bulk at the end.
"""

import random
import uuid
from datetime import timedelta

from django.contrib.contenttypes.models import ContentType
from django.db import connections, transaction
from django.utils import timezone

from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

SEED = 20261122
PREFIX = "bench-"
BATCH = 500
DEFAULT_COUNTS = {"methods": 200, "initiatives": 2000, "news": 5000, "events": 500}
SUBSCRIBERS = 10_000
PLACES = (
    "Amersfoort Utrecht Zwolle Deventer Groningen Leeuwarden Assen Emmen Almere Lelystad "
    "Arnhem Nijmegen Haarlem Amsterdam Leiden Rotterdam Middelburg Breda Tilburg Maastricht"
).split()
WORDS = (
    "buurt armoede schulden samen koken weggeefwinkel taal werk wonen zorg energie "
    "kinderen jongeren ouderen vrijwilligers gemeente inloop budget maaltijd fiets"
).split()


def generate(counts=None, subscribers=SUBSCRIBERS, stdout=None):
    """Create what is missing; return {kind: number created}."""
    from home.models import Theme
    from initiatives.models import PROVINCES, InitiativeIndexPage, InitiativePage
    from methods.models import MethodIndexPage, MethodPage
    from news.models import EventIndexPage, EventPage, NewsIndexPage, NewsPage

    counts = {**DEFAULT_COUNTS, **(counts or {})}
    locale = Locale.objects.get(language_code="nl")
    themes = list(Theme.objects.filter(locale=locale).order_by("pk"))
    provinces = [key for key, _label in PROVINCES]
    now = timezone.now()
    created = {}

    method_pool = []

    def methods_of(rng):
        if not method_pool:  # read once, after the methods were generated
            method_pool.extend(
                MethodPage.objects.filter(locale=locale).order_by("pk").values_list("pk", flat=True)
            )
        return rng.sample(method_pool, min(2, len(method_pool)))

    def method_values(rng, n):
        return {"title": f"Methodiek {rng.choice(WORDS)} {n}"}, {
            "themes": [t.pk for t in rng.sample(themes, 2)]
        }

    def initiative_values(rng, n):
        place = rng.choice(PLACES)
        return (
            {
                "title": f"{rng.choice(WORDS).capitalize()} {place} {n}",
                "place": place,
                "province": rng.choice(provinces),
                "new_place": rng.random() < 0.05,
                "status": "running" if rng.random() < 0.8 else "starting",
            },
            {"themes": [t.pk for t in rng.sample(themes, 2)], "methods": methods_of(rng)},
        )

    def news_values(rng, n):
        return (
            {
                "title": f"Nieuws over {rng.choice(WORDS)} en {rng.choice(WORDS)} {n}",
                "date": (now - timedelta(days=n % 2000)).date(),
            },
            {"themes": [t.pk for t in rng.sample(themes, 1)]},
        )

    def event_values(rng, n):
        start = now + timedelta(days=n - counts["events"] // 2, hours=rng.randint(0, 8))
        return (
            {
                "title": f"Bijeenkomst {rng.choice(WORDS)} {n}",
                "start": start,
                "end": start + timedelta(hours=2),
                "place": rng.choice(PLACES),
            },
            {},
        )

    plan = [
        ("methods", MethodPage, MethodIndexPage, method_values),
        ("initiatives", InitiativePage, InitiativeIndexPage, initiative_values),
        ("news", NewsPage, NewsIndexPage, news_values),
        ("events", EventPage, EventIndexPage, event_values),
    ]
    for kind, model, index_model, values in plan:
        index = index_model.objects.get(locale=locale)
        existing = model.objects.child_of(index).count()
        missing = counts[kind] - existing
        created[kind] = 0
        if missing > 0:
            created[kind] = _create_pages(model, index, missing, existing, kind, values, now)
            if stdout:
                stdout.write(f"  {created[kind]} {kind}")
    created["subscribers"] = _create_subscribers(subscribers, now)
    return created


def _template_values(model, index):
    """The field values of a demo page of this type (the body, images, required fields)."""
    template = model.objects.child_of(index).exclude(slug__startswith=PREFIX).order_by("pk")[0]
    skip = {"page_ptr_id"}
    return {
        field.attname: getattr(template, field.attname)
        for field in model._meta.local_concrete_fields
        if field.attname not in skip
    }


def _create_pages(model, parent, count, offset, kind, values, now):
    template = _template_values(model, parent)
    content_type = ContentType.objects.get_for_model(model)
    relations = {
        name: getattr(model, name).through for name in ("themes", "methods") if hasattr(model, name)
    }
    created = 0
    with transaction.atomic():
        parent = Page.objects.select_for_update().get(pk=parent.pk)
        last = parent.get_last_child()
        next_number = _step_number(last.path) + 1 if last else 1
        for start in range(0, count, BATCH):
            rows, extras = [], []
            for n in range(offset + start, offset + min(count, start + BATCH)):
                # Page n is the same whatever was created before (its own seed).
                rng = random.Random(f"{SEED}-{kind}-{n}")  # noqa: S311 - test data
                own, related = values(rng, n)
                slug = f"{PREFIX}{model._meta.model_name}-{n}"
                title = own.pop("title")
                rows.append(
                    Page(
                        title=title,
                        draft_title=title,
                        slug=slug,
                        path=parent.path + _step(next_number),
                        depth=parent.depth + 1,
                        numchild=0,
                        url_path=f"{parent.url_path}{slug}/",
                        content_type=content_type,
                        locale_id=parent.locale_id,
                        translation_key=uuid.UUID(int=rng.getrandbits(128)),
                        live=True,
                        has_unpublished_changes=False,
                        first_published_at=now,
                        last_published_at=now,
                    )
                )
                extras.append((own, related))
                next_number += 1
            pages = Page.objects.bulk_create(rows)
            if pages[0].pk is None:  # a database that does not return keys from bulk inserts
                by_path = dict(
                    Page.objects.filter(path__in=[p.path for p in pages]).values_list("path", "pk")
                )
                for page in pages:
                    page.pk = by_path[page.path]
            specific = []
            links = {name: [] for name in relations}
            for page, (own, related) in zip(pages, extras, strict=True):
                obj = model(**{**template, **own})
                obj.page_ptr_id = page.pk
                specific.append(obj)
                for name, ids in related.items():
                    through = relations[name]
                    source = through._meta.get_field(model._meta.model_name).attname
                    target = next(
                        f.attname
                        for f in through._meta.concrete_fields
                        if f.is_relation and f.attname != source
                    )
                    links[name] += [through(**{source: page.pk, target: pk}) for pk in ids]
            _insert_own_rows(model, specific)
            for name, objs in links.items():
                relations[name].objects.bulk_create(objs)
            created += len(pages)
        Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild + created)
    _index(model, parent)
    return created


def _step(number):
    """The last step of a child's tree path: `number` in treebeard's alphabet, padded to
    `Page.steplen` (what `add_child` computes for the next child)."""
    key = Page.numconv_obj().int2str(number)
    if len(key) > Page.steplen:
        raise ValueError(f"More children than a tree path can number: {number}")
    return Page.alphabet[0] * (Page.steplen - len(key)) + key


def _step_number(path):
    """The number of a child from the last step of its tree path."""
    return Page.numconv_obj().str2int(path[-Page.steplen :])


def _insert_own_rows(model, objs):
    """Insert the rows of the page type's own table (the Page rows exist already), one
    multi-row INSERT through the cursor. Values are prepared as a save prepares them."""
    connection = connections[model.objects.db]
    fields = model._meta.local_concrete_fields
    quote = connection.ops.quote_name
    row = "(" + ", ".join(["%s"] * len(fields)) + ")"
    sql = (
        f"INSERT INTO {quote(model._meta.db_table)} "  # noqa: S608 - names from the model
        f"({', '.join(quote(field.column) for field in fields)}) VALUES "
    )
    # SQLite allows 32,766 parameters in one statement; stay well below.
    per_statement = max(1, 30_000 // len(fields))
    with connection.cursor() as cursor:
        for start in range(0, len(objs), per_statement):
            chunk = objs[start : start + per_statement]
            params = [
                field.get_db_prep_save(field.pre_save(obj, True), connection)
                for obj in chunk
                for field in fields
            ]
            cursor.execute(sql + ", ".join([row] * len(chunk)), params)


def _index(model, parent):
    """Put the generated pages in the search index in bulk (as update_index does)."""
    backend = get_search_backend()
    pages = model.objects.child_of(parent).filter(slug__startswith=PREFIX).order_by("pk")
    for start in range(0, pages.count(), BATCH):
        backend.add_bulk(model, list(pages[start : start + BATCH]))


BENCH_DOMAIN = "@bench.example.org"


def _create_subscribers(count, now):
    from newsletter.models import Subscriber

    # The same addresses as bench_newsletter's, which deletes and recreates them.
    existing = Subscriber.objects.filter(email__endswith=BENCH_DOMAIN).count()
    if existing >= count:
        return 0
    Subscriber.objects.filter(email__endswith=BENCH_DOMAIN).delete()
    create_subscribers(count, now)
    return count


def create_subscribers(count, now):
    """`count` confirmed subscribers at the benchmark's domain, one in five in English."""
    from newsletter.models import Subscriber

    Subscriber.objects.bulk_create(
        (
            Subscriber(
                email=f"lezer{n}{BENCH_DOMAIN}",
                language="en" if n % 5 == 0 else "nl",
                status=Subscriber.Status.CONFIRMED,
                consent_at=now,
                confirmed_at=now,
                consent_source="bench",
            )
            for n in range(count)
        ),
        batch_size=2000,
    )
