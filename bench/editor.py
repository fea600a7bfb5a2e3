"""An editor at work during ``make loadtest``: every few seconds, marks a programme as
verified today and saves it through the ORM, as the admin does, so that the load
meets what an edit sets off (a search document rebuilt, a history record, a new
catalogue version that every worker must count afresh) and SQLite meets a writer.

    python -m bench.editor --every 3 --seconds 60 --json out.json
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

from django.db import DatabaseError, transaction  # noqa: E402
from django.utils import timezone  # noqa: E402

from bench import SEED  # noqa: E402
from programs.models import Program  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--every", type=float, default=3.0, help="seconds between saves")
    parser.add_argument("--seconds", type=float, required=True)
    parser.add_argument("--json", type=Path, required=True)
    args = parser.parse_args()

    rng = random.Random(SEED)
    ids = list(Program.objects.published().values_list("pk", flat=True))
    saves, errors, slowest = 0, [], 0.0
    deadline = time.monotonic() + args.seconds
    while time.monotonic() < deadline:
        started = time.monotonic()
        try:
            with transaction.atomic():
                program = Program.objects.get(pk=rng.choice(ids))
                program.last_verified = timezone.localdate()
                program.save()
            saves += 1
        except DatabaseError as error:
            errors.append(str(error))
        slowest = max(slowest, time.monotonic() - started)
        time.sleep(max(0.0, min(started + args.every, deadline) - time.monotonic()))
    args.json.write_text(
        json.dumps({"saves": saves, "errors": errors, "slowest_save_ms": round(slowest * 1000)})
    )


if __name__ == "__main__":
    main()
