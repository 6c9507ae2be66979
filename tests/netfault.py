"""A fault-injecting, throttling TCP proxy on 127.0.0.1 that tests and benchmarks put between a client and a server.

Usage::

    with FaultProxy(server_port, seed=7) as proxy:
        proxy.set_rate(256_000)                  # bits per second, each direction
        proxy.set_latency(0.3)                   # one-way, per chunk
        proxy.cut_every(20.0)                    # all live connections, wall time
        proxy.fail_requests(503, count=2, retry_after_s=1)
        httpx.post(proxy.url + "/upload", content=b"...")
        print(proxy.stats().bytes_up)

The proxy runs an asyncio loop in one background thread; every public method is thread-safe and may be called
while traffic flows.  Directions: ``UP`` is client→server, ``DOWN`` is server→client.  Buffers are bounded: each
direction of each connection queues at most ``queue_chunks * chunk_size`` bytes, then stops reading (TCP back
pressure).  It imports nothing from the project or from conftest, so bench scripts can use it directly.
"""

from __future__ import annotations

import asyncio
import dataclasses
import http
import random
import re
import socket
import struct
import threading
import time
import weakref
from typing import Callable

UP = "up"
DOWN = "down"
BOTH = "both"
_DIRS = (UP, DOWN)
_EOF = object()
_CLOSE = object()


@dataclasses.dataclass(frozen=True)
class ProxyStats:
    """A snapshot of the proxy's counters (bytes are payload bytes written to the far side)."""

    connections: int = 0  # accepted from clients
    active: int = 0  # open right now
    upstream_failures: int = 0  # upstream connect refused / timed out; the client was closed
    bytes_up: int = 0  # forwarded client→server
    bytes_down: int = 0  # forwarded server→client
    dropped_up: int = 0  # read from the client but discarded by a cut
    dropped_down: int = 0
    bytes_injected: int = 0  # canned HTTP responses written to clients
    cuts: int = 0  # connections closed by a cut rule, cut_every() or cut_all()
    resets: int = 0  # of those, closed with RST
    stalls: int = 0
    http_requests: int = 0  # request heads seen
    http_errors: int = 0  # canned 5xx answers
    truncations: int = 0  # responses cut short

    @property
    def faults(self) -> int:
        """Every fault injected: cuts, stalls, canned HTTP errors and truncations."""
        return self.cuts + self.stalls + self.http_errors + self.truncations


@dataclasses.dataclass
class _Rule:
    kind: str  # "cut", "stall", "fail", "truncate"
    remaining: int | None  # None: forever
    probability: float = 1.0
    direction: str | None = None  # None: drawn at random
    offset: int | None = None  # None: drawn uniformly from 0..within
    within: int = 0
    reset: bool = False
    duration_s: float | None = None
    status: int = 503
    retry_after_s: int | None = None
    method: str | None = None
    path_prefix: str | None = None


class _Bucket:
    """Token bucket for one direction of the link; starts empty so measured times are never below size/rate."""

    def __init__(self, rate_bps: float):
        self.rate = rate_bps / 8.0
        self.capacity = max(256, int(self.rate * 0.02))  # 20 ms of burst
        self.tokens = 0.0
        self.stamp = time.monotonic()

    async def take(self, n: int) -> None:
        # Tokens may go negative: concurrent writers queue up behind the debt, so the sum stays exact.
        now = time.monotonic()
        self.tokens = min(self.capacity, self.tokens + (now - self.stamp) * self.rate) - n
        self.stamp = now
        if self.tokens < 0:
            await asyncio.sleep(-self.tokens / self.rate)


