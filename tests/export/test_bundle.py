"""Evidence bundles: verified from the zip alone; tampering, swapped keys and hostile zips are caught and named."""

from __future__ import annotations

import argparse
import json
import zipfile

import pytest

from kpfield.errors import BundleRefused, ExportError
from kpfield.export import ExportOptions, records_from_monitor
from kpfield.export.cli import register
from kpfield.export.run import export_to_file
from kpfield.export.verify import MAX_ENTRY_BYTES, verify_bundle
from kpfield.sync.identity import DeviceKeys


@pytest.fixture(scope="module")
def bundle(store, tmp_path_factory):
    profile, ids = store
    path = tmp_path_factory.mktemp("bundle") / "evidence.zip"
    export_to_file(records_from_monitor(profile, ids[:2]), "bundle", path, audit=profile.audit)
    return path


def _rewrite(src, dst, change):
    """Copy a zip, passing each entry's bytes through ``change(name, data)`` (None drops it)."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for info in zin.infolist():
            data = change(info.filename, zin.read(info))
            if data is not None:
                zout.writestr(info.filename, data)
    return dst


def _cli(*argv) -> int:
    parser = argparse.ArgumentParser()
    register(parser.add_subparsers())
    args = parser.parse_args(list(argv))
    return args.func(args)


def test_bundle_verifies_from_the_zip_alone(bundle, store, capsys):
    check = verify_bundle(bundle)
    assert check.ok, check.failures
    text = "\n".join(check.checked)
    assert text.count("signature verified") == 2 and text.count("server receipt verified") == 2
    assert text.count("matches the signed manifest") == 3 and "seq 1 -> 2 linked" in text
    with zipfile.ZipFile(bundle) as zf:
        names = zf.namelist()
        index = json.loads(zf.read("index.json"))
        assert "README.txt" in names and "keys/server.json" in names and len(index["devices"]) == 1
        photo = index["reports"][0]["photos"][0]
        profile, ids = store
        assert zf.read(photo["path"]) == profile.photos.read(photo["id"])  # the exact original bytes
    assert _cli("verify", str(bundle)) == 0
    assert "All verified." in capsys.readouterr().out


def test_flipped_photo_byte_is_named(bundle, tmp_path, capsys):
    def flip(name, data):
        if "/photos/002-" in name:
            return data[:5000] + bytes([data[5000] ^ 1]) + data[5001:]
        return data
    bad = _rewrite(bundle, tmp_path / "flipped.zip", flip)
    check = verify_bundle(bad)
    assert not check.ok and len(check.failures) == 1
    assert "/photos/002-" in check.failures[0] and "altered or replaced" in check.failures[0]
    assert _cli("verify", str(bad)) == 1
    assert "FAIL" in capsys.readouterr().out


def test_edited_manifest_fails_its_signature(bundle, tmp_path):
    def edit(name, data):
        return data.replace(b"Catoca", b"Cotaca") if name.endswith("manifest-2.json") else data
    check = verify_bundle(_rewrite(bundle, tmp_path / "edited.zip", edit))
    assert not check.ok
    assert any("manifest seq 2: SIGNATURE INVALID" in f for f in check.failures), check.failures


def test_swapped_device_key_fails(bundle, tmp_path):
    other = DeviceKeys.generate().public

    def swap(name, data):
        if name.startswith("keys/device-"):
            doc = json.loads(data)
            doc.update({k: v for k, v in other.to_dict().items()})
            return json.dumps(doc).encode()
        return data
    check = verify_bundle(_rewrite(bundle, tmp_path / "swapped.zip", swap))
    assert not check.ok and any("key was swapped" in f for f in check.failures), check.failures


def test_forged_receipt_fails(bundle, tmp_path):
    def forge(name, data):
        if name.endswith("receipt-1.json"):
            doc = json.loads(data)
            doc["received_at"] += 86400  # claim it arrived a day later
            return json.dumps(doc).encode()
        return data
    check = verify_bundle(_rewrite(bundle, tmp_path / "receipt.zip", forge))
    assert not check.ok and any("seq 1: RECEIPT INVALID" in f for f in check.failures), check.failures


def test_removed_photo_entry_and_missing_key_are_named(bundle, tmp_path):
    check = verify_bundle(_rewrite(bundle, tmp_path / "nokey.zip",
                                   lambda n, d: None if n.startswith("keys/device-") else d))
    assert not check.ok and any("device key" in f and "missing" in f for f in check.failures)


def test_hostile_zips_refused(tmp_path):
    traversal = tmp_path / "traversal.zip"
    with zipfile.ZipFile(traversal, "w") as zf:
        zf.writestr("index.json", "{}")
        zf.writestr("../../etc/evil", b"x")
    with pytest.raises(BundleRefused, match="unsafe path"):
        verify_bundle(traversal)
    absolute = tmp_path / "absolute.zip"
    with zipfile.ZipFile(absolute, "w") as zf:
        zf.writestr("/etc/passwd", b"x")
    with pytest.raises(BundleRefused, match="unsafe path"):
        verify_bundle(absolute)
    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("index.json", b"\0" * (50 * 1024 * 1024))  # 50 MiB of zeros deflate to ~50 KiB
    with pytest.raises(BundleRefused, match="zip bomb"):
        verify_bundle(bomb)
    not_zip = tmp_path / "x.zip"
    not_zip.write_bytes(b"PK\x03\x04 but not really")
    with pytest.raises(BundleRefused, match="not a readable zip"):
        verify_bundle(not_zip)
    assert MAX_ENTRY_BYTES < 1 << 32


def test_lying_size_header_refused(bundle, tmp_path):
    # A central directory that understates a photo's size must not make us accept (or read past) the claim.
    raw = bytearray(_rewrite(bundle, tmp_path / "plain.zip", lambda n, d: d).read_bytes())
    pos = raw.find(b"PK\x01\x02")
    patched = 0
    while pos != -1:
        name_len = int.from_bytes(raw[pos + 28:pos + 30], "little")
        if b"/photos/001-" in raw[pos + 46:pos + 46 + name_len]:
            size = int.from_bytes(raw[pos + 24:pos + 28], "little")
            raw[pos + 24:pos + 28] = (size - 100).to_bytes(4, "little")
            patched += 1
        pos = raw.find(b"PK\x01\x02", pos + 4)
    assert patched == 2
    liar = tmp_path / "liar.zip"
    liar.write_bytes(bytes(raw))
    with pytest.raises(BundleRefused, match="photos/001-"):
        verify_bundle(liar)


def test_redacted_or_unsent_bundle_refused(store, tmp_path):
    profile, ids = store
    with pytest.raises(ExportError, match="cannot leave out witnesses"):
        export_to_file(records_from_monitor(profile, ids[:1]), "bundle", tmp_path / "b.zip",
                       ExportOptions(witnesses=False))
    with pytest.raises(ExportError, match="never sent"):
        export_to_file(records_from_monitor(profile, ids), "bundle", tmp_path / "b.zip")
    assert list(tmp_path.iterdir()) == []


def test_cli_export_by_filter_and_audit(store, tmp_path, monkeypatch, capsys):
    profile, ids = store
    pw = tmp_path / "pw"
    pw.write_text("granite river seventeen lanterns\n")
    # The CLI opens the profile itself; the module fixture's connection stays open beside it (WAL allows it).
    out = tmp_path / "sel.csv"
    rc = _cli("export", "--home", str(profile.home), "--passphrase-file", str(pw), "--format", "csv",
              "--out", str(out), "--query", "Catoca", "--hxl", "--json")
    assert rc == 0
    result = json.loads(capsys.readouterr().out)
    assert result["reports"] == 1 and "Detentions at Catoca" in out.read_text("utf-8")
    assert [e for e in profile.audit.entries(ids[1]) if e.action == "exported"][-1].detail["sha256"] == \
        result["sha256"]


def test_reduced_send_verifies_original_against_signed_original_hash(store, photos_dir, tmp_path):
    from kpfield.model import Occurrence, Report, utcnow
    from kpfield.sync.account import require_account
    from kpfield.sync.outbox import Outbox

    profile, _ids = store
    r = profile.reports.create(Report(title="Envoi réduit", types=["shooting"], occurred=Occurrence(utcnow())))
    profile.photos.import_bytes(r.id, (photos_dir / "landscape_1.jpg").read_bytes(), "landscape_1.jpg")
    profile.reports.mark_ready(r.id)
    Outbox(profile.db, profile.audit).enqueue_report(require_account(profile.db), r.id, 1, reduce=True)
    path = tmp_path / "reduced.zip"
    export_to_file(records_from_monitor(profile, [r.id]), "bundle", path)
    check = verify_bundle(path)
    assert check.ok, check.failures
    assert any("matches the signed manifest" in c for c in check.checked)


def test_malformed_index_refused_not_crashing(bundle, tmp_path):
    def mangle(name, data):
        if name == "index.json":
            doc = json.loads(data)
            doc["devices"] = ["not", "a", "mapping"]
            doc["reports"] = [{"id": 3, "manifests": "nope", "photos": [7]}]
            return json.dumps(doc).encode()
        return data
    with pytest.raises(BundleRefused, match="malformed"):
        verify_bundle(_rewrite(bundle, tmp_path / "mangled.zip", mangle))
