# Two commands do all the set-up: `make run` starts woest, `make test` runs every check.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
# Tests must not depend on the user's colour or theme settings.
TEST_ENV := env -u NO_COLOR -u TEXTUAL_THEME -u FORCE_COLOR -u WOEST_LANG COLUMNS=100

.PHONY: run test check lint bench lock clean screenshots catalogues

$(STAMP): pyproject.toml constraints.txt
	@$(PYTHON) -c 'import sys; sys.exit("woest needs Python 3.11 or newer" if sys.version_info < (3, 11) else 0)'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt pip hatchling editables
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-build-isolation -c constraints.txt -e '.[dev]'
	@touch $(STAMP)

run: $(STAMP)
	$(BIN)/woest $(ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports --no-cache

# The full gate: every test, the TUI, the real program in a terminal and the browser.
test: lint
	$(TEST_ENV) $(BIN)/pytest -n 2 -p no:cacheprovider

# The fast lane while working: lint and every test not marked slow (under a minute).
check: lint
	$(TEST_ENV) $(BIN)/pytest -n 2 -p no:cacheprovider -m "not slow"

# After editing a .po file: compile the catalogues woest reads (commit the .mo with the .po;
# a test fails while a committed .mo is stale).
catalogues: $(STAMP)
	$(BIN)/pybabel compile --statistics -d woest_tui/i18n/locale -D "woest argparse"

bench: $(STAMP)
	$(BIN)/python -m bench

lock:
	rm -rf .lock-venv
	$(PYTHON) -m venv .lock-venv
	.lock-venv/bin/python -m pip install --quiet --upgrade pip hatchling
	.lock-venv/bin/python -m pip install --quiet '.[dev]'
	{ sed -n '1,2p' constraints.txt; .lock-venv/bin/pip freeze --all | grep -v '^woest\|^setuptools\|^wheel'; } > constraints.new
	mv constraints.new constraints.txt
	rm -rf .lock-venv

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache

screenshots: $(STAMP)
	$(BIN)/python docs/screenshots.py
	$(BIN)/python -m docs.live_screenshots
