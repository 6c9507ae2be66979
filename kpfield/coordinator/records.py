"""Export records built from a coordinator's store: the working copy of each received report, its photos as
received, every verified signed manifest with its receipt and the sending device's enrolled key, and the review
history. Exporters read these exactly as they read a monitor's records (kpfield/export/record.py).
"""

from __future__ import annotations

import json

from kpfield.coordinator import ownership
from kpfield.errors import KPFieldError, NotFound
from kpfield.export.record import EnvelopeEvidence, ExportRecord, PhotoRecord
from kpfield.store import Profile
from kpfield.sync import account as accounts
from kpfield.sync.identity import PublicIdentity, unb64url
from kpfield.sync.manifest import SignedManifest


def _identity(db, device_id: str) -> PublicIdentity | None:
    row = db.execute("SELECT sign_key, box_key FROM known_devices WHERE device_id = ?", [device_id]).fetchone()
    if row is None:
        return None
    try:
        return PublicIdentity(unb64url(row[0], "sign key"), unb64url(row[1], "box key"))
    except KPFieldError:
        return None


def _evidence(db, report_id: str) -> list[EnvelopeEvidence]:
    """Every verified envelope of the report from its owner, oldest version first, each re-checked against the
    enrolled key."""
    out = []
    owner = ownership.owner_of(db, report_id)
    for signed_json, sha, receipt_json, device_id in db.execute(
            "SELECT signed_manifest, envelope_sha256, receipt, device_id FROM received WHERE report_id = ? "
            "AND device_id = ? AND status = 'verified' AND signed_manifest IS NOT NULL "
            "ORDER BY report_version, server_seq", [report_id, owner]):
        signed = SignedManifest.from_dict(json.loads(signed_json))
        signer = _identity(db, device_id)
        verified = None
        if signer is not None:
            try:
                signed.verify(signer)
                verified = "verified"
            except KPFieldError as exc:  # the stored copy was damaged: said in the dossier, never hidden
                verified = f"FAILED: {exc}"
        receipt = json.loads(receipt_json) if receipt_json else None
        out.append(EnvelopeEvidence(signed, signer, sha, receipt if isinstance(receipt, dict) else None, verified))
    return out


def _history(profile: Profile, report_id: str) -> list[dict]:
    """The review history (who changed what) and the audit trail of the report, in time order."""
    entries = [{"at": at, "action": f"review: {field}", "detail": {"by": who, "from": old, "to": new}}
               for at, who, field, old, new in profile.db.execute(
                   "SELECT at, who, field, old, new FROM review_history WHERE report_id = ? ORDER BY id",
                   [report_id])]
    entries += [{"at": e.at, "action": e.action, "detail": e.detail, "hash": e.hash}
                for e in profile.audit.entries(report_id)]
    return sorted(entries, key=lambda e: e["at"] or "")


def records_from_coordinator(profile: Profile, report_ids: list[str]) -> list[ExportRecord]:
    """Build export records from a coordinator's unlocked profile.

    :param profile: an unlocked coordinator :class:`kpfield.store.Profile`.
    :param report_ids: received reports in the working copy (verified), in order; any other id raises
        :class:`NotFound` (quarantined envelopes are not exported as evidence).
    """
    from kpfield.export.verify_trust import trust_material

    account = accounts.load_account(profile.db)
    records = []
    for rid in report_ids:
        if not profile.reports.exists(rid):
            raise NotFound(f"No verified received report {rid} (quarantined reports are not exported).")
        report = profile.reports.get(rid)
        photos = [PhotoRecord(p.to_dict(), (lambda pid=p.id: profile.photos.read(pid, "original")))
                  for p in profile.photos.list(rid)]
        evidence = _evidence(profile.db, rid)
        failed = [e for e in evidence if e.verified != "verified"]
        summary = (f"signature check FAILED on {len(failed)} of {len(evidence)} signed manifest(s)" if failed
                   else f"{len(evidence)} signed manifest(s) verified against the device's enrolled key; photos' "
                        f"SHA-256, device chain and server receipts checked on receipt")
        records.append(ExportRecord(report.to_dict(), photos, evidence, _history(profile, rid),
                                    account.server_key if account else None, summary,
                                    trust=trust_material(profile.db)))
    if not records:
        raise NotFound("No reports were selected for export.")
    return records
