"""The coordinator's store-thread operations for the GUI: load a review, save one, devices, the quarantine.

Each function takes the open profile and runs inside :meth:`ui.session.Session.op` (never on the GUI thread).
"""

from __future__ import annotations


def known_devices(profile) -> list[dict]:
    """The devices this coordinator knows (kept from the last pull), for labels and the monitor filter."""
    from kpfield.coordinator.review import known_devices as devices

    return devices(profile)


def load_review(profile, report_id: str, mark_read: bool = False) -> dict:
    """Everything the review panel shows about one received report (and mark it read if asked).

    Returns ``{"report_id", "received", "review", "messages", "device", "me"}``; raises NotFound for a report this
    coordinator did not receive.
    """
    from kpfield.coordinator import review

    received = review.received_report(profile, report_id)
    state = review.review_state(profile, report_id)
    # What was sent to the monitor: the audit keeps kind, state and time (the text lives only in the sealed copy).
    messages = [{"at": e.detail.get("at") or e.at, "kind": e.detail.get("kind"), "state": e.detail.get("state")}
                for e in profile.audit.entries(report_id) if e.action == "message_sent"]
    devices = {d["device_id"]: d for d in known_devices(profile)}
    if mark_read:
        review.mark_read(profile, report_id, True)
    return {"report_id": report_id, "received": received, "review": state, "messages": messages,
            "device": devices.get(received["device_id"]) or {"device_id": received["device_id"]},
            "me": review.who(profile)}  # this coordinator, named as in the history


def save_review(profile, report_id: str, base_revision: int, changes: dict) -> tuple[str, dict]:
    """Apply ``changes`` (keyword arguments of ``review()``) unless they meet a newer revision.

    A state or assignee change made on ``base_revision`` while another change (another coordinator's, applied by
    a sync) raised the revision is not saved: returns ``("stale", current review)`` so that the user decides
    knowingly. Tags and notes only add, so they never go stale. Otherwise ``("saved", new review)``.
    """
    from kpfield.coordinator import review
    from kpfield.errors import ReviewChanged

    try:
        return "saved", review.review(profile, report_id, expect_revision=base_revision, **changes)
    except ReviewChanged:
        return "stale", review.review_state(profile, report_id)


def load_quarantine(profile) -> dict:
    """The quarantined envelopes (with their reasons) and the devices by id, for the quarantine dialog."""
    from kpfield.coordinator.review import quarantine_list

    return {"items": quarantine_list(profile), "devices": {d["device_id"]: d for d in known_devices(profile)}}


def coordinator_overview(profile) -> tuple[list[dict], int]:
    """The devices for the monitor filter and how many envelopes are in quarantine."""
    count = profile.db.execute("SELECT count(*) FROM received WHERE status = 'quarantined'").fetchone()[0]
    return known_devices(profile), count
