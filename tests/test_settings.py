"""The settings module reads its configuration from the environment."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_with_settings(code: str, **env: str) -> subprocess.CompletedProcess:
    """Run ``code`` in a fresh interpreter under the production settings, with only the
    given variables of ours in the environment."""
    clean_env = {key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")}
    clean_env.pop("DATABASE_URL", None)
    clean_env.update(env)
    clean_env["DJANGO_SETTINGS_MODULE"] = "config.settings.base"
    return subprocess.run(
        [sys.executable, "-c", "import django; django.setup(); " + code],
        cwd=ROOT,
        env=clean_env,
        capture_output=True,
        text=True,
        check=False,
    )


def load_settings(**env: str) -> subprocess.CompletedProcess:
    return run_with_settings("from django.conf import settings; print(settings.DEBUG)", **env)


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
        "from django.conf import settings;"
        "print(settings.DATABASES['default']['ENGINE'], settings.DATABASES['default']['NAME'])"
    )
    result = run_with_settings(
        code, DJANGO_DEBUG="1", DATABASE_URL="postgres://someone@db.example:5432/catalogue"
    )

    assert result.stdout.split() == ["django.db.backends.postgresql", "catalogue"]


def test_admin_path_comes_from_the_environment():
    code = "from django.urls import reverse; print(reverse('admin:index'))"
    result = run_with_settings(code, DJANGO_DEBUG="1", DJANGO_ADMIN_URL="backstage-7f3a")

    assert result.stdout.strip() == "/backstage-7f3a/", result.stderr


def test_forwarded_addresses_are_trusted_only_behind_a_configured_proxy():
    code = "from django.conf import settings; print(settings.PROXY_COUNT)"

    direct = run_with_settings(code, DJANGO_DEBUG="1")
    proxied = run_with_settings(code, DJANGO_DEBUG="1", DJANGO_BEHIND_PROXY="1")
    chain = run_with_settings(
        code, DJANGO_DEBUG="1", DJANGO_BEHIND_PROXY="1", DJANGO_PROXY_COUNT="2"
    )

    assert [direct.stdout.strip(), proxied.stdout.strip(), chain.stdout.strip()] == ["0", "1", "2"]


def test_a_sqlite_database_is_opened_for_serving(tmp_path):
    """Readers do not wait for a writer, and the file is read through a memory map."""
    code = (
        "from django.db import connection; cursor = connection.cursor();"
        "print(*(cursor.execute(f'PRAGMA {name}').fetchone()[0]"
        " for name in ('journal_mode', 'mmap_size')))"
    )
    database = f"sqlite:///{tmp_path / 'site.sqlite3'}"
    result = run_with_settings(code, DJANGO_DEBUG="1", DATABASE_URL=database)

    journal_mode, mmap_size = result.stdout.split()
    assert journal_mode == "wal", result.stderr
    assert int(mmap_size) > 0


def test_postgresql_prices_random_reads_for_ssds_unless_the_url_says_otherwise():
    code = "from django.conf import settings; print(settings.DATABASES['default']['OPTIONS'])"
    url = "postgres://someone@db.example:5432/catalogue"

    default = run_with_settings(code, DJANGO_DEBUG="1", DATABASE_URL=url)
    own = run_with_settings(
        code, DJANGO_DEBUG="1", DATABASE_URL=f"{url}?options=-c%20random_page_cost%3D2"
    )

    assert "random_page_cost=1.1" in default.stdout, default.stderr
    assert "random_page_cost=2" in own.stdout and "1.1" not in own.stdout, own.stderr


def test_postgresql_connections_are_kept_between_requests_unless_the_url_says_otherwise():
    code = (
        "from django.conf import settings; db = settings.DATABASES['default']; "
        "print(db['CONN_MAX_AGE'], db['CONN_HEALTH_CHECKS'])"
    )
    url = "postgres://someone@db.example:5432/catalogue"

    default = run_with_settings(code, DJANGO_DEBUG="1", DATABASE_URL=url)
    own = run_with_settings(code, DJANGO_DEBUG="1", DATABASE_URL=f"{url}?conn_max_age=0")
    sqlite = run_with_settings(code, DJANGO_DEBUG="1", DATABASE_URL="sqlite:///catalogue.db")

    assert default.stdout.split() == ["60", "True"], default.stderr
    assert own.stdout.split() == ["0", "True"], own.stderr
    assert sqlite.stdout.split()[0] == "0", sqlite.stderr  # opening a file costs nothing
