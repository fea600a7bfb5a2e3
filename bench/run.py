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
   equivalent table pages over loopback HTTP, request by request in turn.
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
per page, engine and size, default 60), ``BENCH_LARGE=1``, ``BENCH_REBUILD=1``,
``BENCH_DATABASE_URL``.
"""

from __future__ import annotations

import http.client
import itertools
import json
import os
import re
import statistics
import subprocess
import sys
import time
from contextlib import ExitStack
from html.parser import HTMLParser
from pathlib import Path

from bench import APP_PYTHON, BENCH_BIN, OUT, ROOT, prepare
from bench.peer import PEER_QUERIES, peer_path, table_url

ROUNDS = int(os.environ.get("BENCH_ROUNDS", "60"))
WARMUP = 5
PASSES = 4
SIZES = [1_000, 10_000] + ([100_000] if os.environ.get("BENCH_LARGE") == "1" else [])
SERVER_URL = os.environ.get("BENCH_DATABASE_URL", "")
ENGINES = {"sqlite": "SQLite"} | ({"postgresql": "PostgreSQL"} if SERVER_URL else {})

PAGES = {
    "floor": "floor: trivial view (robots.txt)",
    "list": "list, no filters",
    "list_uncached": "list, no filters, cold cache",
    "list_filtered": "list, 3 filters, sorted by cost",
    "list_filtered_uncached": "list, 3 filters, cold cache",
    "search": "full-text search",
    "search_uncached": "full-text search, cold cache",
    "facets": "facet counts (filtered list)",
    "facets_uncached": "facet counts, cold cache",
    "compare": "comparison of six",
    "detail": "programme page",
    "api_list": "API list, no filters",
    "api_list_uncached": "API list, no filters, cold cache",
    "api_list_filtered": "API list, 3 filters, by cost",
    "api_list_filtered_uncached": "API list, 3 filters, cold cache",
    "api_detail": "API programme",
}
LIST_PAGES = ["list", "list_filtered", "search", "facets", "api_list", "api_list_filtered"]
# The same with an empty cache, as the first visitor after an editor's change gets them.
COLD_PAGES = [f"{page}_uncached" for page in LIST_PAGES]
GROWTH_LIMIT = 3.0
# The cold pages' growth is a target from 10,000 to 100,000 programmes; below, INFO.
COLD_GROWTH_PAIR = (10_000, 100_000)
PEER_LIMIT = 0.4
HTML_LIMIT = 60 * 1024
ASSETS_LIMIT = 50 * 1024
FAR_FUTURE = "max-age=315360000"


# Statistics -------------------------------------------------------------------


def summary(samples: list[float]) -> dict:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {
        "n": len(ordered),
        "median_ms": round(statistics.median(ordered) * 1000, 2),
        "p95_ms": round(p95 * 1000, 2),
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
        for page in PEER_QUERIES:
            check_peer(peer_port, page, targets[("sqlite", "floor")][0], urls["sqlite"])
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
        figures["ratios"] = {
            name: round(stats["median_ms"] / peer[name.removesuffix("_uncached")]["median_ms"], 2)
            for name, stats in figures.items()
            if name != "floor"
        }
        engines[engine] = figures
    return {"datasette": peer, "datasette_urls": peer_urls, "engines": engines, "weight": weight}


def check_peer(port: int, page: str, our_port: int, our_urls: dict[str, str]) -> None:
    """Datasette really computed every facet we ask for, and finds as many programmes
    as our list does (asked of our API with the same filters), so the race is fair."""
    query = PEER_QUERIES[page]
    path = peer_path(query)
    data = json.loads(fetch(port, path.replace(table_url(), table_url() + ".json", 1))[2])
    wanted = set(query["_facet"]) | {query["_facet_array"]}
    computed = {name for name, facet in data["facet_results"].items() if facet["results"]}
    if computed != wanted:
        sys.exit(f"Datasette computed facets {sorted(computed)}, not {sorted(wanted)}.")
    filters = our_urls[page].partition("?")[2]
    ours = json.loads(fetch(our_port, f"{our_urls['api_list']}?{filters}")[2])["count"]
    if data["filtered_table_rows_count"] != ours:
        sys.exit(
            f"Datasette's {path} finds {data['filtered_table_rows_count']:,} programmes,"
            f" our {our_urls[page]} {ours:,}."
        )


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


# Report --------------------------------------------------------------------------


def page_rows(runs: dict[int, dict]) -> dict:
    """One engine's figures per page and size, and how they grow from size to size."""
    sizes = sorted(runs)
    rows = {}
    for page in PAGES:
        rows[page] = {}
        for count in sizes:
            stats = summary(runs[count]["samples"][page])
            floor = statistics.median(runs[count]["samples"]["floor"]) * 1000
            stats["x_floor"] = round(stats["median_ms"] / floor, 1)
            stats["queries"] = runs[count]["queries"][page]
            rows[page][count] = stats
        for smaller, larger in itertools.pairwise(sizes):
            growth = rows[page][larger]["median_ms"] / rows[page][smaller]["median_ms"]
            rows[page][f"growth_{smaller}_{larger}"] = round(growth, 3)
    return rows


