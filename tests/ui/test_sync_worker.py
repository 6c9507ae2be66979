"""The background sync worker against the real server on 127.0.0.1: send, fail and retry, progress, lock, status."""

from __future__ import annotations

import time

import pytest
from ui_helpers import PASSPHRASE

from kpfield.model import Occurrence, Report, utcnow
from kpfield.sync import account as accounts
from kpfield.sync.invitation import parse_invitation
from kpfield.sync.outbox import Outbox
from ui.connectivity import ConnectivityMonitor, probe_server
from ui.sync_status_widget import SyncStatusWidget, make_sync_action


@pytest.fixture
def server(sync_server):
    return sync_server


@pytest.fixture
def session(sync_session):
    return sync_session


@pytest.fixture
def make_worker(make_sync_worker):
    return make_sync_worker


def unlock(qtbot, session) -> None:
    with qtbot.waitSignal(session.unlocked, timeout=10_000):
        session.unlock(PASSPHRASE)


def ready_report(profile, photos_dir=None, *photos) -> str:
    report = profile.reports.create(Report(title="Guards fired at diggers", narrative="Two diggers were shot.",
                                           types=["shooting"], occurred=Occurrence(utcnow())))
    for name in photos:
        profile.photos.import_bytes(report.id, (photos_dir / name).read_bytes(), name)
    profile.reports.mark_ready(report.id)
    return report.id


@pytest.fixture
def enrolled_monitor(make_profile, server):
    """A monitor profile enrolled with the server, holding one ready text report; returns its report id."""
    ids = []

    def setup(profile):
        accounts.enroll(profile.db, parse_invitation(server.invite("monitor")))
        ids.append(ready_report(profile))

    make_profile(setup=setup)
    return ids[0]


def outbox_states(session) -> dict:
    return session.call_sync(lambda p: Outbox(p.db, p.audit).report_states())


def test_sync_now_sends_a_ready_report_with_progress_and_status(qtbot, session, make_worker, enrolled_monitor,
                                                                language):
    language("en")  # as the app always installs one: English plural forms come from its catalogue
    unlock(qtbot, session)
    worker = make_worker()
    widget = SyncStatusWidget(worker)
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: worker.enrolled and worker.state == "idle")
    assert widget.label.text() == "Not synced yet"
    events, texts = [], []
    worker.progressed.connect(lambda e: (events.append(e), texts.append(widget.label.text())))
    changed = []
    session.changed.connect(changed.append)
    with qtbot.waitSignal(worker.started, timeout=2_000):
        worker.sync_now()
    assert worker.state == "syncing"
    with qtbot.waitSignal(worker.finished, timeout=20_000) as blocker:
        worker.sync_now()  # a second request while running is merged into (at most) one more run
    result = blocker.args[0]
    assert result.ok and len(result.sent) == 1, result.to_dict()
    qtbot.waitUntil(lambda: worker.state == "idle" and not worker.is_running, timeout=20_000)
    assert outbox_states(session) == {enrolled_monitor: "sent"}
    uploads = [e for e in events if e["phase"] == "upload"]
    assert uploads and uploads[-1]["done"] == uploads[-1]["total"] == uploads[-1]["bytes_total"]
    assert uploads[-1]["items"] == 1 and uploads[-1]["report_id"] == enrolled_monitor
    assert any(t.startswith("Sending 1 report — ") for t in texts), texts  # the singular, not "report(s)"
    assert widget.label.text().startswith("Last sent ")
    assert "reports" in changed  # views refresh the report's sync state


def test_unlock_resumes_sending_automatically(qtbot, session, make_worker, enrolled_monitor):
    worker = make_worker(auto_start=True)
    with qtbot.waitSignal(worker.finished, timeout=20_000) as blocker:
        unlock(qtbot, session)
    assert blocker.args[0].ok and outbox_states(session) == {enrolled_monitor: "sent"}


def test_server_down_fails_clearly_retries_and_sends_when_back(qtbot, session, make_worker, enrolled_monitor,
                                                                server):
    server.stop()
    unlock(qtbot, session)
    worker = make_worker(retry_base_s=0.5, retry_max_s=1.0)  # long enough to see the waiting state
    widget = SyncStatusWidget(worker)
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: worker.enrolled)
    failures = []
    worker.failed.connect(failures.append)
    with qtbot.waitSignal(worker.failed, timeout=20_000) as blocker:
        worker.sync_now()
    assert blocker.args[0] == ("The server cannot be reached. Reports stay in the outbox and are sent when it "
                               "can be.")
    assert worker.next_retry_at is not None
    qtbot.waitUntil(lambda: worker.state.startswith("waiting until "))
    assert worker.state == "waiting until " + worker.next_retry_at.strftime("%H:%M")
    assert widget.label.text().startswith("Will try again at ")
    assert "The server cannot be reached." in widget.label.text()
    assert outbox_states(session) == {}  # nothing was sealed or marked: the run stopped before
    with qtbot.waitSignal(worker.finished, timeout=30_000, check_params_cb=lambda r: r.ok) as blocker:
        server.start()  # same port, same data folder
    assert len(blocker.args[0].sent) == 1 and len(failures) >= 1
    qtbot.waitUntil(lambda: worker.state == "idle", timeout=20_000)
    assert worker.next_retry_at is None and worker.last_error is None
    assert outbox_states(session) == {enrolled_monitor: "sent"}


