"""``make bench``: how the finder's pages (HTML and the JSON API) scale, and how they
compare with Datasette.

1. Builds (or reuses) SQLite databases of 1,000 and 10,000 synthetic programmes
   (and 100,000 with ``BENCH_LARGE=1``) under bench/out/.
2. Times every page in-process through the full middleware stack (``bench.pages``),
   in four passes per size taken in turn, so that a burst of load elsewhere on the
   machine does not land on one size only.
3. Serves each database with gunicorn (production settings, one worker) and the same
   programmes as one flat table with Datasette (one process), and times our filtered,
   faceted list against Datasette's equivalent table page over loopback HTTP,
   request by request in turn.
4. Weighs the list page and its CSS and JavaScript, and checks how static files are
   served (hashed names, far-future caching, compressed variants).
5. Prints a table with PASS or FAIL per target (INFO for figures that are not
   targets) and writes bench/out/results.json.

A benchmark, not a test: it never fails the suite. Knobs: ``BENCH_ROUNDS`` (requests
per page and size, default 60), ``BENCH_LARGE=1``, ``BENCH_REBUILD=1``.
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
from html.parser import HTMLParser
from pathlib import Path

from bench import APP_PYTHON, BENCH_BIN, OUT, ROOT, prepare
from bench.peer import PEER_QUERY, peer_path, table_url

ROUNDS = int(os.environ.get("BENCH_ROUNDS", "60"))
WARMUP = 5
PASSES = 4
SIZES = [1_000, 10_000] + ([100_000] if os.environ.get("BENCH_LARGE") == "1" else [])

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


def in_process(databases: dict[int, Path]) -> dict[int, dict]:
    """Each size's samples from several passes, the sizes taken in turn, in alternating
    order, so that a burst of load elsewhere on the machine spreads over every size."""
    results: dict[int, dict] = {}
    rounds = max(1, ROUNDS // PASSES)
    for number in range(PASSES):
        order = list(databases) if number % 2 == 0 else list(reversed(databases))
        for count in order:
            print(f"  in-process pass {number + 1}/{PASSES} at {count:,} programmes...")
            output = OUT / f"pages-{count}.json"
            subprocess.run(
                [str(APP_PYTHON), "-m", "bench.pages", "--rounds", str(rounds),
                 "--warmup", str(WARMUP), "--json", str(output)],
                cwd=ROOT, env=prepare.app_env(databases[count]), check=True,
            )  # fmt: skip
            run = json.loads(output.read_text())
            if count not in results:
                results[count] = run
            else:
                for page, samples in run["samples"].items():
                    results[count]["samples"][page] += samples
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


def over_http(count: int, database: Path, urls: dict[str, str]) -> dict:
    """Our filtered list under gunicorn against Datasette's equivalent page."""
    folder = OUT / f"peer-{count}"
    folder.mkdir(exist_ok=True)
    peer_database = folder / "programmes.db"
    subprocess.run(
        [str(APP_PYTHON), "-m", "bench.peer", str(peer_database)],
        cwd=ROOT, env=prepare.app_env(database), check=True, stdout=subprocess.DEVNULL,
    )  # fmt: skip
    ours_port, uncached_port, peer_port = (prepare.free_port() for _ in range(3))
    peer_url = peer_path(table_url())
    targets = {
        "floor": (ours_port, urls["floor"]),
        "ours": (ours_port, urls["list_filtered"]),
        "ours_uncached": (uncached_port, urls["list_filtered"]),
        "datasette": (peer_port, peer_url),
    }
    print(f"  over HTTP at {count:,} programmes: gunicorn and Datasette...")
    with (
        prepare.gunicorn(database, ours_port, workers=1, log=OUT / "gunicorn-bench.log"),
        # The same app with caching off: every request counts and orders afresh.
        prepare.gunicorn(
            database,
            uncached_port,
            workers=1,
            log=OUT / "gunicorn-uncached-bench.log",
            CACHE_URL="dummycache://",
        ),
        prepare.datasette(peer_database, peer_port, log=OUT / "datasette-bench.log"),
    ):
        check_peer(peer_port, peer_url)
        for _ in range(WARMUP):
            for port, path in targets.values():
                fetch(port, path)
        samples: dict[str, list[float]] = {name: [] for name in targets}
        for _ in range(ROUNDS):
            for name, (port, path) in targets.items():
                samples[name].append(fetch(port, path)[0])
        weight = page_weight(ours_port, urls)
    result = {name: summary(values) for name, values in samples.items()}
    for name in ("ours", "ours_uncached"):
        ratio = result[name]["median_ms"] / result["datasette"]["median_ms"]
        result[name.replace("ours", "ratio")] = round(ratio, 2)
    result["datasette_url"] = peer_url
    result["weight"] = weight
    return result


def check_peer(port: int, path: str) -> None:
    """Datasette really computed every facet we ask for, so the race is fair."""
    json_path = path.replace(table_url(), table_url() + ".json", 1)
    data = json.loads(fetch(port, json_path)[2])
    wanted = set(PEER_QUERY["_facet"]) | {PEER_QUERY["_facet_array"]}
    computed = {name for name, facet in data["facet_results"].items() if facet["results"]}
    if computed != wanted:
        sys.exit(f"Datasette computed facets {sorted(computed)}, not {sorted(wanted)}.")


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


