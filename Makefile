# Quick start: `make run` opens the app on the default library; `make test` runs every check.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test check lint typecheck pytest schema translations clean check-citations

$(STAMP): pyproject.toml scripts/bootstrap-system.sh
	bash scripts/bootstrap-system.sh
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[gui,dev]"
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/kb gui

test: check pytest

check: lint typecheck

lint: $(STAMP)
	$(BIN)/ruff check kb_app tests benchmarks
	$(BIN)/ruff format --check kb_app tests benchmarks
	$(BIN)/lint-imports

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	$(BIN)/python -m pytest -q

# Regenerate schema/schema.sql from the migrations (a test checks it is current).
schema: $(STAMP)
	$(BIN)/python -m kb_app.core.storage.snapshot --write

# Refresh the .ts sources from tr() calls and compile the .qm files the window loads.
translations: $(STAMP)
	for l in fr en; do \
	  $(BIN)/pyside6-lupdate $$(find kb_app/gui -name '*.py') -locations none -no-obsolete \
	    -source-language fr_FR -target-language $$l -ts resources/translations/kb_app_$$l.ts; \
	  $(BIN)/pyside6-lrelease resources/translations/kb_app_$$l.ts \
	    -qm resources/translations/kb_app_$$l.qm; \
	done

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache

# Citations compared with citeproc-js, the reference CSL engine (tools/citeproc-js, npm ci).
TOOL_CSL := tools/citeproc-js
$(TOOL_CSL)/node_modules/.package-lock.json: $(TOOL_CSL)/package.json $(TOOL_CSL)/package-lock.json
	command -v npm >/dev/null || bash scripts/bootstrap-system.sh
	cd $(TOOL_CSL) && npm ci --no-audit --no-fund

check-citations: $(STAMP) $(TOOL_CSL)/node_modules/.package-lock.json
	$(BIN)/python scripts/check_citations.py

# -- frozen build (packaging/kb_app.spec): dist/kb_app/ with kb and kb-app, and its tarball --
# `make dist` builds dist/kb_app-<version>-linux-<machine>.tar.gz (install.sh inside);
# `make dist-check` builds it unless current, runs the frozen programs and prints the figures.
DIST_STAMP := $(VENV)/.dist-installed
$(DIST_STAMP): $(STAMP)
	$(BIN)/python -c "import PyInstaller" 2>/dev/null || $(BIN)/python -m pip install --quiet -e ".[gui,dist]"
	touch $(DIST_STAMP)

.PHONY: dist dist-check
dist: $(DIST_STAMP)
	$(BIN)/python scripts/build_dist.py

dist-check: $(DIST_STAMP)
	$(BIN)/python scripts/check_dist.py