def engine_targets(engine: str, rows: dict, web: dict[int, dict]) -> list[tuple]:
    """The targets each engine must meet on its own."""
    name = ENGINES[engine]
    sizes = sorted(web)
    peer = web[10_000]
    ours = peer["engines"][engine]
    targets = [
        (
            f"Faster than the peer on {name}: {PAGES[page]} at 10,000"
            f" ≤ {PEER_LIMIT:g}x Datasette's page",
            ours["ratios"][page] <= PEER_LIMIT,
            f"{ours[page]['median_ms']:.1f} ms vs {peer['datasette'][page]['median_ms']:.1f} ms"
            f" = {ours['ratios'][page]:.2f}x"
            f" (with caching off {ours['ratios'][f'{page}_uncached']:.2f}x)",
        )
        for page in PEER_QUERIES
    ]
    for smaller, larger in itertools.pairwise(sizes):
        key = f"growth_{smaller}_{larger}"
        worst = max(LIST_PAGES, key=lambda page: rows[page][key])
        cold = max(COLD_PAGES, key=lambda page: rows[page][key])
        targets.append(
            (
                f"Cost grows slowly on {name}: list pages at {larger:,}"
                f" ≤ {GROWTH_LIMIT:g}x {smaller:,}",
                rows[worst][key] <= GROWTH_LIMIT,
                f"worst {worst} {rows[worst][key]:.2f}x",
            )
        )
        # The first visit after an edit counts every programme the filters match,
        # exactly, so its cost follows the catalogue's size: held to the same limit
        # from 10,000 to 100,000 programmes, shown as INFO between smaller sizes.
        targeted = (smaller, larger) == COLD_GROWTH_PAIR
        targets.append(
            (
                f"First visit after an edit (cold cache) on {name}: every cold page at"
                f" {larger:,} ≤ {GROWTH_LIMIT:g}x {smaller:,}"
                if targeted
                else f"First visit after an edit (cold cache) on {name},"
                f" growth {smaller:,} to {larger:,}",
                rows[cold][key] <= GROWTH_LIMIT if targeted else None,
                f"worst {cold} {rows[cold][key]:.2f}x",
            )
        )
    changing = [
        page for page in PAGES if len({rows[page][count]["queries"] for count in sizes}) > 1
    ]
    targets.append(
        (
            f"Constant queries on {name}: every page's count the same at every size",
            not changing,
            "all the same" if not changing else "differ: " + ", ".join(changing),
        )
    )
    return targets


def build_results(pages: dict[str, dict[int, dict]], web: dict[int, dict]) -> dict:
    sizes = sorted(web)
    rows = {engine: page_rows(runs) for engine, runs in pages.items()}
    targets = [target for engine in pages for target in engine_targets(engine, rows[engine], web)]
    weight = web[sizes[-1]]["weight"]
    assets = weight["assets"]
    html_sizes = weight["html_bytes"].items()
    targets += [
        (
            f"Light HTML: list page ≤ {HTML_LIMIT // 1024} KB",
            max(weight["html_bytes"].values()) <= HTML_LIMIT,
            ", ".join(f"{name} {size / 1024:.1f} KB" for name, size in html_sizes),
        ),
        (
            f"Light assets: all CSS and JavaScript ≤ {ASSETS_LIMIT // 1024} KB uncompressed",
            sum(asset["bytes"] for asset in assets) <= ASSETS_LIMIT,
            f"{sum(a['bytes'] for a in assets) / 1024:.1f} KB "
            f"({sum(a['gzip_bytes'] for a in assets) / 1024:.1f} KB gzipped): "
            + ", ".join(f"{Path(a['url']).name} {a['bytes'] / 1024:.1f} KB" for a in assets),
        ),
        (
            "Static files hashed, cached for ever (immutable) and served compressed",
            bool(assets)
            and all(
                a["hashed"]
                and FAR_FUTURE in a["cache_control"]
                and "immutable" in a["cache_control"]
                and (a["gzip"] or a["brotli"])
                for a in assets
            ),
            f"Cache-Control: {assets[0]['cache_control'] if assets else '-'}; "
            f"gzip {'yes' if assets and all(a['gzip'] for a in assets) else 'no'}, "
            f"brotli {'yes' if assets and all(a['brotli'] for a in assets) else 'no'}",
        ),
    ]
    return {
        "sizes": sizes,
        "engines": list(pages),
        "rounds": ROUNDS,
        "pages": rows,
        "urls": {engine: runs[sizes[-1]]["urls"] for engine, runs in pages.items()},
        "http": {str(count): web[count] for count in sizes},
        "targets": [
            {"target": name, "pass": passed, "detail": detail} for name, passed, detail in targets
        ],
    }


