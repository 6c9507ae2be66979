"""The settings dialog: values come from and go to the encrypted store; the app applies them."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox
from ui_helpers import sample_report, unlock

from kpfield.geo.location import Location, LocationSource
from ui import i18n


def test_settings_are_saved_in_the_store_and_applied(qtbot, make_profile, make_app, keyring_ring, qsettings):
    make_profile(setup=lambda profile: profile.reports.create(sample_report(
        3, location=Location(-17.6478, 31.4861, LocationSource.GPS, accuracy_m=10.0))))
    app = make_app()
    unlock(qtbot, app)
    window = app.window
    window.open_settings()
    dialog = window.settings_dialog
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.waitUntil(save.isEnabled)  # loaded from the store thread
    assert dialog.auto_lock_spin.value() == 5
    qtbot.waitUntil(dialog.remember_check.isEnabled)
    dialog.auto_lock_spin.setValue(7)
    dialog.units_combo.setCurrentIndex(dialog.units_combo.findData("imperial"))
    dialog.coordinates_combo.setCurrentIndex(dialog.coordinates_combo.findData("dms"))
    dialog.gps_combo.setCurrentText("/dev/ttyUSB0")
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("pt"))
    dialog.remember_check.setChecked(True)
    with qtbot.waitSignal(window.settings_saved, timeout=5_000):
        save.click()
    stored = app.session.call_sync(lambda profile: profile.settings.all())
    assert stored["auto_lock_minutes"] == 7 and stored["units"] == "imperial"
    assert stored["coordinate_format"] == "dms" and stored["gps_device"] == "/dev/ttyUSB0"
    assert stored["language"] == "pt" and stored["remember_key"] is True
    assert keyring_ring.items  # the key is in the (encrypting) keyring
    assert app.idle.timeout_ms == 7 * 60_000
    assert i18n.saved_choice(qsettings) == "pt"  # mirrored so the unlock dialog speaks it
    assert window.settings_dialog is None

    window.table.selectRow(0)
    qtbot.waitUntil(lambda: bool(window.detail.fields["location"].text()), timeout=5_000)
    line = window.detail.fields["location"].text()
    assert "17°38'52.1\"S" in line and "±33 ft" in line


def test_qsettings_hold_only_window_layout(qtbot, make_profile, make_app, qsettings):
    make_profile(n=3)
    app = make_app()
    unlock(qtbot, app)
    app.window.table.selectRow(0)
    qtbot.waitUntil(lambda: app.window.detail.title_label.text().startswith("Report"), timeout=5_000)
    app.shutdown()
    qsettings.sync()
    keys = set(qsettings.allKeys())
    assert keys <= {"main_window/geometry", "main_window/state", "main_window/splitter", "ui/language"}
    assert "main_window/geometry" in keys
    content = open(qsettings.fileName(), "rb").read()
    assert b"guards" not in content and b"Chiadzwa" not in content and b"Report" not in content


def test_the_language_shown_is_the_language_in_effect(qtbot, make_profile, make_app):
    """Chosen before unlocking (first run, unlock dialog) and not in the store: the settings show it, not
    "System language"; the system entry names the system's language."""
    make_profile()
    try:
        i18n.install("pt" if i18n.system_language() != "pt" else "fr")
        in_effect = i18n.current_language()
        app = make_app()
        unlock(qtbot, app)
        app.window.open_settings()
        dialog = app.window.settings_dialog
        qtbot.waitUntil(lambda: dialog.language_combo.currentData() == in_effect, timeout=5_000)
        assert i18n.LANGUAGES[i18n.system_language()] in dialog.language_combo.itemText(0)
    finally:
        i18n.install("en")
def test_the_system_language_entry_names_the_language_it_stands_for(qtbot, make_profile, make_app, monkeypatch):
    from PySide6.QtCore import QLocale

    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("fr_FR")))
    make_profile()
    app = make_app()
    unlock(qtbot, app)
    app.window.open_settings()
    combo = app.window.settings_dialog.language_combo
    assert combo.itemData(0) == "" and combo.itemText(0) == "System language (Français)"
