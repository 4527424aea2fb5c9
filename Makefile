# Two commands do all set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test test-pure install lint check-imports migrate demo clean bench-triage

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

migrate: install
	$(BIN)/hotline migrate

demo: migrate
	$(BIN)/hotline demo --console-url http://$(HOST):$(PORT)/console

## make run: check the port is free, install, migrate, load the demo, print the demo logins, serve on :8000
## (another port: make run PORT=8001)
run: install
	@$(BIN)/hotline serve --check-port --host $(HOST) --port $(PORT)
	$(BIN)/hotline migrate
	$(BIN)/hotline demo --console-url http://$(HOST):$(PORT)/console
	$(BIN)/hotline serve --host $(HOST) --port $(PORT)

lint: install
	$(BIN)/ruff check app channels triage directory web tests bench docs
	$(BIN)/mypy app channels triage directory web

check-imports: install
	$(BIN)/lint-imports

## make test: install, check style, types and import arrows, run the whole suite
# The suite runs on two pytest-xdist workers (-n 2), each with its own embedded PostgreSQL in
# its own data folder (Unix socket, no TCP port; tests/postgres.py): most of a run waits on
# `hotline` processes, Chromium and the database, so two workers take about half the wall time
# of one process on a 2-core machine, and the suite was green on 3 consecutive -n 2 runs.
# PYTEST_WORKERS=0 runs it in one process (to debug a failure).
PYTEST_WORKERS ?= 2
test: lint check-imports
	$(BIN)/pytest -q -n $(PYTEST_WORKERS)

## make test-pure: only the tests that need no database (marked at collection: -m "not db")
test-pure: install
	$(BIN)/pytest -q -m "not db"

## make bench-triage: install Presidio and spaCy's French model (bench extra), compare them with our core,
## then score the core on the team's own corpus, per language, for its tuning and test parts
bench-triage: install
	$(BIN)/pip install --quiet -e '.[dev,bench]'
	$(BIN)/python bench/triage_vs_presidio.py
	$(BIN)/python bench/triage_corpus.py

clean:
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache
