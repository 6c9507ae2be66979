"""The status-bar sync indicator and the "Sync now" action; both only follow a :class:`~ui.sync_worker.SyncWorker`."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QWidget

from ui.elided_label import ElidedLabel


def format_bytes(n: float) -> str:
    """Sizes as people read them on a slow link: 950 B, 12 kB, 1.2 MB (decimal units)."""
    if n < 1000:
        return QCoreApplication.translate("sync", "%1 B").replace("%1", str(int(n)))
    if n < 1_000_000:
        return QCoreApplication.translate("sync", "%1 kB").replace("%1", f"{n / 1000:.0f}")
    return QCoreApplication.translate("sync", "%1 MB").replace("%1", f"{n / 1_000_000:.1f}")


class SyncStatusWidget(QWidget):
    """Shows what the worker is doing: state, bytes and rate while sending, last success, the failure reason."""

    def __init__(self, worker, parent: QWidget | None = None):
        super().__init__(parent)
        self._worker = worker
        self._progress: dict | None = None
        # A long failure reason must not push the other status-bar items off: elided, whole in the tooltip.
        self.label = ElidedLabel(self.tr("Sync status"), mode=Qt.TextElideMode.ElideRight)
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(120)
        self.bar.setTextVisible(False)
        self.bar.setRange(0, 1000)
        self.bar.setAccessibleName(self.tr("Sending progress"))
        self.bar.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.label)
        self.setAccessibleName(self.tr("Sync status"))
        worker.state_changed.connect(self._on_worker_state_changed)
        worker.progressed.connect(self._on_worker_progressed)
        worker.finished.connect(self._on_worker_finished)
        worker.failed.connect(self._on_worker_failed)
        worker.started.connect(self._on_worker_started)
        self._refresh()

    # --- slots -------------------------------------------------------------------------------------------
    def _on_worker_started(self) -> None:
        self._progress = None
        self._refresh()

    def _on_worker_state_changed(self, _state: str) -> None:
        if self._worker.state != "syncing":
            self._progress = None
        self._refresh()

    def _on_worker_progressed(self, event: dict) -> None:
        if event.get("phase") in ("upload", "download"):
            self._progress = event
        self._refresh()

    def _on_worker_finished(self, _result) -> None:
        self._refresh()

    def _on_worker_failed(self, _message: str) -> None:
        self._refresh()

    # --- text --------------------------------------------------------------------------------------------
    def status_text(self) -> str:
        """The indicator's sentence (also its tooltip and accessible description)."""
        worker, state = self._worker, self._worker.state
        if state == "syncing":
            event = self._progress
            if event and event.get("phase") == "download" and event.get("total"):
                return (self.tr("Receiving reports — %1 of %2")
                        .replace("%1", format_bytes(event["done"])).replace("%2", format_bytes(event["total"])))
            if event and event.get("bytes_total"):
                text = self.tr("Sending %n report(s) — %1 of %2, %3/s", "", event.get("items", 1))
                return (text.replace("%1", format_bytes(event["bytes_done"]))
                        .replace("%2", format_bytes(event["bytes_total"]))
                        .replace("%3", format_bytes(event.get("rate", 0.0))))
            return self.tr("Syncing…")
        if state == "not enrolled":
            return self.tr("Not connected to a sync server")
        parts = []
        if state == "offline":
            parts.append(self.tr("Offline: the server cannot be reached"))
        elif state.startswith("waiting until ") and worker.next_retry_at is not None:
            parts.append(self.tr("Will try again at %1").replace("%1", worker.next_retry_at.strftime("%H:%M")))
        if worker.last_error and state != "idle":
            parts.append(worker.last_error)
        if worker.last_success is not None and getattr(worker, "is_coordinator", False):
            parts.append(self._pulled_text(worker))
        elif worker.last_success is not None:
            parts.append(self.tr("Last sent %1").replace("%1", _when(worker.last_success)))
        elif not parts:
            parts.append(self.tr("Not synced yet"))
        return " — ".join(parts)

    def _pulled_text(self, worker) -> str:
        """A coordinator's last run: when, and what it brought (verified, quarantined, reviews)."""
        text = self.tr("Last checked %1").replace("%1", _when(worker.last_success))
        result = worker.last_result
        if result is not None and hasattr(result, "quarantined"):
            news = []
            if result.verified:
                news.append(self.tr("%n new report(s) verified", "", result.verified))
            if result.quarantined:
                news.append(self.tr("%n quarantined", "", result.quarantined))
            if result.reviews_applied:
                news.append(self.tr("%n review change(s) from other coordinators", "", result.reviews_applied))
            if result.conflicts:
                news.append(self.tr("%n conflicting review change(s)", "", result.conflicts))
            if news:
                text += ": " + ", ".join(news)
        return text

    def _refresh(self) -> None:
        text = self.status_text()
        self.label.setText(text)
        self.setToolTip(text)
        self.setAccessibleDescription(text)
        event = self._progress
        done, total = (event.get("bytes_done", event.get("done", 0)), event.get("bytes_total", event.get("total", 0))) \
            if event else (0, 0)
        moving = self._worker.state == "syncing" and bool(total)
        self.bar.setVisible(moving)
        if moving:
            self.bar.setValue(int(1000 * done / max(1, total)))


def _when(moment: datetime) -> str:
    now = datetime.now().astimezone()
    local = moment.astimezone()
    return local.strftime("%H:%M") if local.date() == now.date() else local.strftime("%Y-%m-%d %H:%M")


class SyncAction(QAction):
    """"Sync now": enabled only while a run can start; follows the worker (disconnected when deleted)."""

    def __init__(self, parent, worker):
        super().__init__(QCoreApplication.translate("sync", "S&ync now"), parent)
        self.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.setToolTip(QCoreApplication.translate("sync", "Send ready reports now (Ctrl+Shift+S)"))
        self.setObjectName("sync_now_action")
        self._worker = worker
        self.triggered.connect(worker.sync_now)
        worker.state_changed.connect(self._on_worker_state_changed)
        self._on_worker_state_changed(worker.state)

    def _on_worker_state_changed(self, state: str) -> None:
        self.setEnabled(state not in ("syncing", "not enrolled"))
        if getattr(self._worker, "is_coordinator", False):
            self.setToolTip(QCoreApplication.translate(
                "sync", "Fetch and verify new reports, share reviews (Ctrl+Shift+S)"))
        else:
            self.setToolTip(QCoreApplication.translate("sync", "Send ready reports now (Ctrl+Shift+S)"))


def make_sync_action(parent, worker) -> QAction:
    """A "Sync now" action (Ctrl+Shift+S) wired to ``worker``, for the toolbar and the menu."""
    return SyncAction(parent, worker)
