"""``make bench``'s report: the pages it times, its targets, and the table it prints.

Each target is PASS or FAIL; figures that are not targets are INFO. ``bench.run``
measures; this module judges and prints.
"""

from __future__ import annotations

import itertools
import statistics
from pathlib import Path

from bench.peer import PEER_QUERIES

ENGINE_NAMES = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}
PAGES = {
    "floor": "floor: trivial view (robots.txt)",
    "list": "list, no filters",
    "list_uncached": "list, no filters, cold cache",
    "list_after_edit": "list, no filters, first visit after an edit",
    "list_filtered": "list, 3 filters, sorted by cost",
    "list_filtered_uncached": "list, 3 filters, cold cache",
    "list_filtered_after_edit": "list, 3 filters, first visit after an edit",
    "search": "full-text search",
    "search_uncached": "full-text search, cold cache",
    "search_after_edit": "full-text search, first visit after an edit",
    "search_misspelt": "misspelt search, spelt right",
    "search_misspelt_uncached": "misspelt search, cold cache",
    "search_misspelt_after_edit": "misspelt search, first visit after an edit",
    "facets": "facet counts (filtered list)",
    "facets_uncached": "facet counts, cold cache",
    "facets_after_edit": "facet counts, first visit after an edit",
    "compare": "comparison of six",
    "detail": "programme page",
    "api_list": "API list, no filters",
    "api_list_uncached": "API list, no filters, cold cache",
    "api_list_after_edit": "API list, no filters, first visit after an edit",
    "api_list_filtered": "API list, 3 filters, by cost",
    "api_list_filtered_uncached": "API list, 3 filters, cold cache",
    "api_list_filtered_after_edit": "API list, 3 filters, first visit after an edit",
    "api_detail": "API programme",
}
LIST_PAGES = [
    "list", "list_filtered", "search", "search_misspelt", "facets", "api_list", "api_list_filtered"
]  # fmt: skip
# The same with an empty cache: nothing computed for this catalogue version yet.
COLD_PAGES = [f"{page}_uncached" for page in LIST_PAGES]
# The same as the first visitor after an editor's save gets them, once the warmer has
# done its first step (the unfiltered list, which reads the catalogue's index again).
AFTER_EDIT_PAGES = [f"{page}_after_edit" for page in LIST_PAGES]
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
    name = ENGINE_NAMES[engine]
    sizes = sorted(web)
    peer = web[10_000]
    ours = peer["engines"][engine]
    targets = [peer_target(name, page, ours, peer) for page in PEER_QUERIES]
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
        # The first visit after an edit: held to the same limit from 10,000 to 100,000
        # programmes, shown as INFO between smaller sizes. With an empty cache (nothing
        # computed for the version, not even the index) it is INFO at every size.
        targeted = (smaller, larger) == COLD_GROWTH_PAIR
        edited = max(AFTER_EDIT_PAGES, key=lambda page: rows[page][key])
        targets += [
            (
                f"First visit after an edit on {name}: every list page at"
                f" {larger:,} ≤ {GROWTH_LIMIT:g}x {smaller:,}"
                if targeted
                else f"First visit after an edit on {name}, growth {smaller:,} to {larger:,}",
                rows[edited][key] <= GROWTH_LIMIT if targeted else None,
                f"worst {edited} {rows[edited][key]:.2f}x",
            ),
            (
                f"Empty cache on {name}, growth {smaller:,} to {larger:,}",
                None,
                f"worst {cold} {rows[cold][key]:.2f}x",
            ),
        ]
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


def not_comparable(facets: list[str]) -> str:
    return f"Datasette skipped facet {', '.join(facets)}: not comparable"


def peer_target(name: str, page: str, ours: dict, peer: dict) -> tuple:
    """Our page against Datasette's at 10,000 programmes. Where Datasette left out a
    facet it did less work than we did, so there is no ratio, and the target FAILs: it
    was not shown to be met."""
    target = (
        f"Faster than the peer on {name}: {PAGES[page]} at 10,000"
        f" ≤ {PEER_LIMIT:g}x Datasette's page"
    )
    times = f"{ours[page]['median_ms']:.1f} ms vs {peer['datasette'][page]['median_ms']:.1f} ms"
    skipped = peer.get("skipped_facets", {}).get(page)
    if skipped:
        return target, False, f"{not_comparable(skipped)}, so not met ({times})"
    return (
        target,
        ours["ratios"][page] <= PEER_LIMIT,
        f"{times} = {ours['ratios'][page]:.2f}x"
        f" (with caching off {ours['ratios'][f'{page}_uncached']:.2f}x)",
    )


def build_results(pages: dict[str, dict[int, dict]], web: dict[int, dict], rounds: int) -> dict:
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
        "rounds": rounds,
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
            f"Server-side time in-process on {ENGINE_NAMES[engine]}, through the full middleware"
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
            servers += [
                (ENGINE_NAMES[engine], figures) for engine, figures in web["engines"].items()
            ]
            for name, figures in servers:
                stats, off = figures[page], figures.get(f"{page}_uncached")
                line = f"{count:>10,} | {PAGES[page]:32} | {name:10} |"
                line += f" {stats['median_ms']:8.1f} {stats['p95_ms']:8.1f} |"
                if off and "ratios" in figures:
                    ratios = figures["ratios"]
                    line += f" {off['median_ms']:19.1f} {off['p95_ms']:8.1f} |"
                    if ratios[page] is None:
                        line += f" {not_comparable(web['skipped_facets'][page])}"
                    else:
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
