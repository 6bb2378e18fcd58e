# Quick start: `make run` opens the app on the default library; `make test` runs every check.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test check lint typecheck pytest schema translations clean check-citations lock cli-docs
.PHONY: install-desktop uninstall-desktop check-desktop
.PHONY: screenshots

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

# Desktop integration for the current user (packaging/linux, packaging/icons): the menu entry,
# the icon in every hicolor size, the AppStream metainfo and the RIS file type. Exec= points
# at `kb-app` on PATH, or else at this checkout's .venv/bin/kb-app.
APP_ID := io.github.kb_app.KbApp
DESKTOP_DATA ?= $(or $(XDG_DATA_HOME),$(HOME)/.local/share)
KB_APP_EXEC ?= $(or $(shell command -v kb-app 2>/dev/null),$(CURDIR)/$(BIN)/kb-app)
ICON_SIZES := 16 24 32 48 64 128 256 512

install-desktop:
	install -d $(DESKTOP_DATA)/applications $(DESKTOP_DATA)/metainfo $(DESKTOP_DATA)/mime/packages
	sed -e 's|^Exec=kb-app|Exec=$(KB_APP_EXEC)|' -e 's|^TryExec=kb-app|TryExec=$(KB_APP_EXEC)|' \
	  packaging/linux/$(APP_ID).desktop > $(DESKTOP_DATA)/applications/$(APP_ID).desktop
	install -m 644 packaging/linux/$(APP_ID).metainfo.xml $(DESKTOP_DATA)/metainfo/
	install -m 644 packaging/linux/$(APP_ID).mime.xml $(DESKTOP_DATA)/mime/packages/$(APP_ID).xml
	for n in $(ICON_SIZES); do \
	  install -D -m 644 packaging/icons/hicolor/$${n}x$${n}/apps/$(APP_ID).png \
	    $(DESKTOP_DATA)/icons/hicolor/$${n}x$${n}/apps/$(APP_ID).png; \
	done
	install -D -m 644 packaging/icons/$(APP_ID).svg $(DESKTOP_DATA)/icons/hicolor/scalable/apps/$(APP_ID).svg
	$(MAKE) --no-print-directory desktop-caches
	@echo "installed $(APP_ID) in $(DESKTOP_DATA) (Exec=$(KB_APP_EXEC))"

uninstall-desktop:
	rm -f $(DESKTOP_DATA)/applications/$(APP_ID).desktop $(DESKTOP_DATA)/metainfo/$(APP_ID).metainfo.xml \
	  $(DESKTOP_DATA)/mime/packages/$(APP_ID).xml $(DESKTOP_DATA)/icons/hicolor/scalable/apps/$(APP_ID).svg
	for n in $(ICON_SIZES); do rm -f $(DESKTOP_DATA)/icons/hicolor/$${n}x$${n}/apps/$(APP_ID).png; done
	$(MAKE) --no-print-directory desktop-caches

# The caches desktops read, refreshed when their tools are present (never an error).
.PHONY: desktop-caches
desktop-caches:
	-command -v update-desktop-database >/dev/null && update-desktop-database -q $(DESKTOP_DATA)/applications
	-command -v update-mime-database >/dev/null && update-mime-database $(DESKTOP_DATA)/mime
	-command -v gtk-update-icon-cache >/dev/null && [ -f $(DESKTOP_DATA)/icons/hicolor/index.theme ] \
	  && gtk-update-icon-cache -q -t -f $(DESKTOP_DATA)/icons/hicolor
	-command -v xdg-desktop-menu >/dev/null && xdg-desktop-menu forceupdate

# desktop-file-validate and appstreamcli (bootstrap-system.sh installs them), and the icons
# are those the SVG renders to (scripts/build_icons.py).
check-desktop: $(STAMP)
	desktop-file-validate packaging/linux/$(APP_ID).desktop
	appstreamcli validate --no-net packaging/linux/$(APP_ID).metainfo.xml
	$(BIN)/python scripts/build_icons.py --check

# -- frozen build (packaging/kb_app.spec): dist/kb_app/ with kb and kb-app, and its tarball --
# `make dist` builds dist/kb_app-<version>-linux-<machine>.tar.gz (install.sh inside);
# `make dist-check` builds it unless current, runs the frozen programs and prints the figures.
DIST_STAMP := $(VENV)/.dist-installed
$(DIST_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -c $(CONSTRAINTS) -e ".[gui,dist]"
	touch $(DIST_STAMP)

.PHONY: dist dist-check
dist: $(DIST_STAMP)
	$(BIN)/python scripts/build_dist.py

dist-check: $(DIST_STAMP)
	$(BIN)/python scripts/check_dist.py

# Screenshots of the user guide (docs/guide/*.png) from the real window; without a display,
# under its own 1400x900 Xvfb. Fails, naming them, when a feature the guide shows is missing.
SHOTS_DISPLAY ?= :95
# Every screenshot in docs/: the guide's, the atlas and glossary (fr, en), the results table.
SHOTS := $(BIN)/python scripts/guide_screenshots.py \
	&& $(BIN)/python scripts/atlas_screenshots.py && $(BIN)/python scripts/atlas_screenshots.py en \
	&& $(BIN)/python scripts/window_screenshots.py && $(BIN)/python scripts/window_screenshots.py en
screenshots: $(STAMP)
	@if [ -n "$$DISPLAY" ]; then $(SHOTS); else \
	  command -v Xvfb >/dev/null || { echo "Xvfb is needed (apt install xvfb)" >&2; exit 1; }; \
	  Xvfb $(SHOTS_DISPLAY) -screen 0 1400x900x24 -nolisten tcp & xvfb=$$!; sleep 2; \
	  export DISPLAY=$(SHOTS_DISPLAY); ($(SHOTS)); status=$$?; \
	  kill $$xvfb; exit $$status; fi
