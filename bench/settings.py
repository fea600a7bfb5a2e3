"""Production settings for benchmark runs: the real base settings, with static files
collected under bench/out/ instead of the project's STATIC_ROOT, the host name the
in-process test client uses, and an API rate limit the benchmarks never reach.
Everything else (debug off, WhiteNoise's compressed manifest storage, the middleware
stack) is exactly what production runs."""

import os

os.environ.setdefault("DJANGO_DEBUG", "0")
os.environ.setdefault("DJANGO_SECURE_SSL_REDIRECT", "false")
os.environ.setdefault("DJANGO_SECURE_COOKIES", "false")
os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost")
os.environ.setdefault("DJANGO_LOG_LEVEL", "WARNING")
# The benchmarks call the API far more often than a client may.
os.environ.setdefault("API_RATE", "1000000/min")

from config.settings.base import *  # noqa: F403
from config.settings.base import BASE_DIR

STATIC_ROOT = BASE_DIR / "bench" / "out" / "staticfiles"
