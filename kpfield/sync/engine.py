"""One sync run of a monitor's device: refresh coordinators, seal what is due, upload it, fetch the mailbox.

Used by ``kpfield sync`` and by the app's sync worker (on its own thread with its own store connection).
Everything is resumable: a run stopped at any point (cut link, killed process) is simply run again.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from kpfield.errors import KPFieldError, SyncCancelled, SyncError
from kpfield.store import Profile
from kpfield.sync import account as accounts
from kpfield.sync import trust_store
from kpfield.sync.messages import open_message, store_message
from kpfield.sync.outbox import Outbox

log = logging.getLogger(__name__)

Progress = Callable[[dict], None]


@dataclass
class SyncResult:
    """What a run did. ``ok`` is true only when everything due was sent and every receipt verified."""

    sent: list[int] = field(default_factory=list)
    failed: list[tuple[int, str]] = field(default_factory=list)
    not_queued: list[tuple[str, str]] = field(default_factory=list)
    messages: int = 0
    rejected_messages: int = 0
    recipients_updated: bool = False
    cancelled: bool = False
    #: The errors behind ``failed`` and ``not_queued``, in order (their codes let the GUI word them; not saved).
    errors: list = field(default_factory=list, repr=False, compare=False)

    @property
    def ok(self) -> bool:
        return not self.failed and not self.not_queued and not self.cancelled

    def to_dict(self) -> dict:
        return {"ok": self.ok, "sent": self.sent, "failed": [{"outbox_id": i, "reason": r} for i, r in self.failed],
                "not_queued": [{"report_id": i, "reason": r} for i, r in self.not_queued],
                "messages": self.messages, "rejected_messages": self.rejected_messages,
                "recipients_updated": self.recipients_updated, "cancelled": self.cancelled}


def _emit(progress: Progress | None, **event) -> None:
    if progress:
        progress(event)


def run_sync(profile: Profile, *, progress: Progress | None = None, cancel: threading.Event | None = None,
             client_options: dict | None = None) -> SyncResult:
    """Send everything due and fetch the mailbox.

    :param profile: an unlocked profile on this thread.
    :param progress: called with events ``{"phase": ..., ...}`` (queue, upload with done/total, mailbox).
    :param cancel: set it to stop between (and inside) uploads; what was sent stays sent.
    :param client_options: passed to the HTTP client (timeouts, retry delays).
    """
    db = profile.db
    account = accounts.require_account(db)
    outbox = Outbox(db, profile.audit)
    result = SyncResult()
    client = account.client(**(client_options or {}))
    try:
        _refresh_recipients(db, client, result)
        _queue(profile, account, outbox, result, progress)
        for item in outbox.due():
            if cancel is not None and cancel.is_set():
                result.cancelled = True
                break
            _emit(progress, phase="upload", outbox_id=item.id, report_id=item.report_id, done=item.bytes_done,
                  total=item.size)

            latest = {"saved_at": 0.0, "done": item.bytes_done}

            def on_progress(done: int, total: int, item=item) -> None:
                latest["done"] = done
                now = time.monotonic()
                if now - latest["saved_at"] >= 1.0 or done >= total:  # a store write per second is plenty
                    latest["saved_at"] = now
                    outbox.mark_progress(item.id, done)
                _emit(progress, phase="upload", outbox_id=item.id, report_id=item.report_id, done=done, total=total)

            try:
                receipt = client.upload(item.envelope_sha256, item.size, outbox.read_at(item.id),
                                        progress=on_progress, cancel=cancel)
                # upload() returns only a receipt verified against the PINNED server key, naming this envelope.
                outbox.mark_sent(item.id, receipt.to_dict())
                result.sent.append(item.id)
            except SyncCancelled:
                outbox.mark_progress(item.id, latest["done"])
                result.cancelled = True
                break
            except KPFieldError as exc:
                outbox.mark_progress(item.id, latest["done"])
                outbox.mark_failed(item.id, str(exc))
                result.failed.append((item.id, str(exc)))
                result.errors.append(exc)
        if not result.cancelled:
            _fetch_mailbox(db, account, client, result, progress)
    finally:
        client.close()
    return result


def _refresh_recipients(db, client, result: SyncResult) -> None:
    """Fetch the organisation's certificates and revocations; only those the pinned key signed are kept.

    ``recipients_updated`` tells whether the set of certified, unrevoked coordinators changed.
    """
    if trust_store.pinned_org(db) is None:
        return
    before = trust_store.view(db).coordinator_sign_keys()
    trust_store.refresh(db, client)
    result.recipients_updated = trust_store.view(db).coordinator_sign_keys() != before


def _queue(profile: Profile, account, outbox: Outbox, result: SyncResult, progress) -> None:
    reduce = bool(profile.settings.get("reduce_photos", True))
    for report_id, version in outbox.pending_versions():
        _emit(progress, phase="queue", report_id=report_id, version=version)
        try:
            outbox.enqueue_report(account, report_id, version, reduce=reduce)
        except KPFieldError as exc:
            result.not_queued.append((report_id, str(exc)))
            result.errors.append(exc)
    if profile.settings.get("send_originals_on_request"):
        for report_id, version in outbox.pending_originals():
            _emit(progress, phase="queue", report_id=report_id, version=version, originals=True)
            try:
                outbox.enqueue_report(account, report_id, version, kind="originals")
            except KPFieldError as exc:
                result.not_queued.append((report_id, str(exc)))
                result.errors.append(exc)


def _fetch_mailbox(db, account, client, result: SyncResult, progress) -> None:
    if trust_store.pinned_org(db) is None:
        return  # with no organisation pinned no sender can be checked: leave the messages on the server
    cursor = accounts.get_state(db, "mailbox_cursor", 0)
    # Only coordinators the organisation certified and has not revoked (never keys the server hands out).
    trusted = list(trust_store.view(db).coordinator_sign_keys().values())
    while True:
        items, next_cursor = client.mailbox_fetch(cursor)
        if not items:
            break
        done = []
        for item in items:
            try:
                message = open_message(item["data"], account.keys, trusted)
            except KPFieldError as exc:
                log.warning("rejected a mailbox item: %s", type(exc).__name__)
                result.rejected_messages += 1
            else:
                with db.atomic():
                    if store_message(db, message):
                        result.messages += 1
            done.append(item["message_id"])
        client.mailbox_ack(done)
        with db.atomic():
            accounts.set_state(db, "mailbox_cursor", next_cursor)
        cursor = next_cursor
        _emit(progress, phase="mailbox", received=result.messages)
        if len(items) < 100:
            break


__all__ = ["SyncResult", "run_sync", "SyncError"]
