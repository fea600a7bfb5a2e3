"""``make bench``: how the finder's pages (HTML and the JSON API) scale, and how they
compare with Datasette.

1. Builds (or reuses) SQLite databases of 1,000 and 10,000 synthetic programmes
   (and 100,000 with ``BENCH_LARGE=1``) under bench/out/; with ``BENCH_DATABASE_URL``,
   PostgreSQL databases of the same programmes too (below).
2. Times every page in-process through the full middleware stack (``bench.pages``),
   in four passes over every engine and size taken in turn, so that a burst of load
   elsewhere on the machine does not land on one engine or size only.
3. Serves each database with gunicorn (production settings, one worker) and the same
   programmes as one flat table with Datasette (one process), and times our list (no
   filters), filtered list and search, all with their facets, against Datasette's
   equivalent table pages over loopback HTTP, request by request in turn. Where
   Datasette leaves out a facet (past its facet time limit), that page's race has no
   ratio: it is reported as not comparable (a FAIL where it is a target) and the
   run goes on.
4. Weighs the list page and its CSS and JavaScript, and checks how static files are
   served (hashed names, far-future caching, compressed variants).
5. Prints a table per engine with PASS or FAIL per target (INFO for figures that are
   not targets) and writes bench/out/results.json.

``BENCH_DATABASE_URL`` names a PostgreSQL server, e.g.
``postgres://postgres@127.0.0.1:5432/`` (a database in its path is ignored): the
benchmark then keeps one database per size there, ``masters_bench_<count>``, creates it
when missing and fills it once, and times every page on SQLite and on PostgreSQL in the
same run. Without it, SQLite alone.

A benchmark, not a test: it never fails the suite. Knobs: ``BENCH_ROUNDS`` (requests
per page, engine and size, default 60), ``BENCH_LARGE=1``, ``BENCH_SIZES`` (the sizes
to build and time, e.g. ``10000,100000`` for the first visit after an edit alone; it
must include 10,000), ``BENCH_REBUILD=1``, ``BENCH_DATABASE_URL``.
"""

from __future__ import annotations

import http.client
import json
import os
import re
import subprocess
import sys
import time
from contextlib import ExitStack
from html.parser import HTMLParser
from pathlib import Path

from bench import APP_PYTHON, BENCH_BIN, OUT, ROOT, prepare
from bench.peer import PEER_QUERIES, peer_path, table_url
from bench.report import (
    ENGINE_NAMES,
    PAGES,
    build_results,
    not_comparable,
    print_report,
    summary,
)

ROUNDS = int(os.environ.get("BENCH_ROUNDS", "60"))
WARMUP = 5
PASSES = 4
SIZES = [1_000, 10_000] + ([100_000] if os.environ.get("BENCH_LARGE") == "1" else [])
if os.environ.get("BENCH_SIZES"):  # e.g. "10000,100000": the 3x targets between these
    try:
        SIZES = sorted({int(size) for size in os.environ["BENCH_SIZES"].split(",")})
    except ValueError:
        sys.exit("BENCH_SIZES lists catalogue sizes separated by commas, e.g. 10000,100000.")
    if 10_000 not in SIZES or SIZES[0] < 1:
        sys.exit("BENCH_SIZES must include 10000, the size the peer is raced at.")
SERVER_URL = os.environ.get("BENCH_DATABASE_URL", "")
ENGINES = {
    engine: ENGINE_NAMES[engine] for engine in ["sqlite"] + ["postgresql"] * bool(SERVER_URL)
}

# In-process timings ------------------------------------------------------------


