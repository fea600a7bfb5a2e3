"""Settings for the test suite: the base settings with a throwaway key and fast hashing."""

import os
import tempfile

os.environ.setdefault("DJANGO_SECRET_KEY", "test-suite-only-key-not-for-production")
os.environ.setdefault("DJANGO_SECURE_SSL_REDIRECT", "false")

from .base import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Serve static files straight from the app folders, without collectstatic.
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
# Tests run import jobs themselves (core.imports.run_queued), when they choose to.
IMPORT_JOBS_IN_THREAD = False
IMPORT_CHUNK_PAUSE = 0  # the test of visitors during an import sets it back
CATALOGUE_WARMING = "off"  # the tests of warming turn it on

if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    # A file, not Django's in-memory database: tests that run an import job in one
    # thread while a visitor writes from another need SQLite's real locking (WAL and
    # a writer waiting its turn), which a shared in-memory database does not have.
    DATABASES["default"]["TEST"] = {  # noqa: F405
        "NAME": os.path.join(tempfile.gettempdir(), f"masters-compare-test-{os.getpid()}.sqlite3")
    }
