"""``make importbench``: what a spreadsheet import of programmes costs, and what visitors
feel while it runs.

For 1,000, 5,000 and 17,000 rows (the largest about the 5 MB upload limit), a dry run
and a real import (which checks every row, then saves) run as the import jobs editors
start in the admin (``core.imports``), each in a fresh process on a fresh copy of one
migrated SQLite database under bench/out/; each prints its time and the process's peak
memory. During the largest, a visitor process reads the programme list and changes its
shortlist over and over, and the worst latency it saw and how many of its requests
failed (a lost shortlist change, "database is locked") are printed.

    python -m bench.importbench            # all sizes
    python -m bench.importbench --rows 1000
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

from bench import APP_PYTHON, OUT, ROOT
from bench.prepare import app_env, manage

SIZES = [1000, 5000, 17000]
UNIVERSITIES = 300
TOPICS = ["deep-learning", "reinforcement-learning", "nlp", "computer-vision", "statistics"]


def template_database() -> Path:
    """A migrated database with the universities, topics and currencies rows refer to."""
    path = OUT / "import-template.sqlite3"
    if path.exists():
        path.unlink()
    OUT.mkdir(parents=True, exist_ok=True)
    manage(path, "migrate", "--noinput")
    run_child(path, "setup")
    return path


def write_csv(rows: int) -> Path:
    path = OUT / f"import-{rows}.csv"
    headers = ["university", "slug", "title", "degree_type", "status", "delivery", "pace",
               "duration_months", "description", "topics", "tuition_amount",
               "tuition_currency", "tuition_basis", "official_url"]  # fmt: skip
    with path.open("w", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(headers)
        for number in range(rows):
            writer.writerow([
                f"uni-{number % UNIVERSITIES}", f"msc-{number}", f"MSc Machine Learning {number}",
                "msc", "published", ["on_campus", "online", "hybrid"][number % 3],
                "full_time", 12 + number % 13,
                "A taught master's in machine learning with a research project. " * 3,
                ", ".join(TOPICS[: 1 + number % len(TOPICS)]), 1000 + number % 40000,
                ["EUR", "USD"][number % 2], "per_year",
                f"https://uni-{number % UNIVERSITIES}.example/msc-{number}",
            ])  # fmt: skip
    return path


def run_child(database: Path, *args: str) -> dict:
    completed = subprocess.run(
        [str(APP_PYTHON), "-m", "bench.importbench", "--child", *args],
        cwd=ROOT,
        env=app_env(database),
        check=True,
        capture_output=True,
        text=True,
    )
    lines = completed.stdout.strip().splitlines()
    return json.loads(lines[-1]) if lines else {}


def measure(rows: int, template: Path, visitors: bool) -> None:
    source = write_csv(rows)
    size = source.stat().st_size / 1024 / 1024
    for mode in ("dry-run", "import"):
        database = OUT / f"import-{rows}.sqlite3"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{database}{suffix}").unlink(missing_ok=True)
        shutil.copy(template, database)
        visitor = None
        if visitors:
            stop = OUT / "import-visitor.stop"
            stop.unlink(missing_ok=True)
            visitor = subprocess.Popen(
                [str(APP_PYTHON), "-m", "bench.importbench", "--child", "visit", str(stop)],
                cwd=ROOT,
                env=app_env(database),
                stdout=subprocess.PIPE,
                text=True,
            )
            time.sleep(3)  # let it warm up
        result = run_child(database, mode, str(source))
        line = (
            f"{rows:>6,} rows ({size:.1f} MB) {mode:<8} {result['seconds']:7.1f} s  "
            f"peak {result['peak_mb']:5.0f} MB  {result['outcome']}"
        )
        if visitor is not None:
            stop.touch()
            seen = json.loads(visitor.communicate(timeout=120)[0].strip().splitlines()[-1])
            line += (
                f"\n        visitors meanwhile: {seen['requests']} requests, worst "
                f"{seen['worst_ms']:.0f} ms, median {seen['median_ms']:.0f} ms, "
                f"failed {seen['errors']}"
            )
        print(line, flush=True)


def child(args: list[str]) -> None:
    import django

    django.setup()
    command, *rest = args
    if command == "setup":
        from programs.models import ExchangeRate, Program, Topic, University

        ExchangeRate.objects.get_or_create(currency="USD", defaults={"rate_to_base": "0.9"})
        Topic.objects.bulk_create(Topic(name=slug.title(), slug=slug) for slug in TOPICS)
        University.objects.bulk_create(
            University(name=f"University {n}", slug=f"uni-{n}", country="DE", city="Berlin")
            for n in range(UNIVERSITIES)
        )
        # The programme the visitor shortlists while the import runs.
        Program.objects.create(
            university=University.objects.get(slug="uni-0"),
            title="MSc Statistics",
            slug="existing",
            duration_months=12,
            status=Program.Status.PUBLISHED,
        )
        print("{}")
    elif command in ("dry-run", "import"):
        import_file(Path(rest[0]), dry_run=command == "dry-run")
    elif command == "visit":
        visit(Path(rest[0]))


def import_file(path: Path, dry_run: bool) -> None:
    """The file as the admin's import page queues it, run as a worker runs the job."""
    from core.imports import claim_next, run
    from core.models import ImportJob

    started = time.perf_counter()
    ImportJob.objects.create(
        model="programs.program",
        file_name=path.name,
        file_format="csv",
        content=path.read_bytes(),
        dry_run=dry_run,
    )
    job = run(claim_next())
    seconds = time.perf_counter() - started
    outcome = f"FAILED: {job.errors[0]['message']}" if job.errors else f"{job.totals['new']} new"
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "peak_mb": peak, "outcome": outcome}))


def visit(stop: Path) -> None:
    """A visitor reading the list and changing their shortlist until ``stop`` appears."""
    from django.test import Client
    from django.test.utils import override_settings
    from django.urls import reverse

    # Static files as they are in the source tree: this measures the database, not them.
    plain = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
    override_settings(STORAGES={**settings_storages(), "staticfiles": plain}).enable()
    from programs.models import Program

    client = Client(HTTP_HOST="127.0.0.1")
    program = {"program": Program.objects.get(slug="existing").pk}
    latencies, errors = [], 0
    while not stop.exists():
        # Each shortlist change writes the visitor's session: a write the import must let in.
        for method, url, data in (
            ("get", reverse("programs:list"), {"delivery": "online"}),
            ("post", reverse("programs:shortlist_add"), program),
            ("post", reverse("programs:shortlist_remove"), program),
        ):
            started = time.perf_counter()
            try:
                response = getattr(client, method)(url, data)
                if response.status_code >= 400:  # a lost shortlist change is a 400
                    errors += 1
            except Exception:
                errors += 1
            latencies.append((time.perf_counter() - started) * 1000)
        time.sleep(0.05)
    latencies.sort()
    print(
        json.dumps(
            {
                "requests": len(latencies),
                "worst_ms": latencies[-1] if latencies else 0,
                "median_ms": latencies[len(latencies) // 2] if latencies else 0,
                "errors": errors,
            }
        )
    )


def settings_storages() -> dict:
    from django.conf import settings

    return settings.STORAGES


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(sys.argv[2:])
        return
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, action="append", help="only these sizes")
    args = parser.parse_args()
    sizes = args.rows or SIZES
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
    template = template_database()
    for rows in sizes:
        measure(rows, template, visitors=rows == max(sizes))


if __name__ == "__main__":
    main()
