"""Request guards of the sync server: JSON errors, bounded body reading, signature checks, replay and rate limits."""

from __future__ import annotations

import hashlib
import json
import threading
import time
from collections import OrderedDict
from typing import Any

from fastapi import Request
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect

from kpfield.errors import AuthError
from kpfield.server.context import ServerContext
from kpfield.server.storage import DeviceRecord
from kpfield.sync.auth import SignedRequest

ROLES = ("monitor", "coordinator")


class ApiError(Exception):
    """An HTTP error answered as ``{"error": code, "message": ...}`` (plus optional extra fields)."""

    def __init__(self, status: int, code: str, message: str, headers: dict | None = None, **extra: Any):
        super().__init__(message)
        self.status, self.code, self.message, self.headers, self.extra = status, code, message, headers, extra

    def body(self) -> dict:
        return {"error": self.code, "message": self.message, **self.extra}


class TokenBuckets:
    """Per-key token buckets in memory: ``rate`` tokens a second, at most ``burst`` saved up, at most ``max_keys`` keys.

    The table is bounded without ever forgetting a client that is being limited: when it is full, only keys whose
    bucket has refilled completely (forgetting them changes nothing: a full bucket is the same as no bucket) are
    dropped, least recently used first. If none can be dropped -- the table is full of clients still being
    limited, e.g. enrolment attempts from thousands of addresses -- new keys share one overflow bucket, so they are
    limited together until room frees up, and nobody's own limit is reset.
    """

    OVERFLOW = "\0overflow"

    def __init__(self, rate: float, burst: int, clock=time.monotonic, max_keys: int = 10_000):
        self.rate, self.burst, self.clock, self.max_keys = rate, burst, clock, max(1, max_keys)
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()
        self._overflow: tuple[float, float] | None = None
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._buckets)

    def take(self, key: str, cost: float = 1.0) -> float:
        """0 when the request may proceed, else the seconds to wait before enough tokens are available.

        :param cost: tokens the request takes (below 1 for roles allowed a higher rate).
        """
        with self._lock:
            now = self.clock()
            if key not in self._buckets and len(self._buckets) >= self.max_keys:
                self._drop_refilled(now)
                if len(self._buckets) >= self.max_keys:
                    self._overflow, wait = self._charge(self._overflow, now, cost)
                    return wait
            entry, wait = self._charge(self._buckets.get(key), now, cost)
            self._buckets[key] = entry
            self._buckets.move_to_end(key)
            return wait

    def _charge(self, entry: tuple[float, float] | None, now: float, cost: float) -> tuple[tuple[float, float], float]:
        tokens, last = entry if entry is not None else (float(self.burst), now)
        tokens = min(float(self.burst), tokens + max(0.0, now - last) * self.rate)
        if tokens >= cost:
            return (tokens - cost, now), 0.0
        return (tokens, now), (cost - tokens) / self.rate

    def _drop_refilled(self, now: float) -> None:
        """Forget keys whose bucket is full again, oldest first; stop at the first one still being limited."""
        while self._buckets:
            key, (tokens, last) = next(iter(self._buckets.items()))
            if tokens + (now - last) * self.rate < self.burst:
                break
            del self._buckets[key]


def rate_limit(buckets: TokenBuckets, key: str, cost: float = 1.0) -> None:
    wait = buckets.take(key, cost)
    if wait:
        retry = max(1, int(wait + 0.999))
        raise ApiError(429, "rate_limited", "Too many requests; slow down.", headers={"Retry-After": str(retry)},
                       retry_after=retry)


async def read_body(request: Request, limit: int) -> bytes:
    """The whole request body, refusing (413) as soon as it is known to exceed ``limit`` bytes."""
    length = request.headers.get("content-length")
    if length is not None:
        if not (length.isascii() and length.isdigit()):
            raise ApiError(400, "bad_request", "The Content-Length header is not a number.")
        if int(length) > limit:
            raise ApiError(413, "body_too_large", f"The request body is larger than {limit} bytes.", limit=limit)
    parts, total = [], 0
    try:
        async for piece in request.stream():
            total += len(piece)
            if total > limit:  # a chunked body: count while it streams, never buffer past the limit
                raise ApiError(413, "body_too_large", f"The request body is larger than {limit} bytes.",
                               limit=limit)
            parts.append(piece)
    except ClientDisconnect:
        raise ApiError(400, "incomplete_body", "The connection closed before the body was complete.") from None
    return b"".join(parts)


def parse_json(body: bytes) -> dict:
    """A JSON object from the body, or a 400."""
    try:
        value = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise ApiError(400, "malformed_json", "The request body is not valid JSON.") from None
    if not isinstance(value, dict):
        raise ApiError(400, "malformed_json", "The request body must be a JSON object.")
    return value


