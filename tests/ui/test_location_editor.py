"""The editor's location: from a photo's EXIF, from real NMEA receiver logs (replayed), and typed by hand."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402

from kpfield.geo import LocationSource  # noqa: E402
from ui.location_widget import status_text  # noqa: E402


def stored_location(editor):
    return editor._session.call_sync(lambda p: p.reports.get(editor.report_id).location)


def save(qtbot, editor):
    with qtbot.waitSignal(editor.saved, timeout=5_000):
        editor.save_now()


def test_photo_with_gps_gives_the_location_when_there_is_none(qtbot, editor, photos_dir):
    location = editor.form.location
    with qtbot.waitSignal(editor.photos.import_finished, timeout=20_000):
        editor.photos.import_files([str(photos_dir / "DSCN0010.jpg")])
    loc = location.location()
    assert loc.source is LocationSource.PHOTO
    assert loc.lat == pytest.approx(43.4674483, abs=1e-6) and loc.lon == pytest.approx(11.8851267, abs=1e-6)
    assert location.source_label.text() == "Source: photo EXIF"
    assert location.coordinates_label.text() == "43.467448° N, 11.885127° E"
    qtbot.waitUntil(lambda: stored_location(editor) == loc, timeout=5_000)


def test_a_later_photo_does_not_replace_a_location_but_from_photo_can(qtbot, editor, photos_dir):
    location = editor.form.location
    assert not location.photo_button.isEnabled()  # no photo with GPS yet
    qtbot.keyClicks(location.manual_edit, "-20.1 32.5")
    qtbot.keyClick(location.manual_edit, Qt.Key.Key_Return)
    with qtbot.waitSignal(editor.photos.import_finished, timeout=20_000):
        editor.photos.import_files([str(photos_dir / "DSCN0012.jpg"), str(photos_dir / "jolla.jpg")])
    assert location.location().source is LocationSource.MANUAL
    assert location.photo_button.isEnabled()
    actions = location.photo_menu.actions()
    assert [a.text() for a in actions] == ["DSCN0012.jpg: 43.467157° N, 11.885395° E"]  # jolla has no GPS
    actions[0].trigger()
    assert location.location().source is LocationSource.PHOTO
    assert location.location().lat == pytest.approx(43.4671567, abs=1e-6)
    save(qtbot, editor)
    assert stored_location(editor).source is LocationSource.PHOTO


def test_nmea_log_from_a_receiver_with_a_fix_gives_a_gps_location(qtbot, editor, nmea_dir):
    location = editor.form.location
    statuses = []
    location.reader.progressed.connect(lambda status: statuses.append(status))
    with qtbot.waitSignal(location.reader.found, timeout=10_000):
        location.replay_nmea_log(str(nmea_dir / "bu353s4.log"))
    loc = location.location()
    assert loc.source is LocationSource.GPS
    assert loc.lat == pytest.approx(-37.7847, abs=2e-3) and loc.lon == pytest.approx(175.3149, abs=2e-3)
    assert location.source_label.text().startswith("Source: GPS receiver, ± ")  # accuracy from HDOP
    assert any(s.state == "fix" and s.satellites_used for s in statuses)  # shown while it was read
    save(qtbot, editor)
    assert stored_location(editor) == loc


def test_nmea_log_without_a_fix_says_so_and_never_shows_the_stale_coordinates(qtbot, editor, nmea_dir):
    location = editor.form.location
    statuses = []
    location.reader.progressed.connect(lambda status: statuses.append(status))
    with qtbot.waitSignal(location.reader.failed, timeout=10_000):
        location.replay_nmea_log(str(nmea_dir / "holux-gm-210.log"))
    assert location.location() is None
    text = location.gps_status.text()
    assert text.startswith("No position.")
    assert "41.5" not in text and "41°" not in text and "93.6" not in text
    assert location.coordinates_label.text() == "No location yet"
    assert statuses and not any(s.state == "fix" for s in statuses)
    searching = [s for s in statuses if s.state == "searching"]
    assert searching[-1].satellites_in_view == 9  # shown while waiting: "no fix yet", satellites in view
    assert status_text(searching[-1]) == "No fix yet, waiting: 9 satellites, accuracy about ± 250 m (HDOP 50)"


def test_binary_receiver_log_is_refused_with_a_clear_message(qtbot, editor, nmea_dir):
    location = editor.form.location
    with qtbot.waitSignal(location.reader.failed, timeout=10_000):
        location.replay_nmea_log(str(nmea_dir / "bu303-nofix.log"))
    assert "not NMEA" in location.gps_status.text()
    assert location.location() is None


@pytest.mark.parametrize("typed, lat, lon", [
    ("-17.6478, 31.4861", -17.6478, 31.4861),
    ("17.6478 S 31.4861 E", -17.6478, 31.4861),
    ("17°38'52\"S 31°29'10\"E", -17.647778, 31.486111),
    ("S17 38.868 E31 29.166", -17.6478, 31.4861),
])
def test_manual_entry_in_the_forms_the_core_accepts(qtbot, editor, typed, lat, lon):
    location = editor.form.location
    qtbot.keyClicks(location.manual_edit, typed)
    assert "press Enter" in location.manual_message.text()  # checked while typing
    qtbot.keyClick(location.manual_edit, Qt.Key.Key_Return)
    loc = location.location()
    assert loc.source is LocationSource.MANUAL
    assert (loc.lat, loc.lon) == (pytest.approx(lat, abs=1e-4), pytest.approx(lon, abs=1e-4))
    assert location.source_label.text() == "Source: manual entry"
    save(qtbot, editor)
    assert stored_location(editor) == loc


def test_out_of_range_entry_shows_the_error_as_typed_and_saves_no_location(qtbot, editor):
    location = editor.form.location
    qtbot.keyClicks(location.manual_edit, "95 N 10 E")
    assert "Latitude 95 is out of range" in location.manual_message.text()
    qtbot.keyClick(location.manual_edit, Qt.Key.Key_Return)
    qtbot.mouseClick(location.manual_button, Qt.MouseButton.LeftButton)
    assert location.location() is None
    assert location.manual_edit.text() == "95 N 10 E"  # left for the user to correct
    qtbot.keyClicks(editor.form.title_edit, "Checkpoint")
    save(qtbot, editor)
    assert stored_location(editor) is None
    qtbot.keyClicks(location.manual_edit, "x")
    assert location.manual_message.text()  # still explains what is wrong


def test_a_photos_position_is_never_applied_without_a_word(qtbot, editor, photos_dir):
    """A photo taken in Italy on a Marange report: the location comes from it, the editor says so and how far it is
    from Marange, and Undo takes it back; with a location already set, a far photo is pointed out, not applied."""
    location = editor.form.location
    editor.form.site_combo.setEditText("Marange")
    with qtbot.waitSignal(editor.photos.import_finished, timeout=20_000):
        editor.photos.import_files([str(photos_dir / "DSCN0010.jpg")])
    assert location.location().source is LocationSource.PHOTO
    notice = location.photo_notice.text()
    assert location.photo_notice.isVisibleTo(editor) and location.undo_photo_button.isVisibleTo(editor)
    assert "DSCN0010.jpg" in notice and "EXIF" in notice
    assert "km from Marange (Chiadzwa): check that the photo was taken there." in notice
    assert location.photo_notice.styleSheet()  # shown as a warning
    location.undo_photo_button.click()
    assert location.location() is None and not location.photo_notice.isVisibleTo(editor)
    save(qtbot, editor)
    assert stored_location(editor) is None

    qtbot.keyClicks(location.manual_edit, "-20.1 32.35")
    qtbot.keyClick(location.manual_edit, Qt.Key.Key_Return)
    with qtbot.waitSignal(editor.photos.import_finished, timeout=20_000):
        editor.photos.import_files([str(photos_dir / "DSCN0012.jpg")])
    assert location.location().source is LocationSource.MANUAL
    notice = location.photo_notice.text()
    assert "DSCN0012.jpg was taken" in notice and "The location was not changed" in notice
    assert not location.undo_photo_button.isVisibleTo(editor)


def test_clear_is_enabled_only_with_a_location_and_unticked_types_are_not_highlighted(qtbot, editor):
    location = editor.form.location
    assert location.location() is None and not location.clear_button.isEnabled()
    location.set_read_only(True)
    location.set_read_only(False)  # as the editor does after loading a draft
    assert not location.clear_button.isEnabled()
    qtbot.keyClicks(location.manual_edit, "-20.1 32.35")
    qtbot.keyClick(location.manual_edit, Qt.Key.Key_Return)
    assert location.clear_button.isEnabled()
    location.clear_button.click()
    assert location.location() is None and not location.clear_button.isEnabled()
    # The type list: filtering makes a row current, never selected (highlighted) while it is unticked.
    types = editor.form.types
    qtbot.keyClicks(types.filter_edit, "shoot")
    assert types.list_view.currentIndex().isValid() and types.list_view.selectionModel().selectedIndexes() == []
    assert types.codes() == []


def test_the_site_box_offers_the_shipped_mining_areas(qtbot, editor):
    combo = editor.form.site_combo
    names = [combo.itemText(i) for i in range(combo.count())]
    assert "Marange (Chiadzwa)" in names and "Tongo Field" in names
    assert combo.currentText() == ""  # offered, never chosen for the user
