"""Settings shared by every environment. Secrets and addresses come only from the environment."""

import os
from datetime import timedelta
from pathlib import Path

from .csp import content_security_policy
from .env import database_from_url, env_bool, env_list, frontend_cache_from_env

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

# Set per environment (dev, test, production); base never carries a usable secret.
SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")

INSTALLED_APPS = [
    "home",
    "methods",
    "initiatives",
    "news",
    "newsletter",
    "search",
    "localgroups",
    "library",
    "landing",
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks_db",
    "axes",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    # First: per-request memos for everything below (home/requestcache.py).
    "home.requestcache.RequestCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Content-Security-Policy (django-csp, with the admin's and previews' in home/security.py)
    # and Permissions-Policy on every response.
    "home.security.ContentSecurityPolicyMiddleware",
    "home.security.PermissionsPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Admin URLs addressed by another group's draft page answer 404 (localgroups/privacy.py).
    "localgroups.privacy.HiddenPagesMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Locked-out logins answered as the login form says (django-axes; home/login.py).
    "axes.middleware.AxesMiddleware",
    # Last: anonymous visitors' pages from the cache (home/pagecache.py).
    "home.pagecache.PageCacheMiddleware",
]

ROOT_URLCONF = "kennisbank.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "kennisbank.wsgi.application"

# Database: SQLite file in the project folder unless DATABASE_URL says otherwise.
DATABASE_URL = os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}"
DATABASES = {"default": database_from_url(DATABASE_URL)}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: local memory unless REDIS_URL is set (production uses Redis).
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            # Django's RedisCache, answering from memory while Redis is unreachable.
            "BACKEND": "kennisbank.cache.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "kennisbank",
            # An unreachable Redis is noticed within a second (kennisbank/cache.py), not
            # after the operating system's connect timeout.
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "home.validators.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Dutch first, English second. The site's own words are written in Dutch
# (gettext source) and translated to English in locale/en.
LANGUAGE_CODE = "nl"
LANGUAGES = [
    ("nl", "Nederlands"),
    ("en", "English"),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_LOCALIZE_DEFAULT_TRANSLATION_MODE = "synced"
# Machine translation is off unless a DeepL key is configured: without one, nothing is sent out
# and the translation editor shows no "Translate with DeepL" button.
if os.environ.get("DEEPL_AUTH_KEY"):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": os.environ["DEEPL_AUTH_KEY"]},
    }

# Static and uploaded files
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATIC_ROOT = BASE_DIR / "static_collected"
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Complex pages can exceed Django's default of 1000 fields per form in the page editor.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# E-mail: console in development; production switches to SMTP.
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Kennisbank <kennisbank@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Wagtail
WAGTAIL_SITE_NAME = "Kennisbank Sociale Alliantie"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {
    "default": {
        # Wagtail's database backend (search/backend.py). On PostgreSQL: Dutch stemming and
        # accents ignored, with the text search configurations of search/migrations/0001.
        "BACKEND": "search.backend",
        "SEARCH_CONFIG": "dutch_unaccent",
        "AUTOCOMPLETE_CONFIG": "simple_unaccent",
    },
}
# The library's documents: a description, kind, themes, date and language (library/models.py);
# the admin form limits the themes to the Dutch terms.
WAGTAILDOCS_DOCUMENT_MODEL = "library.Document"
WAGTAILDOCS_DOCUMENT_FORM_BASE = "library.forms.DocumentForm"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
# Documents go through Django (collection privacy, Content-Disposition, nosniff and Wagtail's
# "default-src 'none'" CSP); only PDFs open in the browser, everything else downloads.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# Decompression bombs: at most 40 million pixels, all frames of an animation counted.
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_IMAGE_FORM_BASE = "home.images.ImageForm"
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"avif": "avif", "gif": "gif", "png": "png", "webp": "webp"}
# Embeds are fetched once from the provider when an editor adds them, then kept in the database.
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAIL_ENABLE_UPDATE_CHECK = False
# ASCII slugs ("cooperatie", "repair-cafe"): addresses that survive e-mail and print intact.
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAIL_PASSWORD_RESET_ENABLED = True
# The admin login refuses a user name from one address after repeated failures (django-axes),
# and an address after many; password reset mails are rate-limited (home/login.py).
WAGTAILADMIN_USER_LOGIN_FORM = "home.login.LockoutLoginForm"
WAGTAILADMIN_USER_PASSWORD_RESET_FORM = "home.login.RateLimitedPasswordResetForm"  # noqa: S105
# django-axes: 5 failed logins for one user name from one address lock that combination for
# 15 minutes after the last one (a stranger elsewhere cannot lock an editor out); a successful
# login clears its failures. The attempts are kept in the database and listed for
# administrators under Instellingen → Inlogblokkades (home/lockouts.py), where a lockout is
# lifted. The address is the one the rate limits use (home/limits.py). AxesBackend rather
# than AxesStandaloneBackend: it can also load a logged-in user, as the first backend must for
# Wagtail's page test helpers (they log in with AUTHENTICATION_BACKENDS[0]).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
# Attempts while locked out are refused without extending the lockout, so that the editor who
# tries again with the right password is let in when the 15 minutes are over.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_CLIENT_IP_CALLABLE = "home.limits.client_address"
AXES_USERNAME_CALLABLE = "home.login.axes_username"
AXES_LOCKOUT_CALLABLE = "home.login.lockout_response"
# No Django admin on this site: the Wagtail admin shows the lockouts.
AXES_ENABLE_ADMIN = False