def in_process(databases: dict[str, dict[int, Path | str]]) -> dict[str, dict[int, dict]]:
    """Each engine's and size's samples from several passes, every engine and size
    taken in turn, in alternating order, so that a burst of load elsewhere on the
    machine spreads over all of them."""
    results: dict[str, dict[int, dict]] = {engine: {} for engine in databases}
    runs = [(engine, count) for count in SIZES for engine in databases]
    rounds = max(1, ROUNDS // PASSES)
    for number in range(PASSES):
        for engine, count in runs if number % 2 == 0 else reversed(runs):
            print(
                f"  in-process pass {number + 1}/{PASSES} at {count:,} programmes"
                f" on {ENGINES[engine]}..."
            )
            output = OUT / f"pages-{engine}-{count}.json"
            subprocess.run(
                [str(APP_PYTHON), "-m", "bench.pages", "--rounds", str(rounds),
                 "--warmup", str(WARMUP), "--json", str(output)],
                cwd=ROOT, env=prepare.app_env(databases[engine][count]), check=True,
            )  # fmt: skip
            run = json.loads(output.read_text())
            if count not in results[engine]:
                results[engine][count] = run
            else:
                for page, samples in run["samples"].items():
                    results[engine][count]["samples"][page] += samples
    return results


# Over HTTP ---------------------------------------------------------------------


def fetch(port: int, path: str, headers: dict | None = None) -> tuple[float, object, bytes]:
    """One request on a fresh connection, as a new visitor makes it."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    started = time.perf_counter()
    connection.request("GET", path, headers=headers or {})
    response = connection.getresponse()
    body = response.read()
    elapsed = time.perf_counter() - started
    connection.close()
    if response.status != 200:
        sys.exit(f"GET {path} on port {port} answered {response.status}")
    return elapsed, response, body


def over_http(count: int, databases: dict[str, Path | str], urls: dict[str, dict]) -> dict:
    """Our list pages under gunicorn on each engine against Datasette's equivalents."""
    folder = OUT / f"peer-{count}"
    folder.mkdir(exist_ok=True)
    peer_database = folder / "programmes.db"
    subprocess.run(
        [str(APP_PYTHON), "-m", "bench.peer", str(peer_database)],
        cwd=ROOT, env=prepare.app_env(databases["sqlite"]), check=True,
        stdout=subprocess.DEVNULL,
    )  # fmt: skip
    peer_port = prepare.free_port()
    peer_urls = {page: peer_path(query) for page, query in PEER_QUERIES.items()}
    targets = {("datasette", page): (peer_port, url) for page, url in peer_urls.items()}
    print(f"  over HTTP at {count:,} programmes: gunicorn on each engine and Datasette...")
    with ExitStack() as servers:
        for engine, database in databases.items():
            port, uncached_port = prepare.free_port(), prepare.free_port()
            log = OUT / f"gunicorn-{engine}-bench.log"
            servers.enter_context(prepare.gunicorn(database, port, workers=1, log=log))
            # The same app with caching off: every request counts and orders afresh.
            servers.enter_context(
                prepare.gunicorn(
                    database,
                    uncached_port,
                    workers=1,
                    log=OUT / f"gunicorn-{engine}-uncached-bench.log",
                    CACHE_URL="dummycache://",
                )
            )
            targets[(engine, "floor")] = (port, urls[engine]["floor"])
            for page in PEER_QUERIES:
                targets[(engine, page)] = (port, urls[engine][page])
                targets[(engine, f"{page}_uncached")] = (uncached_port, urls[engine][page])
        log = OUT / "datasette-bench.log"
        servers.enter_context(prepare.datasette(peer_database, peer_port, log=log))
        skipped = {}
        for page in PEER_QUERIES:
            facets = check_peer(peer_port, page, targets[("sqlite", "floor")][0], urls["sqlite"])
            if facets:
                print(f"    {PAGES[page]}: {not_comparable(facets)}")
                skipped[page] = facets
        for _ in range(WARMUP):
            for port, path in targets.values():
                fetch(port, path)
        samples: dict[tuple[str, str], list[float]] = {name: [] for name in targets}
        for _ in range(ROUNDS):
            for name, (port, path) in targets.items():
                samples[name].append(fetch(port, path)[0])
        weight = page_weight(targets[("sqlite", "floor")][0], urls["sqlite"])
    peer = {page: summary(samples[("datasette", page)]) for page in PEER_QUERIES}
    engines = {}
    for engine in databases:
        figures = {
            name: summary(values) for (who, name), values in samples.items() if who == engine
        }
        # No ratio where Datasette left out a facet: it did less work than we did.
        figures["ratios"] = {
            name: None
            if name.removesuffix("_uncached") in skipped
            else round(stats["median_ms"] / peer[name.removesuffix("_uncached")]["median_ms"], 2)
            for name, stats in figures.items()
            if name != "floor"
        }
        engines[engine] = figures
    return {
        "datasette": peer,
        "datasette_urls": peer_urls,
        "skipped_facets": skipped,
        "engines": engines,
        "weight": weight,
    }


def check_peer(port: int, page: str, our_port: int, our_urls: dict[str, str]) -> list[str]:
    """The facets we ask for that Datasette left out (past its facet time limit, say),
    which makes the race on this page unfair; stops the benchmark if Datasette finds
    another number of programmes than our list does (asked of our API with the same
    filters), or computes facets we did not ask for."""
    query = PEER_QUERIES[page]
    path = peer_path(query)
    data = json.loads(fetch(port, path.replace(table_url(), table_url() + ".json", 1))[2])
    wanted = set(query["_facet"]) | {query["_facet_array"]}
    computed = {name for name, facet in data["facet_results"].items() if facet["results"]}
    if computed - wanted:
        sys.exit(f"Datasette computed facets {sorted(computed)}, not {sorted(wanted)}.")
    filters = our_urls[page].partition("?")[2]
    ours = json.loads(fetch(our_port, f"{our_urls['api_list']}?{filters}")[2])["count"]
    if data["filtered_table_rows_count"] != ours:
        sys.exit(
            f"Datasette's {path} finds {data['filtered_table_rows_count']:,} programmes,"
            f" our {our_urls[page]} {ours:,}."
        )
    return sorted(wanted - computed)


class Assets(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        attributes = dict(attrs)
        if tag == "link" and attributes.get("rel") == "stylesheet":
            self.urls.append(attributes["href"])
        elif tag == "script" and attributes.get("src"):
            self.urls.append(attributes["src"])


def page_weight(port: int, urls: dict[str, str]) -> dict:
    """The list page's HTML, its CSS and JavaScript, and how they are served."""
    html = {name: len(fetch(port, urls[name])[2]) for name in ("list", "list_filtered")}
    parser = Assets()
    parser.feed(fetch(port, urls["list"])[2].decode())
    assets = []
    for url in parser.urls:
        _, plain, body = fetch(port, url)
        _, gzipped, gzip_body = fetch(port, url, {"Accept-Encoding": "gzip"})
        _, brotli, _ = fetch(port, url, {"Accept-Encoding": "br"})
        assets.append(
            {
                "url": url,
                "bytes": len(body),
                "gzip_bytes": len(gzip_body),
                "hashed": bool(re.search(r"\.[0-9a-f]{12}\.(css|js)$", url)),
                "cache_control": plain.getheader("Cache-Control", ""),
                "gzip": gzipped.getheader("Content-Encoding") == "gzip",
                "brotli": brotli.getheader("Content-Encoding") == "br",
            }
        )
    return {"html_bytes": html, "assets": assets}


def main() -> None:
    if not (BENCH_BIN / "datasette").exists():
        sys.exit("Datasette is missing: run `make bench`, which installs it into .venv-bench.")
    started = time.monotonic()
    print("Preparing databases...")
    databases: dict[str, dict[int, Path | str]] = {
        "sqlite": {count: prepare.database(count) for count in SIZES}
    }
    if SERVER_URL:
        databases["postgresql"] = {
            count: prepare.postgres_database(SERVER_URL, count) for count in SIZES
        }
    prepare.collect_static(databases["sqlite"][SIZES[0]])
    print("Timing pages in-process...")
    pages = in_process(databases)
    print("Timing over HTTP against Datasette...")
    web = {
        count: over_http(
            count,
            {engine: at[count] for engine, at in databases.items()},
            {engine: runs[count]["urls"] for engine, runs in pages.items()},
        )
        for count in SIZES
    }
    results = build_results(pages, web, ROUNDS)
    results["seconds"] = round(time.monotonic() - started)
    print_report(results)
    output = OUT / "results.json"
    output.write_text(json.dumps(results, indent=2))
    print(f"\nFigures written to {output.relative_to(ROOT)} ({results['seconds']}s in all).")


if __name__ == "__main__":
    main()
