# Two entry points that work on a fresh clone (Debian, Python 3.11+):
#   make run   -- create .venv, install KP Field into it, start the app
#   make test  -- create .venv, install KP Field with test extras, run the whole suite headless
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test venv clean translations

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

venv: $(STAMP)

run: $(STAMP)
	$(BIN)/python main.py

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n 2 -q

translations: $(STAMP)
	$(BIN)/python -m ui.i18n_build

clean:
	rm -rf $(VENV) build *.egg-info
