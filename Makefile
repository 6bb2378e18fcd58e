# Quick start: `make run` opens the app on the default library; `make test` runs every check.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test check lint typecheck pytest schema translations clean check-citations lock cli-docs

# The versions installed are the ones requirements/constraints.txt pins (`make lock`).
CONSTRAINTS := requirements/constraints.txt

$(STAMP): pyproject.toml $(CONSTRAINTS) scripts/bootstrap-system.sh
	bash scripts/bootstrap-system.sh
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -c $(CONSTRAINTS) --upgrade pip
	$(BIN)/python -m pip install --quiet -c $(CONSTRAINTS) -e ".[gui,dev]"
	touch $(STAMP)

# Regenerate the pins from pyproject.toml (every extra: gui, dev, dist), newest versions allowed.
lock: $(STAMP)
	CUSTOM_COMPILE_COMMAND="make lock" $(BIN)/pip-compile --quiet --upgrade --allow-unsafe \
	  --extra gui --extra dev --extra dist --strip-extras --no-emit-index-url \
	  --no-emit-find-links --output-file $(CONSTRAINTS) pyproject.toml

# The man page (kb.1, fr/kb.1) and the bash/zsh completions (kb.bash, _kb), from kb's parser.
cli-docs: $(STAMP)
	$(BIN)/python scripts/build_cli_docs.py build/cli-docs

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
