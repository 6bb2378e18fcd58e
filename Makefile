# Quick start: `make run` opens the app on the default library; `make test` runs every check.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test check lint typecheck pytest schema translations clean check-citations screenshots

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

# Screenshots of the user guide (docs/guide/*.png) from the real window; without a display,
# under its own 1400x900 Xvfb. Fails, naming them, when a feature the guide shows is missing.
SHOTS_DISPLAY ?= :95
screenshots: $(STAMP)
	@if [ -n "$$DISPLAY" ]; then $(BIN)/python scripts/guide_screenshots.py; else \
	  command -v Xvfb >/dev/null || { echo "Xvfb is needed (apt install xvfb)" >&2; exit 1; }; \
	  Xvfb $(SHOTS_DISPLAY) -screen 0 1400x900x24 -nolisten tcp & xvfb=$$!; sleep 2; \
	  DISPLAY=$(SHOTS_DISPLAY) $(BIN)/python scripts/guide_screenshots.py; status=$$?; \
	  kill $$xvfb; exit $$status; fi
