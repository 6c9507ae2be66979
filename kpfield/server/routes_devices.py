"""Server endpoints about devices: clock, enrolment, the device list and the coordinators' recipient list."""

from __future__ import annotations

import logging

from fastapi import APIRouter, Request
from starlette.concurrency import run_in_threadpool

from kpfield.errors import InvitationError, SignatureInvalid
from kpfield.server.context import ServerContext, device_json, token_hash
from kpfield.server.guard import (ApiError, authenticate, check_new_device, parse_json, parse_signature, rate_limit,
                                  read_body)
from kpfield.server import schema
from kpfield.server.storage import DeviceRecord
from kpfield.sync.auth import DOMAIN_RECIPIENTS, verify_document
from kpfield.sync.identity import b64url, derive_device_id, unb64url
from kpfield.sync.invitation import ROLES, check_coordinators

log = logging.getLogger("kpfield.server")
router = APIRouter()
MAX_LABEL = 100

_ENROLL_ERRORS = {
    "unknown_token": (403, "This invitation is not known to this server."),
    "used": (409, "This invitation has already been used."),
    "expired": (403, "This invitation has expired. Ask the server operator for a new one."),
    "role_mismatch": (403, "This invitation is for another role."),
    "already_enrolled": (409, "This device is already enrolled."),
}


@router.get("/v1/time")
def server_time(request: Request) -> dict:
    """The server's clock (unauthenticated): clients sign with server-relative time."""
    ctx: ServerContext = request.app.state.ctx
    return {"time": ctx.now(), "server_key": b64url(ctx.public_key), "server_fingerprint": ctx.fingerprint}


def _key(data: dict, name: str) -> bytes:
    try:
        value = unb64url(data.get(name), name)
    except Exception:
        raise ApiError(400, "bad_request", f"The {name} is not base64url.") from None
    if len(value) != 32:
        raise ApiError(400, "bad_request", f"The {name} is not 32 bytes.")
    return value


def _enroll_sync(ctx: ServerContext, request: Request, data: dict, body: bytes) -> dict:
    signed = parse_signature(request)
    token, role, label = data.get("token"), data.get("role"), data.get("label", "")
    if not isinstance(token, str) or not 20 <= len(token) <= 100 or role not in ROLES:
        raise ApiError(400, "bad_request", "Enrolment needs a token and a role (monitor or coordinator).")
    if not isinstance(label, str) or len(label) > MAX_LABEL:
        raise ApiError(400, "bad_request", f"The label must be text of at most {MAX_LABEL} characters.")
    sign_key, box_key = _key(data, "sign_key"), _key(data, "box_key")
    device_id = derive_device_id(sign_key)
    if signed.device_id != device_id:
        raise ApiError(401, "bad_signature", "The request must be signed by the key being enrolled.")
    check_new_device(ctx, request, signed, sign_key, body)
    now = ctx.now()
    device = DeviceRecord(device_id, role, label, sign_key, box_key, now)
    outcome = ctx.meta.enroll(token_hash(token), device, now)
    if outcome != "ok":
        status, message = _ENROLL_ERRORS[outcome]
        log.info('{"event": "enroll_refused", "reason": "%s"}', outcome)
        raise ApiError(status, "invitation_" + outcome, message)
    log.info('{"event": "enrolled", "device": "%s", "role": "%s"}', device_id, role)
    request.state.device_id = device_id
    return {"device_id": device_id, "role": role, "server_time": now,
            "recipients": ctx.server_recipient_list()}


@router.post("/v1/enroll", openapi_extra=schema.ENROLL)
async def enroll(request: Request) -> dict:
    """Enrol a new device with a one-time invitation token (request signed by the new key)."""
    state = request.app.state
    rate_limit(state.buckets, "addr:" + (request.client.host if request.client else "?"))
    body = await read_body(request, state.ctx.config.max_json_bytes)
    data = parse_json(body)
    return await run_in_threadpool(_enroll_sync, state.ctx, request, data, body)


@router.get("/v1/devices")
async def devices(request: Request) -> dict:
    """Every device record (coordinators only)."""
    await authenticate(request, b"", roles=("coordinator",))
    records = await run_in_threadpool(request.app.state.ctx.meta.list_devices)
    return {"devices": [device_json(d) for d in records]}


@router.get("/v1/me")
async def me(request: Request) -> dict:
    """The calling device's own record."""
    return device_json(await authenticate(request, b""))


@router.get("/v1/recipients")
async def get_recipients(request: Request) -> dict:
    """The latest coordinator-signed recipient list (or null) and the server-signed list of coordinators."""
    await authenticate(request, b"")
    ctx: ServerContext = request.app.state.ctx
    document = await run_in_threadpool(ctx.meta.get_recipients)
    server_list = await run_in_threadpool(ctx.server_recipient_list)
    return {"document": document, "server_list": server_list}


@router.post("/v1/recipients", openapi_extra=schema.RECIPIENTS)
async def post_recipients(request: Request) -> dict:
    """Publish a recipient list signed by the calling coordinator; an older or equal ``issued_at`` is refused."""
    ctx: ServerContext = request.app.state.ctx
    body = await read_body(request, ctx.config.max_json_bytes)
    device = await authenticate(request, body, roles=("coordinator",))
    document = parse_json(body)
    try:
        if document.get("signer") != device.device_id:
            raise SignatureInvalid("signer")
        content = verify_document(device.sign_key, DOMAIN_RECIPIENTS, document)
        if content.get("kind") != "recipients" or not isinstance(content.get("issued_at"), int):
            raise SignatureInvalid("kind")
        check_coordinators(content.get("coordinators"))
    except (SignatureInvalid, InvitationError):
        raise ApiError(400, "bad_document", "The recipient list must be well formed and signed by the posting "
                       "coordinator.") from None
    if not await run_in_threadpool(ctx.meta.put_recipients, document, content["issued_at"]):
        raise ApiError(409, "stale_document", "A recipient list at least as recent is already stored.")
    return {"stored": True, "issued_at": content["issued_at"]}
