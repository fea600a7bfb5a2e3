# Masters Compare: every target bootstraps itself from a fresh clone.
# `make run` to try the site, `make test` to run the whole suite.

PYTHON ?= python3
PORT ?= 8000
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
DEV := DJANGO_DEBUG=1
CHROMIUM := /usr/bin/chromium

.PHONY: help install install-dev migrate run test lint format apicheck serve superuser browser backup restore clearsessions audit clean bench loadtest importbench

help:
	@echo "make run        set up, load the demo data and serve http://127.0.0.1:$(PORT)/"
	@echo "make test       set up and run the whole test suite"
	@echo "make lint       ruff check and ruff format --check"
	@echo "make format     apply ruff's fixes and formatting"
	@echo "make apicheck   Schemathesis against the API's own OpenAPI schema (a few minutes)"
	@echo "make serve      gunicorn with production settings and WhiteNoise (PORTS=\"8000 8001\" for one process per port)"
	@echo "make superuser  create an admin account"
	@echo "make backup     dump all content to backups/masters-compare-<time>.json.gz"
	@echo "make restore FILE=...  load a backup into an empty database"
	@echo "make clearsessions  delete expired visitor sessions (run daily in production)"
	@echo "make audit      check the locked dependencies for known vulnerabilities (needs a network)"

# What the site needs to run, and on top of it what tests and lint need: a server
# never gets pytest or Playwright.
$(VENV)/.installed: requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.lock
	touch $@

$(VENV)/.installed-dev: $(VENV)/.installed requirements-dev.lock
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements-dev.lock
	touch $@

install: $(VENV)/.installed

install-dev: $(VENV)/.installed-dev

migrate: install
	$(DEV) $(PY) manage.py migrate --noinput

run: migrate
	$(DEV) $(PY) manage.py seed_demo
	$(DEV) $(PY) manage.py runserver 127.0.0.1:$(PORT)

# Browser tests need Debian's Chromium: install it when we can (as root),
# otherwise the browser tests skip with a message naming the command.
browser:
	@if [ ! -x $(CHROMIUM) ]; then \
		if [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null; then \
			echo "Installing Debian's chromium for the browser tests..."; \
			apt-get install -y -qq chromium >/dev/null || (apt-get update -qq && apt-get install -y -qq chromium); \
		else \
			echo "*** Chromium is missing: browser tests will be SKIPPED. Install it with: sudo apt-get install -y chromium ***"; \
		fi; \
	fi

test: install-dev migrate browser
	$(BIN)/pytest $(PYTEST_ARGS)

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install-dev
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# The API served as production runs it, on a demo database of its own, called with
# generated parameters by Schemathesis; CI runs the same (.ci/apicheck).
apicheck: install-dev
	bash .ci/apicheck

# Production settings on plain HTTP: a random key per start unless DJANGO_SECRET_KEY
# is set (set it when serving several processes, so they share sessions), and no
# HTTPS redirect. PORTS="8000 8001" starts one gunicorn process per port, as several
# hosts would (they share the database and, with CACHE_URL, the cache); BIND=0.0.0.0
# listens beyond loopback for a proxy on another host.
PORTS ?= $(PORT)
BIND ?= 127.0.0.1
serve: migrate
	@export DJANGO_SECRET_KEY="$${DJANGO_SECRET_KEY:-$$($(PY) -c 'import secrets; print(secrets.token_urlsafe(50))')}" \
		DJANGO_SECURE_SSL_REDIRECT="$${DJANGO_SECURE_SSL_REDIRECT:-false}" \
		DJANGO_SECURE_COOKIES="$${DJANGO_SECURE_COOKIES:-false}"; \
	$(PY) manage.py collectstatic --noinput --verbosity 0 && \
	$(PY) manage.py clearsessions && \
	for port in $(PORTS); do \
		echo "Serving with production settings at http://$(BIND):$$port/"; \
		$(BIN)/gunicorn config.wsgi --bind $(BIND):$$port --workers $${WEB_CONCURRENCY:-2} \
			--access-logfile - & \
		pids="$$pids $$!"; \
	done; \
	trap 'kill $$pids 2>/dev/null; wait; exit 0' INT TERM; \
	wait

superuser: migrate
	$(DEV) $(PY) manage.py createsuperuser

backup: migrate
	$(DEV) $(PY) manage.py backup

restore: migrate
	@test -n "$(FILE)" || (echo "Usage: make restore FILE=backups/masters-compare-<time>.json.gz"; exit 2)
	$(DEV) $(PY) manage.py restore "$(FILE)"

# Expired sessions stay in the database until this runs: `make serve` runs it at every
# start; a long-running production server should also run it daily (see README).
clearsessions: migrate
	$(DEV) $(PY) manage.py clearsessions

clean:
	rm -rf $(VENV) staticfiles

# Benchmarks. They run the app's own Python with runtime dependencies only (Django,
# gunicorn: bench/*.py imports nothing from the dev lock). Datasette, the peer
# `make bench` races against, lives in its own venv from its own lock
# (bench/requirements.lock), never among the app's dependencies.
BENCH_VENV := .venv-bench

$(BENCH_VENV)/.installed: bench/requirements.lock
	$(PYTHON) -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/pip install --quiet --disable-pip-version-check -r bench/requirements.lock
	touch $@

bench: install $(BENCH_VENV)/.installed
	$(PY) -m bench.run

loadtest: install
	$(PY) -m bench.loadtest

importbench: install
	$(PY) -m bench.importbench

# Known vulnerabilities in every locked dependency, runtime and development, looked up
# online (so not part of CI). pip-audit is a tool, not a dependency: it gets a venv of its own.
AUDIT_VENV := .venv-audit
PIP_AUDIT := pip-audit==2.10.1

$(AUDIT_VENV)/.installed:
	$(PYTHON) -m venv $(AUDIT_VENV)
	$(AUDIT_VENV)/bin/pip install --quiet --disable-pip-version-check "$(PIP_AUDIT)"
	touch $@

audit: $(AUDIT_VENV)/.installed
	$(AUDIT_VENV)/bin/pip-audit --disable-pip --no-deps -r requirements-dev.lock
