# Kennisbank: `make run` serves the site with demo content, `make test` runs every test.
# Only Python 3.11+ and make are needed; everything else is installed into .venv.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.DEFAULT_GOAL := help
.PHONY: help install run test bench lint format messages compilemessages migrate demo clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  make %-16s %s\n", $$1, $$2}'

$(VENV)/.installed: pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c requirements.lock ".[dev,production]"
	touch $@

install: $(VENV)/.installed ## Create .venv and install the pinned dependencies

compilemessages: install ## Compile the interface translations (locale/*.po) to .mo files
	$(MANAGE) compile_translations

migrate: compilemessages ## Apply database migrations
	$(MANAGE) migrate --noinput

demo: migrate ## Load the demo content (safe to repeat: changes nothing the second time)
	$(MANAGE) load_demo_content

run: demo ## Set up and serve the site with demo content on http://127.0.0.1:8000/
	$(MANAGE) create_dev_admin --url http://$(HOST):$(PORT)/admin/
	$(MANAGE) create_dev_accounts
	@# The newsletter worker runs beside the web server and stops with it.
	$(MANAGE) db_worker --backend newsletter --queue-name newsletter & worker=$$!; \
		trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
		$(MANAGE) runserver $(HOST):$(PORT)

test: compilemessages ## Run the whole test suite (SQLite, or DATABASE_URL when set)
	$(PY) -m pytest $(PYTEST_ARGS)

bench: compilemessages ## Benchmark page rendering (200 methods) and a newsletter to 10,000 subscribers
	rm -f bench.sqlite3
	DJANGO_SETTINGS_MODULE=kennisbank.settings.test DATABASE_URL=$${BENCH_DATABASE_URL:-sqlite:///$(CURDIR)/bench.sqlite3} \
		$(MANAGE) bench
	DJANGO_SETTINGS_MODULE=kennisbank.settings.test DATABASE_URL=$${BENCH_DATABASE_URL:-sqlite:///$(CURDIR)/bench.sqlite3} \
		$(MANAGE) bench_newsletter
	rm -f bench.sqlite3

.PHONY: bench-search
bench-search: compilemessages ## Benchmark search with 10,000 generated pages (kept for the next run)
	DJANGO_SETTINGS_MODULE=kennisbank.settings.test DATABASE_URL=$${BENCH_DATABASE_URL:-sqlite:///$${TMPDIR:-/tmp}/kennisbank-bench-search.sqlite3} \
		$(MANAGE) bench_search $(BENCH_ARGS)

lint: install ## Check code style with ruff
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install ## Fix code style with ruff
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

messages: install ## Update locale/en/LC_MESSAGES/django.po from the source (needs GNU gettext)
	$(MANAGE) makemessages --locale en --ignore ".venv/*" --ignore "static_collected/*" --no-obsolete

clean: ## Remove the virtualenv, the SQLite database and uploaded media
	rm -rf $(VENV) db.sqlite3 bench.sqlite3 media static_collected
