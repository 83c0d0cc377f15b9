# A thin index of commands; settings live in pyproject.toml. Each target sets up what it needs.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
VENV_STAMP := $(VENV)/.installed
NODE_STAMP := node_modules/.installed
# The generator's bytecode, compiled ahead as pip does for installed packages: where
# PYTHONDONTWRITEBYTECODE is set, every regen would otherwise compile the generator again.
BYTECODE_STAMP := $(VENV)/.compiled
GENERATOR_SOURCES := $(shell find generator -name "*.py")

.DEFAULT_GOAL := help
.PHONY: help regen check test test-fast lint bench lock clean

help: ## list the commands
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(VENV_STAMP): requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements.lock
	touch $@

$(BYTECODE_STAMP): $(VENV_STAMP) $(GENERATOR_SOURCES)
	$(PY) -m compileall -q generator
	touch $@

$(NODE_STAMP): package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

regen: $(BYTECODE_STAMP) ## generate generated/ from spec/ and templates/
	$(PY) -m generator regen

check: $(BYTECODE_STAMP) ## exit 1 with a diff if generated/ is out of date
	$(PY) -m generator check

test: $(BYTECODE_STAMP) $(NODE_STAMP) ## run every test (starts Prism itself)
	$(PY) -m pytest

test-fast: $(BYTECODE_STAMP) $(NODE_STAMP) ## every test not marked slow, for the edit-test loop (under a minute)
	$(PY) -m pytest -m "not slow"

lint: $(VENV_STAMP) ## ruff and mypy --strict on the generator, the runtime, the tests and the bench
	$(VENV)/bin/ruff check generator tests templates/runtime bench
	$(VENV)/bin/ruff format --check generator tests templates/runtime bench
	$(VENV)/bin/mypy --strict generator templates/runtime tests bench
	$(PY) -m generator lint

bench: $(BYTECODE_STAMP) ## measure regen and client speed; writes bench/RESULTS.md
	@[ $(VENV)/.bench-installed -nt bench/requirements.lock ] || { $(PY) -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r bench/requirements.lock && touch $(VENV)/.bench-installed; }
	$(PY) -m bench

lock: ## re-pin requirements.lock from requirements.in
	$(PY) -m pip install --quiet pip-tools
	$(VENV)/bin/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras --no-header -o requirements.lock requirements.in

clean: ## remove the virtual environment and node_modules
	rm -rf $(VENV) node_modules
