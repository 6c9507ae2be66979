"""Check an evidence bundle with nothing but the bundle: signatures, photo hashes, receipts and chain links.

Keys inside a bundle prove integrity only: whoever made the bundle chose them. The verdict therefore says what it
is anchored to: the device fingerprints the reader gave (``trust``), checked by :func:`_anchor_checks`, or
nothing outside the bundle, in which case it names each fingerprint the reader must compare with the one recorded
at enrolment. Every text in a result is stripped of control characters (:func:`printable`): a hostile report id
cannot rewrite the reader's terminal.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from kpfield.errors import BundleRefused, KPFieldError, ValidationError
from kpfield.export.bundle import BUNDLE_FORMAT, BUNDLE_VERSION
from kpfield.sync.auth import Receipt
from kpfield.sync.identity import PublicIdentity, unb64url
from kpfield.sync.manifest import SignedManifest

MAX_ENTRIES = 20_000
MAX_ENTRY_BYTES = 512 * 1024 * 1024      # one original photo far above any camera's output
MAX_TOTAL_BYTES = 8 * 1024 * 1024 * 1024
MAX_JSON_BYTES = 16 * 1024 * 1024
_UNREADABLE = object()  # load_json's answer when the failure is already recorded (a JSON null is a document too)
MAX_RATIO = 200                          # deflate rarely beats ~10:1 on real content; bombs reach 1000:1


# C0 and C1 controls (newline and escape included), DEL, line/paragraph separators and every bidirectional
# override, embedding, isolate and mark: shown as visible escapes, never sent to a terminal.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def printable(text) -> str:
    """``text`` with every control character (C0, C1, bidi controls, line separators) as a visible escape."""
    return _UNPRINTABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", str(text))


def normal_fingerprint(value: str) -> str:
    """A fingerprint as typed (any case, with or without dashes or spaces) in the form KP Field prints it.

    :raises ValidationError: the value is not a fingerprint (base32 letters and digits, at least 16 of them).
    """
    text = re.sub(r"[\s-]", "", str(value)).upper()
    if not re.fullmatch(r"[A-Z2-7]{16,64}", text):
        raise ValidationError(f"--trust {printable(value)!r} is not a fingerprint: KP Field prints fingerprints as "
                              f"groups of four letters A-Z and digits 2-7 (e.g. VRGE-3MXK-...).")
    return "-".join(text[i:i + 4] for i in range(0, len(text), 4))


@dataclass
class BundleCheck:
    """Result of :func:`verify_bundle`: ``ok`` only when every item verified and nothing failed.

    ``signers`` maps each device whose signature verified to its key's fingerprint; ``anchors`` says what outside
    the bundle the verdict rests on (empty: only the keys inside the bundle, which prove integrity, not authorship).
    """

    checked: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    signers: dict[str, str] = field(default_factory=dict)
    anchors: list[str] = field(default_factory=list)
    #: devices whose key a certificate of an organisation the reader trusts vouches for (set while checking)
    org_anchored: set[str] = field(default_factory=set)

    @property
    def ok(self) -> bool:
        return not self.failures and bool(self.checked)

    @property
    def anchored(self) -> bool:
        return bool(self.anchors) and self.ok

    def to_dict(self) -> dict:
        return {"ok": self.ok, "checked": [printable(t) for t in self.checked],
                "failures": [printable(t) for t in self.failures], "signers": dict(self.signers),
                "anchored": self.anchored, "anchors": [printable(t) for t in self.anchors]}


def _safe_name(name: str) -> bool:
    p = PurePosixPath(name)
    return (bool(name) and "\\" not in name and "\0" not in name and not p.is_absolute()
            and ".." not in p.parts and ":" not in p.parts[0])


def _open(path) -> tuple[zipfile.ZipFile, dict[str, zipfile.ZipInfo]]:
    try:
        zf = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as exc:
        raise BundleRefused(f"{path} is not a readable zip archive: {exc}") from None
    infos = zf.infolist()
    if len(infos) > MAX_ENTRIES:
        raise BundleRefused(f"The bundle has {len(infos)} entries; at most {MAX_ENTRIES} are accepted.")
    total = 0
    entries = {}
    folded: dict[str, str] = {}
    for info in infos:
        shown = printable(info.filename)
        if not _safe_name(info.filename):
            raise BundleRefused(f"The bundle holds an unsafe path {shown!r} (absolute or escaping the "
                                "folder); refused.")
        if info.filename in entries:
            raise BundleRefused(f"The bundle holds {shown!r} twice; refused.")
        # Names equal but for case or Unicode normalisation overwrite each other when extracted on Windows or macOS.
        key = unicodedata.normalize("NFC", unicodedata.normalize("NFKD", info.filename).casefold())
        if key in folded:
            raise BundleRefused(f"The bundle holds {printable(folded[key])!r} and {shown!r}, names that differ only "
                                f"in case or Unicode normalisation (one would overwrite the other when extracted); "
                                f"refused.")
        folded[key] = info.filename
        if info.file_size > MAX_ENTRY_BYTES:
            raise BundleRefused(f"{shown} claims {info.file_size} bytes; refused as too large.")
        if info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise BundleRefused(f"{shown} expands {info.file_size // max(info.compress_size, 1)}-fold: "
                                "a zip bomb; refused.")
        total += info.file_size
        entries[info.filename] = info
    if total > MAX_TOTAL_BYTES:
        raise BundleRefused(f"The bundle expands to {total} bytes; refused as too large.")
    return zf, entries


def _read(zf, entries, name: str, limit: int = MAX_ENTRY_BYTES) -> bytes:
    """Bytes of one entry, never more than its declared size (a lying header cannot make us inflate more)."""
    info = entries.get(name) if isinstance(name, str) else None
    if info is None:
        raise KeyError(name)
    size = min(info.file_size, limit)
    try:
        with zf.open(info) as f:
            data = f.read(size + 1)
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError) as exc:
        # zipfile checks each entry's CRC at its end: a lying size header or damaged data lands here.
        raise BundleRefused(f"{printable(name)} cannot be read from the archive: {exc}") from None
    if len(data) != info.file_size:
        raise BundleRefused(f"{printable(name)} is larger than its declared size; refused.")
    return data


def verify_bundle(path: str | Path, trust: list[str] | str | None = None) -> BundleCheck:
    """Verify an evidence bundle made by :func:`kpfield.export.bundle.write_bundle`.

    :param path: the zip file.
    :param trust: fingerprints the reader obtained outside the bundle (a device's, as recorded at enrolment, or the
        organisation's); every signing device must then match one of them or be certified by that organisation, and
        the result's ``anchors`` say which.
    Raises :class:`BundleRefused` for a hostile or foreign file; every other problem is listed in the result.
    """
    if isinstance(trust, str):  # one fingerprint given alone
        trust = [trust]
    trusted = [normal_fingerprint(t) for t in trust or []]  # bad input refused before the archive is read
    check = BundleCheck()
    zf, entries = _open(path)
    with zf:
        try:
            index = json.loads(_read(zf, entries, "index.json", MAX_JSON_BYTES))
        except KeyError:
            raise BundleRefused("The archive has no index.json: it is not a KP Field evidence bundle.") from None
        except (ValueError, UnicodeDecodeError):
            raise BundleRefused("index.json is not valid JSON.") from None
        if not isinstance(index, dict) or index.get("format") != BUNDLE_FORMAT:
            raise BundleRefused("index.json does not describe a KP Field evidence bundle.")
        if index.get("v") != BUNDLE_VERSION:
            raise BundleRefused(f"Bundle format version {index.get('v')!r} is not understood; {BUNDLE_VERSION} is.")
        try:
            listed = _check_contents(zf, entries, index, check, trusted)
            _anchor_checks(zf, entries, index, check, trusted)
        except (TypeError, AttributeError, ValueError) as exc:
            raise BundleRefused(f"index.json is malformed ({type(exc).__name__}); the bundle was not verified.") \
                from None
        for name in entries:
            if name not in listed:
                check.failures.append(f"{name} is in the archive but not listed in index.json: content nobody "
                                      f"vouches for (added after export, or hidden).")
    if not check.checked and not check.failures:
        check.failures.append("The bundle holds nothing that can be verified.")
    return check


def _check_contents(zf, entries, index: dict, check: BundleCheck, trusted: list[str]) -> set[str]:
    """Every check that follows the index: keys, manifests, receipts, photos, chain (results go to ``check``).

    Returns the names of every entry the index lists."""
    fail = check.failures.append
    ok = check.checked.append
    listed = {"index.json", "README.txt"}

    def load_json(name: str, what: str):
        listed.add(name)
        try:
            return json.loads(_read(zf, entries, name, MAX_JSON_BYTES))
        except KeyError:
            fail(f"{what}: {name} is missing from the bundle.")
        except (ValueError, UnicodeDecodeError):
            fail(f"{what}: {name} is not valid JSON.")
        return _UNREADABLE

    devices = {}
    for device_id, name in (index.get("devices") or {}).items():
        doc = load_json(name, f"device key {device_id}")
        if doc is _UNREADABLE:
            continue
        try:
            identity = PublicIdentity.from_dict({k: doc.get(k) for k in ("v", "sign_key", "box_key")})
        except (KPFieldError, AttributeError) as exc:
            fail(f"device key {name}: {exc}")
            continue
        if identity.device_id != device_id:
            fail(f"device key {name}: the key belongs to device {identity.device_id}, not {device_id} "
                 "(the key was swapped).")
            continue
        if doc.get("device_id") != identity.device_id or doc.get("fingerprint") != identity.fingerprint:
            fail(f"device key {name}: it states device {doc.get('device_id')} with fingerprint "
                 f"{doc.get('fingerprint')}, but its key's are device {identity.device_id} with fingerprint "
                 f"{identity.fingerprint}: the file was edited to pass for another device.")
            continue
        devices[device_id] = identity
    server_key = None
    if index.get("server_key"):
        doc = load_json(index["server_key"], "server key")
        try:
            server_key = unb64url(doc["sign_key"], "server key") if doc is not _UNREADABLE else None
        except (KPFieldError, KeyError, TypeError) as exc:
            fail(f"server key: {exc}")

    chain: dict[str, dict[int, tuple[str | None, str | None]]] = {}
    for report in index.get("reports") or []:
        rid = report.get("id")
        attachments: dict[str, dict] = {}
        if not report.get("manifests"):
            fail(f"report {rid}: no signed manifest is included, so nothing about it can be verified.")
        for m in report.get("manifests") or []:
            label = f"report {rid} manifest seq {m.get('seq')}"
            listed.update(n for n in (m.get("manifest"), m.get("signature")) if isinstance(n, str))
            try:
                signed = SignedManifest(_read(zf, entries, m["manifest"], MAX_JSON_BYTES),
                                        _read(zf, entries, m["signature"], 64))
            except KeyError as exc:
                fail(f"{label}: {exc.args[0]} is missing from the bundle.")
                continue
            except KPFieldError as exc:
                fail(f"{label}: the manifest is damaged: {exc}")
                continue
            identity = devices.get(signed.device_id)
            if identity is None:
                fail(f"{label}: no public key of device {signed.device_id} is included; cannot verify.")
                continue
            try:
                signed.verify(identity)
            except KPFieldError as exc:
                fail(f"{label}: SIGNATURE INVALID ({m['manifest']} was altered or signed by another key): {exc}")
                continue
            body_report = (signed.manifest.get("body") or {}).get("report") or {}
            if body_report.get("id") != rid:
                fail(f"{label}: the signed manifest is about report {body_report.get('id')}, not {rid}.")
                continue
            ok(f"{label}: signature verified (device {signed.device_id}, fingerprint {identity.fingerprint})")
            check.signers[signed.device_id] = identity.fingerprint
            for att in signed.manifest["attachments"]:
                attachments[att["id"]] = att
            chain.setdefault(signed.device_id, {})[signed.manifest["seq"]] = (
                signed.manifest["prev_envelope_sha256"], m.get("envelope_sha256"))
            if m.get("receipt"):
                doc = load_json(m["receipt"], f"{label} receipt")
                if doc is not _UNREADABLE:  # anything else, JSON null included, must be a valid receipt
                    _check_receipt(doc, server_key, signed.device_id, m.get("envelope_sha256"), label, check)
        for photo in report.get("photos") or []:
            label = f"report {rid} photo {photo.get('path')}"
            if isinstance(photo.get("path"), str):
                listed.add(photo["path"])
            try:
                data = _read(zf, entries, photo["path"])
            except KeyError:
                fail(f"{label}: missing from the bundle.")
                continue
            digest = hashlib.sha256(data).hexdigest()
            att = attachments.get(photo.get("id"))
            if att is None:
                fail(f"{label}: no verified signed manifest covers this photo, so it cannot be verified.")
                continue
            capture = att.get("capture") or {}
            # A device may send a reduced copy and name the original's hash too: either file verifies.
            wanted = {(att["sha256"], att["size"]): "the file the device sent"}
            if capture.get("reduced"):
                wanted[(capture.get("original_sha256"), capture.get("original_size"))] = "the original photo"
            which = wanted.get((digest, len(data)))
            if which is None:
                expected = " or ".join(f"{sha} ({size} bytes)" for sha, size in wanted)
                fail(f"{label}: SHA-256 {digest} ({len(data)} bytes) does not match the signed manifest's "
                     f"{expected}: the photo was altered or replaced.")
            else:
                ok(f"{label}: SHA-256 {digest} matches the signed manifest ({which})")
    from kpfield.export.verify_trust import check_org_chain

    check.org_anchored = check_org_chain(load_json, index, devices, trusted, check)
    for device_id, links in chain.items():
        for seq, (_prev, envelope) in sorted(links.items()):
            nxt = links.get(seq + 1)
            if nxt is None:
                continue
            if envelope is None or nxt[0] != envelope:
                fail(f"chain of device {device_id}: manifest seq {seq + 1} does not follow envelope seq {seq} "
                     f"(prev {nxt[0]} != {envelope}).")
            else:
                ok(f"chain of device {device_id}: seq {seq} -> {seq + 1} linked")
    return listed


def _device_anchor(zf, entries, index: dict, check: BundleCheck, trust: list[str]) -> set[str]:
    """Signing devices whose key's fingerprint the reader gave; returns their device ids."""
    anchored = {d for d, fingerprint in check.signers.items() if fingerprint in trust}
    for device_id in sorted(anchored):
        check.anchors.append(f"device {device_id}: fingerprint {check.signers[device_id]}, given with --trust")
    return anchored


def _org_anchor(zf, entries, index: dict, check: BundleCheck, trust: list[str]) -> set[str]:
    """Signing devices certified by an organisation whose fingerprint the reader gave (checked by
    :func:`kpfield.export.verify_trust.check_org_chain` while the contents were read)."""
    for device_id in sorted(check.org_anchored):
        check.anchors.append(f"device {device_id}: key certified by the organisation whose fingerprint you gave")
    return set(check.org_anchored)


# Each takes (zip, entries, index, check, trust fingerprints) and returns the signing devices it anchored to
# something outside the bundle (recording ``check.anchors``, or failures for what it found wrong).
ANCHOR_CHECKERS = [_device_anchor, _org_anchor]


def _anchor_checks(zf, entries, index: dict, check: BundleCheck, trust: list[str]) -> None:
    """Anchor the verdict to what the reader trusts; with ``trust`` given, every signing device must be anchored."""
    if not trust:
        return
    anchored: set[str] = set()
    for checker in ANCHOR_CHECKERS:
        anchored |= checker(zf, entries, index, check, trust)
    for device_id, fingerprint in sorted(check.signers.items()):
        if device_id not in anchored:
            check.failures.append(f"device {device_id} signed manifests in this bundle with fingerprint "
                                  f"{fingerprint}, which is not one you trusted ({', '.join(trust)}): the bundle "
                                  f"may have been re-signed with another key.")
    if not check.signers:
        check.anchors.clear()


def _check_receipt(doc, server_key, device_id, envelope_sha256, label, check: BundleCheck) -> None:
    if server_key is None:
        check.failures.append(f"{label}: a receipt is included but no server key to check it.")
        return
    try:
        receipt = Receipt.from_dict(doc)
        receipt.verify(server_key)
    except KPFieldError as exc:
        check.failures.append(f"{label}: RECEIPT INVALID: {exc}")
        return
    if receipt.device_id != device_id or receipt.envelope_sha256 != envelope_sha256:
        check.failures.append(f"{label}: the receipt names another envelope or device.")
        return
    check.checked.append(f"{label}: server receipt verified (server seq {receipt.seq}, "
                         f"received at {receipt.received_at})")
