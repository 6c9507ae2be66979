"""Tools → Safety… and Recover access…: duress passphrase and decoy, wipe after N failures, key backup file,
recovery shares, and recovery from either at the unlock dialog — on real profiles, through the real widgets."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from ui_helpers import PASSPHRASE, sample_report, unlock  # noqa: E402

from kpfield.errors import ProfileNotFound, WrongPassphrase  # noqa: E402
from kpfield.safety.backup import BACKUP_LEN  # noqa: E402
from kpfield.safety.unlock_guard import GuardState, delay_for, read_state, write_state  # noqa: E402
from kpfield.store import Profile, ReportQuery  # noqa: E402
from kpfield.store.profile import key_file_path  # noqa: E402
from ui.recover_dialog import RecoverDialog, split_shares  # noqa: E402
from ui.safety_dialog import SafetyDialog  # noqa: E402
from ui.unlock_dialog import UnlockDialog  # noqa: E402

DURESS = "copper meadow ninety lanterns"
BACKUP = "silver tractor eleven pelicans"
NEW = "amber canyon forty whistles"


def _count(profile: Profile) -> int:
    return profile.reports.count(ReportQuery())


@pytest.fixture
def safety(qtbot, make_profile, make_app):
    """The real App, unlocked on a profile with three reports, and its Safety dialog open."""
    make_profile(n=3)
    app = make_app(try_remembered=False)
    unlock(qtbot, app)
    app.safety_action.trigger()
    dialog = app.safety_dialog
    assert isinstance(dialog, SafetyDialog) and dialog.isVisible()
    dialog.app = app
    return dialog


def _wait_done(qtbot, dialog) -> str:
    qtbot.waitUntil(lambda: not dialog._busy, timeout=20_000)
    return dialog.status_label.text()


def test_safety_is_in_the_tools_menu(safety):
    tools = next(a.menu() for a in safety.app.window.menuBar().actions()  # the menu holding Settings (Help comes last)
                 if a.menu() and safety.app.window.settings_action in a.menu().actions())
    assert safety.app.safety_action in tools.actions()


def test_a_wrong_current_passphrase_changes_nothing(qtbot, safety, home):
    before = key_file_path(home).read_bytes()
    safety.passphrase_edit.setText("not my passphrase at all")
    safety.duress_edit.setText(DURESS)
    safety.duress_confirm_edit.setText(DURESS)
    safety.set_duress_button.click()
    assert _wait_done(qtbot, safety) == "The current passphrase is wrong. Nothing was changed."
    safety.make_shares_button.click()
    assert _wait_done(qtbot, safety) == "The current passphrase is wrong. Nothing was changed."
    assert safety.shares_view.toPlainText() == ""
    assert key_file_path(home).read_bytes() == before


def test_duress_passphrase_must_be_strong_differ_and_match(qtbot, safety, home):
    safety.passphrase_edit.setText(PASSPHRASE)
    safety.duress_edit.setText("short")
    assert not safety.set_duress_button.isEnabled()
    safety.duress_edit.setText(DURESS)
    safety.duress_confirm_edit.setText(DURESS + "x")
    assert not safety.set_duress_button.isEnabled() and "different" in safety.duress_strength.text()
    safety.duress_edit.setText(PASSPHRASE)
    safety.duress_confirm_edit.setText(PASSPHRASE)
    safety.set_duress_button.click()
    assert "must differ" in safety.status_label.text()


def test_duress_passphrase_opens_an_empty_decoy_and_leaves_the_real_reports(qtbot, safety, home):
    safety.passphrase_edit.setText(PASSPHRASE)
    safety.duress_edit.setText(DURESS)
    safety.duress_confirm_edit.setText(DURESS)
    safety.set_duress_button.click()
    assert _wait_done(qtbot, safety).startswith("Duress passphrase set.")
    safety.app.lock()
    qtbot.waitUntil(lambda: safety.app.session.tasks.pending == 0)
    with Profile.open(home, DURESS) as decoy:
        assert _count(decoy) == 0
    with Profile.open(home, PASSPHRASE) as real:
        assert _count(real) == 3


def test_the_decoy_is_prepared_without_shredding_then_shreds_at_the_unlock_screen(qtbot, safety, home):
    app = safety.app
    safety.passphrase_edit.setText(PASSPHRASE)
    safety.duress_edit.setText(DURESS)
    safety.duress_confirm_edit.setText(DURESS)
    safety.shred_check.setChecked(True)
    safety.set_duress_button.click()
    _wait_done(qtbot, safety)
    with qtbot.waitSignal(app.window.model.loaded, timeout=20_000):
        safety.open_decoy_button.click()
    assert app.session.is_unlocked and app.window.model.total == 0  # the decoy is what the window shows
    app.session.call_sync(lambda p: p.reports.create(sample_report(7, title="Fuel")))
    app.lock()
    qtbot.waitUntil(lambda: app.session.tasks.pending == 0)
    with Profile.open(home, PASSPHRASE) as real:  # preparing the decoy destroyed nothing
        assert _count(real) == 3
    with Profile.open(home, DURESS) as decoy:  # the coercer's unlock: the decoy, and the real store is gone
        assert [s.title for s in decoy.reports.query(ReportQuery())] == ["Fuel"]
    with pytest.raises(WrongPassphrase):
        Profile.open(home, PASSPHRASE)


def test_clear_duress_removes_it(qtbot, safety, home):
    safety.passphrase_edit.setText(PASSPHRASE)
    safety.duress_edit.setText(DURESS)
    safety.duress_confirm_edit.setText(DURESS)
    safety.set_duress_button.click()
    _wait_done(qtbot, safety)
    safety.clear_duress_button.click()
    assert "removed" in _wait_done(qtbot, safety)
    safety.app.lock()
    qtbot.waitUntil(lambda: safety.app.session.tasks.pending == 0)
    with pytest.raises(WrongPassphrase):
        Profile.open(home, DURESS)


def test_wipe_after_n_failures_is_off_by_default_and_saved(qtbot, safety, home):
    assert not safety.wipe_check.isChecked() and not safety.wipe_spin.isEnabled()
    assert (safety.wipe_spin.minimum(), safety.wipe_spin.maximum()) == (3, 50)
    safety.passphrase_edit.setText(PASSPHRASE)
    safety.wipe_check.setChecked(True)
    safety.wipe_spin.setValue(4)
    safety.save_wipe_button.click()
    assert "after 4 wrong passphrases" in _wait_done(qtbot, safety)
    assert read_state(home).wipe_after == 4
    safety.wipe_check.setChecked(False)
    safety.save_wipe_button.click()
    _wait_done(qtbot, safety)
    assert read_state(home).wipe_after == 0


def test_wipe_after_n_failures_wipes_at_the_unlock_dialog(qtbot, safety, home, qsettings):
    app = safety.app
    app.window.save_geometry()
    assert os.path.exists(qsettings.fileName())
    safety.passphrase_edit.setText(PASSPHRASE)
    safety.wipe_check.setChecked(True)
    safety.wipe_spin.setValue(3)
    safety.save_wipe_button.click()
    _wait_done(qtbot, safety)
    app.lock()
    dialog = app.dialog
    for attempt in (1, 2, 3):
        qtbot.waitUntil(lambda: dialog.unlock_button.isEnabled(), timeout=5_000)
        dialog.passphrase_edit.setText(f"wrong guess number {attempt}")
        dialog.unlock_button.click()
        qtbot.waitUntil(lambda: dialog.failures == attempt, timeout=10_000)
    assert "Wrong passphrase" in dialog.error_label.text()  # nothing tells that a wipe happened
    with pytest.raises(ProfileNotFound):
        Profile.open(home, PASSPHRASE)
    assert not os.path.exists(qsettings.fileName())  # the app's settings file went with the profile


def _recover_dialog(qtbot, app) -> RecoverDialog:
    app.start()
    unlock_dialog = app.dialog
    assert isinstance(unlock_dialog, UnlockDialog)
    qtbot.waitUntil(unlock_dialog.recover_button.isEnabled)
    unlock_dialog.recover_button.click()
    recover = unlock_dialog.recover_dialog
    assert recover.isVisible()
    return recover


def _set_new(recover: RecoverDialog) -> None:
    recover.new_edit.setText(NEW)
    recover.confirm_edit.setText(NEW)


def test_key_backup_then_recovery_sets_a_new_passphrase(qtbot, safety, home, tmp_path, make_app):
    target = tmp_path / "usb" / "key.kpfkey"
    target.parent.mkdir()
    safety.passphrase_edit.setText(PASSPHRASE)
    safety.backup_edit.setText(BACKUP)
    safety.backup_confirm_edit.setText(BACKUP)
    assert safety.write_backup_button.isEnabled()
    safety.write_backup(str(target))
    assert "Key backup written" in _wait_done(qtbot, safety)
    assert target.stat().st_size == BACKUP_LEN and safety.backup_edit.text() == ""
    safety.write_backup(str(target))  # the backup passphrase was cleared: nothing happens
    assert "Key backup written" in safety.status_label.text()
    safety.backup_edit.setText(BACKUP)
    safety.backup_confirm_edit.setText(BACKUP)
    safety.write_backup(str(target))  # never overwritten
    assert "already exists" in _wait_done(qtbot, safety)
    safety.app.shutdown()

    app = make_app(try_remembered=False)
    recover = _recover_dialog(qtbot, app)
    before = key_file_path(home).read_bytes()
    recover.file_edit.setText(str(target))
    recover.backup_passphrase_edit.setText("wrong backup passphrase here")
    _set_new(recover)
    recover.recover_button.click()
    qtbot.waitUntil(recover.error_label.isVisible, timeout=20_000)
    assert "backup passphrase is wrong" in recover.error_label.text()
    assert key_file_path(home).read_bytes() == before
    recover.backup_passphrase_edit.setText(BACKUP)
    with qtbot.waitSignal(recover.recovered, timeout=20_000):
        recover.recover_button.click()
    assert "Access recovered" in app.dialog.info_label.text()
    unlock(qtbot, app, NEW)
    assert app.window.model.total == 3


def test_recovery_shares_are_shown_not_saved_and_k_of_them_recover_a_lost_key_file(
        qtbot, safety, home, tmp_path, make_app):
    safety.passphrase_edit.setText(PASSPHRASE)
    safety.threshold_spin.setValue(2)
    safety.count_spin.setValue(3)
    files_before = sorted(p.name for p in home.iterdir())
    safety.make_shares_button.click()
    _wait_done(qtbot, safety)
    shown = safety.shares_view.toPlainText()
    assert shown.count("Share ") == 3 and safety.shares_view.isReadOnly()
    shares = [block.split("\n", 1)[1] for block in shown.split("\n\n")]
    assert all(len(s.split()) == 33 for s in shares)  # SLIP-39 words for a 256-bit key
    assert sorted(p.name for p in home.iterdir()) == files_before  # nothing written
    safety.reject()
    assert safety.shares_view.toPlainText() == "" and safety.passphrase_edit.text() == ""
    safety.app.shutdown()

    key_file_path(home).unlink()  # the worst case: the key file is lost
    app = make_app(try_remembered=False)
    recover = _recover_dialog(qtbot, app)
    recover.shares_radio.setChecked(True)
    recover.shares_edit.setPlainText(shares[2] + "\n" + shares[0] + "\n")
    _set_new(recover)
    assert recover.recover_button.isEnabled()
    with qtbot.waitSignal(recover.recovered, timeout=30_000):
        recover.recover_button.click()
    unlock(qtbot, app, NEW)
    assert app.window.model.total == 3


def test_one_share_is_not_enough(qtbot, make_profile, make_app):
    make_profile()
    app = make_app(try_remembered=False)
    recover = _recover_dialog(qtbot, app)
    recover.shares_radio.setChecked(True)
    _set_new(recover)
    recover.shares_edit.setPlainText("academic acid acrobat")
    assert not recover.recover_button.isEnabled()


def test_shares_split_by_lines_or_blank_lines():
    assert split_shares("a b  c\n\nd e\n") == ["a b c", "d e"]
    assert split_shares("a b\nc d\n") == ["a b", "c d"]
    assert split_shares("a b\nc\n\nd e\nf") == ["a b c", "d e f"]


def test_safety_dialog_screenshot(qtbot, safety, tmp_path):
    """Renders every tab (looked at by hand during development; the test pins that each tab has content)."""
    for index in range(safety.tabs.count()):
        safety.tabs.setCurrentIndex(index)
        image = safety.grab()
        assert image.width() > 400 and image.height() > 300
        image.save(str(tmp_path / f"safety-{index}.png"))


def test_failures_counted_on_disk_keep_their_delay_after_a_restart(qtbot, make_profile, make_app, home):
    make_profile()
    write_state(home, GuardState(failures=5, wipe_after=0))  # five wrong passphrases before the app restarted
    app = make_app(try_remembered=False)
    app.start()
    dialog = app.dialog
    qtbot.waitUntil(lambda: dialog.waiting, timeout=5_000)
    assert not dialog.unlock_button.isEnabled() and not dialog.passphrase_edit.isEnabled()
    assert dialog.wait_label.text() == f"You can try again in {round(delay_for(5))} s."
    assert dialog.delete_button.isEnabled()  # deleting never waits


def test_safety_and_recovery_controls_have_accessible_names_and_a_shortcut(qtbot, safety, make_profile):
    from test_keyboard_and_accessibility import _unnamed_controls

    assert _unnamed_controls(safety) == []
    assert safety.app.safety_action.shortcut().toString() == "Ctrl+Shift+K"
    recover = RecoverDialog(safety.app.session)
    qtbot.addWidget(recover)
    assert _unnamed_controls(recover) == []
