"""Resumable, exactly-once envelope uploads (modelled on tus): declare, ask the offset, append chunks, get a receipt.

The received length of the blob is the upload's offset: every byte written before a connection drops counts, and
the whole envelope's SHA-256 is checked before the receipt is signed. See docs/PROTOCOL_HTTP.md ("Uploads").
"""

from __future__ import annotations

import hashlib
import logging
import secrets

from fastapi import APIRouter, Request, Response
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect

from kpfield.server import schema
from kpfield.server.context import ServerContext
from kpfield.server.guard import ApiError, authenticate, authenticate_sync, parse_json, parse_signature, read_body
from kpfield.server.housekeeping import maybe_sweep
from kpfield.server.storage import QuotaExceeded, UploadRecord
from kpfield.sync.auth import Receipt, is_sha256_hex
from kpfield.sync.identity import b64url

log = logging.getLogger("kpfield.server")
router = APIRouter()


def _offset(ctx: ServerContext, upload: UploadRecord) -> int:
    if upload.receipt is not None:
        return upload.size
    length = ctx.blobs.length(upload.upload_id)
    if length == 0 and _verified_on_disk(ctx, upload):
        return upload.size  # completed on disk, but the server stopped before recording it
    return length


def _verified_on_disk(ctx: ServerContext, upload: UploadRecord) -> bool:
    """This upload's own bytes were verified and moved into place (``mark_upload_verified``), receipt pending.

    Never just "an envelope with this hash exists": that may be another device's, and a receipt names a device
    only when that device sent the bytes. Declaring a hash another device completed starts a real upload.
    """
    return upload.completed_at is not None and ctx.blobs.has_envelope(upload.sha256)


def _finalize(ctx: ServerContext, upload: UploadRecord) -> dict:
    """Verify the whole envelope, move it into place and sign its receipt (idempotent)."""
    if upload.receipt is not None:
        return upload.receipt
    length = ctx.blobs.length(upload.upload_id)
    if not length and not _verified_on_disk(ctx, upload):
        raise ApiError(409, "incomplete", "The upload is not complete.", offset=0)
    if length:
        if length != upload.size:
            raise ApiError(409, "incomplete", "The upload is not complete.", offset=length)
        if ctx.blobs.upload_sha256(upload.upload_id) != upload.sha256:
            # The bytes are wrong somewhere; keeping them would block the upload forever. Start again.
            ctx.blobs.truncate(upload.upload_id, 0)
            log.warning('{"event": "upload_checksum_mismatch", "upload": "%s"}', upload.upload_id)
            raise ApiError(409, "checksum_mismatch", "The received envelope does not match its declared SHA-256; "
                           "the upload was reset and must be sent again from offset 0.", offset=0)
        ctx.meta.mark_upload_verified(upload.upload_id, ctx.now())  # before the move: see _verified_on_disk
        ctx.blobs.complete(upload.upload_id, upload.sha256)

    def make_receipt(seq: int) -> dict:
        return Receipt.issue(ctx.key, envelope_sha256=upload.sha256, size=upload.size, device_id=upload.device_id,
                             upload_id=upload.upload_id, received_at=ctx.now(), seq=seq).to_dict()

    receipt = ctx.meta.complete_upload(upload.upload_id, ctx.now(), make_receipt)
    log.info('{"event": "envelope_received", "device": "%s", "upload": "%s", "size": %d, "seq": %d}',
             upload.device_id, upload.upload_id, upload.size, receipt["seq"])
    return receipt


def _status(ctx: ServerContext, upload: UploadRecord) -> dict:
    offset = _offset(ctx, upload)
    receipt = upload.receipt
    if receipt is None and offset == upload.size:
        receipt = _finalize(ctx, upload)
    return {"upload_id": upload.upload_id, "sha256": upload.sha256, "size": upload.size, "offset": offset,
            "complete": receipt is not None, "receipt": receipt}


