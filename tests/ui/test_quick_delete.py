"""Quick delete in the app: one confirmation (Cancel by default), the key shredded within a second, every trace
removed (store, keyring entry, the app's settings file, the clipboard), then the first-run dialog."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402
from ui_helpers import PASSPHRASE, unlock  # noqa: E402

from kpfield.errors import ProfileNotFound  # noqa: E402
from kpfield.store import Profile, ReportQuery  # noqa: E402
from ui.first_run_dialog import FirstRunDialog  # noqa: E402
from ui.quick_delete import SHORTCUT  # noqa: E402
from ui.unlock_dialog import UnlockDialog  # noqa: E402


@pytest.fixture
def remembered_profile(make_profile, keyring_ring):
    """A profile with three reports whose key is remembered in the (in-memory) keyring."""
    return make_profile(n=3, setup=lambda profile: profile.remember(keyring_ring))


def _confirm(qtbot, app) -> QMessageBox:
    qtbot.waitUntil(lambda: app.quick_delete.box is not None and app.quick_delete.box.isVisible())
    return app.quick_delete.box


def _assert_everything_gone(home, keyring_ring, qsettings):
    assert not (home / "profile.key").exists()
    assert not home.exists()  # store files, unlock counter, and the folder itself
    with pytest.raises(ProfileNotFound):
        Profile.open(home, PASSPHRASE)
    assert keyring_ring.items == {}
    assert not os.path.exists(qsettings.fileName())


def test_quick_delete_from_the_menu_shreds_the_key_first_and_leaves_nothing(
        qtbot, remembered_profile, make_app, keyring_ring, qsettings):
    home = remembered_profile
    app = make_app(try_remembered=False)
    unlock(qtbot, app)
    app.window.save_geometry()
    assert os.path.exists(qsettings.fileName())
    editor = app.window.open_editor(app.window.model.report_id(0))
    qtbot.waitUntil(lambda: editor.form.isEnabled(), timeout=10_000)
    QApplication.clipboard().setText("Report 0001 guards at the fence")

    tools = next(a.menu() for a in app.window.menuBar().actions()  # the menu holding Settings (Help comes last)
                 if a.menu() and app.window.settings_action in a.menu().actions())
    assert app.quick_delete.action in tools.actions()
    assert app.quick_delete.action.shortcut().toString() == "Ctrl+Shift+Del"
    app.quick_delete.action.trigger()
    box = _confirm(qtbot, app)
    assert box.defaultButton() is box.escapeButton()  # Enter or Escape: nothing is deleted
    assert box.defaultButton() is not app.quick_delete.delete_button
    assert "cannot be undone" in box.text() and "coordinators" in box.text()
    with qtbot.waitSignal(app.quick_delete.finished, timeout=20_000) as finished:
        app.quick_delete.delete_button.click()
    result = finished.args[0]
    assert result.unreadable_after_s < 1.0, result  # from the click to a shredded, synced key file
    assert str(home / "profile.key") in result.removed and result.keyring_forgotten
    _assert_everything_gone(home, keyring_ring, qsettings)
    assert QApplication.clipboard().text() == ""
    assert not app.session.is_unlocked and not app.window.isVisible()
    assert app.window.editors == {} and not editor.isVisible()
    assert isinstance(app.dialog, FirstRunDialog) and app.dialog.isVisible()  # as on a fresh install


def test_cancel_changes_nothing(qtbot, remembered_profile, make_app, keyring_ring):
    app = make_app(try_remembered=False)
    unlock(qtbot, app)
    app.quick_delete.request()
    box = _confirm(qtbot, app)
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: app.quick_delete.box is None)
    assert app.session.is_unlocked and app.window.isVisible()
    assert (remembered_profile / "profile.key").exists() and keyring_ring.items
    assert app.session.call_sync(lambda p: p.reports.count(ReportQuery())) == 3


def test_delete_everything_from_the_unlock_dialog_needs_no_passphrase(
        qtbot, remembered_profile, make_app, keyring_ring, qsettings):
    qsettings.setValue("main_window/geometry", b"x")
    qsettings.sync()
    app = make_app(try_remembered=False)
    app.start()
    dialog = app.dialog
    assert isinstance(dialog, UnlockDialog)
    qtbot.waitUntil(dialog.passphrase_edit.isEnabled)
    assert dialog.delete_button.isEnabled() and dialog.delete_button.isVisible()
    dialog.delete_button.click()
    box = _confirm(qtbot, app)
    with qtbot.waitSignal(app.quick_delete.finished, timeout=20_000):
        app.quick_delete.delete_button.click()
    _assert_everything_gone(remembered_profile, keyring_ring, qsettings)
    qtbot.waitUntil(lambda: isinstance(app.dialog, FirstRunDialog) and app.dialog.isVisible())
    assert box is not app.dialog


def test_the_shortcut_works_while_locked_and_during_the_wait_after_a_wrong_passphrase(
        qtbot, remembered_profile, make_app, keyring_ring, qsettings):
    app = make_app(try_remembered=False, delay_schedule=lambda failures: 30.0)
    app.start()
    dialog = app.dialog
    qtbot.waitUntil(dialog.passphrase_edit.isEnabled)
    dialog.passphrase_edit.setText("not the right one at all")
    dialog.unlock_button.click()
    qtbot.waitUntil(lambda: dialog.waiting)
    qtbot.keyClick(dialog, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    _confirm(qtbot, app)
    assert SHORTCUT == "Ctrl+Shift+Del"
    with qtbot.waitSignal(app.quick_delete.finished, timeout=20_000):
        app.quick_delete.delete_button.click()
    _assert_everything_gone(remembered_profile, keyring_ring, qsettings)


def test_a_new_profile_can_be_created_after_the_delete(qtbot, make_profile, make_app, keyring_ring, tmp_path):
    home = make_profile(n=2)
    settings = QSettings(str(tmp_path / "gui.ini"), QSettings.Format.IniFormat)
    app = make_app(settings=settings)
    unlock(qtbot, app)
    with qtbot.waitSignal(app.quick_delete.finished, timeout=20_000):
        app.quick_delete.delete_now()
    first_run = app.dialog
    assert isinstance(first_run, FirstRunDialog)
    first_run.passphrase_edit.setText("harbour violet nineteen kettles")
    first_run.confirm_edit.setText("harbour violet nineteen kettles")
    with qtbot.waitSignal(app.window.model.loaded, timeout=20_000):
        first_run.create_button.click()
    assert app.window.model.total == 0  # an empty profile: nothing of the old one came back
    assert (home / "profile.key").exists()