def test_lock_cancels_a_running_sync_and_the_next_run_resumes(qtbot, session, make_worker, make_profile, server,
                                                              photos_dir):
    ids = []

    def setup(profile):
        accounts.enroll(profile.db, parse_invitation(server.invite("monitor")))
        profile.settings.set("reduce_photos", False)
        profile.settings.set("bandwidth_kbps", 16)  # 2 kB/s: the first chunk alone takes half a minute to pace
        ids.append(ready_report(profile, photos_dir, "DSCN0010.jpg"))

    make_profile(setup=setup)
    unlock(qtbot, session)
    worker = make_worker()
    qtbot.waitUntil(lambda: worker.enrolled)
    with qtbot.waitSignal(worker.progressed, timeout=20_000,
                          check_params_cb=lambda e: e["phase"] == "upload" and e["done"] > 0):
        worker.sync_now()
    started = time.monotonic()
    with qtbot.waitSignal(worker.finished, timeout=10_000) as blocker:
        session.lock()
    assert blocker.args[0].cancelled and not blocker.args[0].sent
    assert time.monotonic() - started < 5  # the pacing wait woke at once
    qtbot.waitUntil(lambda: worker.state == "idle" and not worker.is_running)

    unlock(qtbot, session)
    session.call_sync(lambda p: p.settings.set("bandwidth_kbps", 0))
    (item,) = session.call_sync(lambda p: Outbox(p.db, p.audit).items())
    assert item.state == "uploading" and 0 < item.bytes_done < item.size  # the server kept the first chunk
    qtbot.waitUntil(lambda: worker.enrolled)
    with qtbot.waitSignal(worker.finished, timeout=20_000) as blocker:
        worker.sync_now()
    assert blocker.args[0].ok and outbox_states(session) == {ids[0]: "sent"}


def test_bandwidth_cap_paces_the_upload(qtbot, session, make_worker, make_profile, server, photos_dir):
    def setup(profile):
        accounts.enroll(profile.db, parse_invitation(server.invite("monitor")))
        profile.settings.set("reduce_photos", False)
        profile.settings.set("bandwidth_kbps", 800)  # 100 kB/s
        ready_report(profile, photos_dir, "DSCN0010.jpg")  # ~160 kB envelope

    make_profile(setup=setup)
    unlock(qtbot, session)
    worker = make_worker()
    qtbot.waitUntil(lambda: worker.enrolled)
    started = time.monotonic()
    with qtbot.waitSignal(worker.finished, timeout=20_000) as blocker:
        worker.sync_now()
    elapsed = time.monotonic() - started
    (item,) = session.call_sync(lambda p: Outbox(p.db, p.audit).items())
    assert blocker.args[0].ok and item.state == "sent"
    assert elapsed >= 0.9 * item.size / 100_000, (elapsed, item.size)


def test_not_enrolled_profile_says_so_and_does_not_sync(qtbot, session, make_worker, make_profile):
    make_profile(n=1)
    unlock(qtbot, session)
    worker = make_worker()
    widget = SyncStatusWidget(worker)
    qtbot.addWidget(widget)
    action = make_sync_action(widget, worker)
    qtbot.waitUntil(lambda: worker.state == "not enrolled")
    assert worker.enrolled is False and not action.isEnabled()
    assert action.shortcut().toString() == "Ctrl+Shift+S"
    assert widget.label.text() == "Not connected to a sync server"
    worker.sync_now()
    assert not worker.is_running


def test_probe_sees_the_server_and_its_absence(qtbot, session, server):
    assert probe_server(server.url, None, 2.0)
    monitor = ConnectivityMonitor(session.tasks, probe_interval_ms=50, use_system=False)
    with qtbot.waitSignal(monitor.online_changed, timeout=5_000, check_params_cb=lambda ok: ok):
        monitor.set_server(server.url)
        monitor.probe_now()
    server.stop()
    with qtbot.waitSignal(monitor.online_changed, timeout=5_000, check_params_cb=lambda ok: not ok):
        monitor.report(False)  # a failed run says so; probing resumes
    with qtbot.waitSignal(monitor.online_changed, timeout=10_000, check_params_cb=lambda ok: ok):
        server.start()
    monitor.stop()
