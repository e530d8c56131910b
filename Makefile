# CustomsDesk — every target sets up .venv when it is missing.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
OFFSCREEN := QT_QPA_PLATFORM=offscreen

.PHONY: run simulator test screenshots bench package clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(PY) main.py $(ARGS)

simulator: $(STAMP)
	$(PY) main.py $(ARGS) simulator

test: $(STAMP)
	$(OFFSCREEN) $(PY) -m pytest $(PYTEST_ARGS)

screenshots: $(STAMP)  # every window; SHOTS="suma messaging" renders only those (see tools/screenshots.py)
	$(OFFSCREEN) $(PY) -m tools.screenshots screenshots $(SHOTS)

bench: $(STAMP)
	$(OFFSCREEN) $(PY) bench/startup.py
	$(PY) bench/refdata_import.py
	$(PY) bench/messaging.py
	$(PY) bench/users.py
	$(PY) bench/certificates.py
	$(OFFSCREEN) $(PY) bench/sync_stall.py
	$(OFFSCREEN) $(PY) bench/suma_message.py
	$(PY) bench/database_open.py

package: $(STAMP)  # builds dist/customsdesk/ (PyInstaller), then smoke-tests it offscreen (installer/build.py)
	$(PY) -m pip install --quiet -e '.[package]'
	$(PY) installer/build.py

clean:
	rm -rf $(VENV) build dist screenshots .pytest_cache
