"""Unlocking: right and wrong passphrases, the growing wait, damaged or missing key files, the remembered key."""

from __future__ import annotations

from keyring.backends.fail import Keyring as FailKeyring
from ui_helpers import PASSPHRASE, unlock

from kpfield.store.keyring_support import keyring_status
from kpfield.store.profile import key_file_path
from ui import i18n
from ui.unlock_dialog import UnlockDialog, default_delays


def _start_locked(qtbot, app) -> UnlockDialog:
    app.start()
    dialog = app.dialog
    assert isinstance(dialog, UnlockDialog)
    qtbot.waitUntil(dialog.passphrase_edit.isEnabled)  # the remembered-key attempt has finished
    return dialog


def test_right_passphrase_unlocks_and_shows_the_list(qtbot, make_profile, make_app):
    make_profile(n=3)
    app = make_app()
    unlock(qtbot, app)
    assert app.session.is_unlocked
    assert app.window.isVisible()
    assert app.window.model.rowCount() == 3


def test_wrong_passphrase_says_so_and_waits_longer_after_each_failure(qtbot, make_profile, make_app):
    make_profile()
    asked = []

    def schedule(failures: int) -> float:
        asked.append(failures)
        # Long enough that the wait is still on when the test looks, even on a loaded machine (50 ms was not:
        # the wait had sometimes ended before the first check ran).
        return 1.0 * failures

    app = make_app(delay_schedule=schedule)
    dialog = _start_locked(qtbot, app)
    for attempt in (1, 2):
        dialog.passphrase_edit.setText("not the right one at all")
        dialog.unlock_button.click()
        qtbot.waitUntil(lambda: dialog.failures == attempt)
        assert "Wrong passphrase" in dialog.error_label.text()
        assert dialog.waiting and not dialog.unlock_button.isEnabled() and not dialog.passphrase_edit.isEnabled()
        assert dialog.passphrase_edit.text() == ""  # never kept in the widget
        dialog.passphrase_edit.setText(PASSPHRASE)
        dialog.unlock_button.click()  # refused while waiting
        assert not app.session.is_unlocked and dialog.failures == attempt
        qtbot.waitUntil(lambda: not dialog.waiting)
        assert dialog.unlock_button.isEnabled()
    assert asked == [1, 2]
    dialog.passphrase_edit.setText(PASSPHRASE)
    with qtbot.waitSignal(app.session.unlocked, timeout=10_000):
        dialog.unlock_button.click()


def test_default_delay_schedule_grows_and_is_capped():
    delays = [default_delays(n) for n in range(1, 10)]
    assert delays == sorted(delays) and delays[0] >= 1 and delays[-1] == 60


def test_damaged_key_file_is_explained_in_plain_words(qtbot, make_profile, make_app, home):
    make_profile()
    path = key_file_path(home)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data[: len(data) - 7]))
    app = make_app()
    dialog = _start_locked(qtbot, app)
    dialog.passphrase_edit.setText(PASSPHRASE)
    dialog.unlock_button.click()
    qtbot.waitUntil(dialog.error_label.isVisible)
    text = dialog.error_label.text()
    assert "key file" in text and "damaged" in text and "backup" in text
    assert dialog.failures == 0 and not dialog.waiting  # not a wrong passphrase: no penalty
    assert not app.session.is_unlocked


def test_missing_key_file_is_explained_with_what_to_do(qtbot, make_profile, make_app, home):
    make_profile()
    key_file_path(home).rename(home.parent / "profile.key.elsewhere")
    app = make_app()
    app.start()  # no key file: is it a first run? No — the store is there, so the unlock dialog must explain
    dialog = app.dialog
    assert isinstance(dialog, UnlockDialog)
    qtbot.waitUntil(dialog.passphrase_edit.isEnabled)
    dialog.passphrase_edit.setText(PASSPHRASE)
    dialog.unlock_button.click()
    qtbot.waitUntil(dialog.error_label.isVisible)
    assert "missing" in dialog.error_label.text() and "backup" in dialog.error_label.text()


def test_remember_is_disabled_with_the_reason_when_no_keyring_encrypts(qtbot, make_profile, make_app):
    make_profile()
    # What the core answers on a machine with only keyring's "fail" backend (a server without a desktop).
    app = make_app(keyring_probe=lambda: keyring_status(FailKeyring()))
    dialog = _start_locked(qtbot, app)
    qtbot.waitUntil(lambda: dialog.remember_reason.text().startswith("Not available"))
    assert not dialog.remember_check.isEnabled()
    assert "No keyring service" in dialog.remember_reason.toolTip()


def test_the_keyring_reason_is_said_in_the_users_language(qtbot, make_profile, make_app):
    make_profile()
    i18n.install("fr")
    try:
        app = make_app(keyring_probe=lambda: keyring_status(FailKeyring()))
        dialog = _start_locked(qtbot, app)
        qtbot.waitUntil(lambda: dialog.remember_reason.text().startswith("Indisponible"))
        assert dialog.remember_reason.toolTip().startswith("Aucun trousseau de clés ne fonctionne")
    finally:
        i18n.install("en")


def test_remembered_key_unlocks_at_start_but_never_after_a_lock(qtbot, make_profile, make_app, keyring_ring):
    make_profile(n=2)
    app = make_app()
    dialog = _start_locked(qtbot, app)
    qtbot.waitUntil(dialog.remember_check.isEnabled)
    dialog.remember_check.setChecked(True)
    dialog.passphrase_edit.setText(PASSPHRASE)
    with qtbot.waitSignal(app.session.changed, timeout=10_000):  # remember() ran on the store thread
        dialog.unlock_button.click()
    assert keyring_ring.items
    app.lock()
    assert isinstance(app.dialog, UnlockDialog) and not app.session.is_unlocked  # locking means locked
    app.shutdown()

    again = make_app()
    with qtbot.waitSignal(again.session.unlocked, timeout=10_000):
        again.start()  # no passphrase typed
    qtbot.waitUntil(lambda: again.window.model.rowCount() == 2)


def test_the_wrong_passphrase_message_is_whole_at_once(qtbot, make_profile, make_app, language):
    """In the longest language, the error and the wait line show whole the moment they appear, during the delay."""
    from layout_check import clipped

    language("fr")
    make_profile()
    app = make_app(delay_schedule=lambda failures: 30.0)
    app.start()
    dialog = app.dialog
    qtbot.waitUntil(lambda: dialog.passphrase_edit.isEnabled())
    dialog.passphrase_edit.setText("not the passphrase at all")
    dialog.unlock_button.click()
    qtbot.waitUntil(lambda: dialog.error_label.isVisible() and dialog.wait_label.isVisible(), timeout=10_000)
    assert dialog.waiting
    assert clipped(dialog) == []
