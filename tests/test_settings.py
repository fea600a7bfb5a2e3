"""The settings module reads its configuration from the environment."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def load_settings(**env: str) -> subprocess.CompletedProcess:
    """Import the production settings in a fresh interpreter with only the given variables."""
    clean_env = {key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")}
    clean_env.pop("DATABASE_URL", None)
    clean_env.update(env)
    clean_env["DJANGO_SETTINGS_MODULE"] = "config.settings.base"
    code = "import django; django.setup(); from django.conf import settings; print(settings.DEBUG)"
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=clean_env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_refuses_to_start_without_secret_key_when_debug_is_off():
    result = load_settings()

    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "DJANGO_SECRET_KEY is not set" in result.stderr


def test_starts_with_a_secret_key_and_debug_off_by_default():
    result = load_settings(DJANGO_SECRET_KEY="a-long-random-production-secret")

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_debug_mode_needs_no_secret_key():
    result = load_settings(DJANGO_DEBUG="1")

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "True"


def test_database_url_selects_the_database():
    code = (
        "import django; django.setup(); from django.conf import settings;"
        "print(settings.DATABASES['default']['ENGINE'], settings.DATABASES['default']['NAME'])"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.base",
        DJANGO_DEBUG="1",
        DATABASE_URL="postgres://someone@db.example:5432/catalogue",
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True
    )

    assert result.stdout.split() == ["django.db.backends.postgresql", "catalogue"]


def test_admin_path_comes_from_the_environment():
    code = (
        "import django; django.setup(); from django.urls import reverse;"
        "print(reverse('admin:index'))"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.base",
        DJANGO_DEBUG="1",
        DJANGO_ADMIN_URL="backstage-7f3a",
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True
    )

    assert result.stdout.strip() == "/backstage-7f3a/", result.stderr
