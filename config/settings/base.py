"""Settings for Masters Compare, read from environment variables.

Every value a deployment may change comes from the environment (see the table
in README.md). Debug is off unless ``DJANGO_DEBUG`` turns it on, and with debug
off the site refuses to start without ``DJANGO_SECRET_KEY``.
"""

from datetime import timedelta
from pathlib import Path

import environ
from django.core.exceptions import ImproperlyConfigured
from import_export.formats.base_formats import JSON

from core.spreadsheets import CSV, XLSX

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()

DEBUG = env.bool("DJANGO_DEBUG", default=False)

SECRET_KEY = env.str("DJANGO_SECRET_KEY", default="")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY is not set. With DJANGO_DEBUG off the site needs a secret key: "
            "set DJANGO_SECRET_KEY to a long random string (for example the output of "
            "`python3 -c 'import secrets; print(secrets.token_urlsafe(50))'`)."
        )
    # Only ever used with debug on, on a developer's own machine.
    SECRET_KEY = "insecure-development-only-key"

LOCAL_HOSTS = ["localhost", "127.0.0.1", "[::1]"]
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=LOCAL_HOSTS)
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.postgres",
    "django.contrib.sitemaps",
    "django_filters",
    "django_htmx",
    "django_countries",
    "import_export",
    "simple_history",
    "csp",
    "axes",
    "corsheaders",
    "ninja",  # the API docs page's Swagger UI, from our own static files
    "programs",
    "advice",
    "core",
    "api",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Before anything that answers by itself: a browser's CORS preflight (OPTIONS) for
    # the API is answered here, as the site takes no OPTIONS otherwise.
    "corsheaders.middleware.CorsMiddleware",
    "core.middleware.site_methods_only",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "csp.middleware.CSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

# The admin lives wherever DJANGO_ADMIN_URL says, so it is not at a guessable path.
ADMIN_URL = env.str("DJANGO_ADMIN_URL", default="admin/").strip("/") + "/"

# How many proxies of our own stand in front of the site, each appending to
# X-Forwarded-For (core/clients.py); with none, the header is never read.
BEHIND_PROXY = env.bool("DJANGO_BEHIND_PROXY", default=False)
PROXY_COUNT = env.int("DJANGO_PROXY_COUNT", default=1 if BEHIND_PROXY else 0)

# Login lockout: five failures for one username from one client lock that pair out for a
# while. Neither an outsider guessing an editor's username nor colleagues behind the same
# address can lock anyone else out.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=env.int("DJANGO_LOGIN_COOLOFF_MINUTES", default=15))
AXES_LOCKOUT_PARAMETERS = [["ip_address", "username"]]
AXES_CLIENT_IP_CALLABLE = "core.clients.client_ip"
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_VERBOSE = False

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "csp.context_processors.nonce",
                "programs.context_processors.selection",
            ],
        },
    },
]

DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}
DATABASES["default"]["ATOMIC_REQUESTS"] = False
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # SQLite set up for serving rather than Django's cautious defaults: readers never
    # wait for a writer (write-ahead log), a writer waits its turn instead of failing
    # with "database is locked", and the file is read through a memory map, so that
    # counting over a large catalogue does not copy it in one page at a time.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "init_command": (
                "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA mmap_size=1073741824"
            ),
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
        }
    )
elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # PostgreSQL prices a random read at 4 sequential ones, a figure from spinning
    # disks; on SSDs it is nearer 1. At the default, the finder's counts over a few
    # countries read the whole programme table instead of the few rows an index finds.
    # A server configured otherwise can say so with ?options= in DATABASE_URL.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("options", "-c random_page_cost=1.1")
    # A connection per request would cost a new server process each time: a worker keeps
    # its connection for a minute, checked before reuse (?conn_max_age=0 in the URL: not).
    if "conn_max_age" not in env("DATABASE_URL").lower():
        DATABASES["default"]["CONN_MAX_AGE"] = 60
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Per-process memory by default. Editors' saves reach every worker at once with any
# cache (see programs/caching.py); a shared cache (Redis, or dbcache://django_cache
# after `manage.py createcachetable`) saves each worker counting the same filters again.
CACHES = {"default": env.cache("CACHE_URL", default="locmemcache://")}
# Sites (or test runs) sharing one Redis keep apart by a prefix of their own.
CACHES["default"]["KEY_PREFIX"] = env("CACHE_KEY_PREFIX", default="")
if CACHES["default"]["BACKEND"] == "django.core.cache.backends.redis.RedisCache":
    CACHES["default"]["BACKEND"] = "core.cache.Cache"  # one client per pool, not per call
