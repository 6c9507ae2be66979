"""Whether the sync server can be reached: the system's network state where Qt has a backend, plus probing.

Two sources, because neither is enough alone. Qt's :class:`QNetworkInformation` reports link changes for free but
is missing on many systems (offscreen, minimal Linux, some Windows setups) and says nothing about the server
itself. A probe asks the server's unauthenticated ``GET /v1/time`` with a short timeout; it runs on the task
pool, never on the GUI thread, and only while the server is not known to be reachable (a field link is metered).
"""

from __future__ import annotations

import logging
import ssl

import httpx
from PySide6.QtCore import QObject, QTimer, Signal

log = logging.getLogger(__name__)

PROBE_INTERVAL_MS = 60_000
PROBE_TIMEOUT_S = 5.0


def probe_server(url: str, tls_fingerprint: str | None, timeout: float = PROBE_TIMEOUT_S) -> bool:
    """True when the server answers ``GET /v1/time`` (runs on a worker thread; sends no identity, no secret).

    :param url: the server's base address from the enrolment.
    :param tls_fingerprint: the pinned certificate fingerprint, if the server uses a self-signed one.
    :param timeout: seconds for the whole attempt.
    """
    verify: bool | ssl.SSLContext = True
    if tls_fingerprint:
        # The same pin the sync client uses: a probe must not talk to an impostor either.
        from kpfield.sync.transport import _pinned_ssl_context

        verify = _pinned_ssl_context(url, tls_fingerprint, timeout)
    try:
        with httpx.Client(timeout=timeout, verify=verify, trust_env=False, follow_redirects=False,
                          headers={"User-Agent": "kpfield"}) as client:
            response = client.get(url.rstrip("/") + "/v1/time")
        return response.status_code == 200 and isinstance(response.json().get("time"), int)
    except (httpx.HTTPError, ssl.SSLError, ValueError, OSError, AttributeError):
        return False


def _system_network_information():
    """Qt's network information object when a backend loads here, else None (guarded: it may not exist)."""
    try:
        from PySide6.QtNetwork import QNetworkInformation

        if QNetworkInformation.instance() is None:
            if not QNetworkInformation.loadDefaultBackend():
                return None
        info = QNetworkInformation.instance()
        if info is None or not info.supports(QNetworkInformation.Feature.Reachability):
            return None
        return info
    except Exception as exc:  # noqa: BLE001 - any failure here only means "no system hint"
        log.info("no system network information: %s", type(exc).__name__)
        return None


class ConnectivityMonitor(QObject):
    """Tracks whether the server is reachable; emits :attr:`online_changed` on every change.

    :param tasks: the :class:`~ui.tasks.TaskManager` whose pool runs the probes.
    :param probe_interval_ms: how often to probe while the server is not known to be reachable.
    :param probe_timeout: seconds per probe.
    :param use_system: listen to :class:`QNetworkInformation` when a backend is available.
    """

    online_changed = Signal(bool)

    def __init__(self, tasks, parent: QObject | None = None, *, probe_interval_ms: int = PROBE_INTERVAL_MS,
                 probe_timeout: float = PROBE_TIMEOUT_S, use_system: bool = True):
        super().__init__(parent)
        self._tasks = tasks
        self._timeout = probe_timeout
        self._server: tuple[str, str | None] | None = None
        self._online: bool | None = None
        self._probing = False
        self._timer = QTimer(self)
        self._timer.setInterval(probe_interval_ms)
        self._timer.timeout.connect(self.probe_now)
        self._system = _system_network_information() if use_system else None
        self._system_down = False
        if self._system is not None:
            self._system.reachabilityChanged.connect(self._on_system_reachability_changed)
            self._on_system_reachability_changed(self._system.reachability())

    @property
    def is_online(self) -> bool | None:
        """True (reachable), False (not reachable) or None (not known yet)."""
        return self._online

    @property
    def has_system_information(self) -> bool:
        return self._system is not None

    def set_server(self, url: str | None, tls_fingerprint: str | None = None) -> None:
        """Watch this server (None stops probing, e.g. when locked or not enrolled)."""
        self._server = (url, tls_fingerprint) if url else None
        self._online = None
        if self._server is None:
            self._timer.stop()
        else:
            self._timer.start()

    def report(self, online: bool) -> None:
        """Record what a sync run found out (a run is the best probe there is)."""
        self._set_online(online)

    def probe_now(self) -> None:
        """Ask the server once, on the task pool; the answer arrives through :attr:`online_changed`."""
        if self._server is None or self._probing or self._system_down:
            return
        self._probing = True
        url, fingerprint = self._server

        def done(ok):
            self._probing = False
            if self._server == (url, fingerprint):  # not re-targeted or stopped meanwhile
                self._set_online(bool(ok))

        def error(_exc):
            self._probing = False

        try:
            self._tasks.run_work(probe_server, url, fingerprint, self._timeout, on_done=done, on_error=error)
        except RuntimeError:  # the task manager is shutting down
            self._probing = False

    def stop(self) -> None:
        self.set_server(None)

    # --- internals ---------------------------------------------------------------------------------------
    def _set_online(self, online: bool) -> None:
        # Probe while the server is not reachable; stop once it is (the sync runs report failures).
        if self._server is not None:
            if online:
                self._timer.stop()
            elif not self._timer.isActive():
                self._timer.start()
        if online != self._online:
            self._online = online
            self.online_changed.emit(online)

    def _on_system_reachability_changed(self, reachability) -> None:
        from PySide6.QtNetwork import QNetworkInformation

        down = reachability == QNetworkInformation.Reachability.Disconnected
        self._system_down = down
        if down:
            if self._server is not None:
                self._set_online(False)
        else:
            self.probe_now()  # a link appeared (or changed): see whether the server is there