def build_results(pages: dict[int, dict], web: dict[int, dict]) -> dict:
    sizes = sorted(pages)
    rows = {}
    for page in PAGES:
        rows[page] = {}
        for count in sizes:
            stats = summary(pages[count]["samples"][page])
            floor = statistics.median(pages[count]["samples"]["floor"]) * 1000
            stats["x_floor"] = round(stats["median_ms"] / floor, 1)
            stats["queries"] = pages[count]["queries"][page]
            rows[page][count] = stats
        for smaller, larger in itertools.pairwise(sizes):
            growth = rows[page][larger]["median_ms"] / rows[page][smaller]["median_ms"]
            rows[page][f"growth_{smaller}_{larger}"] = round(growth, 3)
    largest = sizes[-1]
    weight = web[largest]["weight"]
    assets = weight["assets"]
    peer = web[10_000]
    html_sizes = weight["html_bytes"].items()
    targets = [
        (
            "Faster than the peer: filtered, faceted list at 10,000 ≤ Datasette's page",
            peer["ratio"] <= 1.0,
            f"{peer['ours']['median_ms']:.1f} ms vs {peer['datasette']['median_ms']:.1f} ms"
            f" = {peer['ratio']:.2f}x (with caching off {peer['ratio_uncached']:.2f}x)",
        ),
    ]
    for smaller, larger in itertools.pairwise(sizes):
        key = f"growth_{smaller}_{larger}"
        worst = max(LIST_PAGES, key=lambda page: rows[page][key])
        cold = max(COLD_PAGES, key=lambda page: rows[page][key])
        targets.append(
            (
                f"Cost grows slowly: list pages at {larger:,} ≤ {GROWTH_LIMIT:g}x {smaller:,}",
                rows[worst][key] <= GROWTH_LIMIT,
                f"worst {worst} {rows[worst][key]:.2f}x",
            )
        )
        # Not a target: the first visit after an edit counts every programme the
        # filters match, exactly, so its cost follows the catalogue's size.
        targets.append(
            (
                f"First visit after an edit (cold cache), growth {smaller:,} to {larger:,}",
                None,
                f"worst {cold} {rows[cold][key]:.2f}x",
            )
        )
    changing = [
        page for page in PAGES if len({rows[page][count]["queries"] for count in sizes}) > 1
    ]
    targets += [
        (
            "Constant queries: every page's count the same at every size",
            not changing,
            "all the same" if not changing else "differ: " + ", ".join(changing),
        ),
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
        "rounds": ROUNDS,
        "pages": rows,
        "urls": pages[sizes[-1]]["urls"],
        "http": {str(count): web[count] for count in sizes},
        "targets": [
            {"target": name, "pass": passed, "detail": detail} for name, passed, detail in targets
        ],
    }


def print_report(results: dict) -> None:
    sizes = results["sizes"]
    print()
    print(
        f"Server-side time in-process, through the full middleware stack "
        f"({results['rounds']} requests per page and size after warm-up; ms)"
    )
    head = f"{'page':34}"
    for count in sizes:
        head += f" | {count:>7,}: {'median':>6} {'p95':>6} {'xfloor':>6}"
    for _ in itertools.pairwise(sizes):
        head += f" | {'growth':>6}"
    head += " | queries"
    print(head)
    print("-" * len(head))
    for page, label in PAGES.items():
        row = results["pages"][page]
        line = f"{label:34}"
        for count in sizes:
            stats = row[count]
            line += f" | {'':8} {stats['median_ms']:6.1f} {stats['p95_ms']:6.1f}"
            line += f" {stats['x_floor']:6.1f}"
        for smaller, larger in itertools.pairwise(sizes):
            line += f" | {row[f'growth_{smaller}_{larger}']:5.2f}x"
        line += " | " + " / ".join(str(row[count]["queries"]) for count in sizes)
        print(line)
    print()
    print("Over loopback HTTP: our app (gunicorn, 1 worker) vs Datasette (1 process); ms")
    print(f"{'programmes':>10} | {'our floor':>17} | {'our filtered list':>17} | "
          f"{'same, caching off':>17} | {'Datasette':>17} | ours/Datasette")  # fmt: skip
    print(f"{'':>10} |" + f" {'median    p95':>17} |" * 4 + " cached / off")
    for count in sizes:
        web = results["http"][str(count)]
        cells = [f"{web[name]['median_ms']:8.1f} {web[name]['p95_ms']:8.1f}"
                 for name in ("floor", "ours", "ours_uncached", "datasette")]  # fmt: skip
        ratios = f"{web['ratio']:.2f}x / {web['ratio_uncached']:.2f}x"
        print(f"{count:>10,} | " + " | ".join(cells) + f" | {ratios}")
    print(f"Datasette page: {results['http'][str(sizes[-1])]['datasette_url']}")
    print(f"Our page:       {results['urls']['list_filtered']}")
    print()
    print("Targets")
    for target in results["targets"]:
        verdict = {True: "PASS", False: "FAIL", None: "INFO"}[target["pass"]]
        print(f"  {verdict}  {target['target']}: {target['detail']}")


def main() -> None:
    if not (BENCH_BIN / "datasette").exists():
        sys.exit("Datasette is missing: run `make bench`, which installs it into .venv-bench.")
    started = time.monotonic()
    print("Preparing databases...")
    databases = {count: prepare.database(count) for count in SIZES}
    prepare.collect_static(databases[SIZES[0]])
    print("Timing pages in-process...")
    pages = in_process(databases)
    print("Timing over HTTP against Datasette...")
    web = {count: over_http(count, db, pages[count]["urls"]) for count, db in databases.items()}
    results = build_results(pages, web)
    results["seconds"] = round(time.monotonic() - started)
    print_report(results)
    output = OUT / "results.json"
    output.write_text(json.dumps(results, indent=2))
    print(f"\nFigures written to {output.relative_to(ROOT)} ({results['seconds']}s in all).")


if __name__ == "__main__":
    main()
