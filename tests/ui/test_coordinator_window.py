"""The coordinator's window against the real server on 127.0.0.1: pull, list, inbox, review, quarantine, answer.

Two monitors send real reports (one with a real photo); the coordinator's GUI profile pulls them through the real
sync worker. Coordinator "c2" is a second coordinator, used to show that concurrent changes are not overwritten.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from ui_helpers import PASSPHRASE

from kpfield.coordinator.review import review, review_state
from kpfield.coordinator.share import pull_and_share
from kpfield.geo import Location, LocationSource
from kpfield.model import Occurrence, Report, utcnow
from kpfield.store import KdfParams, Profile
from kpfield.sync import account as accounts
from kpfield.sync.engine import run_sync
from kpfield.sync.invitation import parse_invitation
from kpfield.sync.messages import messages_for

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "server"))

from deployment import certify, create_org  # noqa: E402
from serverutil import RunningServer  # noqa: E402

FAST = {"timeout": 5.0, "retry_delay": 0.01, "max_attempts": 2}


MARANGE = Location(-19.98, 32.73, LocationSource.MANUAL)  # far from where the fixture photo was taken (Italy)


def send_report(monitor, title: str, photo: Path | None = None, location: Location | None = None) -> str:
    """The monitor's side, as in the field: write, attach, mark ready, sync."""
    report = monitor.reports.create(Report(title=title, narrative="Guards fired at diggers near the fence.",
                                           types=["shooting"], site="Chiadzwa", occurred=Occurrence(utcnow()),
                                           location=location))
    if photo is not None:
        monitor.photos.import_bytes(report.id, photo.read_bytes(), photo.name)
    monitor.reports.mark_ready(report.id)
    assert run_sync(monitor, client_options=FAST).ok
    return report.id


class Field:
    """The server, the two monitors (open profiles) and the report ids they sent."""

    def __init__(self, server, monitors: dict, reports: dict):
        self.server, self.monitors, self.reports = server, monitors, reports

    def envelope_files(self) -> set[Path]:
        return {p for p in (self.server.data_dir / "blobs" / "envelopes").rglob("*") if p.is_file()}


@pytest.fixture
def field(tmp_path, home, photos_dir):
    """Coordinators c1 (the GUI's profile, in ``home``) and c2 enrolled first, then monitors Tendai and Chipo,
    who each send one report (Tendai's with a real photo)."""
    kdf = KdfParams.fast_for_tests()
    with RunningServer(tmp_path / "server") as server:
        monitors = {}
        with Profile.create(home, PASSPHRASE, role="coordinator", kdf=kdf) as c1:
            accounts.enroll(c1.db, parse_invitation(server.invite("coordinator", label="c1")), label="c1")
            create_org(server, c1)  # c1 holds the organisation key and certifies everyone
            for name in ("c2", "Tendai", "Chipo"):
                role = "coordinator" if name == "c2" else "monitor"
                monitors[name] = Profile.create(tmp_path / name, PASSPHRASE, role=role, kdf=kdf)
                accounts.enroll(monitors[name].db, parse_invitation(server.invite(role, label=name)), label=name)
                certify(c1, monitors[name])
                monitors[name].settings.set("reduce_photos", False)
        reports = {"fence": send_report(monitors["Tendai"], "Shots at the fence", photos_dir / "DSCN0010.jpg",
                                        MARANGE),
                   "convoy": send_report(monitors["Chipo"], "Night convoy without plates")}
        try:
            yield Field(server, monitors, reports)
        finally:
            for profile in monitors.values():
                profile.close()


@pytest.fixture
def window(qtbot, tmp_path, sync_session, make_sync_worker):
    """The real main window on the coordinator's profile, with a sync worker (no automatic runs)."""
    from ui.main_window import MainWindow

    settings = QSettings(str(tmp_path / "gui.ini"), QSettings.Format.IniFormat)
    win = MainWindow(sync_session, settings)
    qtbot.addWidget(win)
    worker = make_sync_worker()
    win.attach_sync(worker)
    sync_session.unlocked.connect(win.on_unlocked)
    sync_session.locked.connect(win.on_locked)
    with qtbot.waitSignal(win.model.loaded, timeout=10_000):
        sync_session.unlock(PASSPHRASE)
    win.resize(1400, 900)
    win.show()
    yield win
    win.close_editors()