def signed_target(request: Request) -> str:
    """The request target the client signed: raw path (below any proxy root path) and query string."""
    path = request.scope.get("raw_path", request.url.path.encode()).decode("latin-1")
    root = request.scope.get("root_path", "")
    if root and path.startswith(root):
        path = path[len(root):]
    query = request.scope.get("query_string", b"").decode("latin-1")
    return path + ("?" + query if query else "")


def parse_signature(request: Request) -> SignedRequest:
    try:
        return SignedRequest.from_headers(request.headers)
    except AuthError as exc:
        raise ApiError(401, exc.details.get("reason", "unsigned"), exc.message) from None
    except ValueError:  # e.g. a timestamp of non-ASCII digits ("²") that isdigit() lets through to int()
        raise ApiError(401, "malformed", "The request's authentication headers are malformed.") from None


def _check_signed(ctx: ServerContext, request: Request, signed: SignedRequest, sign_key: bytes,
                  body: bytes | None) -> None:
    """Timestamp, signature and body hash; the nonce is recorded separately (:func:`_remember_nonce`)."""
    now = ctx.now()
    # Before our start: a power cut may have lost the last nonces before it, so such a request could be a replay.
    if abs(signed.timestamp - now) > ctx.config.clock_window_s or signed.timestamp < ctx.started_at:
        raise ApiError(401, "stale_timestamp", "The request's timestamp is too far from the server's clock; "
                       "ask GET /v1/time and sign with the server's time.", server_time=now)
    try:
        signed.verify(sign_key, request.method, signed_target(request))
    except AuthError as exc:
        raise ApiError(401, "bad_signature", exc.message) from None
    if body is not None and hashlib.sha256(body).hexdigest() != signed.body_sha256:
        raise ApiError(400, "body_hash_mismatch", "The body does not match its signed SHA-256.")


def _remember_nonce(ctx: ServerContext, signed: SignedRequest) -> None:
    """Record the nonce (on disk, see ``nonces.py``) for longer than the window, so a replay can never outlive it."""
    now = ctx.now()
    if not ctx.nonces.add(signed.device_id, signed.nonce, now + 2 * ctx.config.clock_window_s + 1, now):
        raise ApiError(401, "replayed", "This request was already received (same nonce).")


def authenticate_sync(ctx: ServerContext, buckets: TokenBuckets, request: Request, signed: SignedRequest,
                      body: bytes | None, roles: tuple[str, ...] = ROLES) -> DeviceRecord:
    """The enrolled device that signed the request (runs in a worker thread: it touches the database).

    :param body: the whole body to check against its signed hash, or ``None`` when it is streamed and checked later.
    :param roles: the roles allowed to make this request.
    """
    device = ctx.meta.get_device(signed.device_id)
    if device is None:
        raise ApiError(401, "unknown_device", "This device is not enrolled on this server.")
    _check_signed(ctx, request, signed, device.sign_key, body)
    if device.revoked_at is not None:
        raise ApiError(403, "device_revoked", "This device's access to the server was revoked.")
    # Only now: a revoked device (or a bad signature) must not fill the nonce table.
    _remember_nonce(ctx, signed)
    # Coordinators pull every device's envelopes one request each: a backlog of thousands must not crawl.
    cost = 1 / ctx.config.coordinator_rate_factor if device.role == "coordinator" else 1.0
    rate_limit(buckets, "device:" + device.device_id, cost)
    if device.role not in roles:
        raise ApiError(403, "forbidden_role", f"A {device.role} may not make this request.")
    request.state.device_id = device.device_id
    ctx.connections.mark_signed(request.scope.get("client"))  # its connection now counts as a device's
    return device


def check_new_device(ctx: ServerContext, request: Request, signed: SignedRequest, sign_key: bytes,
                     body: bytes) -> None:
    """Enrolment: the request must be signed by the key being enrolled (proof of possession)."""
    _check_signed(ctx, request, signed, sign_key, body)
    _remember_nonce(ctx, signed)


async def authenticate(request: Request, body: bytes | None, roles: tuple[str, ...] = ROLES) -> DeviceRecord:
    """:func:`authenticate_sync` from an async handler."""
    app_state = request.app.state
    signed = parse_signature(request)
    return await run_in_threadpool(authenticate_sync, app_state.ctx, app_state.buckets, request, signed, body, roles)


def int_param(request: Request, name: str, default: int, low: int, high: int) -> int:
    """A bounded integer query parameter, or a 400."""
    text = request.query_params.get(name)
    if text is None:
        return default
    # isascii: str.isdigit() also accepts digits such as "²" that int() refuses.
    if not (text.isascii() and text.isdigit()) or len(text) > 18 or not low <= int(text) <= high:
        raise ApiError(400, "bad_parameter", f"The parameter {name} must be a whole number from {low} to {high}.")
    return int(text)
