# Coach: `make run` starts the app, `make test` runs every check. Both create .venv on first use and
# reinstall only when pyproject.toml changes. `make bundle` builds the installable app (coach.spec).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
RUN_STAMP := $(VENV)/.installed-run
TEST_STAMP := $(VENV)/.installed-test

.PHONY: run test lint bench bundle translations screenshots clean

run: $(RUN_STAMP)
	$(BIN)/coach

test: $(TEST_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports
	$(BIN)/pytest

bench: $(TEST_STAMP)
	@status=0; for script in tests/bench/*.py; do \
		echo "== $$script"; $(BIN)/python $$script || status=1; \
	done; exit $$status

# The one-folder app in dist/coach (and dist/Coach.app on macOS); on Linux also the download
# dist/coach-<version>-linux-<arch>.tar.gz with the desktop files and install.sh.
# `COACH_PLAN=path/to/plan.coachplan make bundle` bakes in a clinician plan, checked first with
# `coach plan validate`; the first start of such a bundle adopts it.
bundle: $(TEST_STAMP)
	$(BIN)/pyinstaller --noconfirm --distpath dist --workpath build/pyinstaller coach.spec

# Translations (README, "Translating Coach"): mark the texts lupdate cannot find in the code (the
# exercises, the routines and the core's messages) in generated modules in build/i18n
# (tools/extract_data_strings.py, which also checks the translation calls), update the sources in
# resources/i18n from coach/ and those modules keeping every translation made (coach_de.ts;
# coach_en.ts holds the English plural forms only), then compile the .qm files Coach loads.
I18N := resources/i18n
MARKED := build/i18n
LUPDATE := $(BIN)/pyside6-lupdate -extensions py -locations relative -no-obsolete -source-language en

# The README's screenshot matrix (docs/screenshots/matrix): every page, the player and a notice
# in each theme, language and text size, rendered offscreen from made-up use.
screenshots: $(RUN_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots.py docs/screenshots/matrix --readme

translations: $(RUN_STAMP)
	$(BIN)/python tools/extract_data_strings.py
	$(LUPDATE) -target-language de_DE coach $(MARKED) -ts $(I18N)/coach_de.ts
	$(LUPDATE) -target-language en -pluralonly coach $(MARKED) -ts $(I18N)/coach_en.ts
	$(BIN)/pyside6-lrelease $(I18N)/coach_de.ts $(I18N)/coach_en.ts

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null || { \
		echo "Coach needs Python 3.11 or newer as '$(PYTHON)' (set PYTHON=... to choose another)."; exit 1; }
	@$(PYTHON) -m venv $(VENV) || { rm -rf $(VENV); \
		echo "Could not create a virtual environment: install python3-venv (sudo apt install python3-venv)."; exit 1; }
	$(BIN)/python -m pip install --quiet --upgrade pip

$(RUN_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(TEST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(RUN_STAMP)

clean:
	rm -rf $(VENV) build dist .mypy_cache .pytest_cache .ruff_cache .import_linter_cache