def pull(qtbot, win) -> object:
    """Run the coordinator's sync through the worker and wait for the list to show its result."""
    with qtbot.waitSignal(win.sync_worker.finished, timeout=30_000) as finished:
        win.sync_worker.sync_now()
    qtbot.waitUntil(lambda: not win.model.is_loading and not win._refresh_timer.isActive(), timeout=10_000)
    qtbot.waitUntil(lambda: win._session.tasks.pending == 0, timeout=10_000)
    return finished.args[0]


def select(qtbot, win, report_id: str) -> None:
    qtbot.waitUntil(lambda: win.model.row_of(report_id) >= 0, timeout=10_000)
    win.table.selectRow(win.model.row_of(report_id))
    qtbot.waitUntil(lambda: win.review_panel.data is not None and win.review_panel.data["report_id"] == report_id,
                    timeout=10_000)


def column_texts(win, column: int) -> list[str]:
    return [win.model.index(r, column).data() for r in range(win.model.rowCount())]


def test_a_pull_fills_the_coordinators_list_with_its_columns(qtbot, field, window):
    from ui.report_table_model import COL_MONITOR, COL_STATE, COL_TITLE, COL_VERIFICATION

    assert window.is_coordinator and not window.new_action.isVisible() and not window.new_action.isEnabled()
    result = pull(qtbot, window)
    assert result.verified == 2 and result.quarantined == 0
    assert "2 new report(s) verified" in window.sync_status.status_text()
    qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=10_000)
    headers = [window.model.headerData(c, Qt.Orientation.Horizontal) for c in range(window.model.columnCount())]
    assert {"Monitor", "Review", "Verification"} <= set(headers)
    assert sorted(column_texts(window, COL_MONITOR)) == ["Chipo", "Tendai"]
    assert column_texts(window, COL_STATE) == ["New", "New"]
    assert column_texts(window, COL_VERIFICATION) == ["Verified", "Verified"]
    # Unread reports are bold until opened; opening one marks it read, here and in the store.
    row = window.model.row_of(field.reports["fence"])
    assert window.model.index(row, COL_TITLE).data(Qt.ItemDataRole.FontRole).bold()
    select(qtbot, window, field.reports["fence"])
    qtbot.waitUntil(lambda: window.model.index(row, COL_TITLE).data(Qt.ItemDataRole.FontRole) is None)
    # Received reports are evidence: no editor opens for a coordinator.
    assert window.open_editor(field.reports["fence"]) is None and window.editors == {}


def test_the_inbox_shows_only_unread_reports(qtbot, field, window):
    pull(qtbot, window)
    qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=10_000)
    select(qtbot, window, field.reports["convoy"])
    qtbot.waitUntil(lambda: window._session.tasks.pending == 0)
    with qtbot.waitSignal(window.model.loaded, timeout=10_000):
        window.filter_widget.inbox_check.setChecked(True)
    assert [window.model.report_id(r) for r in range(window.model.rowCount())] == [field.reports["fence"]]
    with qtbot.waitSignal(window.model.loaded, timeout=10_000):
        window.filter_widget.monitor_combo.setCurrentIndex(window.filter_widget.monitor_combo.findText("Chipo"))
    assert window.model.rowCount() == 0  # Chipo's only report has been read
    # Ctrl+U puts a report back in the inbox.
    with qtbot.waitSignal(window.model.loaded, timeout=10_000):
        window.filter_widget.inbox_check.setChecked(False)
    select(qtbot, window, field.reports["convoy"])  # opened (read) first, then marked unread again
    qtbot.waitUntil(lambda: window._session.tasks.pending == 0)
    window.mark_unread_action.trigger()
    qtbot.waitUntil(lambda: window.model.summary(0).unread, timeout=10_000)
    with qtbot.waitSignal(window.model.loaded, timeout=10_000):
        window.filter_widget.inbox_check.setChecked(True)
    assert [window.model.report_id(r) for r in range(window.model.rowCount())] == [field.reports["convoy"]]


