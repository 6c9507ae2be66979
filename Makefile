# Two entry points that work on a fresh clone (Debian, Python 3.11+):
#   make run   -- create .venv, install KP Field into it, start the app
#   make test  -- create .venv, install KP Field with test extras, run the whole suite headless
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test venv clean translations system-deps

# Tools the tests use to look at what KP Field produces (PDF pages rendered and read back; the dossier's font)
# and openssl for the TLS tests. Installed with apt-get when missing and allowed (root); otherwise named.
SYSTEM_DEPS := poppler-utils fonts-dejavu-core openssl

system-deps:
	@missing=""; for p in $(SYSTEM_DEPS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		if command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
		else echo "Please install:$$missing (Debian/Ubuntu: sudo apt-get install$$missing)"; exit 1; fi; \
	fi

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

venv: $(STAMP)

run: $(STAMP)
	$(BIN)/python main.py

test: $(STAMP) system-deps
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n 2 -q

translations: $(STAMP)
	$(BIN)/python -m ui.i18n_build

clean:
	rm -rf $(VENV) build *.egg-info
