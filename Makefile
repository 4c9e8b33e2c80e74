# Coach: `make run` starts the app, `make test` runs every check. Both create .venv on first use and
# reinstall only when pyproject.toml changes. `make bundle` builds the installable app (coach.spec).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
RUN_STAMP := $(VENV)/.installed-run
TEST_STAMP := $(VENV)/.installed-test

.PHONY: run test lint bench bundle clean

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
