"""The evidence bundle: a zip a third party can check with no access to any store (see verify.py, docs/EXPORTS.md).

Layout::

    README.txt                          how to verify, in plain language
    index.json                          what is where (format "kpfield-evidence-bundle", v 1)
    keys/device-<device id>.json        the signing device's public identity and fingerprint
    keys/server.json                    the sync server's receipt-signing key, when known
    keys/org.json                       the organisation's public key and fingerprint, when the store pinned one
    keys/cert-<device id>.json          the organisation's certificate of each signing device, when held
    keys/revocations.json               the organisation's newest revocation list, when held
    reports/<report id>/manifest-<seq>.json   exact canonical manifest bytes as signed
    reports/<report id>/manifest-<seq>.sig    the raw 64-byte Ed25519 signature
    reports/<report id>/receipt-<seq>.json    the server's signed receipt, when the envelope was acknowledged
    reports/<report id>/photos/<n>-<photo id>.<ext>   original photo bytes
"""

from __future__ import annotations

import json
import zipfile

from kpfield.errors import ExportError
from kpfield.export.record import ExportOptions, ExportRecord
from kpfield.model import iso, utcnow
from kpfield.sync.identity import DOMAIN_MANIFEST, b64url

BUNDLE_FORMAT = "kpfield-evidence-bundle"
BUNDLE_VERSION = 1
_EXT = {"image/jpeg": "jpg", "image/png": "png", "image/webp": "webp", "image/heic": "heic", "image/tiff": "tif"}

README = """KP Field evidence bundle
========================

This archive holds incident reports' original photos and the signed manifests the recording device made when it
sent them. Anyone can check that nothing was changed since, without KP Field's stores or passwords.

With KP Field:   kpfield verify THIS.zip --trust FINGERPRINT
                 (exit status 0 = everything verified; otherwise it says what failed). FINGERPRINT is the
                 monitor's device fingerprint as recorded when the device was enrolled, obtained from the
                 organisation, not from this archive. Without --trust the verdict is checked only against the keys
                 inside this archive, and says so.

By hand:
1. Photos. For each photo, index.json gives the SHA-256 from the signed manifest. Compute it yourself:
       sha256sum reports/<report id>/photos/*
   and compare with the "sha256" entries of that report's manifest-<seq>.json ("attachments"). When a reduced
   copy was sent, the manifest's "capture" has "original_sha256": the original in this bundle must match that.
2. Signatures. Each manifest-<seq>.json is the exact byte string that was signed; manifest-<seq>.sig is the raw
   64-byte Ed25519 signature over the domain string "kpfield/manifest/v1" followed by one NUL byte (0x00) and then
   the manifest bytes. The device's public key (base64url, no padding) is "sign_key" in keys/device-<id>.json.
   The device id named in the manifest is derived from that key (see docs/PROTOCOL.md), so a manifest signed by
   one device cannot claim to come from another.
3. Chain. Each manifest has "seq" and "prev_envelope_sha256": the SHA-256 of the same device's previous envelope.
   index.json lists each envelope's SHA-256; consecutive included manifests must link.
4. Receipts. receipt-<seq>.json is signed by the server key in keys/server.json (domain "kpfield/receipt/v1" +
   NUL, over the canonical JSON of every field but "sig"). It proves when the server held the envelope.
The signatures prove integrity only if the key is the right one. Compute the fingerprint from the key itself
(kpfield verify prints it, and refuses a key file whose "device_id" or "fingerprint" is not derived from its key)
and compare it with the one the monitor's coordinators recorded at enrolment; never trust a field of this archive
for that (kpfield verify BUNDLE --trust DEVICE_FINGERPRINT). Every file in the archive is listed in index.json;
anything else is an error. Or anchor every device key at once:
5. Organisation. keys/cert-<id>.json is the device's certificate, signed by the organisation key in keys/org.json
   (domain "kpfield/device-cert/v1" + NUL). Obtain the organisation fingerprint from the organisation itself and
   run: kpfield verify BUNDLE --trust ORG_FINGERPRINT
"""


def _identity_doc(identity) -> dict:
    return {**identity.to_dict(), "device_id": identity.device_id, "fingerprint": identity.fingerprint}