class RequestFramer:
    """Splits a client→server byte stream at HTTP/1.x request boundaries; anything else passes through untouched.

    ``feed(data)`` returns ``(index, piece, done, head)`` tuples in stream order: ``index`` numbers the request the
    piece belongs to (``None`` for bytes outside any request), ``done`` marks its last piece and ``head`` is
    ``(method, target)`` on the piece that is the complete request head.  Heads are held back (at most 64 KiB)
    until complete, so a fault can be chosen by method and path before a single byte is forwarded.
    """

    HEAD_LIMIT = 64 * 1024
    _PLAUSIBLE = re.compile(rb"[A-Z]{0,20}\Z|[A-Z]{1,20} ")

    def __init__(self) -> None:
        self.opaque = False
        self.index = 0
        self._state = "head"
        self._pending = bytearray()
        self._left = 0

    def feed(self, data: bytes) -> list[tuple[int | None, bytes, bool, tuple[str, str] | None]]:
        if self.opaque:
            return [(None, bytes(data), False, None)] if data else []
        out: list = []
        buf = self._pending
        buf += data
        while buf and not self.opaque:
            if self._state == "head":
                if buf[:2] == b"\r\n":  # stray CRLF between requests (RFC 9112 §2.2)
                    out.append((None, bytes(buf[:2]), False, None))
                    del buf[:2]
                    continue
                if buf == b"\r":  # maybe the first half of a stray CRLF
                    break
                end = buf.find(b"\r\n\r\n")
                if not self._PLAUSIBLE.match(bytes(buf[:21])) or (end < 0 and len(buf) > self.HEAD_LIMIT):
                    self._give_up(out)
                    break
                if end < 0:
                    break
                head = bytes(buf[: end + 4])
                del buf[: end + 4]
                self._start_request(head, out)
            elif self._state in ("body", "chunk_data"):
                n = min(self._left, len(buf))
                self._left -= n
                done = self._left == 0 and self._state == "body"
                out.append((self.index, bytes(buf[:n]), done, None))
                del buf[:n]
                if self._left == 0:
                    self._state = "head" if done else "chunk_size"
            elif self._state == "chunk_size":
                end = buf.find(b"\r\n")
                if end < 0:
                    if len(buf) > 4096:
                        self._give_up(out)
                    break
                try:
                    size = int(bytes(buf[:end]).split(b";")[0].strip(), 16)
                except ValueError:
                    self._give_up(out)
                    break
                out.append((self.index, bytes(buf[: end + 2]), False, None))
                del buf[: end + 2]
                self._state, self._left = ("trailers", 0) if size == 0 else ("chunk_data", size + 2)
            else:  # trailers: end at an empty line
                end = 2 if buf[:2] == b"\r\n" else buf.find(b"\r\n\r\n") + 4
                if end < 4 and buf[:2] != b"\r\n":
                    if len(buf) > self.HEAD_LIMIT:
                        self._give_up(out)
                    break
                out.append((self.index, bytes(buf[:end]), True, None))
                del buf[:end]
                self._state = "head"
        return out

    def _start_request(self, head: bytes, out: list) -> None:
        lines = head.split(b"\r\n")
        parts = lines[0].split(b" ")
        if len(parts) != 3 or not parts[2].startswith(b"HTTP/1."):
            out.append((None, head, False, None))
            self.opaque = True
            return
        length, chunked, upgrade = 0, False, False
        for line in lines[1:]:
            name, _, value = line.partition(b":")
            name, value = name.strip().lower(), value.strip().lower()
            if name == b"content-length" and value.isdigit():
                length = int(value)
            elif name == b"transfer-encoding":
                chunked = value.endswith(b"chunked")
            elif name == b"upgrade":
                upgrade = True
        self.index += 1
        method = parts[0].decode("ascii")
        done = not chunked and length == 0
        out.append((self.index, head, done, (method, parts[1].decode("latin-1"))))
        if upgrade or method == "CONNECT":  # the rest is not HTTP any more
            self.opaque = True
        elif chunked:
            self._state = "chunk_size"
        elif length:
            self._state, self._left = "body", length

    def _give_up(self, out: list) -> None:
        out.append((None, bytes(self._pending), False, None))
        self._pending.clear()
        self.opaque = True


class _Pump:
    """One direction of one connection: a reader task fills a bounded, timestamped queue; a writer task drains it."""

    def __init__(self, direction: str, src: asyncio.StreamReader, dst: asyncio.StreamWriter, queue_chunks: int):
        self.direction = direction
        self.src, self.dst = src, dst
        self.queue: asyncio.Queue = asyncio.Queue(queue_chunks)
        self.read = 0
        self.delivered = 0
        self.triggers: list[tuple[int, _Rule]] = []  # kept sorted by offset
        self.flowing = asyncio.Event()
        self.flowing.set()

    def add_trigger(self, offset: int, rule: _Rule) -> None:
        self.triggers.append((offset, rule))
        self.triggers.sort(key=lambda t: t[0])


