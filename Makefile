# Two entry points that work on a fresh clone (Debian, Python 3.11+):
#   make run   -- create .venv, install KP Field into it, start the app
#   make test  -- create .venv, install KP Field with test extras, run the whole suite headless
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test venv clean translations system-deps run-deps bundle check-bundle

# Debian packages are installed with apt-get when missing and allowed (root); otherwise named.
# Tools the tests use to look at what KP Field produces (PDF pages rendered and read back; the dossier's font)
# and openssl for the TLS tests.
SYSTEM_DEPS := poppler-utils fonts-dejavu-core openssl
# What Qt (the PySide6 wheels) loads from the system even offscreen: OpenGL/EGL, fonts, GLib, D-Bus, keyboard maps,
# Kerberos for QtNetwork. Found with readelf/ldd on the wheels' Qt libraries and plugins (README, "System libraries").
QT_DEPS := libegl1 libgl1 libfontconfig1 libfreetype6 fonts-dejavu-core libglib2.0-0 libdbus-1-3 libxkbcommon0 \
	libgssapi-krb5-2
# What Qt's xcb platform plugin (an X11 desktop) needs besides; without libxcb-cursor0, libxcb-icccm4 and
# libxcb-keysyms1 the app aborts before any window ("could not load the Qt platform plugin xcb").
XCB_DEPS := libx11-6 libx11-xcb1 libxext6 libxrandr2 libxkbcommon-x11-0 libxcb1 libxcb-cursor0 libxcb-glx0 \
	libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render0 libxcb-render-util0 libxcb-shape0 \
	libxcb-shm0 libxcb-sync1 libxcb-util1 libxcb-xfixes0 libxcb-xkb1
# Python's own venv module is a separate package on Debian.
VENV_DEPS := $(shell $(PYTHON) -c "import ensurepip" >/dev/null 2>&1 || echo python3-venv)

define need_debian_packages
	@missing=""; for p in $(1); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		if command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
		else echo "Please install:$$missing (Debian/Ubuntu: sudo apt-get install$$missing)"; exit 1; fi; \
	fi
endef

system-deps:
	$(call need_debian_packages,$(SYSTEM_DEPS) $(QT_DEPS) $(VENV_DEPS))

run-deps:
	$(call need_debian_packages,$(QT_DEPS) $(XCB_DEPS) $(VENV_DEPS))

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

venv: $(STAMP)

# Desktop bundle (Linux here; Windows and macOS in .github/workflows/bundles.yml): dist/kpfield/ with the kpfield
# and kpfield-gui executables, and dist/kpfield-VERSION-linux-ARCH.tar.gz. Qt's multimedia plugin links PulseAudio.
VERSION := $(shell sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml)
BUNDLE_STAMP := $(VENV)/.bundle-tools
BUNDLE_DEPS := libpulse0

$(BUNDLE_STAMP): $(STAMP)
	$(BIN)/pip install --quiet -e '.[test,bundle]'
	touch $(BUNDLE_STAMP)

bundle: run-deps $(BUNDLE_STAMP)
	$(call need_debian_packages,$(BUNDLE_DEPS))
	rm -rf dist/kpfield build/pyinstaller
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/kpfield.spec
	cp packaging/linux/kpfield.desktop packaging/linux/install-desktop-entry.sh dist/kpfield/
	cp resources/icons/app.svg dist/kpfield/kpfield.svg
	tar -C dist -czf dist/kpfield-$(VERSION)-linux-$$(uname -m).tar.gz kpfield
	@du -sh dist/kpfield dist/kpfield-$(VERSION)-linux-*.tar.gz

# Runs the bundle in an empty environment (packaging/check_bundle.sh): CLI, server, sync, GUI.
check-bundle:
	PYTHON=$(BIN)/python packaging/check_bundle.sh dist/kpfield

run: run-deps $(STAMP)
	$(BIN)/python main.py

test: system-deps $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n 2 -q

translations: $(STAMP)
	$(BIN)/python -m ui.i18n_build

clean:
	rm -rf $(VENV) build dist *.egg-info
