"""Demo content of the local groups: experiences on method pages, one of them waiting for the
editors' approval. Groups, permissions and the workflow come from `roles`, not from here."""

from datetime import date

from wagtail.models import Locale

from home.demo import Texts, get_or_create_placeholder_image, translate
from initiatives.models import InitiativePage
from methods.models import MethodPage

from .demo_data import EXPERIENCES
from .models import ExperiencePage
from .roles import ensure_workflow, sync_all_local_groups


def load(stdout=None):
    ensure_workflow()
    sync_all_local_groups(only_missing=True)
    dutch = Locale.objects.get(language_code="nl")
    methods = {page.slug: page for page in MethodPage.objects.filter(locale=dutch)}
    initiatives = {page.slug: page for page in InitiativePage.objects.filter(locale=dutch)}
    created = 0
    for spec in EXPERIENCES:
        method = methods.get(spec["method"])
        initiative = initiatives.get(spec["initiative"])
        if method is None or initiative is None:
            continue
        if method.get_children().filter(slug=spec["slug"]).exists():
            continue
        texts = Texts()
        group = initiative.local_group
        photo = get_or_create_placeholder_image(
            f"{spec['title'][0]} (foto)", spec["title"][0], collection=group.collection
        )
        alt = texts(
            f"Vrijwilligers van {initiative.title} aan het werk",
            f"Volunteers of {initiative.title} at work",
        )
        page = ExperiencePage(
            locale=dutch,
            slug=spec["slug"],
            title=texts(*spec["title"]),
            summary=texts(*spec["summary"]),
            initiative=initiative,
            date=date(*spec["date"]),
            what_we_did=texts.paragraphs(spec["what_we_did"]),
            what_worked=texts.paragraphs(spec["what_worked"]),
            points_of_attention=texts.paragraphs(spec["attention"]),
            contact_name=spec["contact"],
            photos=[("photo", {"image": photo, "alt_text": alt, "caption": "", "credit": ""})],
            live=spec["live"],
        )
        method.add_child(instance=page)
        revision = page.save_revision()
        if spec["live"]:
            revision.publish()
            if method.get_translations().filter(live=True).exists():
                translate(page, "en", texts.english)
        else:
            workflow = page.get_workflow()
            if workflow is not None:
                workflow.start(page, user=None)
        created += 1
    if stdout is not None and created:
        stdout.write(f"Local groups: {created} experiences\n")
