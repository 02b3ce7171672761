# Kennisbank: `make run` serves the site with demo content, `make test` runs every test.
# Only Python 3.11+ and make are needed; everything else is installed into .venv.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.DEFAULT_GOAL := help
.PHONY: help install run test bench lint format messages compilemessages migrate demo clean audit backup restore

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

BENCH_DB = $${BENCH_DATABASE_URL:-sqlite:///$${TMPDIR:-/tmp}/kennisbank-bench.sqlite3}
bench: compilemessages ## Benchmark the site under gunicorn with a large generated dataset (kept), and a newsletter to 10,000 subscribers
	DJANGO_SETTINGS_MODULE=kennisbank.settings.bench DATABASE_URL=$(BENCH_DB) $(MANAGE) bench $(BENCH_ARGS)
	DJANGO_SETTINGS_MODULE=kennisbank.settings.test DATABASE_URL=$(BENCH_DB) \
		KENNISBANK_TEST_MEDIA_ROOT=$${MEDIA_ROOT:-$${TMPDIR:-/tmp}/kennisbank-bench-media} $(MANAGE) bench_newsletter

.PHONY: serve
serve: compilemessages ## Serve with gunicorn and the production settings (set the environment first: docs/deploy.md)
	DJANGO_SETTINGS_MODULE=kennisbank.settings.production $(MANAGE) collectstatic --noinput --verbosity 0
	DJANGO_SETTINGS_MODULE=kennisbank.settings.production $(VENV)/bin/gunicorn -c kennisbank/gunicorn.conf.py

.PHONY: bench-search
bench-search: compilemessages ## Benchmark search with 10,000 generated pages (kept for the next run)
	DJANGO_SETTINGS_MODULE=kennisbank.settings.test DATABASE_URL=$${BENCH_DATABASE_URL:-sqlite:///$${TMPDIR:-/tmp}/kennisbank-bench-search.sqlite3} \
		$(MANAGE) bench_search $(BENCH_ARGS)

audit: install ## Check the locked dependencies for known vulnerabilities (pip-audit, needs internet)
	$(VENV)/bin/pip-audit --requirement requirements.lock --no-deps --disable-pip --strict --progress-spinner off $(AUDIT_ARGS)

BACKUP_DIR ?= backups
# backup and restore use what is installed (pg_dump, tar, the site's Python): they never
# install or update anything, so they are safe on a running server (docs/deploy.md, Backups).
backup: ## Back up the database (DATABASE_URL) and MEDIA_ROOT into BACKUP_DIR/kennisbank-<time>/
	DATABASE_URL=$${DATABASE_URL:-sqlite:///db.sqlite3} MEDIA_ROOT=$${MEDIA_ROOT:-media} scripts/backup.sh $(BACKUP_DIR)

restore: ## Restore: make restore BACKUP=backups/kennisbank-<time> TARGET_DATABASE_URL=postgres://…/new_name TARGET_MEDIA_ROOT=/path
	scripts/restore.sh "$(BACKUP)" "$(TARGET_DATABASE_URL)" "$(TARGET_MEDIA_ROOT)"

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