WAGTAILADMIN_RICH_TEXT_EDITORS = {
    "default": {
        "WIDGET": "wagtail.admin.rich_text.DraftailRichTextArea",
        "OPTIONS": {
            "features": ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]
        },
    },
}

# Content-Security-Policy of the public site (django-csp; kennisbank/settings/csp.py): the
# site's own origins, video frames from YouTube's privacy mode and Vimeo plus
# KENNISBANK_CSP_FRAME_SRC, violation reports to CSP_REPORT_URI when set. A settings file that
# changes one of these values builds the setting again.
KENNISBANK_CSP_FRAME_SRC = []
KENNISBANK_CSP_REPORT_URI = os.environ.get("CSP_REPORT_URI", "")
CONTENT_SECURITY_POLICY = content_security_policy(
    own_urls=[WAGTAILADMIN_BASE_URL, STATIC_URL, MEDIA_URL],
    frame_src=KENNISBANK_CSP_FRAME_SRC,
    report_uri=KENNISBANK_CSP_REPORT_URI,
)

# How long the link in an invitation for a local group stays valid (seconds).
KENNISBANK_INVITATION_TIMEOUT = 7 * 24 * 60 * 60
# A new account e-mail address counts only once the link mailed to it is opened
# (localgroups/account.py): how long that link stays valid (seconds). Wagtail's own e-mail
# field in the account settings is replaced by that panel.
KENNISBANK_EMAIL_CONFIRMATION_TIMEOUT = 2 * 24 * 60 * 60
WAGTAIL_EMAIL_MANAGEMENT_ENABLED = False

LANGUAGE_COOKIE_NAME = "kennisbank_language"

# Background tasks: Wagtail's own run at once (as before); newsletters are sent by the database
# worker (`manage.py db_worker --backend newsletter --queue-name newsletter`).
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "newsletter": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["newsletter"]},
}
# Newsletter: how long the confirmation link stays valid (seconds), mails per SMTP connection,
# and the address for List-Unsubscribe mailto (empty: the sender address).
KENNISBANK_NEWSLETTER_CONFIRM_MAX_AGE = 3 * 24 * 60 * 60
KENNISBANK_NEWSLETTER_BATCH_SIZE = 200
KENNISBANK_NEWSLETTER_UNSUBSCRIBE_EMAIL = os.environ.get("NEWSLETTER_UNSUBSCRIBE_EMAIL", "")
# Registrations for meetings: days after a meeting ends before `manage.py purge_registrations`
# erases the registrants' names and addresses.
KENNISBANK_REGISTRATION_RETENTION_DAYS = int(os.environ.get("REGISTRATION_RETENTION_DAYS", 30))

# How many reverse proxies in front of the site add to X-Forwarded-For (0: none, as in
# development), and the addresses (or networks) that requests through them come from: the
# header counts only on requests from those (gunicorn's FORWARDED_ALLOW_IPS, default
# 127.0.0.1). Used to find the visitor's address for the rate limits and the login lockout
# (home/limits.py client_address).
KENNISBANK_TRUSTED_PROXIES = 0
KENNISBANK_PROXY_ADDRESSES = env_list("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")

# Rate limits of the public forms (django-ratelimit, home/limits.py), counted in the default
# cache per visitor address, IPv6 per /64. Its system checks are not installed: they refuse
# the local-memory cache of development and tests, and the limits hold per process there.
RATELIMIT_IP_META_KEY = "home.limits.client_address"
RATELIMIT_IPV6_MASK = 64

# Full-page cache for anonymous visitors, purged on every change (home/pagecache.py). Off in
# development (template edits would not show); answers are kept at most this many seconds, a
# safety expiry (pages that depend on the clock, such as upcoming meetings, say when they
# end). KENNISBANK_RELEASE (e.g. the commit) empties it on a deploy.
KENNISBANK_PAGE_CACHE = env_bool("PAGE_CACHE", True)
KENNISBANK_PAGE_CACHE_TIMEOUT = int(os.environ.get("PAGE_CACHE_TIMEOUT", 24 * 60 * 60))
KENNISBANK_RELEASE = os.environ.get("KENNISBANK_RELEASE", "")

# A CDN or caching proxy in front of the site, when the environment names one (FRONTEND_CACHE_*,
# docs/deploy.md): the answers that the page cache stores tell it to keep them
# FRONTEND_CACHE_MAX_AGE seconds, and a changed page is purged from it with the pages that show
# it (home/frontendcache.py). Without one, nothing is installed, sent or purged.
WAGTAILFRONTENDCACHE = frontend_cache_from_env()
if WAGTAILFRONTENDCACHE:
    INSTALLED_APPS.append("wagtail.contrib.frontend_cache")
    # Translations are pages of their own, purged as such (they show each other's language
    # links): Wagtail's rewriting of every /nl/ address into /en/ would only add duplicates or
    # addresses that don't exist.
    WAGTAILFRONTENDCACHE_LANGUAGES = []
KENNISBANK_FRONTEND_CACHE_MAX_AGE = int(os.environ.get("FRONTEND_CACHE_MAX_AGE", 300))

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    # Libraries log every page save and background task at INFO; WARNING keeps commands readable.
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
    "loggers": {
        "django": {"handlers": ["console"], "level": "INFO", "propagate": False},
        "django.server": {"handlers": ["console"], "level": "INFO", "propagate": False},
    },
}
