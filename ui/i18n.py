"""Which language the GUI speaks: the user's choice or the system's, loaded from shipped .qm files at start."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from ui.resources import translations_dir

#: Languages KP Field ships, by code, with their name written in that language (shown as-is in every UI language).
LANGUAGES = {"en": "English", "fr": "Français", "pt": "Português"}
APP_CATALOG = "kpfield"
LANGUAGE_KEY = "ui/language"  # mirrored from the store's "language" so the unlock dialog already speaks it

_installed: list[QTranslator] = []
_current = "en"


def system_language() -> str:
    """The system's language if KP Field ships it, else English."""
    code = QLocale.system().name().split("_")[0]
    return code if code in LANGUAGES else "en"


def resolve(choice: str | None) -> str:
    """``choice`` ("fr", "pt", "en") if shipped, else the system language ("" means follow the system)."""
    if choice:
        code = choice.split("_")[0]
        if code in LANGUAGES:
            return code
    return system_language()


def current_language() -> str:
    """The language the GUI speaks now (also used for taxonomy labels)."""
    return _current


def install(choice: str | None = None) -> str:
    """Load KP Field's and Qt's own translations for ``choice`` (or the system language); return the code used.

    Replaces what an earlier call installed. English is the source language: its catalogue holds only its plural
    forms ("1 report", "2 reports"), and Qt's own texts are English already.
    """
    global _current
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = resolve(choice)
    _current = language
    if language != "en":
        qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        # Standard buttons (OK, Cancel) and dialogs. Qt ships some languages only per country (qtbase_pt_BR):
        # a regional catalogue is better than English buttons in a Portuguese window.
        candidates = [qt_dir / f"qtbase_{language}.qm", *sorted(qt_dir.glob(f"qtbase_{language}_*.qm"))]
        for candidate in candidates:
            qt = QTranslator()
            if candidate.exists() and qt.load(str(candidate)):
                app.installTranslator(qt)
                _installed.append(qt)
                break
    # Installed last, so searched first: KP Field's texts, and the Qt texts Qt's catalogue lacks (ui/qt_texts.py).
    ours = QTranslator()
    if ours.load(f"{APP_CATALOG}_{language}", str(translations_dir())):
        app.installTranslator(ours)
        _installed.append(ours)
    return language


def uninstall() -> None:
    """Remove every catalogue :func:`install` loaded: the GUI shows its source texts (tests start from there)."""
    global _current
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current = "en"


def saved_choice(settings: QSettings) -> str:
    """The language last chosen in the settings dialog ("" = follow the system)."""
    value = settings.value(LANGUAGE_KEY, "")
    return value if isinstance(value, str) else ""


def remember_choice(settings: QSettings, choice: str) -> None:
    """Mirror the choice outside the encrypted store: the unlock dialog must speak it before any unlock."""
    settings.setValue(LANGUAGE_KEY, choice or "")
