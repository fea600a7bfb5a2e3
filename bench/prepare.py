"""What both benchmarks need before they measure: databases, static files, servers.

The databases are SQLite files under bench/out/, made with ``manage.py
generate_programs`` and reused while the generator and its seed stay the same;
``BENCH_REBUILD=1`` makes them afresh. On a PostgreSQL server the benchmark keeps one
database per size, ``masters_bench_<count>``, created when missing and filled once.
Each run migrates them (so new indexes apply) and refreshes the planner's statistics
(SQLite's ANALYZE, PostgreSQL's VACUUM ANALYZE), as a deployment does after a bulk
load.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg
from psycopg import sql

from bench import APP_PYTHON, BENCH_BIN, OUT, ROOT, SEED

GENERATOR_SOURCES = [
    ROOT / "programs" / "management" / "commands" / "generate_programs.py",
    ROOT / "programs" / "demo" / "synthetic.py",
]


def app_env(database: Path | str) -> dict[str, str]:
    """Production settings on plain HTTP over loopback, on one benchmark database: a
    SQLite file, or the URL of another database."""
    url = database if isinstance(database, str) else f"sqlite:///{database}"
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        "DJANGO_SECRET_KEY": os.environ.get("DJANGO_SECRET_KEY") or secrets.token_urlsafe(50),
        "DJANGO_DEBUG": "0",
        "DJANGO_SECURE_SSL_REDIRECT": "false",
        "DJANGO_SECURE_COOKIES": "false",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": url,
        "PYTHONPATH": str(ROOT),
    }


def manage(database: Path | str, *args: str, quiet: bool = True) -> None:
    subprocess.run(
        [str(APP_PYTHON), "manage.py", *args],
        cwd=ROOT,
        env=app_env(database),
        check=True,
        stdout=subprocess.DEVNULL if quiet else None,
    )


def database(count: int) -> Path:
    """A migrated, analysed database of ``count`` synthetic programmes."""
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"programs-{count}.sqlite3"
    stamp = path.with_suffix(".stamp")
    digest = hashlib.sha256(f"{count}:{SEED}".encode())
    for source in GENERATOR_SOURCES:
        digest.update(source.read_bytes())
    wanted = digest.hexdigest()
    reusable = path.exists() and stamp.exists() and stamp.read_text() == wanted
    if os.environ.get("BENCH_REBUILD") == "1" or not reusable:
        path.unlink(missing_ok=True)
        stamp.unlink(missing_ok=True)
        print(f"Building a database of {count:,} programmes (once; reused afterwards)...")
        started = time.monotonic()
        manage(path, "migrate", "--noinput")
        manage(path, "generate_programs", "--count", str(count), "--seed", str(SEED))
        print(f"  built in {time.monotonic() - started:.0f}s")
    else:
        manage(path, "migrate", "--noinput")
    with sqlite3.connect(path) as db:
        db.execute("ANALYZE")
    stamp.write_text(wanted)
    return path


def database_at(url: str, count: int) -> str:
    """The database at ``url`` (PostgreSQL, say), created when missing on a PostgreSQL
    server, migrated and holding exactly ``count`` synthetic programmes, generated
    afresh when it holds another number."""
    if url.startswith("postgres"):
        create_postgres_database(url)
    manage(url, "migrate", "--noinput")
    held = subprocess.run(
        [str(APP_PYTHON), "manage.py", "shell", "-c",
         "from programs.models import Program; print(Program.objects.published().count())"],
        cwd=ROOT, env=app_env(url), check=True, capture_output=True, text=True,
    ).stdout.split()[-1]  # fmt: skip
    if os.environ.get("BENCH_REBUILD") == "1" or int(held) != count:
        print(f"Generating {count:,} programmes at {url} (once; reused afterwards)...")
        manage(url, "generate_programs", "--clear", "--count", str(count), "--seed", str(SEED))
    if url.startswith("postgres"):
        manage(url, "dbshell", "--", "-c", "VACUUM ANALYZE")
    return url


def create_postgres_database(url: str) -> None:
    """Create the database ``url`` names on its PostgreSQL server unless it exists."""
    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    # CREATE DATABASE runs from the server's own maintenance database.
    maintenance = urlunsplit(parts._replace(scheme="postgresql", path="/postgres", query=""))
    with psycopg.connect(maintenance, autocommit=True) as connection:
        found = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
        if not found.fetchone():
            connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))


def postgres_database(server: str, count: int) -> str:
    """The database ``masters_bench_<count>`` on the PostgreSQL server ``server`` names
    (any database in its path is ignored), filled by ``database_at``."""
    parts = urlsplit(server)
    return database_at(urlunsplit(parts._replace(path=f"/masters_bench_{count}")), count)


def collect_static(database: Path | str) -> None:
    manage(database, "collectstatic", "--noinput", "--clear")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(url: str, process: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            sys.exit(f"The server for {url} exited with code {process.returncode}.")
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                response.read()
                return
        except OSError:
            time.sleep(0.2)
    sys.exit(f"{url} did not answer within {timeout:.0f}s.")


@contextmanager
def running(command: list[str], url: str, env: dict | None = None, log: Path | None = None):
    """Start a server, wait until ``url`` answers, and stop it afterwards."""
    output = log.open("w") if log else subprocess.DEVNULL
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=output, stderr=output)
    try:
        wait_for(url, process)
        yield process
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if log:
            output.close()


def gunicorn(database: Path | str, port: int, workers: int, log: Path, **env: str):
    command = [
        str(APP_PYTHON.parent / "gunicorn"),
        "config.wsgi",
        "--bind",
        f"127.0.0.1:{port}",
        "--workers",
        str(workers),
        "--timeout",
        "60",
    ]
    env = app_env(database) | env
    return running(command, f"http://127.0.0.1:{port}/robots.txt", env, log)


def datasette(peer_database: Path, port: int, log: Path):
    # Generous time limits, so that Datasette computes every facet instead of
    # silently leaving out the ones that take long.
    command = [
        str(BENCH_BIN / "datasette"),
        "serve",
        "--immutable",
        str(peer_database),
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--setting",
        "facet_time_limit_ms",
        "10000",
        "--setting",
        "sql_time_limit_ms",
        "20000",
    ]
    return running(command, f"http://127.0.0.1:{port}/-/versions.json", log=log)
