# The two commands a newcomer needs: `make run` and `make test`. Both start from a fresh clone.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
STAMP := $(VENV)/.installed

.PHONY: run test install lint clean bench

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@

install: $(STAMP)

run: export WAGTAILADMIN_BASE_URL ?= http://127.0.0.1:$(PORT)
run: $(STAMP)
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo --port $(PORT)
	@echo
	@echo "  Site:  http://127.0.0.1:$(PORT)/"
	@echo "  Admin: http://127.0.0.1:$(PORT)/admin/"
	@echo "  E-mails are printed here by the task worker, which runs beside the server."
	@echo
	@trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	$(BIN)/python manage.py db_worker --interval 1 & worker=$$!; \
	$(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

AXE := tests/browser/node_modules/axe-core/axe.min.js

# axe-core for the browser tests, when npm is available (they are skipped, saying why, if not).
$(AXE): tests/browser/package-lock.json
	-command -v npm >/dev/null && cd tests/browser && npm ci --no-audit --no-fund --silent

# The browser tests run in a session of their own: their live server needs a transactional
# database restored between tests from a snapshot taken when the session starts, which
# pytest-django does not always take when other tests share the session.
test: $(STAMP) $(AXE)
ifeq ($(strip $(PYTEST_ARGS)),)
	$(BIN)/python -m pytest -m "not browser"
	$(BIN)/python -m pytest -m browser
else
	$(BIN)/python -m pytest $(PYTEST_ARGS)
endif

# Benchmarks (not timed tests): SQLite and PostgreSQL, 100 to 100,000 mentors, plus an HTTP
# load run. Writes tests/benchmarks/output/results.md and ratios.svg.
BENCH_ARGS ?= --sizes 100,1000,100000 --http
bench: $(STAMP)
	$(BIN)/python -m tests.benchmarks.run $(BENCH_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .

clean:
	rm -rf $(VENV) db.sqlite3 media staticfiles .test-media .cache