def test_review_changes_in_the_panel_persist(qtbot, field, window):
    pull(qtbot, window)
    fence = field.reports["fence"]
    select(qtbot, window, fence)
    panel = window.review_panel
    assert panel.verification.check_details["signature"].text().startswith("signed by device")
    assert "DSCN0010.jpg" in panel.verification.photo_hashes.text()
    hints = panel.verification.hints_label.text()
    assert "DSCN0010.jpg" in hints and "km from the reported location" in hints  # a hint, not a failure
    assert panel.verification.banner.text().startswith("✔ Verified")
    panel.state_combo.setCurrentIndex(panel.state_combo.findData("in_review"))
    panel.assignee_edit.setText("Rudo")
    panel.tags_edit.setText("marange, night")
    panel.note_edit.setPlainText("Call the clinic in Mutare to confirm the injuries.")
    with qtbot.waitSignal(panel.reviewed, timeout=10_000):
        panel.save_button.click()
    state = window._session.call_sync(lambda profile: review_state(profile, fence))
    assert state["state"] == "in_review" and state["assignee"] == "Rudo" and state["tags"] == ["marange", "night"]
    assert state["notes"] == ["Call the clinic in Mutare to confirm the injuries."]
    qtbot.waitUntil(lambda: panel.history.topLevelItemCount() == 4, timeout=10_000)
    assert panel.note_edit.toPlainText() == ""
    qtbot.waitUntil(lambda: window.model.index(window.model.row_of(fence), 5).data() == "In review", timeout=10_000)


def test_a_change_that_arrived_meanwhile_is_not_overwritten(qtbot, field, window):
    pull(qtbot, window)
    fence = field.reports["fence"]
    select(qtbot, window, fence)
    panel = window.review_panel
    # Another coordinator's decision arrives (as a sync would apply it) after the panel showed revision 0.
    window._session.call_sync(lambda profile: review(profile, fence, state="escalated"))
    panel.state_combo.setCurrentIndex(panel.state_combo.findData("rejected"))
    panel.save_button.click()
    qtbot.waitUntil(lambda: "changed this review meanwhile" in panel.status_label.text(), timeout=10_000)
    assert window._session.call_sync(lambda profile: review_state(profile, fence))["state"] == "escalated"
    assert panel.state_combo.currentData() == "rejected"  # the user's choice is still there
    qtbot.waitUntil(lambda: panel.data["review"]["revision"] == 1, timeout=10_000)
    with qtbot.waitSignal(panel.reviewed, timeout=10_000):
        panel.save_button.click()  # saved knowingly, on the newer revision
    assert window._session.call_sync(lambda profile: review_state(profile, fence))["state"] == "rejected"


def test_a_tampered_envelope_is_visible_in_quarantine(qtbot, field, window):
    before = field.envelope_files()
    send_report(field.monitors["Chipo"], "Checkpoint demanding payment")
    (path,) = field.envelope_files() - before
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01  # a byte changed on the server
    path.write_bytes(bytes(data))
    result = pull(qtbot, window)
    assert result.verified == 2 and result.quarantined == 1
    qtbot.waitUntil(lambda: window.quarantined == 1, timeout=10_000)
    assert window.quarantine_label.isVisible() and window.quarantine_label.text() == "1 in quarantine"
    assert "(1)" in window.quarantine_action.text()
    window.open_quarantine()
    dialog = window.quarantine_dialog
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10_000)
    assert dialog.table.item(0, 1).text().startswith("Chipo")
    assert dialog.table.item(0, 4).text().startswith("Envelope: the bytes the server delivered hash to")
    assert path.name in dialog.detail.text()  # names the hash the receipt promised
    dialog.reject()


