"""``make loadtest``: a bounded load on gunicorn with production settings.

Serves a copy of the 10,000-programme database ``make bench`` uses with gunicorn
(``LOADTEST_WORKERS``, default 2), then drives wrk for ``LOADTEST_SECONDS`` (default
60) over ``LOADTEST_CONNECTIONS`` (default 8) connections: a closed loop, so the load
is bounded by the connections, never by an arrival rate the server cannot keep up
with. Each connection walks, in turn, the five pages ``make bench`` times and
``LOADTEST_VISITS`` (default 500) varied visits drawn at random: lists with other
filters, sorts and pages, searches, programme pages and comparisons, most of which
start with a cold cache. Meanwhile an editor saves a programme every
``LOADTEST_EDIT_EVERY`` seconds (default 3; ``bench/editor.py``), so every worker
keeps counting afresh and SQLite serves reads beside a writer.

As a site with several hosts runs: ``LOADTEST_PROCESSES=2`` starts two gunicorn
processes on ports of their own, each driven by its own wrk with half the connections;
``LOADTEST_DATABASE_URL`` (a PostgreSQL URL; it is filled with the same 10,000
programmes once) and ``LOADTEST_CACHE_URL`` (``redis://127.0.0.1:6379/2``, say; emptied
first) put them on a shared database and cache instead of a SQLite copy and each
worker's own memory.

Prints requests per second, p50 and p99 latency (with several processes, the worse of
theirs), errors (the editor's included) and each worker's peak memory (VmHWM), and
writes bench/out/loadtest.json. Target: zero errors.

wrk comes from Debian's package; as root it is installed when missing.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import threading
from contextlib import ExitStack
from pathlib import Path

from bench import APP_PYTHON, OUT, ROOT, prepare

COUNT = 10_000
SECONDS = int(os.environ.get("LOADTEST_SECONDS", "60"))
WORKERS = int(os.environ.get("LOADTEST_WORKERS", "2"))
CONNECTIONS = int(os.environ.get("LOADTEST_CONNECTIONS", "8"))
VISITS = int(os.environ.get("LOADTEST_VISITS", "500"))
EDIT_EVERY = float(os.environ.get("LOADTEST_EDIT_EVERY", "3"))
PROCESSES = int(os.environ.get("LOADTEST_PROCESSES", "1"))
DATABASE_URL = os.environ.get("LOADTEST_DATABASE_URL", "")
CACHE_URL = os.environ.get("LOADTEST_CACHE_URL", "")
PAGES = ["list", "list_filtered", "search", "detail", "compare"]


def ensure_wrk() -> str:
    found = shutil.which("wrk")
    if found:
        return found
    if os.geteuid() == 0 and shutil.which("apt-get"):
        print("Installing Debian's wrk...")
        install = ["apt-get", "install", "-y", "-qq", "wrk"]
        if subprocess.run(install, stdout=subprocess.DEVNULL).returncode != 0:
            subprocess.run(["apt-get", "update", "-qq"], check=True)
            subprocess.run(install, check=True, stdout=subprocess.DEVNULL)
        return shutil.which("wrk") or sys.exit("wrk did not install.")
    sys.exit("wrk is missing. Install it with: sudo apt-get install -y wrk")


def page_paths(database: Path | str) -> list[str]:
    output = OUT / "loadtest-urls.json"
    subprocess.run(
        [str(APP_PYTHON), "-m", "bench.pages", "--urls-only", "--mix", str(VISITS),
         "--json", str(output)],
        cwd=ROOT,
        env=prepare.app_env(database),
        check=True,
    )  # fmt: skip
    found = json.loads(output.read_text())
    return [found["urls"][page] for page in PAGES] + found["mix"]


def scratch_copy(database: Path) -> Path:
    """A copy for the editor to write to, so the benchmarks' database stays as built."""
    copy = OUT / "loadtest.sqlite3"
    for leftover in OUT.glob("loadtest.sqlite3*"):
        leftover.unlink()
    with sqlite3.connect(database) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    return copy


