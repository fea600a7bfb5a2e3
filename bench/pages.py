"""Server-side timings of each page, in-process, through the full middleware stack.

Run by ``bench.run`` in a subprocess whose ``DATABASE_URL`` points at one benchmark
database::

    python -m bench.pages --rounds 30 --warmup 5 --json out.json

Pages are requested round-robin (one request to each page per round), so a burst of
load from elsewhere on the machine slows every page alike and the ratios hold.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import time
from pathlib import Path

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")

import django

django.setup()

from django.db import connection  # noqa: E402
from django.http import QueryDict  # noqa: E402
from django.test import Client, override_settings  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.urls import reverse  # noqa: E402
from django.utils.http import urlencode  # noqa: E402

from programs.caching import forget_everything  # noqa: E402
from programs.finder import Finder  # noqa: E402
from programs.models import Program, Topic, University  # noqa: E402
from programs.warming import warm  # noqa: E402

# The filtered list: three filters (countries, format, a cost bound), sorted by cost.
FILTERED = {
    "country": ["DE", "NL", "GB"],
    "delivery": "on_campus",
    "max_cost": "30000",
    "currency": "EUR",
    "sort": "cost",
}
SEARCH = {"q": "reinforcement learning"}
# A search that finds nothing as typed: the list shows what it finds spelt right.
MISSPELT = {"q": "reinforcment lerning"}
# Pages also timed with an empty cache, as the first visitor after an editor's change
# gets them: the finder caches counts and result pages per catalogue version.
COLD_PAGES = [
    "list", "list_filtered", "search", "search_misspelt", "api_list", "api_list_filtered"
]  # fmt: skip


def sample_programs() -> tuple[Program, list[int]]:
    """A programme from the middle of the catalogue, and six spread across it, each
    with partners and outcomes, so that their pages run every query they can and
    query counts compare like with like across sizes."""
    complete = (
        Program.objects.published()
        .filter(partnerships__isnull=False, outcomes__isnull=False)
        .distinct()
        .order_by("pk")
    )
    ids = list(complete.values_list("pk", flat=True))
    step = max(1, len(ids) // 6)
    six = ids[step // 2 :: step][:6]
    middle = Program.objects.select_related("university").get(pk=ids[len(ids) // 2])
    return middle, six


def page_urls() -> dict[str, str]:
    middle, six = sample_programs()
    programs, api = reverse("programs:list"), reverse("api:programs")
    slugs = {"university": middle.university.slug, "slug": middle.slug}
    return {
        "floor": reverse("robots_txt"),
        "list": programs,
        "list_filtered": f"{programs}?{urlencode(FILTERED, doseq=True)}",
        "search": f"{programs}?{urlencode(SEARCH)}",
        "search_misspelt": f"{programs}?{urlencode(MISSPELT)}",
        "compare": f"{reverse('programs:compare')}?{urlencode([('p', pk) for pk in six])}",
        "detail": middle.get_absolute_url(),
        # The JSON API's list (20 a page, as the HTML list) and one programme.
        "api_list": api,
        "api_list_filtered": f"{api}?{urlencode(FILTERED, doseq=True)}",
        "api_detail": reverse("api:program", kwargs=slugs),
    }


# Search terms a visitor might type, for the load test's varied visits.
TERMS = [
    "deep learning", "reinforcement learning", "robotics", "statistics", "vision",
    "natural language", "health", "finance", "ethics", "optimisation", "data science",
    "neural networks", "part-time", "online", "bayesian", "causal inference",
]  # fmt: skip


def mixed_urls(number: int, seed: int) -> list[str]:
    """``number`` visits drawn at random (repeatably), as many visitors make them: lists
    with varied filters, sorts and pages, searches, programme pages and comparisons.
    Unlike the timed pages above, most are different, so most start with a cold cache."""
    rng = random.Random(seed)
    countries = sorted(set(University.objects.values_list("country", flat=True)))
    topics = sorted(Topic.objects.values_list("slug", flat=True))
    ids = list(Program.objects.published().order_by("pk").values_list("pk", flat=True))
    programs, compare = reverse("programs:list"), reverse("programs:compare")
    visits: list[str | int] = []
    for _ in range(number):
        kind = rng.choices(["list", "search", "detail", "compare"], weights=[5, 2, 2, 1])[0]
        if kind == "detail":
            visits.append(rng.choice(ids))
            continue
        if kind == "compare":
            chosen = rng.sample(ids, rng.randint(2, 6))
            visits.append(f"{compare}?{urlencode([('p', pk) for pk in chosen])}")
            continue
        params: dict = {"q": rng.choice(TERMS)} if kind == "search" else {}
        choices = {
            "country": lambda: rng.sample(countries, rng.randint(1, 3)),
            "delivery": lambda: rng.choice(Program.Delivery.values),
            "topic": lambda: rng.choice(topics),
            "max_cost": lambda: rng.choice([10_000, 20_000, 30_000, 50_000]),
            "sort": lambda: rng.choice(["cost", "duration", "deadline", "name"]),
            "page": lambda: rng.randint(2, 5),
        }
        for name, value in choices.items():
            if rng.random() < 0.35:
                params[name] = value()
        if "max_cost" in params:
            params["currency"] = "EUR"
        visits.append(f"{programs}?{urlencode(params, doseq=True)}" if params else programs)
    details = Program.objects.select_related("university").in_bulk(
        [visit for visit in visits if isinstance(visit, int)]
    )
    return [details[v].get_absolute_url() if isinstance(v, int) else v for v in visits]


def facet_counts(cold: bool) -> None:
    """The filtered list's facet counts alone, as the list view asks for them."""
    if cold:
        forget_everything()
    data = QueryDict(mutable=True)
    for key, value in FILTERED.items():
        data.setlist(key, value if isinstance(value, list) else [value])
    Finder(data).facets()


