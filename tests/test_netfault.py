"""Tests of the fault-injecting proxy itself, against real echo and HTTP servers on 127.0.0.1."""

from __future__ import annotations

import hashlib
import http.server
import queue
import random
import socket
import socketserver
import threading
import time

import httpx
import pytest

try:  # pytest's default import mode puts tests/ on sys.path; bench scripts may use either spelling
    from netfault import DOWN, UP, FaultProxy, RequestFramer
except ImportError:
    from tests.netfault import DOWN, UP, FaultProxy, RequestFramer


class _EchoHandler(socketserver.BaseRequestHandler):
    def handle(self) -> None:
        total = 0
        try:
            while data := self.request.recv(65536):
                total += len(data)
                self.request.sendall(data)
        except OSError:
            pass
        self.server.received.put(total)  # bytes this connection got, for the "server saw exactly N" tests


class _EchoServer(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _EchoHandler)
        self.received: queue.Queue[int] = queue.Queue()


class _HttpHandler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, so the proxy must find request boundaries
    timeout = 5

    def do_GET(self) -> None:
        self.server.seen.append(("GET", self.path))
        size = int(self.path.rpartition("/")[2]) if self.path.startswith("/bytes/") else 0
        self._reply(self.server.name.encode() + bytes(size))

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.server.seen.append(("POST", self.path))
        self._reply(hashlib.sha256(body).hexdigest().encode())

    def _reply(self, body: bytes) -> None:
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


def _serve(server: socketserver.BaseServer) -> threading.Thread:
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    return thread


def _http_server(name: str, port: int = 0) -> http.server.ThreadingHTTPServer:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), _HttpHandler)
    server.name, server.seen = name, []
    _serve(server)
    return server


def _stop(server: socketserver.BaseServer) -> None:
    server.shutdown()
    server.server_close()


@pytest.fixture
def echo():
    server = _EchoServer()
    _serve(server)
    yield server
    _stop(server)


@pytest.fixture
def web():
    server = _http_server("A")
    yield server
    _stop(server)


def _exchange(port: int, payload: bytes, timeout: float = 10.0) -> tuple[bytes, BaseException | None]:
    """Send ``payload`` (then half-close) from a thread while reading; returns what came back and how it ended."""
    sock = socket.create_connection(("127.0.0.1", port), timeout=timeout)

    def send() -> None:
        try:
            sock.sendall(payload)
            sock.shutdown(socket.SHUT_WR)
        except OSError:
            pass  # the proxy cut us; the reader sees how

    sender = threading.Thread(target=send)
    sender.start()
    received, error = bytearray(), None
    try:
        while data := sock.recv(65536):
            received += data
    except OSError as exc:
        error = exc
    sender.join()
    sock.close()
    return bytes(received), error


def _payload(n: int, seed: int = 1) -> bytes:
    return random.Random(seed).randbytes(n)


def test_transparent_forwarding_is_byte_exact_for_1mib(echo):
    payload = _payload(1 << 20)
    with FaultProxy(echo.server_address[1]) as proxy:
        received, error = _exchange(proxy.port, payload)
        stats = proxy.wait_until(lambda s: s.active == 0)
    assert error is None and received == payload
    assert (stats.bytes_up, stats.bytes_down, stats.connections, stats.faults) == (1 << 20, 1 << 20, 1, 0)


@pytest.mark.parametrize("nbytes", [0, 1, 70_001])
def test_cut_after_n_bytes_down_delivers_exactly_n_then_eof(echo, nbytes):
    with FaultProxy(echo.server_address[1]) as proxy:
        proxy.cut_after(nbytes, DOWN)
        received, error = _exchange(proxy.port, _payload(300_000))
        assert proxy.wait_until(lambda s: s.active == 0).cuts == 1
        assert _exchange(proxy.port, b"next")[0] == b"next"  # count=1: the next connection is clean
    assert error is None and received == _payload(300_000)[:nbytes]


def test_cut_after_n_bytes_up_server_receives_exactly_n(echo):
    with FaultProxy(echo.server_address[1]) as proxy:
        proxy.cut_after(12_345, UP)
        _exchange(proxy.port, _payload(500_000))
        assert echo.received.get(timeout=10) == 12_345
        stats = proxy.wait_until(lambda s: s.active == 0)
    assert stats.bytes_up == 12_345 and stats.cuts == 1


