# The two commands: `make run` and `make test`. Everything else is for developers.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
# What the program needs (make run), then the test and developer tools on top of it (make test, lint...).
RUN_STAMP := $(VENV)/.installed-run
STAMP := $(VENV)/.installed

.PHONY: run test lint bench installer installer-windows installer-check translations clean

$(RUN_STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e .
	touch $(RUN_STAMP)

$(STAMP): $(RUN_STAMP)
	$(PY) -m pip install --quiet -e '.[test,dev]'
	touch $(STAMP)

run: $(RUN_STAMP)
	$(VENV)/bin/ssclient

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

lint: $(STAMP)
	$(VENV)/bin/ruff check ssclient tests bench
	$(VENV)/bin/ruff format --check ssclient tests bench
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports
	$(PY) -m tools.check_sizes

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m bench $(ARGS)

# Bring every catalogue under resources/translations up to date with the code and compile each .ts to .qm.
translations: $(STAMP)
	$(PY) -m tools.update_translations

# The PyInstaller bundle (dist/ssclient/) and the Debian package (dist/ssclient_<version>_<arch>.deb);
# packaging/README.md has the details and the Windows steps.
$(VENV)/.installed-build: $(STAMP)
	$(PY) -m pip install --quiet -e '.[test,dev,build]'
	touch $@

installer: $(VENV)/.installed-build
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller \
		build_installer.spec
	PY=$(PY) packaging/build_deb.sh

# The Windows installer, built here under Wine: dist/windows/ssclient/ (PyInstaller run by Windows CPython)
# and dist/ssclient-<version>-setup.exe (NSIS). Downloads pinned in packaging/windows/pins.txt.
installer-windows: $(STAMP)
	$(PY) packaging/windows/build_windows.py

# Builds both, runs the self-test from the bundle and from the unpacked .deb, checks sizes and Depends;
# then installs the Windows installer under Wine, self-tests, upgrades and uninstalls it (with its times).
installer-check: installer installer-windows
	$(PY) packaging/installer_check.py
	$(PY) packaging/windows/check_windows.py

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache test-artifacts
