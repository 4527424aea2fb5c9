# Two commands do all set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test test-pure fuzz install lint check-imports migrate demo clean bench-triage screenshots \
	messages-extract messages-update messages-compile

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# The packages are installed by uv (from PyPI, like pip: the same versions), which fetches and
# unpacks them in parallel: a fresh install took 58 s with pip and 30 s with uv on this 2-core
# machine. If uv cannot be had or cannot reach PyPI, pip does the same install. Neither
# compiles the 6,455 installed modules one after another; compileall writes the same .pyc
# files on every core.
$(STAMP): $(BIN)/python pyproject.toml setup.py
	if $(BIN)/pip install --quiet uv && $(BIN)/uv pip install --quiet --python $(BIN)/python -e '.[dev]'; then \
		:; \
	else \
		$(BIN)/pip install --quiet --upgrade pip && $(BIN)/pip install --quiet --no-compile -e '.[dev]'; \
	fi
	$(BIN)/python -m compileall -q -j0 $(VENV)/lib
	$(COMPILE_MESSAGES)
	touch $(STAMP)

## make install: the virtualenv, the package (editable) and its compiled message catalogues
install: $(STAMP) $(MO_FILES)

# Message catalogues (see web/README.md): `messages` for the pages, `caller` for the automatic
# messages. Extract ids from the sources into the .pot templates, merge them into each
# language's .po, compile the .po into the .mo files the app reads (not kept in git).
PYBABEL := $(BIN)/pybabel
PO_FILES := $(wildcard web/locale/*/LC_MESSAGES/messages.po app/locale/*/LC_MESSAGES/caller.po)
MO_FILES := $(PO_FILES:.po=.mo)
WEB_SOURCES = $(sort $(shell find web -name '*.py' -o -name '*.html'))
CALLER_SOURCES := app/conversations/automatic_messages.py app/calls/prompts.py \
	app/referrals/consent_texts.py app/referrals/notice_texts.py
EXTRACT = $(PYBABEL) --quiet extract -F babel.cfg -k pgettext_noop:1c,2 -c Translators: \
	--sort-by-file --add-location=file --project=hotline --version=0.1.0
define COMPILE_MESSAGES
$(PYBABEL) compile --domain=messages --directory=web/locale
$(PYBABEL) compile --domain=caller --directory=app/locale
endef

%.mo: %.po | $(STAMP)
	$(PYBABEL) compile --input-file=$< --output-file=$@

messages-extract: $(STAMP)
	$(EXTRACT) -o web/locale/messages.pot $(WEB_SOURCES)
	$(EXTRACT) -o app/locale/caller.pot $(CALLER_SOURCES)

messages-update: messages-extract
	$(PYBABEL) update --domain=messages --input-file=web/locale/messages.pot --output-dir=web/locale \
		--ignore-obsolete --no-fuzzy-matching
	$(PYBABEL) update --domain=caller --input-file=app/locale/caller.pot --output-dir=app/locale \
		--ignore-obsolete --no-fuzzy-matching

messages-compile: $(STAMP)
	$(COMPILE_MESSAGES)

migrate: install
	$(BIN)/hotline migrate

demo: migrate
	$(BIN)/hotline demo --console-url http://$(HOST):$(PORT)/console

## make run: check the port is free, install, migrate, load the demo, print the demo logins (new passwords
## each time: the port check has made sure no running server printed the old ones), serve on :8000
## (another port: make run PORT=8001; the links the server writes, partner invitations among them,
## name that address too unless HOTLINE_PUBLIC_URL is set)
# `hotline serve` sets uvicorn's slow-client options itself, for this target, the Dockerfile and the
# Kubernetes manifests alike (app/security/slow_clients.py): a request head must arrive whole within
# 20 s, idle keep-alive 5 s, at most 900 connections a process (503 beyond), h11 head 16 KB, no
# `server` header. Body and header timeouts in front of it are the reverse proxy's (deploy/nginx.conf).
run: install
	@$(BIN)/hotline serve --check-port --host $(HOST) --port $(PORT)
	$(BIN)/hotline migrate
	$(BIN)/hotline demo --new-passwords --console-url http://$(HOST):$(PORT)/console
	HOTLINE_PUBLIC_URL="$${HOTLINE_PUBLIC_URL:-http://$(HOST):$(PORT)}" $(BIN)/hotline serve --host $(HOST) --port $(PORT)