def test_a_message_reaches_the_monitor_on_its_next_sync(qtbot, field, window):
    from ui.message_dialog import MessageDialog

    pull(qtbot, window)
    fence = field.reports["fence"]
    select(qtbot, window, fence)
    window.message_action.trigger()
    dialog = window.findChild(MessageDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.text_edit.setPlainText("What time exactly did the shooting start?")
    with qtbot.waitSignal(dialog.sent, timeout=15_000):
        dialog.send_button.click()
    tendai = field.monitors["Tendai"]
    assert run_sync(tendai, client_options=FAST).messages == 1
    (message,) = messages_for(tendai.db, fence)
    assert (message.kind, message.text) == ("question", "What time exactly did the shooting start?")
    # The coordinator's history lists what was sent (not the internal notes, which never leave).
    qtbot.waitUntil(lambda: any("a question" in window.review_panel.history.topLevelItem(i).text(2)
                                for i in range(window.review_panel.history.topLevelItemCount())), timeout=10_000)


def test_sending_while_the_server_is_down_says_so_and_keeps_the_text(qtbot, field, window):
    from ui.message_dialog import MessageDialog

    pull(qtbot, window)
    select(qtbot, window, field.reports["convoy"])
    field.server.stop()
    dialog = MessageDialog(window._session, field.reports["convoy"], window, client_options=FAST)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.kind_buttons.button(1).setChecked(True)  # request the original photos: the text is filled in
    assert "original photos" in dialog.text_edit.toPlainText()
    dialog.send_button.click()
    qtbot.waitUntil(lambda: dialog.error_label.isVisibleTo(dialog), timeout=20_000)
    assert "cannot be reached" in dialog.error_label.text() and dialog.isVisible()
    assert "original photos" in dialog.text_edit.toPlainText()


def test_lock_forgets_the_review_and_unsaved_notes(qtbot, field, window):
    pull(qtbot, window)
    select(qtbot, window, field.reports["fence"])
    window.review_panel.note_edit.setPlainText("Unsaved thoughts about the witness")
    window._session.lock()
    assert window.review_panel.note_edit.toPlainText() == "" and window.review_panel.data is None
    assert window.review_panel._note_drafts == {}


def test_saving_a_state_can_tell_the_monitor(qtbot, field, window):
    from PySide6.QtCore import Qt as _Qt

    pull(qtbot, window)
    convoy = field.reports["convoy"]
    select(qtbot, window, convoy)
    panel = window.review_panel
    panel.client_options = FAST
    panel.state_combo.setCurrentIndex(panel.state_combo.findData("in_review"))
    assert not panel.tell_check.isEnabled()  # "in review" is not a state a monitor is told about
    panel.state_combo.setCurrentIndex(panel.state_combo.findData("needs_info"))
    panel.tell_check.setChecked(True)
    panel.note_edit.setFocus()
    qtbot.keyClick(panel.note_edit, _Qt.Key.Key_Return, _Qt.KeyboardModifier.ControlModifier)  # Ctrl+Return saves
    qtbot.waitUntil(lambda: "monitor's device was told" in panel.status_label.text(), timeout=15_000)
    assert window._session.call_sync(lambda profile: review_state(profile, convoy))["state"] == "needs_info"
    chipo = field.monitors["Chipo"]
    assert run_sync(chipo, client_options=FAST).messages == 1
    (message,) = messages_for(chipo.db, convoy)
    assert (message.kind, message.state) == ("state_change", "needs_info")


def test_the_monitor_sees_what_kind_of_message_it_got(qtbot, sync_session):
    from kpfield.sync.messages import Message
    from ui.detail_view import DetailView

    view = DetailView(sync_session)
    qtbot.addWidget(view)
    line = view._message_line(Message("m1", "r1", "c1", "state_change", "", "needs_info", "2026-11-26T10:00:00Z"))
    assert line == "2026-11-26 10:00 — Review state: Needs more information"
    line = view._message_line(Message("m2", "r1", "c1", "question", "What time?", None, "2026-11-26T11:00:00Z"))
    assert line == "2026-11-26 11:00 — Question: What time?"


def test_a_revoked_device_is_named_and_its_report_quarantined(qtbot, field, window):
    pull(qtbot, window)
    tendai = accounts.require_account(field.monitors["Tendai"].db).device_id
    field.server.ctx.meta.revoke_device(tendai, field.server.ctx.now())
    pull(qtbot, window)
    qtbot.waitUntil(lambda: window.quarantined == 1, timeout=10_000)
    # A seized device's report is no longer shown as verified anywhere in the list.
    from ui.report_table_model import COL_VERIFICATION

    row = window.model.row_of(field.reports["fence"])
    assert row < 0 or window.model.index(row, COL_VERIFICATION).data() == "Quarantined"
    window.quarantine_action.trigger()
    dialog = window.quarantine_dialog
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10_000)
    assert dialog.table.item(0, 3).text() == "Shots at the fence"
    assert "Device trusted (not revoked): device" in dialog.table.item(0, 4).text()
    assert "was revoked on" in dialog.detail.text()
    dialog.reject()


def test_a_conflict_between_two_coordinators_is_shown_with_both_values(qtbot, field, window):
    c2 = field.monitors["c2"]
    fence = field.reports["fence"]
    pull(qtbot, window)
    pull_and_share(c2, client_options=FAST)
    select(qtbot, window, fence)
    panel = window.review_panel
    panel.state_combo.setCurrentIndex(panel.state_combo.findData("verified"))
    with qtbot.waitSignal(panel.reviewed, timeout=10_000):
        panel.save_button.click()
    review(c2, fence, state="rejected")  # decided on the same revision, at the same time
    pull_and_share(c2, client_options=FAST)
    result = pull(qtbot, window)
    assert result.conflicts == 1
    qtbot.waitUntil(lambda: panel.conflict_label.isVisibleTo(panel), timeout=10_000)
    text = panel.conflict_label.text()
    assert "“Verified” (" in text and "“Rejected” (" in text and "(c2)" in text
    assert window._session.call_sync(lambda profile: review_state(profile, fence))["state"] == "verified"


