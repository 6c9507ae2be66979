"""The report editor, driven through its real widgets on a real encrypted profile: fields, autosave, audit,
lock, mark ready and new versions."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402

from kpfield.model import ReportState  # noqa: E402
from kpfield.store import KdfParams, Profile  # noqa: E402
from ui.report_editor import EDITING_KEY, ReportEditor  # noqa: E402
from ui.session import Session  # noqa: E402
from ui.tasks import TaskManager  # noqa: E402

PASSPHRASE = "granite river seventeen lanterns"


@pytest.fixture
def editor_session(qtbot, tmp_path):
    """An unlocked Session on a fresh profile (fast KDF) in tmp_path; locked and shut down afterwards."""
    tasks = TaskManager()
    session = Session(tasks, tmp_path / "profile", kdf=KdfParams.fast_for_tests())
    with qtbot.waitSignal(session.unlocked, timeout=10_000):
        session.create(PASSPHRASE)
    yield session
    if session.is_unlocked:
        session.lock()
    tasks.shutdown(wait=True)


def open_editor(qtbot, session, report_id=None) -> ReportEditor:
    editor = ReportEditor(session, report_id)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitUntil(lambda: editor.report is not None and editor.form.isEnabled(), timeout=10_000)
    return editor


def stored(session, report_id):
    return session.call_sync(lambda p: p.reports.get(report_id))


def audit_actions(session, report_id):
    return [e.action for e in session.call_sync(lambda p: p.audit.entries(report_id))]


def test_new_report_is_created_in_the_store_at_once_and_marked_as_being_edited(qtbot, editor_session):
    editor = open_editor(qtbot, editor_session)
    assert editor.windowTitle() == "Edit report — KP Field"
    report = stored(editor_session, editor.report_id)
    assert report.state == ReportState.DRAFT
    assert editor_session.call_sync(lambda p: p.settings.get(EDITING_KEY)) == [editor.report_id]


def test_typing_autosaves_within_seconds_without_audit_entries_and_close_records_one_edit(qtbot, editor_session):
    editor = open_editor(qtbot, editor_session)
    rid = editor.report_id
    qtbot.keyClicks(editor.form.title_edit, "Shots at the river washing site")
    editor.form.narrative_edit.setFocus()
    qtbot.keyClicks(editor.form.narrative_edit, "Two men were shot near the washing plant.")
    with qtbot.waitSignal(editor.saved, timeout=5_000) as blocker:
        pass
    assert blocker.args == [rid]
    report = stored(editor_session, rid)
    assert report.title == "Shots at the river washing site"
    assert report.narrative == "Two men were shot near the washing plant."
    assert audit_actions(editor_session, rid).count("edited") == 0  # autosave is not audited one by one
    assert "Shots" not in editor.windowTitle()

    qtbot.keyClicks(editor.form.place_edit, "Chiadzwa")
    with qtbot.waitSignal(editor.closed):
        editor.close()
    qtbot.waitUntil(lambda: editor_session.call_sync(lambda p: p.settings.get(EDITING_KEY)) == [], timeout=5_000)
    assert stored(editor_session, rid).place == "Chiadzwa"  # the close saved what the timer had not yet
    assert audit_actions(editor_session, rid).count("edited") == 1


def test_every_field_round_trips_through_the_store(qtbot, editor_session):
    editor = open_editor(qtbot, editor_session)
    rid = editor.report_id
    form = editor.form
    qtbot.keyClicks(form.types.filter_edit, "shoot")
    assert form.types.visible_codes() == ["shooting"]
    qtbot.keyClick(form.types.filter_edit, Qt.Key.Key_Return)  # Enter ticks the first match
    form.types.set_code_checked("arbitrary_detention", True)
    qtbot.mouseClick(form.when_check, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.approximate_check, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(form.site_combo.lineEdit(), "Marange field 3")
    qtbot.keyClicks(form.location.manual_edit, "-18.9, 32.6")
    qtbot.keyClick(form.location.manual_edit, Qt.Key.Key_Return)
    form.people.spins["killed"].setValue(2)
    form.people.spins["children"].setValue(0)
    qtbot.mouseClick(form.perpetrators.add_button, Qt.MouseButton.LeftButton)
    row = form.perpetrators.rows()[0]
    row["category"].setCurrentIndex(row["category"].findData("police"))
    qtbot.keyClicks(row["description"], "Support unit, two trucks")
    qtbot.mouseClick(form.witnesses.add_button, Qt.MouseButton.LeftButton)
    w = form.witnesses.rows()[0]
    qtbot.keyClicks(w["pseudonym"], "Kingfisher")
    assert not w["contact"].isEnabled()  # contact details only after ticking "keep contact details"
    qtbot.mouseClick(w["keep"], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(w["contact"], "+263 77 000 0000")
    qtbot.mouseClick(w["consent"], Qt.MouseButton.LeftButton)
    form.severity_combo.setCurrentIndex(form.severity_combo.findData(4))
    qtbot.keyClicks(form.tags_edit, "night, river")
    with qtbot.waitSignal(editor.saved, timeout=5_000):
        editor.save_now()

    report = stored(editor_session, rid)
    assert report.types == ["shooting", "arbitrary_detention"]
    assert report.occurred.start is not None and report.occurred.approximate
    assert report.site == "Marange field 3"
    assert (report.location.lat, report.location.lon) == (-18.9, 32.6)
    assert report.location.source.value == "manual"
    assert report.people.killed == 2 and report.people.children == 0 and report.people.injured is None
    assert [(p.category, p.description) for p in report.perpetrators] == [("police", "Support unit, two trucks")]
    assert [(x.pseudonym, x.contact, x.consent_to_share) for x in report.witnesses] == [
        ("Kingfisher", "+263 77 000 0000", True)]
    assert report.severity == 4 and report.tags == ["night", "river"]

    # Unticking "keep contact details" forgets the contact at the next save.
    qtbot.mouseClick(w["keep"], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(editor.saved, timeout=5_000):
        pass
    assert stored(editor_session, rid).witnesses[0].contact is None

    # A second editor on the same report shows exactly what was stored.
    editor.close()
    again = open_editor(qtbot, editor_session, rid)
    assert again.form.report_from(again.report).to_dict() == {
        **stored(editor_session, rid).to_dict(), "updated_at": again.report.to_dict()["updated_at"]}
    assert again.form.site_combo.findText("Marange field 3") >= 0  # site completion from ReportStore.sites()


def test_lock_queues_the_last_save_before_the_store_closes_and_closes_the_editor(qtbot, editor_session, tmp_path):
    editor = open_editor(qtbot, editor_session)
    rid = editor.report_id
    editor.form.narrative_edit.setFocus()
    qtbot.keyClicks(editor.form.narrative_edit, "typed just before the lock")
    with qtbot.waitSignal(editor.closed, timeout=5_000):
        editor_session.lock()
    qtbot.waitUntil(lambda: editor_session.tasks.pending == 0, timeout=10_000)
    profile = Profile.open(tmp_path / "profile", PASSPHRASE)
    try:
        assert profile.reports.get(rid).narrative == "typed just before the lock"
        assert profile.settings.get(EDITING_KEY) == []
        assert [e.action for e in profile.audit.entries(rid)].count("edited") == 1
    finally:
        profile.close()


def test_mark_ready_lists_the_problems_then_freezes_and_edit_creates_the_next_version(qtbot, editor_session):
    editor = open_editor(qtbot, editor_session)
    rid = editor.report_id
    qtbot.keyClicks(editor.form.title_edit, "Eviction")
    qtbot.mouseClick(editor.ready_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.problems.isVisible(), timeout=5_000)
    problems = [editor.problems.item(i).text() for i in range(editor.problems.count())]
    assert problems == ["Choose at least one incident type.",
                        "Say when the incident happened (an approximate time is fine)."]
    assert stored(editor_session, rid).title == "Eviction"  # saved even though not ready

    editor.form.types.set_code_checked("forced_displacement", True)
    qtbot.mouseClick(editor.form.when_check, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.ready_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.is_read_only, timeout=5_000)
    assert stored(editor_session, rid).state == ReportState.READY
    assert editor.banner.isVisible() and editor.form.title_edit.isReadOnly()
    assert editor.new_version_button.text().replace("&", "") == "Edit (creates version 2)"
    actions = audit_actions(editor_session, rid)
    assert actions[-2:] == ["edited", "marked_ready"]
    assert editor_session.call_sync(lambda p: p.settings.get(EDITING_KEY)) == []
    editor.close()

    # Opening a ready report shows it read-only; "Edit" makes version 2, version 1 stays frozen.
    ready = open_editor(qtbot, editor_session, rid)
    assert ready.is_read_only and ready.form.title_edit.isReadOnly()
    qtbot.keyClicks(ready.form.title_edit, "ignored")
    assert ready.form.title_edit.text() == "Eviction"
    qtbot.mouseClick(ready.new_version_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not ready.is_read_only, timeout=5_000)
    assert ready.report.version == 2
    qtbot.keyClicks(ready.form.title_edit, " (follow-up)")
    with qtbot.waitSignal(ready.saved, timeout=5_000):
        pass
    assert stored(editor_session, rid).title == "Eviction (follow-up)"
    versions = editor_session.call_sync(lambda p: p.reports.versions(rid))
    assert [v["version"] for v in versions] == [1]
    assert versions[0]["snapshot"]["report"]["title"] == "Eviction"
    assert editor_session.call_sync(lambda p: p.settings.get(EDITING_KEY)) == [rid]


def test_autosaved_draft_survives_the_process_being_killed(tmp_path):
    """SIGKILL right after autosave: the reopened profile holds exactly the typed text, marked as being edited."""
    import select
    import signal
    import subprocess
    import sys
    from pathlib import Path

    home = tmp_path / "killed"
    Profile.create(home, PASSPHRASE, kdf=KdfParams.fast_for_tests()).close()
    text = "Soldiers beat two diggers at the Zengeni pit, 05:40."
    child = Path(__file__).with_name("editor_kill_child.py")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen([sys.executable, str(child), str(home), PASSPHRASE, text], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)
    try:
        ready, _, _ = select.select([proc.stdout], [], [], 60)  # the child prints once its autosave is stored
        line = proc.stdout.readline() if ready else "(no answer within 60 s)"
        assert line.startswith("SAVED "), (line, proc.stderr.read() if proc.poll() is not None else "")
        report_id = line.split()[1]
        proc.send_signal(signal.SIGKILL)
        assert proc.wait(timeout=30) == -signal.SIGKILL
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    profile = Profile.open(home, PASSPHRASE)
    try:
        assert profile.reports.get(report_id).narrative == text
        assert profile.settings.get(EDITING_KEY) == [report_id]  # the shell offers it back
    finally:
        profile.close()


def test_continuous_typing_is_still_saved_within_the_maximum_wait(qtbot, editor_session):
    """The debounce restarts on each change but never postpones a save beyond max_wait."""
    from PySide6.QtCore import QTimer

    from ui.autosave import Autosaver

    editor = open_editor(qtbot, editor_session)
    editor.autosaver.set_enabled(False)  # only the autosaver under test writes
    saver = Autosaver(editor_session, editor._snapshot, delay_ms=300, max_wait_ms=600)
    keys = QTimer()
    keys.setInterval(50)  # a change every 50 ms: the 300 ms pause never comes
    keys.timeout.connect(lambda: (editor.form.title_edit.insert("x"), saver.schedule()))
    keys.start()
    try:
        with qtbot.waitSignal(saver.saved, timeout=3_000) as blocker:
            pass
    finally:
        keys.stop()
    assert blocker.args[0].title.startswith("xxxx")


def test_keyboard_picks_types_and_moves_through_the_form_in_order(qtbot, editor_session):
    editor = open_editor(qtbot, editor_session)
    form = editor.form
    assert form.types.filter_edit.hasFocus()  # a new report starts at the type
    qtbot.keyClicks(form.types.filter_edit, "child")
    assert form.types.visible_codes() == ["child_labour"]
    qtbot.keyClick(form.types.filter_edit, Qt.Key.Key_Tab)
    assert form.types.list_view.hasFocus()
    qtbot.keyClick(form.types.list_view, Qt.Key.Key_Space)  # Space ticks the current type
    assert form.types.codes() == ["child_labour"]
    qtbot.keyClick(form.types.list_view, Qt.Key.Key_Tab)
    assert form.title_edit.hasFocus()
    qtbot.keyClick(form.title_edit, Qt.Key.Key_Tab)
    assert form.narrative_edit.hasFocus()
    qtbot.keyClicks(form.narrative_edit, "text")
    qtbot.keyClick(form.narrative_edit, Qt.Key.Key_Tab)  # Tab leaves the narrative instead of typing a tab
    assert form.when_check.hasFocus() and form.narrative_edit.toPlainText() == "text"
    qtbot.keyClick(form.when_check, Qt.Key.Key_Space)
    assert form.when_check.isChecked() and form.start_edit.isEnabled()
    with qtbot.waitSignal(editor.saved, timeout=5_000):
        pass
    assert stored(editor_session, editor.report_id).types == ["child_labour"]


def test_a_new_report_closed_without_any_change_is_not_left_behind(qtbot, editor_session):
    editor = open_editor(qtbot, editor_session)
    rid = editor.report_id
    editor.close()
    qtbot.waitUntil(lambda: not editor_session.call_sync(lambda p: p.reports.exists(rid)), timeout=5_000)
    assert editor_session.call_sync(lambda p: p.settings.get(EDITING_KEY)) == []



def test_many_signal_emits_do_not_abort_python_once_the_editor_is_loaded(tmp_path):
    """PySide6 6.12's emit() drops a reference to True on each call; CPython 3.11 aborts ("bool_dealloc") after a
    few thousand emits, i.e. keystrokes in the editor. Importing any ui module applies ui/pyside_compat.py."""
    import subprocess
    import sys
    from pathlib import Path

    script = (
        "import sys\n"
        "from PySide6.QtCore import QObject, Signal\n"
        "n = 2 * sys.getrefcount(True) + 1000  # more emits than True has references\n"
        "import ui.report_editor\n"
        "class Probe(QObject):\n"
        "    fired = Signal(str)\n"
        "probe = Probe()\n"
        "for _ in range(n):\n"
        "    probe.fired.emit('key')\n"
        "print('survived')\n"
    )
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(root)}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0 and done.stdout.strip() == "survived", done.stderr[-2000:]


def test_frozen_fields_look_read_only(qtbot, editor_session):
    """After Mark ready, every text field ignores typing and shows it: the window's colour, not the white of an
    editable field (place, tags, counts, captions included)."""
    from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QPlainTextEdit

    editor = open_editor(qtbot, editor_session)
    form = editor.form
    fields = [form.title_edit, form.place_edit, form.tags_edit, form.narrative_edit, editor.photos.caption_edit,
              *form.people.findChildren(QAbstractSpinBox)]

    def background(widget) -> str:
        image = widget.grab().toImage()
        return image.pixelColor(image.width() - 6, image.height() // 2).name()

    base = editor.palette().base().color().name()
    assert background(form.place_edit) == base  # a draft: white (the base colour), editable
    form.types.set_code_checked("forced_displacement", True)
    qtbot.mouseClick(form.when_check, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.ready_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.is_read_only, timeout=5_000)
    for field in fields:
        assert field.isReadOnly(), field.accessibleName()
        if field.isVisible():
            assert background(field) != base, f"{field.accessibleName()} still looks editable"
    qtbot.keyClicks(form.place_edit, "typed")
    assert form.place_edit.text() == ""
    assert all(isinstance(f, (QLineEdit, QPlainTextEdit, QAbstractSpinBox)) for f in fields)
    editor.close()