def worker_pids(master: int) -> list[int]:
    children = Path(f"/proc/{master}/task/{master}/children")
    try:
        return [int(pid) for pid in children.read_text().split()]
    except OSError:
        return []


def memory_kib(pid: int, field: str) -> int | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(f"{field}:"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


class MemoryWatch(threading.Thread):
    """Each gunicorn worker's peak resident memory, sampled until stopped."""

    def __init__(self, master: int) -> None:
        super().__init__(daemon=True)
        self.master = master
        self.peaks: dict[int, int] = {}
        self.stopping = threading.Event()

    def run(self) -> None:
        while not self.stopping.is_set():
            self.sample()
            self.stopping.wait(0.5)

    def sample(self) -> None:
        for pid in worker_pids(self.master):
            peak = memory_kib(pid, "VmHWM")
            if peak is not None:
                self.peaks[pid] = max(peak, self.peaks.get(pid, 0))

    def stop(self) -> dict[int, int]:
        self.sample()
        self.stopping.set()
        self.join()
        return self.peaks


def main() -> None:
    wrk = ensure_wrk()
    print(f"Preparing a database of {COUNT:,} programmes...")
    if DATABASE_URL:
        database = prepare.database_at(DATABASE_URL, COUNT)
    else:
        database = scratch_copy(prepare.database(COUNT))
    env = {"CACHE_URL": CACHE_URL} if CACHE_URL else {}
    if CACHE_URL:  # nothing a previous run cached
        clear = "from django.core.cache import cache; cache.clear()"
        subprocess.run(
            [str(APP_PYTHON), "manage.py", "shell", "--no-imports", "-c", clear],
            cwd=ROOT, env=prepare.app_env(database) | env, check=True,
        )  # fmt: skip
    prepare.collect_static(database)
    paths = page_paths(database)
    ports = [prepare.free_port() for _ in range(PROCESSES)]
    edits = OUT / "loadtest-editor.json"
    where = (DATABASE_URL.split("://")[0] if DATABASE_URL else "sqlite") + (
        f" + {CACHE_URL.split('://')[0]} cache" if CACHE_URL else ", per-worker memory cache"
    )
    print(
        f"Load: {CONNECTIONS} connections for {SECONDS}s on {PROCESSES} gunicorn process(es) "
        f"with {WORKERS} workers each ({where}), walking {len(paths)} pages "
        f"({', '.join(PAGES)}, then {VISITS} varied visits); an editor saves a programme "
        f"every {EDIT_EVERY:g}s"
    )
    logs = [OUT / f"gunicorn-loadtest-{number}.log" for number in range(PROCESSES)]
    with ExitStack() as servers:
        masters = [
            servers.enter_context(prepare.gunicorn(database, port, WORKERS, log, **env))
            for port, log in zip(ports, logs, strict=True)
        ]
        watches = [MemoryWatch(master.pid) for master in masters]
        for watch in watches:
            watch.start()
        editor = subprocess.Popen(
            [str(APP_PYTHON), "-m", "bench.editor", "--every", str(EDIT_EVERY),
             "--seconds", str(SECONDS), "--json", str(edits)],
            cwd=ROOT,
            env=prepare.app_env(database) | env,
        )  # fmt: skip
        connections = max(1, CONNECTIONS // PROCESSES)
        drivers = [drive(wrk, port, connections, paths) for port in ports]
        outputs = [driver.communicate() for driver in drivers]
        editor.wait(timeout=SECONDS + 60)
        peaks = {pid: kib for watch in watches for pid, kib in watch.stop().items()}
    stats = [summary(stdout, stderr) for stdout, stderr in outputs]
    edited = json.loads(edits.read_text()) if editor.returncode == 0 else None
    server_errors = sum(
        1
        for log in logs
        for row in log.read_text().splitlines()
        if "Traceback" in row or "WORKER TIMEOUT" in row
    )
    errors = sum(
        one[key]
        for one in stats
        for key in ("connect_errors", "read_errors", "write_errors", "status_errors", "timeouts")
    )
    requests = sum(one["requests"] for one in stats)
    seconds = max(one["duration_us"] for one in stats) / 1e6
    result = {
        "programmes": COUNT,
        "processes": PROCESSES,
        "database": DATABASE_URL.split("://")[0] if DATABASE_URL else "sqlite",
        "cache": CACHE_URL.split("://")[0] if CACHE_URL else "locmem",
        "workers": WORKERS,
        "connections": connections * PROCESSES,
        "seconds": SECONDS,
        "paths": paths,
        "requests": requests,
        "requests_per_second": round(requests / seconds, 1),
        "p50_ms": round(max(one["p50_us"] for one in stats) / 1000, 1),
        "p90_ms": round(max(one["p90_us"] for one in stats) / 1000, 1),
        "p99_ms": round(max(one["p99_us"] for one in stats) / 1000, 1),
        "max_ms": round(max(one["max_us"] for one in stats) / 1000, 1),
        "errors": errors,
        "server_errors_logged": server_errors,
        "editor": edited,
        "wrk": stats,
        "worker_peak_memory_mib": {str(pid): round(kib / 1024, 1) for pid, kib in peaks.items()},
    }
    (OUT / "loadtest.json").write_text(json.dumps(result, indent=2))
    report(result)


def drive(wrk: str, port: int, connections: int, paths: list[str]) -> subprocess.Popen:
    command = [
        wrk, "--threads", str(min(2, connections)), "--connections", str(connections),
        "--duration", f"{SECONDS}s", "--timeout", "10s",
        "--script", str(ROOT / "bench" / "loadtest.lua"),
        f"http://127.0.0.1:{port}", "--", *paths,
    ]  # fmt: skip
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def summary(stdout: str, stderr: str) -> dict:
    """One wrk's figures, from the JSON line bench/loadtest.lua prints."""
    line = next((row for row in stdout.splitlines() if row.startswith("WRK_JSON ")), None)
    if line is None:
        sys.exit(f"wrk printed no summary:\n{stdout}\n{stderr}")
    return json.loads(line.removeprefix("WRK_JSON "))


def report(result: dict) -> None:
    print()
    print(
        f"{result['requests']:,} requests in {result['seconds']}s over "
        f"{result['connections']} connections, {result['processes']} gunicorn process(es) "
        f"with {result['workers']} workers each, {result['programmes']:,} programmes on "
        f"{result['database']}, {result['cache']} cache"
    )
    print(f"  requests per second  {result['requests_per_second']:10.1f}")
    print(f"  latency p50          {result['p50_ms']:10.1f} ms")
    print(f"  latency p99          {result['p99_ms']:10.1f} ms   (max {result['max_ms']:.1f} ms)")
    print(
        f"  errors               {result['errors']:10d}   (connect, read, write, non-2xx/3xx, "
        f"timeouts; {result['server_errors_logged']} tracebacks or timeouts in the server log)"
    )
    edited = result["editor"]
    if edited is None:
        print("  editor                 failed (see its output above)")
    else:
        print(
            f"  editor saves         {edited['saves']:10d}   ({len(edited['errors'])} failed; "
            f"slowest {edited['slowest_save_ms']} ms)"
        )
        for error in edited["errors"][:3]:
            print(f"    {error}")
    for pid, mib in result["worker_peak_memory_mib"].items():
        print(f"  worker {pid:>8} peak memory (VmHWM) {mib:8.1f} MiB")
    passed = (
        result["errors"] == 0
        and result["server_errors_logged"] == 0
        and edited is not None
        and not edited["errors"]
    )
    print(f"\n  {'PASS' if passed else 'FAIL'}  zero errors under load")
    print(f"\nFigures written to {(OUT / 'loadtest.json').relative_to(ROOT)}.")


if __name__ == "__main__":
    main()
