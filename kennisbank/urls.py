from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from home import views as home_views
from home.sitemaps import MultilingualSitemap
from search import views as search_views

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": MultilingualSitemap}}, name="sitemap"),
    path("robots.txt", home_views.robots_txt, name="robots_txt"),
    # For load balancers and monitoring: database and cache reachable (never cached).
    path("healthz", home_views.healthz, name="healthz"),
    # The bare domain opens the Dutch site: Dutch is the site's first language.
    path("", home_views.root_redirect, name="root"),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Everything visitors read lives under a language prefix: /nl/… and /en/….
urlpatterns += i18n_patterns(
    path(_("zoeken/"), search_views.search, name="search"),
    path(_("zoeken/suggesties/"), search_views.suggestions, name="search_suggestions"),
    path("", include("localgroups.urls")),
    path("", include("newsletter.urls")),
    # Wagtail's page tree last: it answers every remaining path.
    path("", include(wagtail_urls)),
)

handler500 = "home.views.server_error"
