"""Who a received report belongs to: the device that first sent it verified, recorded for good.

The owner is written to ``report_owners`` in the same transaction as the first verified envelope naming the report
id, and never changes afterwards: not when another enrolled device sends an envelope with the same report id (that
envelope goes to quarantine with the check ``owner`` failing, code ``not_owner``), and not when the owner's device
is revoked (its envelopes go to quarantine; the other device still does not inherit the report). Every view,
export and message route reads the owner from here.
"""

from __future__ import annotations

from kpfield.coordinator.verify import check, part
from kpfield.model import iso, utcnow

REPORT_KINDS = ("report", "originals")
NOT_OWNER = "not_owner"  # the reason code the GUI translates


def owner_of(db, report_id: str) -> str | None:
    """The device id that owns ``report_id``, or None when no verified envelope has named it yet."""
    row = db.execute("SELECT device_id FROM report_owners WHERE report_id = ?", [report_id]).fetchone()
    return row[0] if row else None


def owners(db) -> dict[str, str]:
    """Every recorded owner, ``{report_id: device_id}``."""
    return dict(db.execute("SELECT report_id, device_id FROM report_owners").fetchall())


def not_owner_check(report_id: str, owner: str, device_id: str) -> dict:
    """The failed ``owner`` check for an envelope from a device that does not own the report id it names."""
    return check(False, part("check_not_owner", report=report_id, owner=owner, device=device_id),
                 code=NOT_OWNER, owner=owner, device=device_id)


_OWN_CHECKS = ("envelope", "signature", "photos", "receipt")


def may_claim(checks: dict, device: dict | None, received_at: int | None) -> bool:
    """Whether an envelope was sent verified, so that its device may own the report it names when nobody does yet.

    Its own checks (opened, signed with the device's enrolled key, photos, server receipt) must pass and the device
    must have been trusted when the server received the envelope (the same second counts as before: the server
    refuses a revoked device's uploads). A device revoked since (a seized laptop) still owns what it sent before,
    so that another device cannot take its reports over once it is revoked. The chain check is left out: a gap or
    fork concerns the device's sequence, not who wrote the report.
    """
    if device is None or any(not checks.get(name, {"ok": name == "photos"})["ok"] for name in _OWN_CHECKS):
        return False
    revoked_at = device.get("revoked_at")
    return revoked_at is None or (isinstance(received_at, int) and received_at <= revoked_at)


def owner_check(db, *, report_id: str | None, kind: str | None, device_id: str, server_seq: int, sha256: str,
                passes_other_checks: bool) -> dict | None:
    """The ``owner`` check of one envelope, claiming the report for its device when it is the first one sent
    verified (``passes_other_checks``: see :func:`may_claim`).

    Call inside the transaction that stores the envelope's status. Returns None for envelopes that name no report
    (or may not claim a report nobody owns yet), else the check.
    """
    if not report_id or kind not in REPORT_KINDS:
        return None
    owner = owner_of(db, report_id)
    if owner is None:
        if not passes_other_checks:
            return None
        db.execute("INSERT INTO report_owners (report_id, device_id, server_seq, envelope_sha256, owned_at) "
                   "VALUES (?,?,?,?,?)", [report_id, device_id, server_seq, sha256, iso(utcnow())])
        owner = device_id
    if owner != device_id:
        return not_owner_check(report_id, owner, device_id)
    return check(True, part("check_owner_ok", report=report_id, device=device_id))

