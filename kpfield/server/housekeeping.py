"""Removing what no envelope will ever come of: unfinished uploads that went quiet, and those of revoked devices.

Declared sizes count against a device's quota (``max_pending_uploads``, ``max_pending_bytes``) until the upload
completes or is removed here, so a device that declares huge envelopes and sends nothing only blocks itself, and
only until ``upload_expiry_s`` has passed since the upload last received a byte.

The sweep runs on the first declaration after the server starts and then at most once a minute, on a declaration
(no timer thread);
``kpfield server revoke`` removes the revoked device's unfinished uploads at once, and the sweep also removes any
it finds for a device revoked another way.
"""

from __future__ import annotations

import logging

from kpfield.server.context import ServerContext

log = logging.getLogger("kpfield.server")
SWEEP_EVERY_S = 60


def _remove(ctx: ServerContext, upload_id: str) -> bool:
    if not ctx.meta.delete_unfinished_upload(upload_id):
        return False  # completed (or verified) meanwhile: keep it
    ctx.blobs.remove(upload_id)
    return True


def drop_device_uploads(ctx: ServerContext, device_id: str) -> int:
    """Remove every unfinished upload of ``device_id`` with its bytes (on revocation); returns how many."""
    removed = sum(_remove(ctx, u.upload_id) for u in ctx.meta.unfinished_uploads(device_id=device_id))
    if removed:
        log.info('{"event": "uploads_removed", "reason": "revoked", "device": "%s", "count": %d}', device_id, removed)
    return removed


def sweep(ctx: ServerContext, busy=frozenset()) -> int:
    """Remove unfinished uploads idle for ``upload_expiry_s`` and those of revoked devices; returns how many.

    :param busy: upload ids a request is writing to right now (never removed).
    """
    now = ctx.now()
    cutoff = now - ctx.config.upload_expiry_s
    removed = 0
    for upload in ctx.meta.unfinished_uploads(created_before=cutoff):
        last = ctx.blobs.last_write(upload.upload_id)
        if upload.upload_id in busy or (last is not None and last > cutoff):
            continue  # bytes arrived recently: a slow upload, not an abandoned one
        removed += _remove(ctx, upload.upload_id)
    if removed:
        log.info('{"event": "uploads_removed", "reason": "expired", "count": %d}', removed)
    for device in ctx.meta.list_devices():
        if device.revoked_at is not None:
            removed += drop_device_uploads(ctx, device.device_id)
    return removed


def maybe_sweep(ctx: ServerContext, busy=frozenset()) -> None:
    """:func:`sweep` if the last one is at least ``SWEEP_EVERY_S`` old (cheap to call on every declaration)."""
    now = ctx.now()
    if now < ctx.next_sweep:
        return
    ctx.next_sweep = now + SWEEP_EVERY_S
    sweep(ctx, busy)
