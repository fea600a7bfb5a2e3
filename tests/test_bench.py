"""The benchmark reports a race Datasette did not run in full instead of stopping."""

import json

import pytest

from bench import run
from bench.peer import FACETS, PEER_QUERIES
from bench.report import PAGES, build_results, print_report

FACET_NAMES = [*FACETS["_facet"], FACETS["_facet_array"]]
OUR_URLS = {page: f"/{page}/?country=DE" for page in PEER_QUERIES} | {"api_list": "/api/"}


def datasette_answers(monkeypatch, facets: list[str], count: int = 7) -> None:
    """Datasette computes ``facets`` and finds ``count`` programmes, as our API does."""

    def fetch(port, path, headers=None):
        if path.startswith("/api/"):
            return 0.01, None, json.dumps({"count": 7}).encode()
        results = {
            name: {"results": [{"value": "x"}] if name in facets else []} for name in FACET_NAMES
        }
        data = {"facet_results": results, "filtered_table_rows_count": count}
        return 0.01, None, json.dumps(data).encode()

    monkeypatch.setattr(run, "fetch", fetch)


def test_a_facet_datasette_skipped_is_named_not_fatal(monkeypatch):
    datasette_answers(monkeypatch, [name for name in FACET_NAMES if name != "topics"])
    assert run.check_peer(1, "list", 2, OUR_URLS) == ["topics"]


def test_every_facet_computed_leaves_nothing_skipped(monkeypatch):
    datasette_answers(monkeypatch, FACET_NAMES)
    assert run.check_peer(1, "list", 2, OUR_URLS) == []


def test_another_count_of_programmes_still_stops_the_benchmark(monkeypatch):
    datasette_answers(monkeypatch, FACET_NAMES, count=8)
    with pytest.raises(SystemExit):
        run.check_peer(1, "list", 2, OUR_URLS)


def results(skipped: dict[str, list[str]]) -> dict:
    """The report of a run at 10,000 programmes where we take 10 ms a page, Datasette
    100 ms, and Datasette left out the facets in ``skipped``."""
    samples = {page: [0.01] for page in PAGES}
    pages = {
        "sqlite": {
            10_000: {"samples": samples, "queries": dict.fromkeys(PAGES, 3), "urls": OUR_URLS}
        }
    }
    stats = {"n": 1, "median_ms": 10.0, "p95_ms": 10.0}
    figures = {"floor": stats} | dict.fromkeys(PEER_QUERIES, stats)
    figures |= {f"{page}_uncached": stats for page in PEER_QUERIES}
    figures["ratios"] = {
        name: None if name.removesuffix("_uncached") in skipped else 0.1
        for name in figures
        if name != "floor"
    }
    web = {
        "datasette": {
            page: {"n": 1, "median_ms": 100.0, "p95_ms": 100.0} for page in PEER_QUERIES
        },
        "datasette_urls": {page: f"/programmes/programs?{page}" for page in PEER_QUERIES},
        "skipped_facets": skipped,
        "engines": {"sqlite": figures},
        "weight": {"html_bytes": {"list": 1000, "list_filtered": 1000}, "assets": []},
    }
    return build_results(pages, {10_000: web}, rounds=1)


def peer_verdicts(report: dict) -> dict[str, tuple]:
    return {
        page: (target["pass"], target["detail"])
        for target in report["targets"]
        for page in PEER_QUERIES
        if target["target"].startswith("Faster than the peer")
        and PAGES[page] + " at" in target["target"]
    }


def test_a_race_datasette_ran_short_fails_as_not_comparable_and_the_table_prints(capsys):
    report = results({"list": ["topics"]})
    verdicts = peer_verdicts(report)
    assert verdicts["list"][0] is False
    assert "Datasette skipped facet topics: not comparable" in verdicts["list"][1]
    assert verdicts["search"] == (True, "10.0 ms vs 100.0 ms = 0.10x (with caching off 0.10x)")
    print_report(report)
    printed = capsys.readouterr().out
    rows = [
        line for line in printed.splitlines() if "| SQLite" in line and PAGES["list"] + " " in line
    ]
    assert rows and rows[0].endswith("| Datasette skipped facet topics: not comparable")
    assert "FAIL  Faster than the peer on SQLite: list, no filters" in printed


def test_a_full_race_has_its_ratios():
    verdicts = peer_verdicts(results({}))
    assert all(passed for passed, _ in verdicts.values())
