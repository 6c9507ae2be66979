"""The device's HTTP client for the sync server: signed requests, resumable uploads and downloads, mailboxes.

One ``httpx.Client`` with connect/read/write/pool timeouts, so a stalled link raises instead of hanging. Requests
are signed with server-relative time (a laptop clock may be hours off). Uploads resume from the server's offset
after any failure and give up, with a typed :class:`~kpfield.errors.SyncError`, after a bounded number of
consecutive attempts that made no progress. Protocol: docs/PROTOCOL_HTTP.md.
"""

from __future__ import annotations

import hashlib
import json
import re
import ssl
import time
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator
from urllib.parse import urlencode, urlsplit

import httpx
import nacl.signing

from kpfield.errors import (AuthError, DeviceRevoked, NetworkError, ReceiptInvalid, ServerQuotaExceeded, ServerRefused,
                            SignatureInvalid, SyncCancelled, SyncError, TLSPinMismatch)
from kpfield.sync.auth import Receipt, sign_request
from kpfield.sync.identity import b64url, derive_device_id, unb64url
from kpfield.sync.invitation import Invitation, verify_recipient_document, verify_server_recipient_list

MIN_CHUNK = 16 * 1024
MAX_CHUNK = 4 * 1024 * 1024  # one chunk of ciphertext is held in memory while it is sent
FIRST_CHUNK = 256 * 1024
# The server keeps every byte of an interrupted chunk, so a long chunk costs nothing when the link is cut; what
# costs is the round trip that ends each chunk (0.6 s on a 300 ms satellite link). Chunks of ~30 s of data make
# that under 2% (measured in bench/bench_sync.py: 3-second chunks reached only 0.66 of the link rate).
TARGET_CHUNK_SECONDS = 30.0
_PIECE = 64 * 1024
# A hostile or broken server must not fill this laptop's memory: no JSON answer of ours comes near this.
MAX_ANSWER_BYTES = 16 * 1024 * 1024
_UPLOAD_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
DEFAULT_TIMEOUT = httpx.Timeout(connect=15.0, read=60.0, write=60.0, pool=15.0)
# Answers worth asking the offset again and retrying; anything else 4xx is final. request_timeout: the server's
# body deadline cut a slow chunk off (it keeps what arrived); no_progress: an accepted chunk did not move the offset.
_RETRY_CODES = {"offset_mismatch", "upload_busy", "chunk_checksum_mismatch", "checksum_mismatch", "incomplete",
                "rate_limited", "incomplete_body", "stale_timestamp", "replayed", "request_timeout", "no_progress"}


@dataclass(frozen=True)
class Enrollment:
    """What enrolment returns: the device id and role, the verified coordinators, and a ready client."""

    device_id: str
    role: str
    coordinators: list[dict]
    client: ServerClient


def _pinned_ssl_context(url: str, fingerprint: str, timeout: float) -> ssl.SSLContext:
    """An SSL context that trusts exactly the server certificate whose DER SHA-256 is ``fingerprint``."""
    parts = urlsplit(url)
    try:
        pem = ssl.get_server_certificate((parts.hostname, parts.port or 443), timeout=timeout)
    except (OSError, ssl.SSLError) as exc:
        raise NetworkError(f"Cannot reach the server to check its certificate: {exc}.") from None
    if hashlib.sha256(ssl.PEM_cert_to_DER_cert(pem)).hexdigest() != fingerprint.lower():
        raise TLSPinMismatch("The server's certificate is not the one in the invitation. Do not continue on this "
                             "network; ask the server operator.")
    context = ssl.create_default_context(cadata=pem)
    context.check_hostname = False  # the pin replaces the name check: a self-signed cert often names no host
    context.verify_flags |= getattr(ssl, "VERIFY_X509_PARTIAL_CHAIN", 0)
    return context


def _cancelled(cancel) -> bool:
    if cancel is None:
        return False
    return cancel.is_set() if hasattr(cancel, "is_set") else bool(cancel())