def test_cut_with_reset_gives_connection_reset(echo):
    with FaultProxy(echo.server_address[1]) as proxy:
        proxy.cut_after(5000, DOWN, reset=True)
        received, error = _exchange(proxy.port, _payload(100_000))
        stats = proxy.wait_until(lambda s: s.active == 0)
    assert isinstance(error, ConnectionResetError)
    assert received == _payload(100_000)[:5000]
    assert (stats.cuts, stats.resets) == (1, 1)


def test_random_cuts_are_reproducible_from_the_seed(echo):
    def run(seed: int) -> list[int]:
        with FaultProxy(echo.server_address[1], seed=seed) as proxy:
            proxy.cut_randomly(0.5, within_bytes=50_000, direction=DOWN)
            return [len(_exchange(proxy.port, _payload(60_000))[0]) for _ in range(8)]

    first = run(42)
    assert first == run(42)
    assert any(n < 60_000 for n in first) and any(n == 60_000 for n in first)


def test_cut_every_interval_cuts_live_connections(echo):
    with FaultProxy(echo.server_address[1]) as proxy:
        sock = socket.create_connection(("127.0.0.1", proxy.port), timeout=5)
        proxy.wait_until(lambda s: s.active == 1)
        started = time.monotonic()
        proxy.cut_every(0.2)
        assert sock.recv(10) == b""  # EOF once the timer fires
        assert time.monotonic() - started >= 0.2
        sock.close()
        assert proxy.wait_until(lambda s: s.active == 0).cuts == 1
        proxy.cut_every(None)
        assert _exchange(proxy.port, b"alive")[0] == b"alive"


def test_stall_makes_client_time_out_until_released(echo):
    with FaultProxy(echo.server_address[1]) as proxy:
        proxy.stall_after(3, DOWN)
        sock = socket.create_connection(("127.0.0.1", proxy.port), timeout=0.3)
        sock.sendall(b"abcdef")
        assert sock.recv(10) == b"abc"
        with pytest.raises(TimeoutError):
            sock.recv(10)
        proxy.unstall()
        sock.settimeout(5)
        assert sock.recv(10) == b"def"
        assert proxy.stats().stalls == 1
        sock.close()


def test_stalled_connection_buffers_are_bounded(echo):
    """A stalled link stops reading from the client instead of queueing its data without limit."""
    with FaultProxy(echo.server_address[1], chunk_size=4096, queue_chunks=4) as proxy:
        proxy.stall_after(0, UP)
        sock = socket.create_connection(("127.0.0.1", proxy.port))
        sock.setblocking(False)
        accepted, block = 0, bytes(65536)
        with pytest.raises(BlockingIOError):
            for _ in range(2000):  # 128 MiB: far more than every buffer on the path together
                accepted += sock.send(block)
        assert accepted < 16 << 20 and proxy.stats().bytes_up == 0
        sock.close()


def test_injected_503_and_500_are_seen_by_httpx_and_never_reach_server(web):
    with FaultProxy(web.server_address[1]) as proxy, httpx.Client(base_url=proxy.url, timeout=5) as client:
        assert client.get("/bytes/0").status_code == 200
        proxy.fail_requests(503, count=2, retry_after_s=7)
        proxy.fail_requests(500, count=1, method="POST")
        first = client.post("/upload", content=b"report" * 1000)
        assert (first.status_code, first.headers["Retry-After"]) == (503, "7")
        assert client.get("/bytes/0").status_code == 503
        assert client.post("/upload", content=b"report").status_code == 500
        ok = client.post("/upload", content=b"report")
        assert ok.status_code == 200 and ok.text == hashlib.sha256(b"report").hexdigest()
        stats = proxy.stats()
    assert web.seen == [("GET", "/bytes/0"), ("POST", "/upload")]
    assert (stats.http_requests, stats.http_errors) == (5, 3)


def test_faults_pick_requests_on_a_kept_alive_connection(web):
    with FaultProxy(web.server_address[1]) as proxy, httpx.Client(base_url=proxy.url, timeout=5) as client:
        proxy.fail_requests(503, path_prefix="/bytes/7")
        for _ in range(3):
            assert client.post("/upload", content=b"x" * 5000).status_code == 200
        assert proxy.stats().connections == 1  # all three on one connection
        assert client.get("/bytes/7").status_code == 503
        assert client.get("/bytes/7").status_code == 200