def _own_upload(ctx: ServerContext, upload_id: str, device_id: str) -> UploadRecord:
    upload = ctx.meta.get_upload(upload_id) if len(upload_id) <= 64 else None
    if upload is None or upload.device_id != device_id:  # another device's upload does not exist for you
        raise ApiError(404, "no_such_upload", "There is no such upload.")
    return upload


def _declare_sync(ctx: ServerContext, device_id: str, data: dict, busy=frozenset()) -> tuple[dict, bool]:
    sha256, size = data.get("sha256"), data.get("size")
    if not is_sha256_hex(sha256) or not isinstance(size, int) or isinstance(size, bool) or size < 1:
        raise ApiError(400, "bad_request", "Declare an upload with sha256 (lower-case hex) and size (bytes, > 0).")
    if size > ctx.config.max_envelope_bytes:
        raise ApiError(413, "envelope_too_large", f"Envelopes may be at most {ctx.config.max_envelope_bytes} bytes.",
                       limit=ctx.config.max_envelope_bytes)
    maybe_sweep(ctx, busy)
    config = ctx.config
    try:
        upload, created = ctx.meta.declare_upload(b64url(secrets.token_bytes(15)), device_id, sha256, size,
                                                  ctx.now(), max_pending=config.max_pending_uploads,
                                                  max_pending_bytes=config.max_pending_bytes)
    except QuotaExceeded as exc:
        log.info('{"event": "quota_exceeded", "device": "%s", "pending": %d}', device_id, exc.pending_uploads)
        raise ApiError(409, "quota_exceeded", "This device has too many unfinished uploads on the server; finish "
                       "or wait for them before sending more.", pending_uploads=exc.pending_uploads,
                       pending_bytes=exc.pending_bytes, max_pending_uploads=config.max_pending_uploads,
                       max_pending_bytes=config.max_pending_bytes) from None
    if upload.size != size:
        raise ApiError(409, "size_conflict", "This envelope was declared before with another size.")
    return _status(ctx, upload), created


@router.post("/v1/uploads", openapi_extra=schema.DECLARE)
async def declare(request: Request, response: Response) -> dict:
    """Declare an envelope (``{"sha256", "size"}``); the same envelope again returns the same upload or receipt."""
    ctx: ServerContext = request.app.state.ctx
    body = await read_body(request, ctx.config.max_json_bytes)
    device = await authenticate(request, body)
    status, created = await run_in_threadpool(_declare_sync, ctx, device.device_id, parse_json(body),
                                              frozenset(request.app.state.busy_uploads))
    response.status_code = 201 if created else 200
    response.headers["Upload-Offset"] = str(status["offset"])
    return status


@router.get("/v1/uploads/{upload_id}", openapi_extra=schema.UPLOAD)
async def status(upload_id: str, request: Request, response: Response) -> dict:
    """Where an upload stands: ``offset``, ``complete`` and the receipt once complete."""
    ctx: ServerContext = request.app.state.ctx
    device = await authenticate(request, b"")
    result = await run_in_threadpool(lambda: _status(ctx, _own_upload(ctx, upload_id, device.device_id)))
    response.headers["Upload-Offset"] = str(result["offset"])
    response.headers["Upload-Length"] = str(result["size"])
    return result


@router.head("/v1/uploads/{upload_id}", openapi_extra=schema.UPLOAD)
async def head(upload_id: str, request: Request) -> Response:
    """tus-style status: ``Upload-Offset`` and ``Upload-Length`` headers, no body."""
    ctx: ServerContext = request.app.state.ctx
    device = await authenticate(request, b"")
    upload = await run_in_threadpool(_own_upload, ctx, upload_id, device.device_id)
    offset = await run_in_threadpool(_offset, ctx, upload)
    return Response(status_code=200, headers={"Upload-Offset": str(offset), "Upload-Length": str(upload.size),
                                              "Cache-Control": "no-store"})


def _header_int(request: Request, name: str) -> int:
    text = request.headers.get(name)
    if text is None or not (text.isascii() and text.isdigit()) or len(text) > 15:
        raise ApiError(400, "bad_request", f"The {name} header must be given as a whole number.")
    return int(text)


