"""First run: the welcome explains the passphrase, weak or mismatched ones are refused, creation unlocks."""

from __future__ import annotations

from ui_helpers import PASSPHRASE

from kpfield.store import profile_exists
from ui import i18n
from ui.first_run_dialog import FirstRunDialog


def test_welcome_says_what_the_passphrase_protects_and_that_it_cannot_be_recovered(qtbot, make_app):
    app = make_app()
    app.start()
    dialog = app.dialog
    assert isinstance(dialog, FirstRunDialog)
    text = " ".join(label.text() for label in dialog.findChildren(type(dialog.error_label)))
    assert "encrypted" in text and "cannot be recovered" in text


def test_trivial_and_mismatched_passphrases_are_refused(qtbot, make_app):
    app = make_app()
    app.start()
    dialog = app.dialog
    dialog.passphrase_edit.setText("password1")
    dialog.confirm_edit.setText("password1")
    assert not dialog.create_button.isEnabled()
    assert "at least" in dialog.strength_label.text()
    dialog.passphrase_edit.setText("password1234")  # long enough, trivially guessable
    dialog.confirm_edit.setText("password1234")
    assert not dialog.create_button.isEnabled()
    assert "guess" in dialog.strength_label.text()
    assert "very common password" in dialog.strength_label.text()  # zxcvbn's own advice, in the user's language
    dialog.passphrase_edit.setText(PASSPHRASE)
    dialog.confirm_edit.setText(PASSPHRASE + "x")
    assert not dialog.create_button.isEnabled()
    assert "different" in dialog.match_label.text()
    assert dialog.strength_bar.value() >= 3


def test_the_advice_on_a_weak_passphrase_is_in_the_users_language(qtbot, make_app):
    i18n.install("pt")
    try:
        app = make_app()
        app.start()
        dialog = app.dialog
        dialog.passphrase_edit.setText("abcdefghijkl")
        text = dialog.strength_label.text()
        assert text.startswith("Demasiado fácil de adivinhar.") and "Sequências como «abc»" in text
    finally:
        i18n.install("en")


def test_creating_the_profile_shows_progress_and_opens_the_empty_list(qtbot, make_app, home):
    app = make_app()
    app.start()
    dialog = app.dialog
    dialog.passphrase_edit.setText(PASSPHRASE)
    dialog.confirm_edit.setText(PASSPHRASE)
    assert dialog.create_button.isEnabled()
    with qtbot.waitSignal(app.window.model.loaded, timeout=10_000) as loaded:
        dialog.create_button.click()
        assert dialog.progress.isVisible()  # shown at once: creation takes seconds with real parameters
        assert not dialog.passphrase_edit.isEnabled()
    assert loaded.args == [0]
    assert profile_exists(home)
    assert app.session.is_unlocked
    assert app.window.isVisible()
    assert app.dialog is None  # the dialog (and the passphrase it held) is gone
    assert "Ctrl+N" in app.window.detail.placeholder.text()  # the empty list says what to do