class ServerClient:
    """A signed-request client for one enrolled device.

    :param base_url: the server address from the invitation.
    :param device_id: this device's id.
    :param signing_key: this device's Ed25519 key (``nacl.signing.SigningKey``).
    :param server_sign_key: the server's Ed25519 public key pinned from the invitation (verifies receipts).
    :param tls_fingerprint: hex SHA-256 of a self-signed server certificate to pin, or ``None`` for normal TLS.
    :param timeout: an ``httpx.Timeout`` (connect/read/write/pool) or seconds.
    :param max_attempts: consecutive failed attempts (without progress) before an upload or download gives up.
    :param retry_delay: first back-off delay in seconds (doubles, at most 30 s).
    :param clock: this machine's clock (tests set it hours off).
    """

    def __init__(self, base_url: str, device_id: str, signing_key: nacl.signing.SigningKey, server_sign_key: bytes,
                 tls_fingerprint: str | None = None, timeout: httpx.Timeout | float = DEFAULT_TIMEOUT, *,
                 max_attempts: int = 8, retry_delay: float = 1.0, clock: Callable[[], float] = time.time,
                 sleep: Callable[[float], None] = time.sleep):
        self.base_url = base_url.rstrip("/")
        self._prefix = urlsplit(self.base_url).path.rstrip("/")
        self.device_id = device_id
        self._key = signing_key
        self.server_sign_key = bytes(server_sign_key)
        self.max_attempts, self.retry_delay, self._clock, self._sleep = max_attempts, retry_delay, clock, sleep
        self._offset: float | None = None
        timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        verify: Any = True
        if tls_fingerprint:
            verify = _pinned_ssl_context(self.base_url, tls_fingerprint, timeout.connect or 15.0)
        self._http = httpx.Client(timeout=timeout, verify=verify, follow_redirects=False, trust_env=False,
                                  limits=httpx.Limits(max_connections=4, max_keepalive_connections=2),
                                  headers={"User-Agent": "kpfield"})

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> ServerClient:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- plumbing ----------------------------------------------------------------------------------------
    def server_time_offset(self, refresh: bool = False) -> float:
        """Seconds to add to this machine's clock to get the server's (asks ``GET /v1/time`` once)."""
        if self._offset is None or refresh:
            before = self._clock()
            response = self._send("GET", "/v1/time", b"", {})
            after = self._clock()
            if response.status_code >= 400:
                raise _error(response)
            server = _answer(response).get("time")
            if not isinstance(server, int) or isinstance(server, bool) or not 0 <= server < 2**40:
                raise SyncError("The server's time answer is malformed.")
            self._offset = server + 0.5 - (before + after) / 2  # the server floors to whole seconds
        return self._offset

    def _send(self, method: str, target: str, body: bytes | Iterator[bytes], headers: dict) -> httpx.Response:
        """One request; the answer is read whole but never beyond :data:`MAX_ANSWER_BYTES` (decompressed)."""
        try:
            request = self._http.build_request(method, self.base_url + target, content=body, headers=headers)
            response = self._http.send(request, stream=True)
            try:
                return _read_bounded(response)
            finally:
                response.close()
        except httpx.TimeoutException as exc:
            raise NetworkError(f"The server did not answer in time ({type(exc).__name__}).") from exc
        except httpx.HTTPError as exc:  # transport failures, and answers that cannot be decoded (bad gzip...)
            raise NetworkError(f"The connection to the server failed ({type(exc).__name__}).") from exc

    def _request(self, method: str, path: str, *, params: dict | None = None, body: bytes = b"",
                 stream: Iterator[bytes] | None = None, body_sha256: str | None = None,
                 headers: dict | None = None) -> httpx.Response:
        """A signed request; corrects the clock once on ``stale_timestamp``; raises typed errors for 4xx/5xx."""
        target = path + ("?" + urlencode(params) if params else "")
        clock_fixed, limited = False, 0
        while True:
            now = self._clock() + self.server_time_offset()
            signed = sign_request(self._key, self.device_id, method, self._prefix + target,
                                  body_sha256 or hashlib.sha256(body).hexdigest(), int(now))
            response = self._send(method, target, stream if stream is not None else body,
                                  {**(headers or {}), **signed})
            if response.status_code == 401 and _error_code(response) == "stale_timestamp" and not clock_fixed \
                    and stream is None:
                clock_fixed = True
                self.server_time_offset(refresh=True)
                continue
            if response.status_code == 429 and stream is None and limited + 1 < self.max_attempts:
                # Rate limited: wait as long as the server asks (Retry-After, at most a minute), then ask again.
                limited += 1
                self._back_off(limited, _error(response), None)
                continue
            break
        if response.status_code >= 400:
            raise _error(response)
        return response

    def _json(self, method: str, path: str, payload: Any = None, params: dict | None = None) -> Any:
        body = b"" if payload is None else json.dumps(payload, separators=(",", ":")).encode()
        headers = {"Content-Type": "application/json"} if payload is not None else None
        return _answer(self._request(method, path, params=params, body=body, headers=headers))

    # --- enrolment and devices ---------------------------------------------------------------------------
    @classmethod
    def enroll(cls, invitation: Invitation, signing_key: nacl.signing.SigningKey, box_public_key: bytes, *,
               label: str | None = None, **client_options) -> Enrollment:
        """Enrol this device with a parsed invitation and return a ready client.

        :param invitation: from :func:`kpfield.sync.invitation.parse_invitation`.
        :param signing_key: the device's new Ed25519 key (it signs the request: proof of possession).
        :param box_public_key: the device's X25519 public key (32 bytes).
        :param label: the device's name (default: the invitation's).
        :param client_options: passed to :class:`ServerClient` (timeouts, clock, ...).
        """
        device_id = derive_device_id(bytes(signing_key.verify_key))
        client = cls(invitation.url, device_id, signing_key, invitation.server_key, invitation.tls_fingerprint,
                     **client_options)
        try:
            answer = client._json("POST", "/v1/enroll", {
                "token": invitation.token, "role": invitation.role, "label": invitation.label if label is None
                else label, "sign_key": b64url(bytes(signing_key.verify_key)), "box_key": b64url(box_public_key)})
            if answer.get("device_id") != device_id or answer.get("role") != invitation.role:
                raise SyncError("The server's enrolment answer does not match this device.")
            try:
                coordinators = verify_server_recipient_list(answer.get("recipients"), invitation.server_key)
            except SignatureInvalid as exc:
                raise SyncError(f"The server's coordinator list is not signed by the invitation's server: {exc}")
        except BaseException:
            client.close()
            raise
        return Enrollment(device_id, invitation.role, coordinators, client)

    def me(self) -> dict:
        """This device's record on the server."""
        return self._json("GET", "/v1/me")

    def devices(self) -> list[dict]:
        """Every device record (coordinators only): id, role, label, keys, enrolled_at, revoked_at."""
        return _items(self._json("GET", "/v1/devices"), "devices")

    # --- uploads -----------------------------------------------------------------------------------------
    def verify_receipt(self, receipt: dict | Receipt, envelope_sha256: str | None = None,
                       size: int | None = None, device_id: str | None = None) -> Receipt:
        """Check a receipt's signature with the PINNED server key, and what it names when given.

        :param receipt: the receipt (dict as received, or :class:`Receipt`).
        :param envelope_sha256: the envelope it must name.
        :param size: the size it must name.
        :param device_id: the uploading device it must name.

        Raises :class:`ReceiptInvalid`.
        """
        try:
            parsed = receipt if isinstance(receipt, Receipt) else Receipt.from_dict(receipt)
            parsed.verify(self.server_sign_key)
        except SignatureInvalid as exc:
            raise ReceiptInvalid(f"The receipt is not valid: {exc}") from None
        if (envelope_sha256 is not None and parsed.envelope_sha256 != envelope_sha256) or \
                (size is not None and parsed.size != size) or (device_id is not None and parsed.device_id != device_id):
            raise ReceiptInvalid("The receipt names another envelope or device.")
        return parsed

    def upload_status(self, upload_id: str) -> dict:
        """``{"offset", "size", "complete", "receipt"}`` of one of this device's uploads."""
        return self._json("GET", f"/v1/uploads/{upload_id}")

    def upload(self, envelope_sha256: str, size: int, read_at: Callable[[int, int], bytes],
               progress: Callable[[int, int], None] | None = None, cancel=None,
               chunk_size: int = FIRST_CHUNK) -> Receipt:
        """Send an envelope exactly once and return the server's verified receipt.

        :param envelope_sha256: hex SHA-256 of the envelope.
        :param size: its size in bytes.
        :param read_at: ``read_at(offset, length)`` returns those bytes of the envelope.
        :param progress: called with ``(bytes the server holds, size)``.
        :param cancel: a ``threading.Event`` or a callable returning True to stop (raises :class:`SyncCancelled`).
        :param chunk_size: the first chunk's size; later ones adapt to the measured link speed.
        """
        failures, chunk, last_error = 0, max(MIN_CHUNK, min(MAX_CHUNK, chunk_size)), ""
        state = None
        while True:
            if _cancelled(cancel):
                raise SyncCancelled("The upload was cancelled; it resumes where it stopped next time.")
            try:
                if state is None:  # declaring is idempotent: it also tells where the upload stands
                    state = self._json("POST", "/v1/uploads", {"sha256": envelope_sha256, "size": size})
                if state.get("complete") is True:
                    receipt = self.verify_receipt(state.get("receipt"), envelope_sha256, size, self.device_id)
                    if progress:
                        progress(size, size)
                    return receipt
                offset = _upload_offset(state, size)
                if progress:
                    progress(offset, size)
                length = min(chunk, size - offset)
                data = read_at(offset, length)  # ciphertext; at most MAX_CHUNK bytes
                if len(data) != length:
                    raise SyncError("The envelope file is shorter than its declared size.")
                started = time.monotonic()
                response = self._request("PATCH", f"/v1/uploads/{state['upload_id']}",
                                         stream=_pieces(data, offset, size, cancel, progress),
                                         body_sha256=hashlib.sha256(data).hexdigest(),
                                         headers={"Upload-Offset": str(offset), "Content-Length": str(length),
                                                  "Content-Type": "application/offset+octet-stream"})
                elapsed = max(time.monotonic() - started, 1e-3)
                # Size the next chunk to the measured link speed: ~30 s of data, growing at most 4x at a time.
                rate = length / elapsed
                chunk = int(min(MAX_CHUNK, max(MIN_CHUNK, min(chunk * 4, rate * TARGET_CHUNK_SECONDS))))
                answer = _answer(response)
                state = {**state, **answer}
                if answer.get("complete") is not True and _upload_offset(state, size) <= offset:
                    # A server that acknowledges chunks without moving on would keep us sending for ever.
                    raise ServerRefused("The server accepted a chunk but its offset did not advance.",
                                        status=response.status_code, error="no_progress")
                failures = 0
            except SyncCancelled:
                raise
            except (NetworkError, ServerRefused, AuthError) as exc:
                code = exc.details.get("error")
                if code == "chunk_too_large" and chunk > MIN_CHUNK:  # a server with a smaller limit: adapt
                    chunk = max(MIN_CHUNK, chunk // 2)
                    state = None
                    continue
                if not isinstance(exc, NetworkError) and code not in _RETRY_CODES and exc.details["status"] < 500:
                    raise  # refused for good: revoked, unknown device, too large, malformed...
                if code == "stale_timestamp":
                    self._offset = None
                failures += 1
                last_error = str(exc)
                # A cut says nothing about the link's speed, and the server kept what arrived: keep the chunk size.
                if failures >= self.max_attempts:
                    raise NetworkError(f"The upload failed {failures} times in a row; last error: {last_error} "
                                       "It will resume from where it stopped.") from exc
                self._back_off(failures, exc, cancel)
                state = None  # ask where the upload stands before sending anything else

    def _back_off(self, failures: int, exc: Exception, cancel) -> None:
        delay = min(30.0, self.retry_delay * 2 ** (failures - 1))
        retry_after = exc.details.get("retry_after") if isinstance(exc, ServerRefused) else None
        if isinstance(retry_after, int):
            delay = max(delay, min(retry_after, 60))
        end = time.monotonic() + delay
        while not _cancelled(cancel) and time.monotonic() < end:
            self._sleep(min(0.1, max(0.0, end - time.monotonic())))

    # --- coordinators: envelope feed ---------------------------------------------------------------------
    def list_envelopes(self, cursor: int = 0, limit: int = 100) -> tuple[list[dict], int]:
        """Envelopes received after ``cursor`` (coordinators only) and the next cursor.

        Each item: ``seq``, ``sha256``, ``size``, ``device_id``, ``upload_id``, ``received_at``, ``receipt``.
        """
        answer = self._json("GET", "/v1/envelopes", params={"after": cursor, "limit": limit})
        return _items(answer, "envelopes"), _int(answer, "cursor")

    def download(self, envelope: dict, write: Callable[[bytes], None],
                 progress: Callable[[int, int], None] | None = None, cancel=None, start: int = 0) -> int:
        """Fetch an envelope's bytes in order into ``write``, resuming with HTTP Range after failures.

        :param envelope: an item of :meth:`list_envelopes` (or ``{"sha256", "size"}``).
        :param write: receives the bytes in order, starting at ``start``.
        :param start: bytes already held from an earlier, interrupted call.
        When ``start`` is 0 the SHA-256 is verified at the end (:class:`SyncError` on mismatch). Returns the size.
        """
        sha256, size = envelope["sha256"], int(envelope["size"])
        digest = hashlib.sha256() if start == 0 else None
        position, failures = [start], 0  # a list: _download_from advances it even when it then fails
        while position[0] < size:
            if _cancelled(cancel):
                raise SyncCancelled("The download was cancelled.")
            before = position[0]
            try:
                self._download_from(sha256, position, size, write, digest, progress, cancel)
                error: Exception = NetworkError("The server's answer ended before the envelope did.")
            except (NetworkError, _Truncated) as exc:
                error = exc
            except ServerRefused as exc:
                if exc.details.get("error") not in _RETRY_CODES:
                    raise  # refused for good (unknown envelope, revoked device...)
                error = exc  # rate limited: wait as long as the server asks (Retry-After), then resume
            if position[0] >= size:
                break
            failures = 1 if position[0] > before else failures + 1
            if failures >= self.max_attempts:
                raise NetworkError(f"The download failed {failures} times in a row: {error}") from None
            self._back_off(failures, error, cancel)
        if digest is not None and digest.hexdigest() != sha256:
            raise SyncError("The downloaded envelope does not match its SHA-256.")
        return size

    def _download_from(self, sha256, position, size, write, digest, progress, cancel) -> None:
        target = f"/v1/envelopes/{sha256}"
        offset = position[0]
        now = self._clock() + self.server_time_offset()
        signed = sign_request(self._key, self.device_id, "GET", self._prefix + target,
                              hashlib.sha256(b"").hexdigest(), int(now))
        try:
            with self._http.stream("GET", self.base_url + target,
                                   headers={**signed, "Range": f"bytes={offset}-"}) as response:
                if response.status_code >= 400:
                    raise _error(_read_bounded(response))
                if response.status_code != 206 and offset:
                    raise SyncError("The server ignored the byte range.")
                for block in response.iter_bytes():
                    if _cancelled(cancel):
                        raise SyncCancelled("The download was cancelled.")
                    if offset >= size:  # a server sending more than the envelope holds is not read further
                        break
                    block = block[:size - offset]
                    write(block)
                    if digest is not None:
                        digest.update(block)
                    offset += len(block)
                    position[0] = offset
                    if progress:
                        progress(offset, size)
        except httpx.HTTPError as exc:
            raise _Truncated(f"The connection failed after {offset} bytes ({type(exc).__name__}).") from None
        except ServerRefused as exc:
            if exc.details.get("status", 0) >= 500:
                raise _Truncated(str(exc)) from None
            raise

    # --- mailboxes, shared channel, recipients -----------------------------------------------------------
    def mailbox_post(self, device_id: str, blob: bytes) -> dict:
        """Post an opaque (encrypted) message to a device's mailbox (coordinators only)."""
        return _answer(self._request("POST", f"/v1/devices/{device_id}/mailbox", body=bytes(blob),
                                     headers={"Content-Type": "application/octet-stream"}))

    def mailbox_fetch(self, cursor: int = 0, limit: int = 100) -> tuple[list[dict], int]:
        """This device's messages after ``cursor`` (``data`` as bytes) and the next cursor."""
        return self._messages("/v1/mailbox", cursor, limit)

    def mailbox_ack(self, message_ids: Iterable[str]) -> int:
        """Delete these messages from this device's mailbox; returns how many were deleted."""
        return _int(self._json("POST", "/v1/mailbox/ack", {"message_ids": list(message_ids)}), "acknowledged")

    def shared_post(self, blob: bytes) -> dict:
        """Append an opaque message to the coordinators' shared channel."""
        return _answer(self._request("POST", "/v1/shared", body=bytes(blob),
                                     headers={"Content-Type": "application/octet-stream"}))

    def shared_fetch(self, cursor: int = 0, limit: int = 100) -> tuple[list[dict], int]:
        """Shared-channel messages after ``cursor`` (``data`` as bytes) and the next cursor."""
        return self._messages("/v1/shared", cursor, limit)

    def _messages(self, path: str, cursor: int, limit: int) -> tuple[list[dict], int]:
        answer = self._json("GET", path, params={"after": cursor, "limit": limit})
        messages = [{**m, "data": unb64url(m.get("data"), "message")} for m in _items(answer, "messages")]
        return messages, _int(answer, "cursor")

    def publish_recipients(self, document: dict) -> dict:
        """Post a recipient list made by :func:`kpfield.sync.invitation.make_recipient_document`."""
        return self._json("POST", "/v1/recipients", document)

    def recipients(self, trusted_sign_keys: Iterable[bytes]) -> dict | None:
        """The latest recipient list, verified against coordinator keys this device already trusts.

        Returns ``{"issued_at", "signer", "coordinators"}`` or ``None`` if no coordinator published one;
        raises :class:`~kpfield.errors.SignatureInvalid` if the stored list is not signed by a trusted key.
        """
        document = self._json("GET", "/v1/recipients").get("document")
        return None if document is None else verify_recipient_document(document, trusted_sign_keys)


class _Truncated(SyncError):
    code = "sync"


def _pieces(data: bytes, offset: int, size: int, cancel, progress) -> Iterator[bytes]:
    """A chunk's body in pieces; reports progress as pieces go out (the server keeps whatever arrives)."""
    view = memoryview(data)
    for start in range(0, len(data), _PIECE):
        if _cancelled(cancel):  # abort mid-body: the server keeps what it received
            raise SyncCancelled("The upload was cancelled; it resumes where it stopped next time.")
        piece = bytes(view[start:start + _PIECE])
        yield piece
        if progress:
            progress(offset + start + len(piece), size)


def _read_bounded(response: httpx.Response) -> httpx.Response:
    """The streamed ``response`` read whole, refusing more than :data:`MAX_ANSWER_BYTES` after decompression."""
    data = bytearray()
    for block in response.iter_bytes():
        data += block
        if len(data) > MAX_ANSWER_BYTES:
            raise SyncError("The server's answer is far too large; it was not read.")
    # The body is decoded already: hand on a response without the encoding headers that described it.
    headers = [(k, v) for k, v in response.headers.raw
               if k.lower() not in (b"content-encoding", b"content-length", b"transfer-encoding")]
    return httpx.Response(response.status_code, headers=headers, content=bytes(data), request=response.request)


def _answer(response: httpx.Response) -> dict:
    """The JSON object a server answer must be, or :class:`SyncError`."""
    try:
        value = response.json()
    except (ValueError, RecursionError):  # not JSON, not UTF-8, or nested deeper than the parser goes
        raise SyncError("The server's answer is not JSON.") from None
    if not isinstance(value, dict):
        raise SyncError("The server's answer is not a JSON object.")
    return value


def _int(answer: dict, name: str) -> int:
    value = answer.get(name)
    if not isinstance(value, int) or isinstance(value, bool):
        raise SyncError(f"The server's answer has no valid {name}.")
    return value


def _items(answer: dict, name: str) -> list[dict]:
    value = answer.get(name)
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        raise SyncError(f"The server's answer has no valid {name} list.")
    return value


def _upload_offset(state: dict, size: int) -> int:
    """The offset in an upload status, checked against the envelope (and the upload id with it)."""
    offset = state.get("offset")
    if (not isinstance(offset, int) or isinstance(offset, bool) or not 0 <= offset <= size
            or not isinstance(state.get("upload_id"), str) or not _UPLOAD_ID.match(state["upload_id"])):
        raise SyncError("The server's upload status is malformed.")
    return offset


def _error_body(response: httpx.Response) -> dict:
    try:
        body = response.json()
    except (ValueError, RecursionError):
        return {}
    return body if isinstance(body, dict) else {}


def _error_code(response: httpx.Response) -> str | None:
    code = _error_body(response).get("error")
    return code if isinstance(code, str) else None


def _error(response: httpx.Response) -> SyncError:
    """The typed error for an error answer (the server's message is shown, bounded: it holds no secrets)."""
    body = _error_body(response)
    code, message = body.get("error"), body.get("message")
    code = code if isinstance(code, str) and code else "http_error"
    message = message[:500] if isinstance(message, str) and message else f"HTTP {response.status_code}"
    # "status" is ours: a server's own "status" field must not replace the HTTP status the retry logic reads, nor
    # a "code" field the error's code (which chooses the message the user reads).
    extra = {k: v for k, v in body.items() if k not in ("error", "message", "status", "code")}
    details = {"status": response.status_code, "error": code, **extra}
    if code == "device_revoked":
        return DeviceRevoked(message, **details)
    if code == "quota_exceeded" and response.status_code == 409:
        return ServerQuotaExceeded("The server holds too many unfinished uploads from this device; the report "
                                   "stays in the outbox and is sent later.", **details)
    if response.status_code == 401:
        return AuthError(f"The server refused this device's signature: {message}", **details)
    if response.status_code >= 500:
        return ServerRefused(f"The server failed (HTTP {response.status_code}).", code="server_failed", **details)
    return ServerRefused(message, **details)
