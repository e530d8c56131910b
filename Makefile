# CustomsDesk — every target sets up .venv when it is missing.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
OFFSCREEN := QT_QPA_PLATFORM=offscreen

.PHONY: run simulator test screenshots bench package clean translations

# Catalogues of what the user reads: resources/translations/*.ts are edited (Qt Linguist or by hand); the .qm
# files the app loads are built from them. `make translations` takes new and changed texts from the code.
LANGUAGES  := cs de pl
CATALOGUES := resources/translations
QM := $(foreach lang,en $(LANGUAGES),$(CATALOGUES)/customsdesk_$(lang).qm)
TRANSLATED := core ui cli

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

$(CATALOGUES)/%.qm: $(CATALOGUES)/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

translations: $(STAMP)
	for lang in $(LANGUAGES); do \
		$(VENV)/bin/pyside6-lupdate -silent -extensions py -locations none -no-obsolete -source-language en \
			-target-language $$lang $(TRANSLATED) -ts $(CATALOGUES)/customsdesk_$$lang.ts || exit 1; \
	done
	$(VENV)/bin/pyside6-lupdate -silent -extensions py -locations none -no-obsolete -pluralonly -source-language en \
		-target-language en $(TRANSLATED) -ts $(CATALOGUES)/customsdesk_en.ts

run: $(STAMP) $(QM)
	$(PY) main.py $(ARGS)

simulator: $(STAMP) $(QM)
	$(PY) main.py $(ARGS) simulator

test: $(STAMP) $(QM)  # every test on the SQLite file, then the core, window, command-line and end-to-end tests again on an office database
	$(OFFSCREEN) $(PY) -m pytest $(PYTEST_ARGS)
	$(OFFSCREEN) $(PY) -m pytest tests/unit tests/ui tests/cli tests/e2e --office-database -q $(PYTEST_ARGS)

screenshots: $(STAMP) $(QM)  # every window; SHOTS="suma messaging" renders only those (see tools/screenshots.py)
	$(OFFSCREEN) $(PY) -m tools.screenshots screenshots $(SHOTS)

bench: $(STAMP) $(QM)
	$(OFFSCREEN) $(PY) bench/startup.py
	$(PY) bench/refdata_import.py
	$(PY) bench/messaging.py
	$(PY) bench/users.py
	$(PY) bench/certificates.py
	$(OFFSCREEN) $(PY) bench/sync_stall.py
	$(OFFSCREEN) $(PY) bench/suma_message.py
	$(PY) bench/database_open.py
	$(PY) bench/office.py

package: $(STAMP) $(QM)  # builds dist/customsdesk/ (PyInstaller), then smoke-tests it offscreen (installer/build.py)
	$(PY) -m pip install --quiet -e '.[package]'
	$(PY) installer/build.py

clean:
	rm -rf $(VENV) build dist screenshots .pytest_cache $(QM)
