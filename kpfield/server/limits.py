"""Bounds on what one client can cost the server: request-head size and deadline, body size and deadlines, connections.

Two layers, because uvicorn leaves gaps an attacker on a shared network can use:

* :class:`GuardedH11Protocol` (HTTP protocol level): a request head must arrive whole within ``header_timeout_s``
  (uvicorn has no such deadline, so a client trickling header lines -- slowloris -- would hold a connection
  forever) and may not exceed ``max_header_bytes`` (431).
* :class:`RequestLimits` (ASGI middleware): a declared ``Content-Length`` above the largest body any route accepts
  is refused (413) before a byte of the body is read; a chunked body is counted as it streams; a body whose next
  piece does not come within ``body_idle_timeout_s``, or that is not complete within ``body_timeout_s``, is cut
  off with 408. When a route answers without reading the whole body (an error, or a route that reads none), the
  rest is read and thrown away first -- within the same size limit and deadlines -- so the client, which sends its
  whole body before it reads, gets the answer; if it does not come in time the connection is closed instead.
  A client that stops taking the answer (e.g. an envelope download) for ``send_timeout_s`` loses its connection.

:func:`uvicorn_options` gives the uvicorn settings that apply a :class:`~kpfield.server.context.ServerConfig`.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time

import h11
from h11._connection import DEFAULT_MAX_INCOMPLETE_EVENT_SIZE  # uvicorn imports it from there too
from uvicorn.protocols.http.h11_impl import H11Protocol

_CLOSE = (b"connection", b"close")
log = logging.getLogger("kpfield.server")


class _SlowReader(Exception):
    """Raised inside the app when the client stopped taking its answer; :class:`RequestLimits` ends the request."""


def _error_bytes(status: int, reason: str, code: str, message: str) -> bytes:
    """A complete HTTP/1.1 error response that closes the connection (written before h11 knows of a request)."""
    body = json.dumps({"error": code, "message": message}).encode()
    return (f"HTTP/1.1 {status} {reason}\r\ncontent-type: application/json\r\ncontent-length: {len(body)}\r\n"
            "connection: close\r\n\r\n").encode("ascii") + body


class GuardedH11Protocol(H11Protocol):
    """uvicorn's h11 protocol with a deadline for each request head and a 431 for an oversized one.

    The deadline starts at the connection's first moment (a client that connects and says nothing is cut off too)
    and, on a kept-alive connection, at the first byte of the next request: idle time between requests stays
    governed by uvicorn's keep-alive timeout.
    """

    header_timeout_s: float = 10.0
    book = None  # a ConnectionBook shared by the server's connections (see connections.py)

    def connection_made(self, transport) -> None:
        self._head_timer = None
        super().connection_made(transport)
        if self.book is not None:
            admitted, victims = self.book.admit(self, self.client)
            for victim in victims:  # anonymous connections closed to make room (the client sees the connection end)
                victim.transport.close()
            if victims:
                log.info('{"event": "anonymous_connection_closed", "count": %d}', len(victims))
            if not admitted:
                log.warning('{"event": "connection_refused", "reason": "all_slots_signed"}')
                self.transport.write(_error_bytes(503, "Service Unavailable", "too_many_connections",
                                                  "Too many connections; try again later."))
                self.transport.close()
                return
        self._arm_head_timer()

    def data_received(self, data: bytes) -> None:
        if self._head_timer is None and self.conn.their_state is h11.IDLE:
            self._arm_head_timer()
        super().data_received(data)
        if self.conn.their_state is not h11.IDLE:  # the head is complete (or the connection failed)
            self._cancel_head_timer()

    def connection_lost(self, exc) -> None:
        self._cancel_head_timer()
        if self.book is not None:
            self.book.release(self)
        super().connection_lost(exc)

    def send_400_response(self, msg: str) -> None:
        # h11 fails with "Receive buffer too long" when a head outgrows max_incomplete_event_size: say so (431).
        limit = self.config.h11_max_incomplete_event_size or DEFAULT_MAX_INCOMPLETE_EVENT_SIZE
        if len(self.conn.trailing_data[0]) > limit:
            self.logger.warning("Request head too large.")
            self.transport.write(_error_bytes(431, "Request Header Fields Too Large", "headers_too_large",
                                              "The request's headers are too large."))
            self.transport.close()
            return
        super().send_400_response(msg)

    def _arm_head_timer(self) -> None:
        self._cancel_head_timer()
        self._head_timer = self.loop.call_later(self.header_timeout_s, self._head_timed_out)

    def _cancel_head_timer(self) -> None:
        if self._head_timer is not None:
            self._head_timer.cancel()
            self._head_timer = None

    def _head_timed_out(self) -> None:
        self._head_timer = None
        if self.transport.is_closing() or self.conn.their_state is not h11.IDLE:
            return
        if self.conn.trailing_data[0]:  # part of a head arrived: tell the client why it is cut off
            self.transport.write(_error_bytes(408, "Request Timeout", "request_timeout",
                                              "The request's headers did not arrive in time."))
        self.transport.close()


class RequestLimits:
    """Pure ASGI middleware bounding request bodies in size and time (see the module docstring).

    :param app: the ASGI application.
    :param max_body_bytes: the largest body any route accepts; routes enforce their own, smaller limits.
    :param body_idle_timeout_s: longest wait for the next piece of a body.
    :param body_timeout_s: longest time from the end of the head to the end of the body.
    :param send_timeout_s: longest wait for the client to take the next part of the answer.
    :param drain_timeout_s: after answering a request that is not a device's (no authenticated device), how long
        the rest of its body may take to arrive and be thrown away (a device's request keeps the body deadlines).
    """

    def __init__(self, app, *, max_body_bytes: int, body_idle_timeout_s: float, body_timeout_s: float,
                 send_timeout_s: float = 300.0, drain_timeout_s: float = 10.0):
        self.app = app
        self.drain_timeout_s = drain_timeout_s
        self.max_body_bytes = max_body_bytes
        self.body_idle_timeout_s = body_idle_timeout_s
        self.body_timeout_s = body_timeout_s
        self.send_timeout_s = send_timeout_s

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        length, chunked = None, False
        for name, value in scope["headers"]:
            if name == b"content-length":
                length = int(value)  # h11 has already refused a non-numeric or conflicting Content-Length
            elif name == b"transfer-encoding":
                chunked = True
        if length is not None and length > self.max_body_bytes:
            return await _respond(send, 413, "body_too_large",
                                  f"The request body is larger than {self.max_body_bytes} bytes.",
                                  limit=self.max_body_bytes)
        deadline = time.monotonic() + self.body_timeout_s
        state = {"body_done": not chunked and not length, "cut": None, "started": False, "received": 0,
                 "slow_reader": False}

        async def guarded_receive():
            if state["cut"]:
                return {"type": "http.disconnect"}
            if state["body_done"]:  # after the body, receive() only waits for a disconnect: no deadline
                return await receive()
            wait = min(self.body_idle_timeout_s, deadline - time.monotonic())
            try:
                message = await asyncio.wait_for(receive(), max(wait, 0.0))
            except asyncio.TimeoutError:
                # To the route this looks like a client that went away (uploads keep what arrived); the route's
                # answer is then replaced by the 408 below.
                state["cut"] = "timeout"
                return {"type": "http.disconnect"}
            if message["type"] == "http.request":
                state["received"] += len(message.get("body", b""))
                if state["received"] > self.max_body_bytes:
                    state["cut"] = "too_large"
                    return {"type": "http.disconnect"}
                if not message.get("more_body", False):
                    state["body_done"] = True
            return message

        async def discard_rest() -> bool:
            """Read and drop what is left of the body within the limits; False when it did not all come."""
            until = deadline
            if not scope.get("state", {}).get("device_id"):  # a stranger's body: seconds, not the body deadline
                until = min(deadline, time.monotonic() + self.drain_timeout_s)
            while not state["body_done"]:
                try:
                    message = await asyncio.wait_for(
                        receive(), max(0.0, min(self.body_idle_timeout_s, until - time.monotonic())))
                except asyncio.TimeoutError:
                    return False
                if message["type"] != "http.request":
                    return False
                state["received"] += len(message.get("body", b""))
                if state["received"] > self.max_body_bytes:
                    return False
                state["body_done"] = not message.get("more_body", False)
            return True

        async def guarded_send(message):
            if state["cut"] and not state["started"]:
                if message["type"] == "http.response.start":  # the route's answer gives way to ours
                    state["started"] = True
                    await _respond_cut(send, state["cut"], self)
                return
            if message["type"] == "http.response.start":
                state["started"] = True
                if not state["body_done"] and not await discard_rest():
                    # The rest of the body did not come in time: never wait for it after answering.
                    message = {**message, "headers": [*message.get("headers", []), _CLOSE]}
            try:
                # send() waits while the client's connection is backed up: a client that reads nothing stays here.
                await asyncio.wait_for(send(message), self.send_timeout_s)
            except asyncio.TimeoutError:
                state["slow_reader"] = True
                raise _SlowReader() from None

        try:
            await self.app(scope, guarded_receive, guarded_send)
        except BaseException:
            # The answer is half sent, so no error answer is possible: returning lets uvicorn close the connection.
            # (Checked by flag: a streaming response may wrap the exception in an exception group.)
            if not state["slow_reader"]:
                raise
            log.info('{"event": "slow_reader_cut"}')
            return
        if state["cut"] and not state["started"]:
            await _respond_cut(send, state["cut"], self)


async def _respond_cut(send, reason: str, limits: RequestLimits) -> None:
    if reason == "timeout":
        await _respond(send, 408, "request_timeout", "The request's body did not arrive in time.")
    else:
        await _respond(send, 413, "body_too_large", f"The request body is larger than {limits.max_body_bytes} "
                       "bytes.", limit=limits.max_body_bytes)


async def _respond(send, status: int, code: str, message: str, **extra) -> None:
    body = json.dumps({"error": code, "message": message, **extra}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            _CLOSE]})
    await send({"type": "http.response.body", "body": body})


def uvicorn_options(config, book=None) -> dict:
    """The ``uvicorn.run`` / ``uvicorn.Config`` settings that apply ``config``'s connection limits.

    :param config: a :class:`~kpfield.server.context.ServerConfig`, or the
        :class:`~kpfield.server.context.ServerContext` being served (preferred: its connection book is the one the
        app marks device connections in, so they keep their slots).
    :param book: the :class:`~kpfield.server.connections.ConnectionBook` (default: the context's, or a new one).
    """
    from kpfield.server.connections import ConnectionBook

    if book is None:
        book = getattr(config, "connections", None)
    config = getattr(config, "config", config)
    book = book or ConnectionBook.from_config(config)
    protocol = type("KPFieldH11Protocol", (GuardedH11Protocol,), {"header_timeout_s": config.header_timeout_s,
                                                                   "book": book})
    # No uvicorn concurrency limit: the book admits connections (uvicorn's answers 503 to everyone once full).
    return {"http": protocol, "h11_max_incomplete_event_size": config.max_header_bytes,
            "timeout_keep_alive": config.keep_alive_s, "limit_concurrency": None}
