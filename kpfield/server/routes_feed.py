"""Server endpoints that hand data out: the coordinators' envelope feed and downloads, mailboxes, shared channel."""

from __future__ import annotations

import re
import secrets

from fastapi import APIRouter, Request, Response
from fastapi.responses import StreamingResponse
from starlette.concurrency import run_in_threadpool

from kpfield.server import schema
from kpfield.server.context import ServerContext
from kpfield.server.guard import ApiError, authenticate, int_param, parse_json, read_body
from kpfield.server.storage import EnvelopeRecord, Message
from kpfield.sync.auth import is_sha256_hex
from kpfield.sync.identity import b64url

router = APIRouter()
COORDINATOR = ("coordinator",)
MAX_PAGE = 1000
_RANGE = re.compile(r"^bytes=(\d{1,15})-(\d{0,15})$")
_BLOCK = 256 * 1024


def envelope_json(record: EnvelopeRecord) -> dict:
    return {"seq": record.seq, "sha256": record.sha256, "size": record.size, "device_id": record.device_id,
            "upload_id": record.upload_id, "received_at": record.received_at, "receipt": record.receipt}


@router.get("/v1/envelopes", openapi_extra=schema.PAGE)
async def list_envelopes(request: Request) -> dict:
    """Complete envelopes with ``seq`` > ``after`` in sequence order (coordinators only)."""
    after = int_param(request, "after", 0, 0, 2**53)
    limit = int_param(request, "limit", 100, 1, MAX_PAGE)
    await authenticate(request, b"", roles=COORDINATOR)
    records = await run_in_threadpool(request.app.state.ctx.meta.list_envelopes, after, limit)
    return {"envelopes": [envelope_json(r) for r in records], "cursor": records[-1].seq if records else after}


@router.get("/v1/envelopes/{sha256}", openapi_extra=schema.RANGE)
async def download(sha256: str, request: Request) -> Response:
    """The envelope's bytes; honours ``Range: bytes=N-`` / ``bytes=N-M`` for resumable downloads."""
    ctx: ServerContext = request.app.state.ctx
    await authenticate(request, b"", roles=COORDINATOR)
    record = await run_in_threadpool(ctx.meta.get_envelope, sha256) if is_sha256_hex(sha256) else None
    if record is None:
        raise ApiError(404, "no_such_envelope", "There is no such envelope.")
    start, end = 0, record.size - 1
    status = 200
    header = request.headers.get("range")
    if header is not None:
        match = _RANGE.match(header.strip())
        if not match:
            raise ApiError(416, "bad_range", "Only a single byte range 'bytes=N-' or 'bytes=N-M' is supported.")
        start = int(match.group(1))
        end = min(int(match.group(2)), record.size - 1) if match.group(2) else record.size - 1
        if start >= record.size or end < start:
            raise ApiError(416, "bad_range", "The range is outside the envelope.",
                           headers={"Content-Range": f"bytes */{record.size}"}, size=record.size)
        status = 206
    handle = await run_in_threadpool(ctx.blobs.open_envelope, record.sha256)

    def chunks():
        # A sync generator: Starlette iterates it in a worker thread, so disk reads never block the event loop.
        with handle:
            handle.seek(start)
            remaining = end - start + 1
            while remaining:
                block = handle.read(min(_BLOCK, remaining))
                if not block:
                    return
                remaining -= len(block)
                yield block

    headers = {"Content-Length": str(end - start + 1), "Accept-Ranges": "bytes", "ETag": f'"{record.sha256}"',
               "Cache-Control": "no-store"}
    if status == 206:
        headers["Content-Range"] = f"bytes {start}-{end}/{record.size}"
    return StreamingResponse(chunks(), status_code=status, headers=headers, media_type="application/octet-stream")


def message_json(message: Message) -> dict:
    return {"seq": message.seq, "message_id": message.message_id, "sender": message.sender,
            "posted_at": message.posted_at, "size": len(message.data), "data": b64url(message.data)}


async def _post(request: Request, recipient: str | None) -> dict:
    ctx: ServerContext = request.app.state.ctx
    body = await read_body(request, ctx.config.max_message_bytes)
    device = await authenticate(request, body, roles=COORDINATOR)
    if not body:
        raise ApiError(400, "bad_request", "A message cannot be empty.")
    if recipient is not None:
        target = await run_in_threadpool(ctx.meta.get_device, recipient) if len(recipient) <= 64 else None
        if target is None or target.revoked_at is not None:
            raise ApiError(404, "no_such_device", "There is no such (active) device.")
    message_id = b64url(secrets.token_bytes(15))
    seq = await run_in_threadpool(ctx.meta.post_message, message_id, device.device_id, recipient, body, ctx.now())
    return {"message_id": message_id, "seq": seq}


async def _fetch(request: Request, shared: bool) -> dict:
    ctx: ServerContext = request.app.state.ctx
    after = int_param(request, "after", 0, 0, 2**53)
    limit = int_param(request, "limit", 100, 1, MAX_PAGE)
    device = await authenticate(request, b"", roles=COORDINATOR if shared else ("monitor", "coordinator"))
    # A device reads only its own mailbox: the recipient comes from the signature, never from the request.
    recipient = None if shared else device.device_id
    messages = await run_in_threadpool(ctx.meta.list_messages, recipient, after, limit)
    return {"messages": [message_json(m) for m in messages], "cursor": messages[-1].seq if messages else after}


@router.post("/v1/devices/{device_id}/mailbox", openapi_extra=schema.MAILBOX_MESSAGE)
async def mailbox_post(device_id: str, request: Request) -> dict:
    """Post an opaque message to a device's mailbox (coordinators only; raw body)."""
    return await _post(request, device_id)


@router.get("/v1/mailbox", openapi_extra=schema.PAGE)
async def mailbox_fetch(request: Request) -> dict:
    """The calling device's own messages with ``seq`` > ``after``."""
    return await _fetch(request, shared=False)


@router.post("/v1/mailbox/ack", openapi_extra=schema.ACK)
async def mailbox_ack(request: Request) -> dict:
    """Delete messages from the caller's own mailbox (``{"message_ids": [...]}``); others' ids are ignored."""
    ctx: ServerContext = request.app.state.ctx
    body = await read_body(request, ctx.config.max_json_bytes)
    device = await authenticate(request, body)
    ids = parse_json(body).get("message_ids")
    if not isinstance(ids, list) or len(ids) > MAX_PAGE or not all(isinstance(i, str) and len(i) <= 64 for i in ids):
        raise ApiError(400, "bad_request", f"message_ids must be a list of at most {MAX_PAGE} ids.")
    count = await run_in_threadpool(ctx.meta.ack_messages, device.device_id, ids)
    return {"acknowledged": count}


@router.post("/v1/shared", openapi_extra=schema.MESSAGE)
async def shared_post(request: Request) -> dict:
    """Append an opaque message to the coordinators' shared channel (raw body)."""
    return await _post(request, None)


@router.get("/v1/shared", openapi_extra=schema.PAGE)
async def shared_fetch(request: Request) -> dict:
    """Shared-channel messages with ``seq`` > ``after`` (coordinators only)."""
    return await _fetch(request, shared=True)

