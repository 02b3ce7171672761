"""The site's languages and its Dutch home page, so that a fresh database serves a site.

Replaces the placeholder page that wagtailcore's initial data creates with a HomePage; the
English home page is its translation, made by wagtail-localize (load_demo_content does that for
the demo)."""

from django.db import migrations


def create_locales_and_homepage(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Locale = apps.get_model("wagtailcore.Locale")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    HomePage = apps.get_model("home.HomePage")

    dutch, _ = Locale.objects.get_or_create(language_code="nl")
    Locale.objects.get_or_create(language_code="en")

    if HomePage.objects.exists():
        return

    page_content_type = ContentType.objects.get(model="page", app_label="wagtailcore")
    placeholder = Page.objects.filter(content_type=page_content_type, depth=2, slug="home").first()
    if placeholder is None or Page.objects.filter(depth=2).count() != 1:
        # Not a fresh database: leave an existing page tree alone.
        return
    path = placeholder.path
    placeholder.delete()

    homepage_content_type, _ = ContentType.objects.get_or_create(model="homepage", app_label="home")
    homepage = HomePage.objects.create(
        title="Home",
        draft_title="Home",
        slug="home",
        content_type=homepage_content_type,
        path=path,
        depth=2,
        numchild=0,
        url_path="/home/",
        locale=dutch,
        hero_heading="Kennisbank Sociale Alliantie",
        live=True,
    )
    Site.objects.filter(is_default_site=True).delete()
    Site.objects.create(
        hostname="localhost",
        port=80,
        site_name="Kennisbank Sociale Alliantie",
        root_page=homepage,
        is_default_site=True,
    )


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(create_locales_and_homepage, migrations.RunPython.noop),
    ]
