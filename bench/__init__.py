"""Performance benchmarks: ``make bench`` (page timings, query counts and page weight at
1,000 and 10,000 programmes, on SQLite and, with ``BENCH_DATABASE_URL``, on PostgreSQL,
against Datasette as a peer) and ``make loadtest``.

Everything the benchmarks build lives under ``bench/out/`` (gitignored): their own
SQLite databases, the peer's flat table, collected static files and the results; on a
PostgreSQL server, databases of their own named ``masters_bench_<count>``. Nothing here
touches the development database.
"""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
APP_PYTHON = ROOT / ".venv" / "bin" / "python"
BENCH_BIN = ROOT / ".venv-bench" / "bin"
SEED = 20261121
