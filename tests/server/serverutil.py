"""A real KP Field sync server (uvicorn) on 127.0.0.1 in a background thread, for tests and benchmarks.

Usage::

    with RunningServer(tmp_path / "srv") as server:
        invitation = server.invite("monitor")
        httpx.get(server.url + "/v1/time")
        server.restart()          # same data folder, same port

It imports only the project, so other test folders (tests/sync, bench/) can reuse it.
"""

from __future__ import annotations

import asyncio
import socket
import threading
from pathlib import Path

import uvicorn

from kpfield.server.app import create_app
from kpfield.server.limits import uvicorn_options
from kpfield.server.context import ServerConfig, ServerContext

__all__ = ["RunningServer"]


class _Server(uvicorn.Server):
    """uvicorn's server, telling a waiting thread when it is listening (no polling, no sleeps)."""

    def __init__(self, config, ready: threading.Event):
        super().__init__(config)
        self._ready = ready

    async def startup(self, sockets=None):
        await super().startup(sockets=sockets)
        self._ready.set()

    def install_signal_handlers(self):  # a background thread may not install signal handlers
        pass


class RunningServer:
    """A server on ``data_dir``; ``url`` is its address while running.

    :param data_dir: the server's data folder (created if missing).
    :param config: any :class:`ServerConfig` field to override (e.g. ``max_envelope_bytes``, ``clock``).
    """

    def __init__(self, data_dir: str | Path, *, ssl_certfile: str | None = None, ssl_keyfile: str | None = None,
                 **config):
        self.data_dir = Path(data_dir)
        self.ssl = (ssl_certfile, ssl_keyfile) if ssl_certfile else None
        self._overrides = config
        self.port: int | None = None
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self.ctx: ServerContext | None = None
        self.app = None

    @property
    def url(self) -> str:
        return f"{'https' if self.ssl else 'http'}://127.0.0.1:{self.port}"

    def make_config(self) -> ServerConfig:
        config = ServerConfig(data_dir=self.data_dir, **self._overrides)
        if self.port is not None:
            config.public_url = self.url
        return config

    def start(self) -> RunningServer:
        # proto=IPPROTO_TCP: asyncio sets TCP_NODELAY on accepted connections only when the listening socket says
        # so; without it Nagle + delayed ACK add 40 ms to every request.
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", self.port or 0))
        self.port = sock.getsockname()[1]
        self.ctx = ServerContext(self.make_config())
        app = self.app = create_app(context=self.ctx)
        kwargs = {}
        if self.ssl:
            kwargs = {"ssl_certfile": self.ssl[0], "ssl_keyfile": self.ssl[1]}
        # The production connection limits (``kpfield server run``): headers, keep-alive, connection cap.
        config = uvicorn.Config(app, log_level="warning", lifespan="on", timeout_graceful_shutdown=2,
                                **uvicorn_options(self.ctx), **kwargs)
        ready = threading.Event()
        self._server = _Server(config, ready)
        self._thread = threading.Thread(target=lambda: asyncio.run(self._server.serve(sockets=[sock])),
                                        name=f"kpfield-server-{self.port}", daemon=True)
        self._thread.start()
        if not ready.wait(20):
            raise RuntimeError("the test server did not start")
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
            self._thread.join(20)
            self._server = self._thread = None

    def restart(self) -> None:
        """Stop and start again on the same data folder and port (a server reboot)."""
        self.stop()
        self.start()

    def invite(self, role: str = "monitor", expires_s: int = 7 * 86400, label: str = "") -> str:
        return self.ctx.issue_invitation(role, expires_s, label=label, url=self.url)

    def __enter__(self) -> RunningServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