def _write_trust(zf, index: dict, trust: dict, records) -> None:
    """The organisation key, the signing devices' certificates and the revocation list (``--trust ORG``)."""
    from kpfield.trust import org_fingerprint

    entry = {"org_key": "keys/org.json", "certificates": {}, "revocations": None}
    zf.writestr(entry["org_key"], json.dumps({"v": 1, "org_key": b64url(trust["org_key"]),
                                              "org_fingerprint": org_fingerprint(trust["org_key"])}, indent=1))
    for device_id in sorted({ev.signed.device_id for r in records for ev in r.evidence}):
        document = trust["certificates"].get(device_id)
        if document is not None:
            entry["certificates"][device_id] = f"keys/cert-{device_id}.json"
            zf.writestr(entry["certificates"][device_id], json.dumps(document, indent=1, ensure_ascii=False))
    if trust.get("revocations"):
        entry["revocations"] = "keys/revocations.json"
        zf.writestr(entry["revocations"], json.dumps(trust["revocations"], indent=1, ensure_ascii=False))
    index["trust"] = entry


def write_bundle(records: list[ExportRecord], out, options: ExportOptions = ExportOptions()) -> dict:
    """Write an evidence bundle zip to the binary file ``out``; returns the index.

    :param records: the reports (their signed manifests, photos, receipts and keys travel as they are).
    :param options: must not redact: signed manifests hold the exact location and the witnesses, and changing a
        single byte breaks the signature. Publish a redacted CSV/GeoJSON/KML/PDF instead.
    """
    if options.redacted:
        raise ExportError("An evidence bundle cannot leave out witnesses or photos or round locations: its signed "
                          "manifests hold them, and a changed byte breaks the signature. Export a PDF, CSV or map "
                          "instead.", code="bundle_cannot_redact")
    unsent = [r.id for r in records if not r.evidence]
    if unsent:
        raise ExportError(f"{len(unsent)} report(s) were never sent, so no signed manifest vouches for them and a "
                          f"bundle could not be verified: {', '.join(unsent)}. Send them first, or leave them out.",
                          code="bundle_unsent_reports", count=len(unsent))
    index = {"format": BUNDLE_FORMAT, "v": BUNDLE_VERSION, "created_at": iso(utcnow()),
             "signature_domain": DOMAIN_MANIFEST[:-1].decode(), "devices": {}, "server_key": None, "reports": []}
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("README.txt", README)
        server_key = next((r.server_key for r in records if r.server_key), None)
        if server_key:
            index["server_key"] = "keys/server.json"
            zf.writestr("keys/server.json", json.dumps({"v": 1, "sign_key": b64url(server_key)}, indent=1))
        trust = next((r.trust for r in records if r.trust), None)
        if trust:
            _write_trust(zf, index, trust, records)
        for record in records:
            base = f"reports/{record.id}"
            entry = {"id": record.id, "title": record.report.get("title", ""), "manifests": [], "photos": []}
            for ev in record.evidence:
                seq = ev.seq
                device_id = ev.signed.device_id
                if ev.signer is not None and device_id not in index["devices"]:
                    path = f"keys/device-{device_id}.json"
                    index["devices"][device_id] = path
                    zf.writestr(path, json.dumps(_identity_doc(ev.signer), indent=1))
                m = {"device_id": device_id, "seq": seq, "manifest": f"{base}/manifest-{seq}.json",
                     "signature": f"{base}/manifest-{seq}.sig", "manifest_sha256": ev.signed.manifest_hash,
                     "envelope_sha256": ev.envelope_sha256, "receipt": None}
                zf.writestr(m["manifest"], ev.signed.manifest_bytes)
                zf.writestr(m["signature"], ev.signed.signature)
                if ev.receipt:
                    m["receipt"] = f"{base}/receipt-{seq}.json"
                    zf.writestr(m["receipt"], json.dumps(ev.receipt, indent=1))
                entry["manifests"].append(m)
            for n, photo in enumerate(record.photos, 1):
                data = photo.read()
                ext = _EXT.get(photo.meta.get("mime"), "bin")
                path = f"{base}/photos/{n:03d}-{photo.id}.{ext}"
                # Photos are already compressed: storing them avoids wasted time and keeps offsets simple.
                zf.writestr(zipfile.ZipInfo(path, date_time=(1980, 1, 1, 0, 0, 0)), data,
                            compress_type=zipfile.ZIP_STORED)
                entry["photos"].append({"id": photo.id, "path": path, "filename": photo.meta.get("filename", ""),
                                        "sha256": photo.meta["sha256"], "size": photo.meta["size"]})
            index["reports"].append(entry)
        zf.writestr("index.json", json.dumps(index, indent=1, ensure_ascii=False))
    return index