class _Conn:
    """A client connection, its upstream connection and the four pump tasks between them."""

    def __init__(self, proxy: FaultProxy, client_r, client_w, server_r, server_w):
        self.proxy = proxy
        self.writers = (client_w, server_w)
        self.pumps = {UP: _Pump(UP, client_r, server_w, proxy._queue_chunks),
                      DOWN: _Pump(DOWN, server_r, client_w, proxy._queue_chunks)}
        self.dead = False
        self.tasks: list[asyncio.Task] = []
        self.linger: asyncio.Task | None = None

    async def run(self) -> None:
        for pump in self.pumps.values():
            self.tasks += [asyncio.create_task(self._read(pump)), asyncio.create_task(self._write(pump))]
        await asyncio.wait(self.tasks)
        if self.linger is not None:
            await self.linger

    def cut(self, reset: bool = False, reason: str | None = None) -> None:
        """Close both sockets now (RST if ``reset``), dropping whatever is still queued."""
        if self.dead:
            return
        self.dead = True
        current = asyncio.current_task()
        for task in self.tasks:
            if task is not current:
                task.cancel()
        if reset:
            for w in self.writers:
                sock = w.get_extra_info("socket")
                if sock is not None:
                    try:
                        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    except OSError:
                        pass
                w.transport.abort()
        else:
            self.linger = asyncio.get_running_loop().create_task(self._close_gracefully())
        counts = {"dropped_up": self.pumps[UP].read - self.pumps[UP].delivered,
                  "dropped_down": self.pumps[DOWN].read - self.pumps[DOWN].delivered}
        if reason == "cut":
            counts.update(cuts=1, resets=int(reset))
        elif reason == "truncate":
            counts.update(truncations=1)
        self.proxy._bump(**counts)

    async def _close_gracefully(self) -> None:
        """Send FIN both ways, then discard what the peers still send until they close (at most ``linger_s``).

        Closing a socket with unread input makes the kernel answer with RST instead of FIN, so a plain close
        would turn a clean cut into a reset whenever the client is still sending.
        """
        for w in self.writers:
            if not w.is_closing() and w.can_write_eof():
                try:
                    w.write_eof()
                except OSError:
                    pass

        async def discard(reader: asyncio.StreamReader) -> None:
            try:
                while await reader.read(self.proxy._chunk_size):
                    pass
            except OSError:
                pass

        readers = [pump.src for pump in self.pumps.values()]
        drains = [asyncio.create_task(discard(r)) for r in readers]
        try:
            await asyncio.wait(drains, timeout=self.proxy._linger_s)
        finally:
            for task in drains:
                task.cancel()
        for w in self.writers:
            w.close()

    async def _read(self, pump: _Pump) -> None:
        proxy = self.proxy
        framer = RequestFramer() if pump.direction == UP else None
        faulted: tuple[int, bytes] | None = None
        try:
            while True:
                data = await pump.src.read(proxy._chunk_size)
                if not data:
                    await pump.queue.put((0.0, _EOF))
                    return
                due = time.monotonic() + proxy._latency_s
                pieces = framer.feed(data) if framer else [(None, data, False, None)]
                for index, piece, done, head in pieces:
                    if head is not None:
                        faulted = self._http_fault(index, head) or faulted
                    if faulted and index == faulted[0]:
                        if done:
                            down = self.pumps[DOWN].queue
                            await down.put((due, ("inject", faulted[1])))
                            await down.put((due, _CLOSE))
                            return
                        continue
                    pump.read += len(piece)
                    await pump.queue.put((due, piece))
        except (OSError, asyncio.IncompleteReadError):
            self.cut()

    def _http_fault(self, index: int, head: tuple[str, str]) -> tuple[int, bytes] | None:
        rule = self.proxy._pick_http_rule(*head)
        if rule is None:
            return None
        if rule.kind == "truncate":
            down = self.pumps[DOWN]
            down.add_trigger(down.read + rule.offset, rule)  # no pipelining: the response starts here
            return None
        phrase = http.HTTPStatus(rule.status).phrase
        body = f"{rule.status} {phrase} (injected by netfault)\n".encode()
        retry = f"Retry-After: {rule.retry_after_s}\r\n" if rule.retry_after_s is not None else ""
        canned = (f"HTTP/1.1 {rule.status} {phrase}\r\nContent-Type: text/plain\r\nContent-Length: {len(body)}\r\n"
                  f"Connection: close\r\n{retry}\r\n").encode() + body
        return index, canned

    async def _write(self, pump: _Pump) -> None:
        proxy = self.proxy
        try:
            if self._fire_triggers(pump):
                return
            while True:
                due, item = await pump.queue.get()
                if item is _EOF:
                    if pump.dst.can_write_eof():
                        pump.dst.write_eof()
                    return
                if item is _CLOSE:
                    self.cut()
                    return
                delay = due - time.monotonic()
                if delay > 0:
                    await asyncio.sleep(delay)
                injected = isinstance(item, tuple)
                view = memoryview(item[1] if injected else item)
                while view:
                    await pump.flowing.wait()
                    n = len(view)
                    if pump.triggers and not injected:
                        n = min(n, pump.triggers[0][0] - pump.delivered)
                    bucket = proxy._buckets[pump.direction]
                    if bucket is not None:
                        n = min(n, bucket.capacity)
                        await bucket.take(n)
                    pump.dst.write(bytes(view[:n]))
                    await pump.dst.drain()
                    view = view[n:]
                    if injected:
                        proxy._bump(bytes_injected=n)
                        continue
                    pump.delivered += n
                    proxy._bump(**{f"bytes_{pump.direction}": n})
                    if self._fire_triggers(pump):
                        return
        except OSError:
            self.cut()

    def _fire_triggers(self, pump: _Pump) -> bool:
        """Run the triggers whose offset is reached; True when the connection was cut."""
        while pump.triggers and pump.triggers[0][0] <= pump.delivered:
            _, rule = pump.triggers.pop(0)
            if rule.kind == "stall":
                pump.flowing.clear()
                self.proxy._bump(stalls=1)
                if rule.duration_s is not None:
                    asyncio.get_running_loop().call_later(rule.duration_s, pump.flowing.set)
            else:
                self.cut(rule.reset, "truncate" if rule.kind == "truncate" else "cut")
                return True
        return False


