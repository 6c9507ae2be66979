"""Sends ready reports in the background: one sync run at a time on its own thread and its own store connection.

A run can take minutes on a field link, so it never runs on the store thread that serves the UI. Each run opens a
second connection to the same SQLCipher store (:meth:`Profile.open_sibling`) on the worker thread and closes it at
the end. The engine is resumable, so a cancelled run (lock, quit) or an app restart continues where the server's
offset stands; the outbox sends small envelopes first. Failed runs are retried with exponential backoff and jitter;
the server coming back (see :mod:`ui.connectivity`) starts a run at once.

Bandwidth cap: the store setting ``bandwidth_kbps`` (kilobits per second, 0 = unlimited) is kept by pacing the
upload from the engine's progress callback, which runs on the worker thread between chunks: when more bytes have
gone out than the cap allows for the time elapsed, the callback waits (waking at once on cancel). The average rate
stays under the cap; a single chunk still leaves at link speed, so the cap is an average, not a hard ceiling.
"""

from __future__ import annotations

import random
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from kpfield.errors import NetworkError, StoreLocked, TLSPinMismatch
from kpfield.sync import account as accounts
from kpfield.sync.engine import SyncResult, run_sync
from kpfield.sync.outbox import Outbox
from ui.connectivity import ConnectivityMonitor
from ui.errors import describe, describe_code

RETRY_BASE_S = 30.0
RETRY_MAX_S = 3600.0
PERIODIC_MS = 15 * 60_000
PROGRESS_INTERVAL_S = 0.1  # ~10 Hz: enough for a smooth indicator, not enough to flood the GUI thread
RATE_WINDOW_S = 5.0
DEFAULT_CLIENT_OPTIONS = {"timeout": 20.0}


def _describe_failure(item) -> str:
    """A failed item's error (a monitor's run), or its code and parameters (a coordinator's pull), translated."""
    return describe_code(item["code"], item["params"]) if isinstance(item, dict) else describe(item)


class _Pacer:
    """Keeps the average upload rate under ``kbps`` by waiting between chunks (on the worker thread)."""

    def __init__(self, kbps: int, cancel: threading.Event):
        self.bytes_per_s = max(0, int(kbps)) * 1000 / 8
        self.cancel = cancel
        self.started = time.monotonic()
        self.sent = 0

    def add(self, n: int) -> None:
        self.sent += n
        if self.bytes_per_s <= 0:
            return
        ahead = self.sent / self.bytes_per_s - (time.monotonic() - self.started)
        if ahead > 0:
            self.cancel.wait(ahead)  # pacing, not synchronisation: returns early when the run is cancelled


class _RunProgress:
    """Turns engine events into throttled, enriched events (totals, rate) on the worker thread."""

    def __init__(self, profile, emit, pacer: _Pacer):
        self._profile, self._emit, self._pacer = profile, emit, pacer
        self._plan: dict[int, int] | None = None  # outbox id -> size, of what this run sends
        self._done: dict[int, int] = {}
        self._history: deque[tuple[float, int]] = deque()
        self._last_emit = 0.0
        self._last_phase = None
        self._sent = 0
        self._pending: dict | None = None

    def __call__(self, event: dict) -> None:
        new_bytes = self._upload(event) if event.get("phase") == "upload" else 0
        self._send(dict(event), force=event.get("phase") != self._last_phase)
        self._last_phase = event.get("phase")
        if new_bytes and self._pacer.bytes_per_s:
            self.flush()  # the GUI learns the latest state before a pacing wait, which may be long
        self._pacer.add(new_bytes)

    def _upload(self, event: dict) -> int:
        if self._plan is None:
            # Same thread and connection as the engine, between two of its statements: a read-only look at
            # what this run is about to send, for "3 reports, 4.0 MB" (the engine already holds the list).
            due = Outbox(self._profile.db, self._profile.audit).due()
            self._plan = {item.id: item.size for item in due}
            self._done = {item.id: item.bytes_done for item in due}
        oid = event["outbox_id"]
        before = self._done.get(oid, 0)
        self._done[oid] = max(before, event["done"])
        new_bytes = self._done[oid] - before
        self._sent += new_bytes
        now = time.monotonic()
        self._history.append((now, self._sent))
        while len(self._history) > 2 and now - self._history[0][0] > RATE_WINDOW_S:
            self._history.popleft()
        event["items"] = len(self._plan)
        event["bytes_total"] = sum(self._plan.values())
        event["bytes_done"] = sum(min(self._done.get(i, 0), size) for i, size in self._plan.items())
        (t0, b0), (t1, b1) = self._history[0], self._history[-1]
        event["rate"] = (b1 - b0) / (t1 - t0) if t1 - t0 > 0.2 else 0.0
        return new_bytes

    def _send(self, event: dict, force: bool) -> None:
        now = time.monotonic()
        finished_item = event.get("phase") == "upload" and event.get("done") == event.get("total")
        self._pending = event
        if force or finished_item or now - self._last_emit >= PROGRESS_INTERVAL_S:
            self.flush()

    def flush(self) -> None:
        """Deliver the latest event if the throttle held it back (throttling never loses the last word)."""
        if self._pending is not None:
            event, self._pending = self._pending, None
            self._last_emit = time.monotonic()
            self._emit(event)