def test_duplicate_asks_for_the_other_report_and_links_to_it(qtbot, field, window):
    pull(qtbot, window)
    fence, convoy = field.reports["fence"], field.reports["convoy"]
    select(qtbot, window, fence)
    panel = window.review_panel
    assert not panel.duplicate_edit.isVisibleTo(panel)
    panel.state_combo.setCurrentIndex(panel.state_combo.findData("duplicate"))
    assert panel.duplicate_edit.isVisibleTo(panel)
    panel.save_button.click()  # no id yet: refused before anything is stored
    assert "Name the report" in panel.status_label.text()
    panel.duplicate_edit.setText(fence)  # itself: the core refuses, nothing changes
    panel.save_button.click()
    qtbot.waitUntil(lambda: "another received report" in panel.status_label.text(), timeout=10_000)
    panel.duplicate_edit.setText(convoy)
    with qtbot.waitSignal(panel.reviewed, timeout=10_000):
        panel.save_button.click()
    state = window._session.call_sync(lambda profile: review_state(profile, fence))
    assert (state["state"], state["duplicate_of"]) == ("duplicate", convoy)
    qtbot.waitUntil(lambda: panel.duplicate_button.isVisibleTo(panel), timeout=10_000)
    panel.duplicate_button.click()  # shows the original
    qtbot.waitUntil(lambda: window.detail.title_label.text() == "Night convoy without plates", timeout=10_000)
    qtbot.waitUntil(lambda: panel.data["report_id"] == convoy, timeout=10_000)


def test_header_clicks_sort_only_where_the_store_can(qtbot, field, window):
    from ui.report_table_model import COL_MONITOR, COL_TITLE

    pull(qtbot, window)
    header = window.table.horizontalHeader()
    assert header.sortIndicatorSection() == -1 and window.model.query.sort == "unread"  # the inbox order
    with qtbot.waitSignal(window.model.loaded, timeout=10_000):
        header.setSortIndicator(COL_TITLE, Qt.SortOrder.AscendingOrder)
    assert window.model.query.sort == "title"
    assert [window.model.index(r, COL_TITLE).data() for r in range(2)] == ["Night convoy without plates",
                                                                          "Shots at the fence"]
    with qtbot.waitSignal(window.model.loaded, timeout=10_000):  # the review columns sort in the store too
        header.setSortIndicator(COL_MONITOR, Qt.SortOrder.AscendingOrder)
    assert header.sortIndicatorSection() == COL_MONITOR and window.model.query.sort == "monitor"


def test_a_sync_while_the_panel_is_open_updates_untouched_fields_and_never_reverts_them(qtbot, field, window):
    pull(qtbot, window)
    fence = field.reports["fence"]
    select(qtbot, window, fence)
    panel = window.review_panel
    panel.note_edit.setPlainText("Half-written note")
    # Another coordinator assigns the report; a sync applies it and the views refresh.
    window._session.call_sync(lambda profile: review(profile, fence, assignee="Farai"))
    window._session.changed.emit(f"report:{fence}")
    qtbot.waitUntil(lambda: panel.assignee_edit.text() == "Farai", timeout=10_000)
    assert panel.note_edit.toPlainText() == "Half-written note"  # what the user typed stays
    with qtbot.waitSignal(panel.reviewed, timeout=10_000):
        panel.save_button.click()
    state = window._session.call_sync(lambda profile: review_state(profile, fence))
    assert state["assignee"] == "Farai" and state["notes"] == ["Half-written note"]
    # With the assignee edited in the form, a newer change is not overwritten: Save stops and says so.
    panel.assignee_edit.setText("Rudo")
    window._session.call_sync(lambda profile: review(profile, fence, assignee="Chipo"))
    window._session.changed.emit(f"report:{fence}")
    qtbot.waitUntil(lambda: panel.data["review"]["assignee"] == "Chipo", timeout=10_000)
    assert panel.assignee_edit.text() == "Rudo"
    panel.save_button.click()
    qtbot.waitUntil(lambda: "changed this review meanwhile" in panel.status_label.text(), timeout=10_000)
    assert window._session.call_sync(lambda profile: review_state(profile, fence))["assignee"] == "Chipo"


