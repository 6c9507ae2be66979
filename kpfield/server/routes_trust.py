"""Server endpoints relaying the organisation's signed documents: certificates and revocation lists.

``GET /v1/trust`` (any enrolled device) and ``POST /v1/trust`` (coordinators). Devices never take the server's
word for any of it: each verifies every document against the organisation key it pinned out of band.
"""

from __future__ import annotations

import logging

from fastapi import APIRouter, Request
from starlette.concurrency import run_in_threadpool

from kpfield.server import trust_docs
from kpfield.server.context import ServerContext
from kpfield.server.guard import ApiError, authenticate, parse_json, read_body
from kpfield.server.schema import json_body
from kpfield.trust import DocumentInvalid, verify_certificate, verify_revocations

log = logging.getLogger("kpfield.server")
router = APIRouter()
TRUST_DOCUMENT = json_body({"v": {"type": "integer"}, "kind": {"type": "string",
                                                              "enum": ["device-cert", "revocations"]},
                            "org": {"type": "string"}, "sig": {"type": "string"}}, ["v", "kind", "org", "sig"])


@router.get("/v1/trust")
async def get_trust(request: Request) -> dict:
    """The organisation key the operator configured, every certificate and the newest revocation list."""
    await authenticate(request, b"")
    ctx: ServerContext = request.app.state.ctx
    return await run_in_threadpool(trust_docs.snapshot, ctx.config.data_dir)


def _store(ctx: ServerContext, document: dict) -> dict:
    org_key = trust_docs.org_key(ctx.config.data_dir)
    if org_key is None:
        raise ApiError(409, "no_org", "The server operator has not configured the organisation key yet "
                                      "(kpfield server org).")
    try:
        if document.get("kind") == "device-cert":
            cert = verify_certificate(org_key, document)
            stored = trust_docs.put_certificate(ctx.config.data_dir, cert.device_id, cert.issued_at, document)
            if not stored:
                raise ApiError(409, "stale_document", "A certificate at least as recent is already stored.")
            log.info('{"event": "certificate", "device": "%s"}', cert.device_id)
            return {"stored": True, "kind": "device-cert", "device_id": cert.device_id}
        revocations = verify_revocations(org_key, document)
    except DocumentInvalid as exc:
        raise ApiError(400, "bad_document", f"Not a document of this organisation: {exc}") from None
    if not trust_docs.put_revocations(ctx.config.data_dir, revocations.serial, document):
        raise ApiError(409, "stale_document", "A revocation list with this serial or a higher one is already stored.")
    log.info('{"event": "revocations", "serial": %d}', revocations.serial)
    return {"stored": True, "kind": "revocations", "serial": revocations.serial}


@router.post("/v1/trust", openapi_extra=TRUST_DOCUMENT)
async def post_trust(request: Request) -> dict:
    """Publish a certificate or revocation list signed by the organisation key (coordinators only)."""
    ctx: ServerContext = request.app.state.ctx
    body = await read_body(request, ctx.config.max_json_bytes)
    await authenticate(request, body, roles=("coordinator",))
    return await run_in_threadpool(_store, ctx, parse_json(body))