def print_report(results: dict) -> None:
    sizes = results["sizes"]
    for engine in results["engines"]:
        print()
        print(
            f"Server-side time in-process on {ENGINES[engine]}, through the full middleware"
            f" stack ({results['rounds']} requests per page and size after warm-up; ms)"
        )
        print_pages(results["pages"][engine], sizes)
    print()
    print(
        "Over loopback HTTP: our app (gunicorn, 1 worker, on each engine) vs Datasette"
        " (1 process); ms"
    )
    head = (
        f"{'programmes':>10} | {'page':32} | {'server':10} | {'median':>8} {'p95':>8} |"
        f" {'caching off: median':>19} {'p95':>8} | x Datasette, cached / off"
    )
    print(head)
    print("-" * len(head))
    for count in sizes:
        web = results["http"][str(count)]
        for page in ["floor", *PEER_QUERIES]:
            servers = [("Datasette", web["datasette"])] if page in PEER_QUERIES else []
            servers += [(ENGINES[engine], figures) for engine, figures in web["engines"].items()]
            for name, figures in servers:
                stats, off = figures[page], figures.get(f"{page}_uncached")
                line = f"{count:>10,} | {PAGES[page]:32} | {name:10} |"
                line += f" {stats['median_ms']:8.1f} {stats['p95_ms']:8.1f} |"
                if off and "ratios" in figures:
                    ratios = figures["ratios"]
                    line += f" {off['median_ms']:19.1f} {off['p95_ms']:8.1f} |"
                    line += f" {ratios[page]:.2f}x / {ratios[f'{page}_uncached']:.2f}x"
                print(line)
    for page, url in results["http"][str(sizes[-1])]["datasette_urls"].items():
        print(f"{PAGES[page]}: ours {results['urls']['sqlite'][page]}, Datasette {url}")
    print()
    print("Targets")
    for target in results["targets"]:
        verdict = {True: "PASS", False: "FAIL", None: "INFO"}[target["pass"]]
        print(f"  {verdict}  {target['target']}: {target['detail']}")


def print_pages(rows: dict, sizes: list[int]) -> None:
    head = f"{'page':34}"
    for count in sizes:
        head += f" | {count:>7,}: {'median':>6} {'p95':>6} {'xfloor':>6}"
    for _ in itertools.pairwise(sizes):
        head += f" | {'growth':>6}"
    head += " | queries"
    print(head)
    print("-" * len(head))
    for page, label in PAGES.items():
        row = rows[page]
        line = f"{label:34}"
        for count in sizes:
            stats = row[count]
            line += f" | {'':8} {stats['median_ms']:6.1f} {stats['p95_ms']:6.1f}"
            line += f" {stats['x_floor']:6.1f}"
        for smaller, larger in itertools.pairwise(sizes):
            line += f" | {row[f'growth_{smaller}_{larger}']:5.2f}x"
        line += " | " + " / ".join(str(row[count]["queries"]) for count in sizes)
        print(line)


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
    results = build_results(pages, web)
    results["seconds"] = round(time.monotonic() - started)
    print_report(results)
    output = OUT / "results.json"
    output.write_text(json.dumps(results, indent=2))
    print(f"\nFigures written to {output.relative_to(ROOT)} ({results['seconds']}s in all).")


if __name__ == "__main__":
    main()