@router.patch("/v1/uploads/{upload_id}", openapi_extra=schema.CHUNK)
async def append(upload_id: str, request: Request) -> Response:
    """Append one chunk at ``Upload-Offset``; the body streams straight to disk as it arrives."""
    ctx: ServerContext = request.app.state.ctx
    state = request.app.state
    offset = _header_int(request, "Upload-Offset")
    if request.headers.get("content-length") is None:
        raise ApiError(411, "length_required", "Send the chunk with a Content-Length header.")
    length = _header_int(request, "Content-Length")
    if length > ctx.config.max_chunk_bytes:
        raise ApiError(413, "chunk_too_large", f"A chunk may be at most {ctx.config.max_chunk_bytes} bytes.",
                       limit=ctx.config.max_chunk_bytes)
    signed = parse_signature(request)
    device = await run_in_threadpool(authenticate_sync, ctx, state.buckets, request, signed, None)
    upload = await run_in_threadpool(_own_upload, ctx, upload_id, device.device_id)
    if upload.receipt is not None:
        return _json({"upload_id": upload_id, "offset": upload.size, "complete": True, "receipt": upload.receipt},
                     upload.size)
    current = await run_in_threadpool(_offset, ctx, upload)
    if offset != current:
        raise ApiError(409, "offset_mismatch", f"The upload is at offset {current}, not {offset}.", offset=current,
                       headers={"Upload-Offset": str(current)})
    if current + length > upload.size:
        raise ApiError(413, "upload_too_large", "The chunk goes past the declared envelope size.",
                       offset=current)
    if upload_id in state.busy_uploads:
        raise ApiError(409, "upload_busy", "Another request is writing to this upload; ask its offset again.",
                       offset=current)
    state.busy_uploads.add(upload_id)
    try:
        received = await _receive(ctx, request, upload, current, length, signed.body_sha256)
    finally:
        state.busy_uploads.discard(upload_id)
    if received is None:  # the client went away; the prefix it sent is kept
        return Response(status_code=400)
    if current + length == upload.size:
        result = await run_in_threadpool(_status, ctx, upload)
        return _json({k: result[k] for k in ("upload_id", "offset", "complete", "receipt")}, result["offset"])
    return _json({"upload_id": upload_id, "offset": current + length, "complete": False, "receipt": None},
                 current + length)



# PUT is the same operation for clients that cannot send PATCH; its own operation id keeps the OpenAPI valid.
router.add_api_route("/v1/uploads/{upload_id}", append, methods=["PUT"], operation_id="append_put",
                     openapi_extra=schema.CHUNK)

async def _receive(ctx: ServerContext, request: Request, upload: UploadRecord, current: int, length: int,
                   chunk_sha256: str) -> int | None:
    digest, received = hashlib.sha256(), 0
    appender = ctx.blobs.appender(upload.upload_id, current)
    try:
        # Opening and the closing fsync run in a worker thread; the writes themselves only reach the page cache.
        writer = await run_in_threadpool(appender.__enter__)
    except ValueError:  # another request appended since we read the offset
        raise ApiError(409, "offset_mismatch", "The upload moved on; ask its offset again.") from None
    try:
        async for piece in request.stream():
            if received + len(piece) > length:  # cannot happen with h11 enforcing Content-Length; be sure
                piece = piece[:length - received]
            writer.write(piece)
            digest.update(piece)
            received += len(piece)
    except ClientDisconnect:
        log.info('{"event": "chunk_interrupted", "upload": "%s", "kept": %d}', upload.upload_id, received)
        return None
    finally:
        await run_in_threadpool(appender.__exit__, None, None, None)
    if received != length or digest.hexdigest() != chunk_sha256:
        await run_in_threadpool(ctx.blobs.truncate, upload.upload_id, current)
        raise ApiError(400, "chunk_checksum_mismatch", "The chunk does not match its signed SHA-256; it was "
                       "discarded.", offset=current)
    return received


def _json(data: dict, offset: int) -> Response:
    from fastapi.responses import JSONResponse

    return JSONResponse(data, headers={"Upload-Offset": str(offset)})