def upload_out_of_chain(monitor, coordinator_box_keys: list[bytes], report_id: str) -> None:
    """Act as the monitor's device sending version 2 of a report with seq 3, seq 2 never sent: a chain gap."""
    import hashlib

    from kpfield.sync.envelope import seal_envelope
    from kpfield.sync.manifest import build_manifest, sign_manifest

    account = accounts.require_account(monitor.db)
    body = {"report": {"id": report_id, "title": "Shots at the fence", "types": ["shooting"]}, "version": 2,
            "reduced_photos": False}
    manifest = build_manifest(device_id=account.device_id, kind="report", seq=3, prev_envelope_sha256="ab" * 32,
                              created_at=utcnow(), body=body)
    data = b"".join(seal_envelope(sign_manifest(account.keys, manifest), [], coordinator_box_keys))
    with account.client(**FAST) as client:
        client.upload(hashlib.sha256(data).hexdigest(), len(data), lambda o, n: data[o:o + n])


def test_a_quarantined_newer_version_is_flagged_in_the_list_and_filter(qtbot, field, window):
    from ui.report_table_model import COL_VERIFICATION, QUARANTINED_COLOUR

    pull(qtbot, window)
    fence = field.reports["fence"]
    boxes = [window._session.call_sync(lambda p: bytes(accounts.require_account(p.db).keys.box_key.public_key)),
             bytes(accounts.require_account(field.monitors["c2"].db).keys.box_key.public_key)]
    upload_out_of_chain(field.monitors["Tendai"], boxes, fence)
    pull(qtbot, window)
    row = window.model.row_of(fence)
    cell = window.model.index(row, COL_VERIFICATION)
    assert cell.data() == "Quarantined" and cell.data(Qt.ItemDataRole.ForegroundRole).color() == QUARANTINED_COLOUR
    with qtbot.waitSignal(window.model.loaded, timeout=10_000):
        window.filter_widget.verification_combo.setCurrentIndex(2)
    assert [window.model.report_id(r) for r in range(window.model.rowCount())] == [fence]
    select(qtbot, window, fence)
    banner = window.review_panel.verification.banner.text()
    assert banner.startswith("⚠ In quarantine: version 2 failed a check") and "gap: envelope seq 2" in banner
    chain = window.review_panel.verification.check_details["chain"].text()
    assert "gap: envelope seq 2 from this device has not arrived" in chain


def test_devices_dialog_certifies_only_with_the_fingerprint_read_aloud_and_revokes(qtbot, field, window, tmp_path):
    from kpfield.store import KdfParams, Profile
    from kpfield.sync import trust_store

    late = Profile.create(tmp_path / "late", PASSPHRASE, kdf=KdfParams.fast_for_tests())
    accounts.enroll(late.db, parse_invitation(field.server.invite("monitor", label="Rudo")), label="Rudo")
    late_id = accounts.require_account(late.db).device_id
    fingerprint = accounts.require_account(late.db).keys.public.fingerprint
    assert window.devices_action.isVisible()
    window.devices_action.trigger()
    dialog = window.devices_dialog
    qtbot.waitUntil(lambda: len(dialog.devices) == 5 and dialog.certify_button.isEnabled(), timeout=20_000)
    row = next(i for i, d in enumerate(dialog.devices) if d["device_id"] == late_id)
    assert dialog.table.item(row, 2).text() == "Not certified" and dialog.table.item(row, 3).text() == fingerprint
    dialog.table.selectRow(row)
    other = accounts.require_account(field.monitors["Tendai"].db).keys.public.fingerprint
    dialog.fingerprint_edit.setText(other)  # a wrong fingerprint: refused, nothing signed
    dialog.certify_button.click()
    qtbot.waitUntil(lambda: "do not match" in dialog.message_label.text(), timeout=20_000)
    dialog.fingerprint_edit.setText(fingerprint.lower())
    dialog.certify_button.click()
    qtbot.waitUntil(lambda: dialog.message_label.text() == "Certified.", timeout=20_000)
    row = next(i for i, d in enumerate(dialog.devices) if d["device_id"] == late_id)
    assert dialog.table.item(row, 2).text() == "Certified"
    dialog.table.selectRow(row)
    dialog.reason_edit.setText("laptop lost at the checkpoint")
    dialog.revoke_button.click()
    qtbot.waitUntil(lambda: dialog.message_label.text().startswith("Revoked."), timeout=20_000)
    run_sync(late, client_options=FAST)
    assert trust_store.view(late.db).standing(late_id).status == "revoked"
    dialog.close()
    late.close()
