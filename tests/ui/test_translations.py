"""French and Portuguese: every message translated, placeholders kept, catalogues loaded by the real widgets."""

from __future__ import annotations

import pytest

from kpfield import taxonomy
from ui import i18n
from ui.i18n_build import TARGETS, placeholders, problems, translations, ts_path


@pytest.fixture
def language():
    """Install a language for one test, and the source texts again afterwards (no catalogue, as other tests)."""
    yield i18n.install
    i18n.uninstall()


@pytest.mark.parametrize("lang", TARGETS)
def test_every_message_is_translated_and_keeps_its_placeholders(lang):
    found = list(translations(lang))
    assert len(found) > 150  # the whole monitor UI, not a sample
    untranslated = [(ctx, src) for ctx, src, forms, finished in found
                    if not finished or not all(form.strip() for form in forms)]
    assert untranslated == []
    wrong = [(src, form) for _, src, forms, _ in found for form in forms if placeholders(src) != placeholders(form)]
    assert wrong == []
    assert problems(lang) == []  # what `python -m ui.i18n_build --check` reports


def test_placeholder_check_catches_a_dropped_or_renamed_placeholder():
    assert placeholders("Continue editing “{title}”?") != placeholders("Continuer « {titre} » ?")
    assert placeholders("%1 of %2") != placeholders("%1 de")
    assert placeholders("{start} to {end}") == placeholders("du {start} au {end}")


@pytest.mark.parametrize("lang", TARGETS)
def test_compiled_catalogue_matches_its_source(qtbot, lang):
    """The shipped .qm was built from the current .ts (`make translations` was run after the last edit)."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(ts_path(lang).with_suffix(".qm")))
    stale = [(ctx, src) for ctx, src, forms, _ in translations(lang)
             if translator.translate(ctx, src, None, 1 if "%n" in src else -1) != forms[0]]
    assert stale == []


def test_french_unlock_dialog_and_taxonomy_labels(qtbot, make_profile, make_app, language):
    assert language("fr") == "fr"
    make_profile()
    app = make_app()
    app.start()
    dialog = app.dialog
    assert dialog.windowTitle() == "Déverrouiller KP Field"
    assert dialog.unlock_button.text() == "&Déverrouiller"
    labels = [app.window.filter_widget.type_combo.itemText(i)
              for i in range(app.window.filter_widget.type_combo.count())]
    assert "Tous les types" in labels
    assert taxonomy.get("beating_torture").label("fr") in labels  # taxonomy labels from taxonomy.json


def test_portuguese_error_messages(qtbot, language):
    from kpfield.errors import WrongPassphrase
    from ui.errors import describe

    from PySide6.QtCore import QCoreApplication

    language("pt")
    assert describe(WrongPassphrase("x")).startswith("Frase-passe errada.")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"  # Qt's own buttons (pt_BR)


def test_server_quota_refusal_is_worded_and_translated(qtbot, language):
    from kpfield.errors import ServerQuotaExceeded
    from ui.errors import describe as describe_sync_error

    exc = ServerQuotaExceeded("x", status=409, error="quota_exceeded")
    language("fr")
    assert describe_sync_error(exc).startswith("Le serveur conserve encore des envois inachevés")
    language("pt")
    assert describe_sync_error(exc).startswith("O servidor ainda guarda envios inacabados")


def test_system_language_is_followed_when_nothing_was_chosen(monkeypatch):
    from PySide6.QtCore import QLocale

    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("pt_BR")))
    assert i18n.resolve("") == "pt"
    assert i18n.resolve("fr") == "fr"  # the user's choice wins
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("sw_KE")))
    assert i18n.resolve("") == "en"  # not shipped: English