@dataclass
class PullSummary:
    """What a coordinator's run did (``pull_and_share``): envelopes verified and quarantined, review changes."""

    verified: int = 0
    quarantined: int = 0
    failed: list[tuple[int, str]] = field(default_factory=list)
    cancelled: bool = False
    reviews_applied: int = 0
    reviews_posted: int = 0
    conflicts: int = 0
    errors: list = field(default_factory=list)  # {"code", "params"} of each failure, to word them

    @property
    def ok(self) -> bool:
        return not self.failed and not self.cancelled

    @classmethod
    def from_result(cls, result: dict) -> PullSummary:
        pulled, reviews = result["pull"], result.get("reviews") or {}
        return cls(len(pulled["verified"]), len(pulled["quarantined"]),
                   [(f["server_seq"], f["reason"]) for f in pulled["failed"]], pulled["cancelled"],
                   reviews.get("applied", 0), reviews.get("posted", 0), reviews.get("conflicts", 0),
                   [{"code": f.get("code", "sync"), "params": f.get("params", {})} for f in pulled["failed"]])


class SyncWorker(QObject):
    """Runs sync in the background for an unlocked, enrolled profile.

    :param session: the GUI's :class:`~ui.session.Session`.
    :param retry_base_s: first retry delay after a failed run (doubles each time, jittered, at most an hour).
    :param periodic_ms: how often to sync while all is well (new mailbox messages, newly ready reports).
    :param client_options: passed to the engine's HTTP client (timeouts, retry delays).
    :param monitor: a :class:`~ui.connectivity.ConnectivityMonitor` (one is made from the session's tasks).
    :param auto_start: start a run when the profile is unlocked and when the server becomes reachable.
    """

    started = Signal()
    progressed = Signal(dict)
    # SyncResult (monitor) or PullSummary (coordinator), also for partial failures (see result.failed)
    finished = Signal(object)
    failed = Signal(str)  # the run could not complete (server unreachable, refused, ...): a translated sentence
    state_changed = Signal(str)  # "idle", "syncing", "offline", "waiting until HH:MM", "not enrolled"

    _run_progressed = Signal(dict)
    _run_ended = Signal(int, object, object)  # generation, outcome dict or None, exception or None

    def __init__(self, session, parent: QObject | None = None, *, retry_base_s: float = RETRY_BASE_S,
                 retry_max_s: float = RETRY_MAX_S, periodic_ms: int = PERIODIC_MS,
                 client_options: dict | None = None, monitor: ConnectivityMonitor | None = None,
                 auto_start: bool = True, rng: random.Random | None = None):
        super().__init__(parent)
        self._session = session
        self._retry_base, self._retry_max = retry_base_s, retry_max_s
        self._client_options = dict(DEFAULT_CLIENT_OPTIONS if client_options is None else client_options)
        self._auto = auto_start
        self._rng = rng or random.Random()
        self.monitor = monitor or ConnectivityMonitor(session.tasks, self)
        self.monitor.online_changed.connect(self._on_monitor_online_changed)

        self._enrolled: bool | None = None
        self._thread: threading.Thread | None = None
        self._cancel = threading.Event()
        self._generation = 0
        self._again = False
        self._failures = 0
        self.next_retry_at: datetime | None = None
        self.last_success: datetime | None = None
        self.last_error: str | None = None
        self.last_result: SyncResult | PullSummary | None = None
        self._state = ""

        self._retry_timer = QTimer(self, singleShot=True)
        self._retry_timer.timeout.connect(self.sync_now)
        self._periodic = QTimer(self)
        self._periodic.setInterval(periodic_ms)
        self._periodic.timeout.connect(self.sync_now)

        self._run_progressed.connect(self.progressed)
        self._run_ended.connect(self._on_run_ended)
        session.unlocked.connect(self._on_session_unlocked)
        session.about_to_lock.connect(self._on_session_about_to_lock)
        session.changed.connect(self._on_session_changed)
        self._set_state("idle")
        if session.is_unlocked:
            self.refresh_account()

    # --- public ------------------------------------------------------------------------------------------
    @property
    def state(self) -> str:
        return self._state

    @property
    def is_running(self) -> bool:
        return self._thread is not None

    @property
    def enrolled(self) -> bool:
        return bool(self._enrolled)

    @property
    def client_options(self) -> dict:
        """The HTTP client options of this worker's runs (the coordinator's messages use them too)."""
        return dict(self._client_options)

    @property
    def is_coordinator(self) -> bool:
        """A coordinator's run pulls and verifies reports and shares reviews instead of sending reports."""
        return self._session.role == "coordinator"

    def refresh_account(self) -> None:
        """Read the enrolment (server address) on the store thread; call after enrolling."""
        def read(profile):
            account = accounts.load_account(profile.db)
            return None if account is None else (account.server_url, account.tls_fingerprint)

        self._session.op(read, on_done=self._on_account_loaded, on_error=lambda exc: None)

    def sync_now(self) -> None:
        """Start a run now (a no-op when locked or not enrolled; queued once if a run is going on)."""
        if not self._session.is_unlocked or not self._enrolled:
            self._again = self._session.is_unlocked and self._enrolled is None  # runs once the account is read
            return
        if self._thread is not None:
            self._again = True
            return
        self._retry_timer.stop()
        self.next_retry_at = None
        self._generation += 1
        self._cancel = threading.Event()
        generation, cancel = self._generation, self._cancel
        # Marks the run as started now, so that a second click before the store thread answers does nothing.
        self._thread = threading.Thread(target=lambda: None)
        self._set_state("syncing")
        self.started.emit()
        # The Profile crosses to the worker thread only to have open_sibling() called on it, which reads fixed
        # fields (folder, key record); everything else happens on the sibling connection the thread opens.
        self._session.op(lambda profile: profile, on_done=lambda profile: self._start_thread(
            profile, generation, cancel), on_error=lambda exc: self._run_ended.emit(generation, None, exc))

    def cancel(self) -> None:
        """Stop the running run soon (between or inside chunks); what was sent stays sent."""
        self._cancel.set()
        self._retry_timer.stop()
        self.next_retry_at = None

    def shutdown(self, timeout: float = 10.0) -> None:
        """On quit: cancel, stop timers and wait (bounded) for the run's thread to close its connection."""
        self.cancel()
        self._periodic.stop()
        self.monitor.stop()
        thread = self._thread
        if thread is not None and thread.is_alive():
            thread.join(timeout)

    # --- the run (worker thread) -------------------------------------------------------------------------
    def _start_thread(self, profile, generation: int, cancel: threading.Event) -> None:
        if generation != self._generation or cancel.is_set():
            self._run_ended.emit(generation, None, None)
            return
        thread = threading.Thread(target=self._run, args=(profile, generation, cancel), name="kpfield-sync",
                                  daemon=True)
        self._thread = thread
        thread.start()

    def _run(self, profile, generation: int, cancel: threading.Event) -> None:
        outcome, error = None, None
        try:
            sibling = profile.open_sibling()
            try:
                outcome = self._run_on(sibling, cancel)
            finally:
                sibling.close()
        except BaseException as exc:  # noqa: BLE001 - every failure is reported to the GUI thread
            error = exc
        self._run_ended.emit(generation, outcome, error)

    def _run_on(self, profile, cancel: threading.Event) -> dict:
        if accounts.load_account(profile.db) is None:
            return {"enrolled": False}
        pacer = _Pacer(profile.settings.get("bandwidth_kbps", 0) or 0, cancel)
        progress = _RunProgress(profile, self._run_progressed.emit, pacer)
        if profile.role == "coordinator":
            from kpfield.coordinator.share import pull_and_share

            try:
                pulled = pull_and_share(profile, progress=progress, cancel=cancel,
                                        client_options=self._client_options)
            finally:
                progress.flush()
            return {"enrolled": True, "result": PullSummary.from_result(pulled), "next_retry": None}
        try:
            result = run_sync(profile, progress=progress, cancel=cancel, client_options=self._client_options)
        finally:
            progress.flush()
        outbox = Outbox(profile.db, profile.audit)
        return {"enrolled": True, "result": result, "next_retry": outbox.next_retry()}

    # --- results (GUI thread) ----------------------------------------------------------------------------
    @Slot(int, object, object)
    def _on_run_ended(self, generation: int, outcome, error) -> None:
        if generation != self._generation:
            return
        # Tell the monitor first, while the run still counts as running, so that "the server is back" does not
        # start a second run right after this one.
        if outcome is not None and outcome.get("result") is not None:
            self.monitor.report(True)
        elif isinstance(error, NetworkError) and not isinstance(error, TLSPinMismatch):
            self.monitor.report(False)
        self._thread = None
        if outcome is not None and not outcome["enrolled"]:
            self._enrolled = False
        elif error is not None:
            if not isinstance(error, StoreLocked) and self._session.is_unlocked:
                self.last_error = describe(error)
                self._schedule_retry(None)
                self.failed.emit(self.last_error)
        elif outcome is not None:
            result = outcome["result"]
            self.last_result = result
            if isinstance(result, PullSummary):
                # Always: besides new reports and reviews, a pull re-checks what it holds (a device revoked
                # since, a chain gap closed), which the counts do not show.
                self._session.changed.emit("reports")
            elif result.sent or result.messages:
                self._session.changed.emit("reports")  # report sync states changed: views refresh
            if result.ok:
                self._failures = 0
                self.last_error = None
                self.last_success = datetime.now().astimezone()
            elif not result.cancelled:
                errors = getattr(result, "errors", [])
                self.last_error = _describe_failure(errors[0]) if errors else None
                self._schedule_retry(outcome["next_retry"])
            self.finished.emit(result)
        again, self._again = self._again, False
        if again and self._session.is_unlocked and not self._cancel.is_set() and self._enrolled:
            self.sync_now()
            return
        self._update_state()

    def _schedule_retry(self, outbox_retry) -> None:
        if not self._session.is_unlocked:
            return
        self._failures += 1
        delay = min(self._retry_max, self._retry_base * 2 ** (self._failures - 1))
        delay *= 0.5 + self._rng.random()  # jitter: many devices behind one uplink do not retry in step
        if outbox_retry is not None:  # failed envelopes are not due before the outbox's own retry time
            delay = max(delay, outbox_retry.timestamp() - time.time())
        self.next_retry_at = datetime.fromtimestamp(time.time() + delay).astimezone()
        self._retry_timer.start(max(1, int(delay * 1000)))

    # --- session and connectivity ------------------------------------------------------------------------
    def _on_session_unlocked(self) -> None:
        self.refresh_account()

    def _on_session_about_to_lock(self) -> None:
        self.cancel()
        self._again = False
        self._failures = 0
        self._periodic.stop()
        self.monitor.stop()
        self._enrolled = None
        self._set_state("syncing" if self._thread is not None else "idle")

    def _on_session_changed(self, what: str) -> None:
        if what == "sync":  # the enrolment changed (see ui/enroll_dialog.py)
            self.refresh_account()

    def _on_account_loaded(self, server) -> None:
        self._enrolled = server is not None
        if server is None:
            self._again = False
            self.monitor.stop()
            self._update_state()
            return
        self.monitor.set_server(*server)
        self._periodic.start()
        self._update_state()
        again, self._again = self._again, False
        if self._auto or again:
            self.sync_now()  # resumes what an earlier session left half-sent

    def _on_monitor_online_changed(self, online: bool) -> None:
        if online and self._auto and self._enrolled and self._thread is None:
            self._failures = 0
            self.sync_now()
        else:
            self._update_state()

    def _update_state(self) -> None:
        if self._thread is not None:
            state = "syncing"
        elif not self._enrolled or not self._session.is_unlocked:
            state = "not enrolled" if self._session.is_unlocked else "idle"
        elif self._retry_timer.isActive() and self.next_retry_at is not None:
            state = "waiting until " + self.next_retry_at.strftime("%H:%M")
        elif self.monitor.is_online is False:
            state = "offline"
        else:
            state = "idle"
        self._set_state(state)

    def _set_state(self, state: str) -> None:
        if state != self._state:
            self._state = state
            self.state_changed.emit(state)