if CACHES["default"]["BACKEND"].endswith("LocMemCache"):
    # Room for the finder's counts and result pages of a few thousand filter
    # combinations (a few KB each) before older ones make way.
    CACHES["default"].setdefault("OPTIONS", {}).setdefault("MAX_ENTRIES", 5000)

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "config.staticfiles.MinifiedStaticFilesStorage"
        )
    },
}

SESSION_ENGINE = "django.contrib.sessions.backends.db"
MESSAGE_STORAGE = "core.messages.RecentMessageStorage"
SESSION_COOKIE_AGE = 60 * 60 * 24 * 180  # shortlists and currency choice survive for months

# HTTPS behind a proxy. Secure defaults with debug off; each one can be relaxed
# for a plain-HTTP trial run on loopback (`make serve` does so).
if BEHIND_PROXY:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("DJANGO_SECURE_SSL_REDIRECT", default=not DEBUG)
SECURE_HSTS_SECONDS = env.int("DJANGO_SECURE_HSTS_SECONDS", default=0 if DEBUG else 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = not DEBUG
SECURE_HSTS_PRELOAD = not DEBUG
SESSION_COOKIE_SECURE = env.bool("DJANGO_SECURE_COOKIES", default=not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer", "autoplay", "camera", "display-capture", "encrypted-media",
        "geolocation", "gyroscope", "magnetometer", "microphone", "midi", "payment",
        "publickey-credentials-get", "usb", "xr-spatial-tracking",
    )
}  # fmt: skip

# Request size limits: forms stay small; spreadsheet imports are capped separately.
DATA_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FIELDS = 2000
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024

# Every script and stylesheet is served by the site itself; nothing inline.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    },
}

COUNTRIES_FIRST_BREAK = None

# The JSON API (/api/v1/): read-only, so any web page may read it from a browser, with
# no cookies; clients may see how long to wait after a 429.
CORS_URLS_REGEX = r"^/api/.*$"
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_METHODS = ["GET", "OPTIONS"]
CORS_ALLOW_CREDENTIALS = False
CORS_EXPOSE_HEADERS = ["Retry-After"]
# Requests per client to the API, as "<number>/<s|min|hour|day>".
API_RATE = env.str("API_RATE", default="60/min")

# Spreadsheet import and export for editors.
# CSV and XLSX neutralise formulae themselves and read their own exports back exactly
# (core/spreadsheets.py); the library's own escaping would drop a leading "=" instead.
IMPORT_EXPORT_FORMATS = [CSV, XLSX, JSON]
IMPORT_EXPORT_ESCAPE_FORMULAE_ON_EXPORT = False
IMPORT_EXPORT_IMPORT_IGNORE_BLANK_LINES = True
# An import runs as a job (core/imports.py): in a thread of the web process that queued
# it, unless DJANGO_IMPORT_WORKER says `manage.py run_import_jobs --forever` runs them.
IMPORT_JOBS_IN_THREAD = not env.bool("DJANGO_IMPORT_WORKER", default=False)
IMPORT_CHUNK_ROWS = 200  # rows per transaction: about half a second of writing on SQLite
IMPORT_CHUNK_PAUSE = 0.15  # seconds between chunks on SQLite, for writers waiting their turn
# After an edit, the finder's commonest visits are worked out again before anyone asks
# (programs/warming.py): in a thread of the web process that made the edit, unless
# DJANGO_FINDER_WARMER says a `manage.py warm_finder --forever` process does it.
CATALOGUE_WARMING = "off" if env.bool("DJANGO_FINDER_WARMER", default=False) else "thread"
WARM_VISITS = env.int("DJANGO_WARM_VISITS", default=60)  # lists warmed per edit, commonest first
WARM_SEARCHES = ["machine learning", "data science", "artificial intelligence", "online"]

# The licence the bulk downloads of the catalogue are published under.
DATA_LICENCE = env.str("DATA_LICENCE", default="CC BY 4.0")
DATA_LICENCE_URL = env.str(
    "DATA_LICENCE_URL", default="https://creativecommons.org/licenses/by/4.0/"
)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
    },
    "filters": {"one_line_warning": {"()": "core.log.OneLineWarning"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "plain"},
        "suspicious_requests": {
            "class": "logging.StreamHandler",
            "formatter": "plain",
            "filters": ["one_line_warning"],
        },
    },
    "root": {"handlers": ["console"], "level": env.str("DJANGO_LOG_LEVEL", default="INFO")},
    "loggers": {
        # Disallowed hosts, oversized bodies, too many fields: one line each at WARNING.
        "django.security": {
            "handlers": ["suspicious_requests"],
            "level": "WARNING",
            "propagate": False,
        },
        "django.request": {"handlers": ["console"], "level": "WARNING", "propagate": False},
        "axes": {"handlers": ["console"], "level": "WARNING", "propagate": False},
    },
}