def edited() -> None:
    """What an editor's save of one programme leaves before the next visitor comes: a
    new catalogue version (the other programmes' cards stay cached), and the warmer's
    first visit (the unfiltered list), which brings the catalogue's index and the
    list's order up to date for that programme. The
    warmer goes on to the commonest other visits; the pages timed after this have had
    only that first step. The programme saved is one on the first page of the list."""
    with override_settings(CATALOGUE_WARMING="off"):  # the warmer's first step, below
        program = Program.objects.get(pk=Finder(QueryDict()).page(1, 20)[0].pk)
        program.save()
    warm(limit=1)


def measure(urls: dict[str, str], rounds: int, warmup: int) -> dict[str, list[float]]:
    client = Client(HTTP_HOST="127.0.0.1")
    calls = {name: (lambda url=url: get(client, url)) for name, url in urls.items()}
    calls["facets"] = lambda: facet_counts(cold=False)
    samples = timed_rounds(calls, rounds, warmup)
    # Clearing the cache would slow the other pages too, so these run on their own.
    cold = {
        "facets_uncached": lambda: facet_counts(cold=True),
        **{
            f"{page}_uncached": lambda url=urls[page]: (forget_everything(), get(client, url))
            for page in COLD_PAGES
        },
    }
    # The first visit after an edit: only the visit is timed, not the edit and warming.
    after_edit = {
        "facets_after_edit": (edited, lambda: facet_counts(cold=False)),
        **{
            f"{page}_after_edit": (edited, lambda url=urls[page]: get(client, url))
            for page in COLD_PAGES
        },
    }
    return samples | timed_rounds(cold, rounds, 1) | timed_rounds(after_edit, rounds, 1)


def timed_rounds(calls: dict, rounds: int, warmup: int) -> dict[str, list[float]]:
    """Samples of each call, in turn; a call given as ``(setup, call)`` has its setup
    run untimed before it, every time."""
    calls = {
        name: call if isinstance(call, tuple) else (lambda: None, call)
        for name, call in calls.items()
    }
    for _ in range(warmup):
        for setup, call in calls.values():
            setup()
            call()
    samples: dict[str, list[float]] = {name: [] for name in calls}
    for _ in range(rounds):
        for name, (setup, call) in calls.items():
            setup()
            started = time.perf_counter()
            call()
            samples[name].append(time.perf_counter() - started)
    return samples


def get(client: Client, url: str) -> None:
    response = client.get(url)
    if response.status_code != 200:
        raise SystemExit(f"{url} answered {response.status_code}")


def query_counts(urls: dict[str, str]) -> dict[str, int]:
    """Queries per page, with a warm cache as visitors after the first one see it,
    with a cold one, and as the first visitor after an editor's change sees it."""
    client = Client(HTTP_HOST="127.0.0.1")
    counts = {}
    before = {
        "_uncached": forget_everything,
        "_after_edit": edited,
    }
    visits = [(f"{page}{kind}", urls[page], kind) for kind in before for page in COLD_PAGES]
    for name, url, kind in [*((name, url, "") for name, url in urls.items()), *visits]:
        client.get(url)
        before.get(kind, lambda: None)()
        with CaptureQueriesContext(connection) as queries:
            client.get(url)
        counts[name] = len(queries)
    for kind in ("", *before):
        facet_counts(cold=False)
        before.get(kind, lambda: None)()
        with CaptureQueriesContext(connection) as queries:
            facet_counts(cold=False)
        counts[f"facets{kind}"] = len(queries)
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=50)
    parser.add_argument("--warmup", type=int, default=5)
    parser.add_argument("--json", type=Path, required=True)
    parser.add_argument("--urls-only", action="store_true", help="write the URLs, time nothing")
    parser.add_argument("--mix", type=int, default=0, help="with --urls-only: varied visits too")
    args = parser.parse_args()

    urls = page_urls()
    if args.urls_only:
        mix = mixed_urls(args.mix, seed=args.mix)
        args.json.write_text(json.dumps({"urls": urls, "mix": mix}))
        return
    result = {
        "programmes": Program.objects.published().count(),
        "urls": urls,
        "queries": query_counts(urls),
        "samples": measure(urls, args.rounds, args.warmup),
    }
    args.json.write_text(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
