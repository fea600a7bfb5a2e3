"""Two app processes sharing one Redis cache, as a site with several hosts runs.

The suite runs this file only when its own cache is Redis (``CACHE_URL=redis://...``,
as CI's PostgreSQL run sets it): each process then finds what the other worked out,
and an editor's save, made from a third process, shows in both at once.
"""

from __future__ import annotations

import os
import re
import secrets
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import ExitStack, contextmanager
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache.backends.redis import RedisSerializer

ROOT = Path(__file__).resolve().parents[2]
CACHE = settings.CACHES["default"]

pytestmark = pytest.mark.skipif(
    CACHE["BACKEND"] != "core.cache.Cache",  # what CACHE_URL=redis://... gives
    reason="needs a Redis cache: run with CACHE_URL=redis://127.0.0.1:6379/<db>",
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.read().decode()


def card_titles(html: str) -> list[str]:
    return re.findall(r'<h3 class="program-card__title"><a [^>]*>([^<]+)</a>', html)


@pytest.fixture
def site(tmp_path):
    """The environment of one site: a database file both processes read, and a cache
    prefix of its own in the suite's Redis."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DJANGO_DEBUG": "0",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'site.sqlite3'}",
        "CACHE_KEY_PREFIX": f"site{secrets.token_hex(4)}",
        "PYTHONPATH": str(ROOT),
    }

    def manage(*args: str) -> None:
        subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
        )

    manage("migrate", "--noinput")
    manage("generate_programs", "--count", "60", "--seed", "7")
    return env, manage


@contextmanager
def app_process(env: dict):
    """One gunicorn process of the site, on a port of its own."""
    port = free_port()
    gunicorn = Path(sys.executable).with_name("gunicorn")
    command = [str(gunicorn), "config.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", "1"]
    process = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            assert process.poll() is None, "the app process exited while starting"
            try:
                fetch(f"{url}/robots.txt")
                break
            except OSError:
                assert time.monotonic() < deadline, "the app process did not answer in 60 s"
                time.sleep(0.2)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=15)


def test_two_processes_share_what_they_work_out_and_both_see_an_editors_save(site):
    import redis

    env, manage = site
    prefix = env["CACHE_KEY_PREFIX"]
    store = redis.Redis.from_url(env["CACHE_URL"])
    with ExitStack() as stack:
        first = stack.enter_context(app_process(env))
        second = stack.enter_context(app_process(env))

        listed = card_titles(fetch(f"{first}/programs/"))
        assert len(listed) > 1
        pages = store.keys(f"{prefix}:*:catalogue:*:finder-page:*")
        assert pages, "the first process cached which programmes its list shows"

        # Swap the cached page for one holding only the page's last programme: the
        # second process shows exactly that only if it read the first one's entry
        # rather than working the page out again.
        last = store.get(pages[0])
        cached = RedisSerializer().loads(last)  # (id, revision) of each programme
        store.set(pages[0], RedisSerializer().dumps(cached[-1:]), keepttl=True)
        assert card_titles(fetch(f"{second}/programs/")) == [listed[-1]]

        # An editor renames the first programme listed from a third process.
        manage(
            "shell",
            "-c",
            "from programs.models import Program; "
            f"program = Program.objects.get(pk={cached[0][0]}); "
            "program.title = 'MSc Renamed By An Editor'; program.save()",
        )
        for url in (first, second):
            shown = card_titles(fetch(f"{url}/programs/"))
            assert "MSc Renamed By An Editor" in shown
            assert len(shown) == len(listed)


def test_the_redis_cache_makes_one_client_for_every_call():
    from django.core.cache import cache

    client = cache._cache.get_client()
    cache.set("one-client", 1)

    assert cache.get("one-client") == 1
    assert cache._cache.get_client() is client
    assert cache._cache.get_client(write=True) is client  # one server: one pool