lint: install
	$(BIN)/ruff check app channels triage directory web tests bench docs alembic setup.py
	$(BIN)/ruff format --check .
	$(BIN)/mypy app channels triage directory web

check-imports: install
	$(BIN)/lint-imports

## make test: install, check style, types and import arrows, run the whole suite
# The suite runs on two pytest-xdist workers (-n 2), each with its own embedded PostgreSQL in
# its own data folder (Unix socket, no TCP port; tests/postgres.py): most of a run waits on
# `hotline` processes, Chromium and the database. A third worker was tried: alone on a quiet
# machine it took the suite from 4 min 36 s to 4 min 11 s, but in the fresh-clone run of
# `.ci/run` (lint, types and import arrows beside it, each worker collecting all tests) it was
# slower, 6 min 14 s against 5 min 53 s for two (one run each, back to back).
# With passwords hashed at argon2's test cost (HOTLINE_ENV=test), on a quiet machine: two workers
# 4 min 36 s, three 4 min 40 s (the suite is CPU-bound); fresh-clone `.ci/run` 4 min 58 s in all.
# PYTEST_WORKERS=0 runs it in one process (to debug a failure).
PYTEST_WORKERS ?= 2
# Lint, types and import arrows run beside the suite (mypy alone is about 20 s of CPU on a fresh
# clone with no cache, while the suite's workers mostly wait on processes and the database);
# their output is printed after the suite's, and either failing fails `make test`.
# The suite writes bytecode even where PYTHONDONTWRITEBYTECODE is set (this CI machine sets it): the
# workers, zygotes and scripts then read the app's modules the controller compiled, and a later run
# reads pytest's rewritten test modules instead of rewriting all 258 in each worker. pytest
# --collect-only, one process, caches written by an earlier run: 16.1 -> 10.2-11.2 s user CPU.
test: install
	@$(MAKE) --no-print-directory lint check-imports > $(VENV)/lint.log 2>&1 & checks=$$!; \
	PYTHONDONTWRITEBYTECODE= $(BIN)/pytest -q -n $(PYTEST_WORKERS); suite=$$?; \
	wait $$checks; checked=$$?; cat $(VENV)/lint.log; \
	if [ $$checked -ne 0 ]; then echo "make test: lint, types or import arrows failed (above)"; fi; \
	[ $$suite -eq 0 ] && [ $$checked -eq 0 ]

## make fuzz: the OpenAPI fuzzing test with 200 examples per operation (make test runs 10)
fuzz: install
	HOTLINE_FUZZ_EXAMPLES=200 $(BIN)/pytest -q -n $(PYTEST_WORKERS) tests/test_openapi_fuzz.py

## make test-pure: only the tests that need no database (marked at collection: -m "not db")
test-pure: install
	$(BIN)/pytest -q -m "not db"

## make bench-triage: install Presidio and spaCy's French model (bench extra), compare them with our core,
## then score the core on the team's own corpus, per language: the tuning set (tune + test, both tuned on
## since issue 11's second round) and the self-check set written before that round's changes
bench-triage: install
	$(BIN)/pip install --quiet -e '.[dev,bench]'
	$(BIN)/python bench/triage_vs_presidio.py
	$(BIN)/python bench/triage_memory.py
	$(BIN)/python bench/triage_corpus.py --part tuning
	$(BIN)/python bench/triage_corpus.py --part selfcheck
	$(BIN)/python bench/triage_corpus.py --part selfcheck3 --file tests/triage/data/corpus/holdout.jsonl

clean:
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache

## make screenshots: retake the README's pictures of the console, the supervisor room and the
## statistics (the browser tests draw them; other runs keep them in the tests' own folders)
screenshots: install
	HOTLINE_SCREENSHOTS=1 $(BIN)/pytest -q -p no:cacheprovider -p no:randomly \
		tests/e2e/test_night_shift.py