def test_truncated_response_is_an_httpx_error(web):
    with FaultProxy(web.server_address[1]) as proxy, httpx.Client(base_url=proxy.url, timeout=5) as client:
        client.get("/bytes/1")
        proxy.truncate_responses(200)
        with pytest.raises(httpx.RemoteProtocolError):
            client.get("/bytes/100000")
        assert len(client.get("/bytes/100000").content) == 100_001
        assert proxy.stats().truncations == 1


def test_throttle_takes_at_least_the_theoretical_time(echo):
    size, rate = 100_000, 800_000
    with FaultProxy(echo.server_address[1]) as proxy:
        proxy.set_rate(rate)
        started = time.monotonic()
        received, _ = _exchange(proxy.port, _payload(size))
        elapsed = time.monotonic() - started
    assert received == _payload(size)
    assert size * 8 / rate <= elapsed < 4 * size * 8 / rate


def test_latency_delays_each_direction(echo):
    with FaultProxy(echo.server_address[1], latency_s=0.1) as proxy:
        started = time.monotonic()
        assert _exchange(proxy.port, b"ping")[0] == b"ping"
        assert time.monotonic() - started >= 0.2


def test_upstream_can_change_to_a_new_port_and_back_to_a_restarted_one(web):
    port_a = web.server_address[1]
    server_b = _http_server("B")
    with FaultProxy(port_a) as proxy:
        assert httpx.get(proxy.url + "/bytes/0").text == "A"
        proxy.set_upstream(server_b.server_address[1])
        assert httpx.get(proxy.url + "/bytes/0").text == "B"
        _stop(server_b)
        with pytest.raises(httpx.TransportError):
            httpx.get(proxy.url + "/bytes/0")  # server B is down: the proxy closes the client
        assert proxy.stats().upstream_failures == 1
        _stop(web)
        restarted = _http_server("A2", port_a)  # the server comes back on the same port
        proxy.set_upstream(port_a)
        assert httpx.get(proxy.url + "/bytes/0").text == "A2"
        _stop(restarted)
    web.shutdown = web.server_close = lambda: None  # already stopped for the fixture


def test_close_ends_every_thread_even_with_stalled_connections(echo):
    before = set(threading.enumerate())
    proxy = FaultProxy(echo.server_address[1]).start()
    proxy.stall_after(0, DOWN, count=None)
    socks = [socket.create_connection(("127.0.0.1", proxy.port)) for _ in range(3)]
    for sock in socks:
        sock.sendall(b"x" * 1000)
    proxy.wait_until(lambda s: s.bytes_up == 3000)
    proxy.cut_every(30)
    proxy.close()
    proxy.close()  # idempotent
    assert not [t for t in threading.enumerate() if t not in before and t.name.startswith("FaultProxy")]
    assert proxy.stats().active == 0
    for sock in socks:
        sock.settimeout(5)
        assert sock.recv(10) == b""
        sock.close()


def test_framer_finds_the_same_boundaries_whatever_the_chunking():
    stream = (b"POST /a HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello"
              b"GET /b HTTP/1.1\r\nHost: x\r\n\r\n"
              b"\r\nPOST /c HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3;x=y\r\nabc\r\n0\r\nT: 1\r\n\r\n"
              b"PUT /d HTTP/1.1\r\ntransfer-encoding: chunked\r\n\r\n0\r\n\r\n")

    def frame(chunks):
        framer, pieces = RequestFramer(), []
        for chunk in chunks:
            pieces += framer.feed(chunk)
        heads = [(i, head) for i, _, _, head in pieces if head]
        ends = [i for i, _, done, _ in pieces if done]
        assert b"".join(p for _, p, _, _ in pieces) == stream
        return heads, ends

    whole = frame([stream])
    assert whole == frame([stream[i:i + 1] for i in range(len(stream))])
    assert whole == ([(1, ("POST", "/a")), (2, ("GET", "/b")), (3, ("POST", "/c")), (4, ("PUT", "/d"))],
                     [1, 2, 3, 4])


def test_framer_passes_non_http_through():
    framer = RequestFramer()
    assert framer.feed(b"\x16\x03\x01binary") == [(None, b"\x16\x03\x01binary", False, None)]
    assert framer.opaque and framer.feed(b"more") == [(None, b"more", False, None)]


def test_bad_arguments_are_refused():
    proxy = FaultProxy(1)
    with pytest.raises(ValueError):
        proxy.cut_after(10, "sideways")
    with pytest.raises(ValueError):
        proxy.cut_randomly(1.5)
    with pytest.raises(ValueError):
        proxy.fail_requests(599)
    with pytest.raises(RuntimeError):
        proxy.port
