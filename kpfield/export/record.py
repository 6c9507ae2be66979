"""The neutral record every exporter reads, its public-version redactions, and the monitor-side builder.

Exporters never touch a store: they read :class:`ExportRecord` objects. This module builds them from a monitor's
store (reports, photos, audit and the outbox's signed manifests and receipts). The coordinator side supplies its
own records by building the same dataclasses from its received-reports tables (see docs/EXPORTS.md, "Hook").
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from typing import Callable

from kpfield.errors import ExportError, NotFound
from kpfield.sync.identity import PublicIdentity
from kpfield.sync.manifest import SignedManifest

MAX_PRECISION = 6  # decimals of a degree (~0.1 m); more only pretends to accuracy no receiver has


@dataclass(frozen=True)
class ExportOptions:
    """What a public version leaves out.

    :param witnesses: include witnesses' pseudonyms, contacts and notes (False for anything leaving the team).
    :param precision: round coordinates to this many decimals of a degree (1 ≈ 11 km, 2 ≈ 1.1 km); None = exact.
    :param photos: include the photos (False for a public version when faces or places in them could identify
        people: photos cannot be redacted reliably here, so they are left out whole).
    """

    witnesses: bool = True
    precision: int | None = None
    photos: bool = True

    def __post_init__(self):
        if self.precision is not None and (isinstance(self.precision, bool) or not isinstance(self.precision, int)
                                           or not 0 <= self.precision <= MAX_PRECISION):
            raise ExportError(f"Location precision must be 0 to {MAX_PRECISION} decimals of a degree.")

    @property
    def redacted(self) -> bool:
        return not self.witnesses or self.precision is not None or not self.photos

    def precision_note(self) -> str:
        """A plain sentence saying how exact the published coordinates are."""
        if self.precision is None:
            return "Coordinates are exact as recorded."
        km = 111.32 * 10 ** -self.precision
        size = f"{km:.0f} km" if km >= 1 else f"{km * 1000:.0f} m"
        return (f"Coordinates are rounded to {self.precision} decimal place(s) of a degree (about {size}) "
                "to protect the people involved; they are not the recorded position.")


@dataclass(frozen=True)
class PhotoRecord:
    """One photo: its metadata (as ``Photo.to_dict()``) and a function returning the ORIGINAL bytes."""

    meta: dict
    read: Callable[[], bytes]

    @property
    def id(self) -> str:
        return self.meta["id"]


@dataclass(frozen=True)
class EnvelopeEvidence:
    """One signed manifest about the report, with what proves it.

    :param signed: the signed manifest (exact canonical bytes and Ed25519 signature).
    :param signer: the signing device's enrolled public identity, when known.
    :param envelope_sha256: SHA-256 of the whole encrypted envelope (what the chain and the receipt name).
    :param receipt: the server's signed receipt (``Receipt.to_dict()``), when the envelope was acknowledged.
    :param verified: result of checking the signature here ("verified", "FAILED: ...", or None if unchecked).
    """

    signed: SignedManifest
    signer: PublicIdentity | None
    envelope_sha256: str | None
    receipt: dict | None = None
    verified: str | None = None

    @property
    def seq(self) -> int:
        return self.signed.manifest["seq"]

    @property
    def prev_envelope_sha256(self) -> str | None:
        return self.signed.manifest["prev_envelope_sha256"]


@dataclass(frozen=True)
class ExportRecord:
    """Everything exporters need about one report; nothing in it refers to a store.

    :param report: the report's fields (``Report.to_dict()``).
    :param photos: its photos, in order.
    :param evidence: signed manifests about it, oldest first (empty when never sent).
    :param history: review/audit history entries (dicts with at least ``at`` and ``action``).
    :param server_key: the sync server's Ed25519 public key that signs receipts, when known.
    :param verification: overall verification summary from the side that built the record, when known.
    :param trust: from :func:`kpfield.export.verify_trust.trust_material`, when the store pinned an organisation.
    """

    report: dict
    photos: list[PhotoRecord] = field(default_factory=list)
    evidence: list[EnvelopeEvidence] = field(default_factory=list)
    history: list[dict] = field(default_factory=list)
    server_key: bytes | None = None
    verification: str | None = None
    trust: dict | None = None  # the organisation key, certificates and revocations (export/verify_trust.py)

    @property
    def id(self) -> str:
        return self.report["id"]


def redact(record: ExportRecord, options: ExportOptions) -> ExportRecord:
    """The record as a public version shows it: witnesses dropped and/or coordinates rounded (photos' EXIF GPS too).

    :param record: the full record.
    :param options: what to leave out.
    """
    if not options.redacted:
        return record
    report = json.loads(json.dumps(record.report))  # deep copy: never alter the caller's data
    if not options.witnesses:
        report["witnesses"] = []
    photos = record.photos if options.photos else []
    if options.precision is not None:
        report["location"] = round_location(report.get("location"), options.precision)
        photos = [replace(p, meta={**p.meta, "gps": round_location(p.meta.get("gps"), options.precision)})
                  for p in photos]
    return replace(record, report=report, photos=photos)


def round_location(loc: dict | None, precision: int) -> dict | None:
    """A location dict with lat/lon rounded and the details that would reveal more (altitude, accuracy) dropped."""
    if not loc:
        return loc
    return {"lat": round(float(loc["lat"]), precision), "lon": round(float(loc["lon"]), precision),
            "source": loc.get("source"), "alt": None, "accuracy_m": None, "fix_time": loc.get("fix_time"),
            "rounded_to_decimals": precision}


# --- the monitor-side builder ---------------------------------------------------------------------------------

def _evidence_from_outbox(db, report_id: str, identity: PublicIdentity | None) -> list[EnvelopeEvidence]:
    rows = db.execute("SELECT signed_manifest, envelope_sha256, receipt, seq FROM outbox WHERE report_id = ? "
                      "AND kind IN ('report', 'originals') ORDER BY seq", [report_id]).fetchall()
    out = []
    for signed_json, envelope_sha, receipt_json, _seq in rows:
        signed = SignedManifest.from_dict(json.loads(signed_json))
        verified = None
        if identity is not None:
            try:
                signed.verify(identity)
                verified = "verified"
            except Exception as exc:  # a damaged row is reported in the dossier, not hidden
                verified = f"FAILED: {exc}"
        out.append(EnvelopeEvidence(signed, identity, envelope_sha or None,
                                    json.loads(receipt_json) if receipt_json else None, verified))
    return out


def records_from_monitor(profile, report_ids: list[str]) -> list[ExportRecord]:
    """Build export records from a monitor's unlocked profile.

    :param profile: an unlocked :class:`kpfield.store.Profile`.
    :param report_ids: the reports to export, in order; an unknown id raises :class:`NotFound`.
    """
    from kpfield.sync.account import load_account  # sync is optional for exports of never-sent reports

    account = load_account(profile.db)
    identity = account.keys.public if account else None
    from kpfield.export.verify_trust import trust_material

    trust = trust_material(profile.db) if account else None
    records = []
    for rid in report_ids:
        report = profile.reports.get(rid)  # raises NotFound with the id
        photos = [PhotoRecord(p.to_dict(), (lambda pid=p.id: profile.photos.read(pid, "original")))
                  for p in profile.photos.list(rid)]
        evidence = _evidence_from_outbox(profile.db, rid, identity) if account else []
        history = [{"at": e.at, "action": e.action, "detail": e.detail, "hash": e.hash}
                   for e in profile.audit.entries(rid)]
        failed = [e for e in evidence if e.verified and e.verified != "verified"]
        summary = None
        if evidence:
            summary = "signature check FAILED" if failed else f"{len(evidence)} signed manifest(s) verified"
        records.append(ExportRecord(report.to_dict(), photos, evidence, history,
                                    account.server_key if account else None, summary, trust=trust))
    if not records:
        raise NotFound("No reports were selected for export.")
    return records