class FaultProxy:
    """A TCP proxy on 127.0.0.1 (ephemeral port) that throttles, delays, cuts, stalls and fakes HTTP errors.

    :param upstream_port: port of the real server; ``None`` until :meth:`set_upstream` (clients get closed)
    :param upstream_host: host of the real server
    :param seed: seed of the ``random.Random`` behind every random choice, for reproducible runs
    :param rate_bps: bandwidth cap per direction in bits per second (``None``: unlimited)
    :param latency_s: one-way delay added to every chunk
    :param chunk_size: largest read from a socket
    :param queue_chunks: chunks queued per direction per connection before the proxy stops reading
    :param connect_timeout_s: limit on connecting upstream
    :param linger_s: after a FIN cut, how long to discard what peers still send before closing
    """

    def __init__(self, upstream_port: int | None = None, upstream_host: str = "127.0.0.1", *, seed: int = 0,
                 rate_bps: float | None = None, latency_s: float = 0.0, chunk_size: int = 16 * 1024,
                 queue_chunks: int = 64, connect_timeout_s: float = 5.0, linger_s: float = 2.0):
        self._upstream = (upstream_host, upstream_port)
        self._rng = random.Random(seed)
        self._chunk_size = chunk_size
        self._queue_chunks = queue_chunks
        self._connect_timeout_s = connect_timeout_s
        self._linger_s = linger_s
        self._latency_s = 0.0
        self._buckets: dict[str, _Bucket | None] = {UP: None, DOWN: None}
        self._lock = threading.Lock()
        self._changed = threading.Condition(self._lock)
        self._counts = dataclasses.asdict(ProxyStats())
        self._conn_rules: list[_Rule] = []
        self._http_rules: list[_Rule] = []
        self._conns: set[_Conn] = set()
        self._ticker: asyncio.Task | None = None
        self._closing = False
        self._transports: weakref.WeakSet[asyncio.Transport] = weakref.WeakSet()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._sock: socket.socket | None = None
        self.set_rate(rate_bps)
        self.set_latency(latency_s)

    # -- life cycle -------------------------------------------------------------------------------------------

    def start(self) -> FaultProxy:
        """Bind 127.0.0.1 on an ephemeral port and start forwarding in a background thread."""
        if self._thread is not None:
            raise RuntimeError("FaultProxy already started")
        self._sock = socket.create_server(("127.0.0.1", 0))
        self._sock.setblocking(False)
        self._loop = asyncio.new_event_loop()
        ready = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(ready,), name=f"FaultProxy-{self.port}", daemon=True)
        self._thread.start()
        ready.wait()
        return self

    def close(self) -> None:
        """Cut every connection, stop listening and end the background thread (idempotent)."""
        if self._thread is None or self._loop is None or self._loop.is_closed():
            return
        if self._thread.is_alive():
            asyncio.run_coroutine_threadsafe(self._shutdown(), self._loop).result(10)
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(10)
        self._loop.close()

    def __enter__(self) -> FaultProxy:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def port(self) -> int:
        """The proxy's listening port on 127.0.0.1."""
        if self._sock is None:
            raise RuntimeError("FaultProxy not started")
        return self._sock.getsockname()[1]

    @property
    def url(self) -> str:
        """``http://127.0.0.1:<port>``, for HTTP clients."""
        return f"http://127.0.0.1:{self.port}"

    def set_upstream(self, port: int, host: str = "127.0.0.1") -> None:
        """Send new connections to ``host:port``; open connections keep their server (cut them to move them).

        :param port: the server's port
        :param host: the server's host
        """
        with self._lock:
            self._upstream = (host, port)

    # -- link -------------------------------------------------------------------------------------------------

    def set_rate(self, rate_bps: float | None, direction: str = BOTH) -> None:
        """Cap bandwidth in bits per second (``None``: unlimited); the link is shared by all connections.

        The bucket starts empty, so a transfer begun after this call takes at least ``bytes * 8 / rate_bps``.

        :param rate_bps: bits per second
        :param direction: ``UP``, ``DOWN`` or ``BOTH``
        """
        for d in _check_direction(direction, allow_both=True):
            self._buckets[d] = _Bucket(rate_bps) if rate_bps else None

    def set_latency(self, latency_s: float) -> None:
        """Delay every chunk read from now on by ``latency_s`` seconds in its direction."""
        if latency_s < 0:
            raise ValueError("latency_s must be >= 0")
        self._latency_s = float(latency_s)

    # -- connection faults ------------------------------------------------------------------------------------

    def cut_after(self, nbytes: int, direction: str = UP, *, reset: bool = False, count: int | None = 1) -> None:
        """Cut each of the next ``count`` connections once ``nbytes`` have been forwarded in ``direction``.

        :param nbytes: bytes delivered before the cut
        :param direction: ``UP`` (client→server) or ``DOWN``
        :param reset: close with RST (SO_LINGER 0) instead of FIN
        :param count: connections affected, ``None`` for all future ones
        """
        _check_direction(direction)
        self._add(self._conn_rules, _Rule("cut", count, direction=direction, offset=nbytes, reset=reset))

    def cut_randomly(self, probability: float, *, within_bytes: int = 1 << 20, direction: str | None = None,
                     reset: bool = False, count: int | None = None) -> None:
        """Give each new connection, with ``probability``, a cut at a uniform random offset in ``0..within_bytes``.

        :param probability: chance per connection
        :param within_bytes: largest offset drawn
        :param direction: ``UP``, ``DOWN`` or ``None`` to draw it too
        :param reset: close with RST instead of FIN
        :param count: connections cut before the rule expires, ``None`` for never
        """
        if direction is not None:
            _check_direction(direction)
        self._add(self._conn_rules, _Rule("cut", count, probability, direction, None, within_bytes, reset))

    def cut_every(self, interval_s: float | None, *, reset: bool = False) -> None:
        """Cut all live connections every ``interval_s`` seconds of wall time (``None`` stops it)."""
        self._in_loop(self._restart_ticker, interval_s, reset)

    def cut_all(self, *, reset: bool = False) -> int:
        """Cut every live connection now; returns how many were cut."""
        return self._in_loop(self._cut_all, reset)

    def stall_after(self, nbytes: int, direction: str = DOWN, *, duration_s: float | None = None,
                    count: int | None = 1, probability: float = 1.0) -> None:
        """Stop forwarding in ``direction`` once ``nbytes`` have passed, on each of the next ``count`` connections.

        :param nbytes: bytes delivered before the stall (0: from the start)
        :param direction: ``UP`` or ``DOWN``
        :param duration_s: how long the stall lasts, ``None`` until :meth:`unstall` or :meth:`close`
        :param count: connections affected, ``None`` for all future ones
        :param probability: chance per connection
        """
        _check_direction(direction)
        self._add(self._conn_rules, _Rule("stall", count, probability, direction, nbytes, duration_s=duration_s))

    def stall(self, duration_s: float | None = None, direction: str = BOTH) -> int:
        """Stall every live connection now, for ``duration_s`` or until :meth:`unstall`; returns how many."""
        dirs = _check_direction(direction, allow_both=True)
        return self._in_loop(self._stall_live, duration_s, dirs)

    def unstall(self) -> None:
        """Let every stalled connection flow again."""
        self._in_loop(self._unstall)

    # -- HTTP faults ------------------------------------------------------------------------------------------

    def fail_requests(self, status: int = 503, *, count: int | None = 1, probability: float = 1.0,
                      retry_after_s: int | None = 1, method: str | None = None,
                      path_prefix: str | None = None) -> None:
        """Answer matching requests with a canned ``HTTP/1.1 <status>`` instead of forwarding them.

        The request (body included) is read and discarded, the answer says ``Connection: close`` and the
        connection is then closed; the server never sees the request.

        :param status: e.g. 500 or 503
        :param count: requests answered so before the rule expires, ``None`` for never
        :param probability: chance per matching request
        :param retry_after_s: ``Retry-After`` header value, ``None`` for no header
        :param method: only requests with this method
        :param path_prefix: only requests whose target starts with this
        """
        http.HTTPStatus(status)  # ValueError on a status that does not exist
        self._add(self._http_rules, _Rule("fail", count, probability, status=status, retry_after_s=retry_after_s,
                                          method=method, path_prefix=path_prefix))

    def truncate_responses(self, after_bytes: int, *, count: int | None = 1, probability: float = 1.0,
                           method: str | None = None, path_prefix: str | None = None) -> None:
        """Forward matching requests but close the connection after ``after_bytes`` bytes of their response.

        :param after_bytes: response bytes (head included) delivered before the close
        :param count: requests affected before the rule expires, ``None`` for never
        :param probability: chance per matching request
        :param method: only requests with this method
        :param path_prefix: only requests whose target starts with this
        """
        self._add(self._http_rules, _Rule("truncate", count, probability, offset=after_bytes, method=method,
                                          path_prefix=path_prefix))

    def clear_faults(self) -> None:
        """Drop every pending rule, stop :meth:`cut_every` and release stalls (rate and latency stay)."""
        with self._lock:
            self._conn_rules.clear()
            self._http_rules.clear()
        self.cut_every(None)
        self.unstall()

    # -- counters ---------------------------------------------------------------------------------------------

    def stats(self) -> ProxyStats:
        """A consistent snapshot of the counters."""
        with self._lock:
            return ProxyStats(**self._counts)

    def wait_until(self, predicate: Callable[[ProxyStats], bool], timeout: float = 10.0) -> ProxyStats:
        """Block until ``predicate(stats)`` holds (checked at every counter change); TimeoutError after ``timeout``."""
        with self._changed:
            if not self._changed.wait_for(lambda: predicate(ProxyStats(**self._counts)), timeout):
                raise TimeoutError(f"proxy counters never satisfied the predicate: {ProxyStats(**self._counts)}")
            return ProxyStats(**self._counts)

    # -- internals (loop thread) ------------------------------------------------------------------------------

    def _run(self, ready: threading.Event) -> None:
        asyncio.set_event_loop(self._loop)
        self._server = self._loop.run_until_complete(
            asyncio.start_server(self._handle, sock=self._sock, limit=self._chunk_size))
        ready.set()
        self._loop.run_forever()

    async def _shutdown(self) -> None:
        self._closing = True
        self._server.close()
        self._restart_ticker(None, False)
        self._cut_all(False, reason=None)
        # Repeat: a task cancelled just as it finished awaiting may already have started others.
        while tasks := [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
        for transport in list(self._transports):  # even those still flushing: close() must not leak sockets
            transport.abort()
        await asyncio.sleep(0)  # abort() closes the socket in a callback; let it run before the loop stops
        await self._server.wait_closed()

    async def _handle(self, client_r: asyncio.StreamReader, client_w: asyncio.StreamWriter) -> None:
        self._bump(connections=1, active=1)
        self._transports.add(client_w.transport)
        try:
            await self._serve_client(client_r, client_w)
        except asyncio.CancelledError:
            pass  # only close() cancels; ending quietly keeps asyncio from logging the cancelled callback
        finally:
            client_w.close()
            self._bump(active=-1)

    async def _serve_client(self, client_r: asyncio.StreamReader, client_w: asyncio.StreamWriter) -> None:
        host, port = self._upstream
        try:
            if port is None:
                raise ConnectionRefusedError("no upstream set")
            async with asyncio.timeout(self._connect_timeout_s):  # unlike wait_for, never swallows a cancel
                server_r, server_w = await asyncio.open_connection(host, port, limit=self._chunk_size)
        except (OSError, TimeoutError):
            self._bump(upstream_failures=1)
            return
        self._transports.add(server_w.transport)
        conn = _Conn(self, client_r, client_w, server_r, server_w)
        if self._closing:
            server_w.close()
            return
        self._arm(conn)
        self._conns.add(conn)
        try:
            await conn.run()
        finally:
            self._conns.discard(conn)
            for w in conn.writers:
                w.close()

    def _arm(self, conn: _Conn) -> None:
        with self._lock:
            for rule in self._conn_rules:
                # Draw for every rule, even spent ones, so one rule's outcome never shifts another's randomness.
                hit = self._rng.random() < rule.probability
                direction = rule.direction or self._rng.choice(_DIRS)
                offset = rule.offset if rule.offset is not None else self._rng.randint(0, rule.within)
                if hit and rule.remaining != 0:
                    conn.pumps[direction].add_trigger(offset, rule)
                    rule.remaining = None if rule.remaining is None else rule.remaining - 1

    def _pick_http_rule(self, method: str, target: str) -> _Rule | None:
        with self._lock:
            self._counts["http_requests"] += 1
            self._changed.notify_all()
            for rule in self._http_rules:
                if rule.remaining == 0 or (rule.method and rule.method != method):
                    continue
                if rule.path_prefix and not target.startswith(rule.path_prefix):
                    continue
                if self._rng.random() < rule.probability:
                    rule.remaining = None if rule.remaining is None else rule.remaining - 1
                    if rule.kind == "fail":
                        self._counts["http_errors"] += 1
                    return rule
        return None

    def _restart_ticker(self, interval_s: float | None, reset: bool) -> None:
        if self._ticker is not None:
            self._ticker.cancel()
            self._ticker = None
        if interval_s is not None:
            if interval_s <= 0:
                raise ValueError("interval_s must be > 0")
            self._ticker = asyncio.get_running_loop().create_task(self._tick(interval_s, reset))

    async def _tick(self, interval_s: float, reset: bool) -> None:
        while True:
            await asyncio.sleep(interval_s)
            self._cut_all(reset)

    def _cut_all(self, reset: bool, reason: str | None = "cut") -> int:
        live = [c for c in self._conns if not c.dead]
        for conn in live:
            conn.cut(reset, reason)
        return len(live)

    def _stall_live(self, duration_s: float | None, dirs: tuple[str, ...]) -> int:
        live = [c for c in self._conns if not c.dead]
        for conn in live:
            for d in dirs:
                conn.pumps[d].flowing.clear()
                if duration_s is not None:
                    asyncio.get_running_loop().call_later(duration_s, conn.pumps[d].flowing.set)
        self._bump(stalls=len(live))
        return len(live)

    def _unstall(self) -> None:
        for conn in self._conns:
            for pump in conn.pumps.values():
                pump.flowing.set()

    def _in_loop(self, fn: Callable, *args):
        """Run ``fn(*args)`` in the loop thread and return its result (a no-op before start / after close)."""
        if self._loop is None or self._loop.is_closed() or not self._thread.is_alive():
            return None

        async def call():
            return fn(*args)

        return asyncio.run_coroutine_threadsafe(call(), self._loop).result(10)

    def _add(self, rules: list[_Rule], rule: _Rule) -> None:
        if not 0.0 <= rule.probability <= 1.0:
            raise ValueError("probability must be within [0, 1]")
        if (rule.offset is not None and rule.offset < 0) or (rule.remaining is not None and rule.remaining < 0):
            raise ValueError("byte offsets and counts must be >= 0")
        with self._lock:
            rules.append(rule)

    def _bump(self, **deltas: int) -> None:
        with self._changed:
            for key, delta in deltas.items():
                self._counts[key] += delta
            self._changed.notify_all()


def _check_direction(direction: str, allow_both: bool = False) -> tuple[str, ...]:
    if direction in _DIRS:
        return (direction,)
    if allow_both and direction == BOTH:
        return _DIRS
    raise ValueError(f"direction must be {UP!r} or {DOWN!r}{' or ' + repr(BOTH) if allow_both else ''}, "
                     f"not {direction!r}")
