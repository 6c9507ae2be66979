"""`kpfield verify` a stranger can trust: key files checked against their keys, a verdict anchored to the
fingerprints the reader gives (or saying plainly that it is not), unlisted and colliding entries, and nothing
printed that could rewrite the reader's terminal."""

from __future__ import annotations

import json
import zipfile

import pytest

from kpfield.cli.main import main as kpfield_main
from kpfield.errors import BundleRefused
from kpfield.export import records_from_monitor
from kpfield.export.run import export_to_file
from kpfield.export.verify import printable, verify_bundle
from kpfield.sync.identity import DeviceKeys
from kpfield.sync.manifest import SignedManifest, sign_manifest


@pytest.fixture(scope="module")
def bundle(store, tmp_path_factory):
    profile, ids = store
    path = tmp_path_factory.mktemp("anchor") / "evidence.zip"
    export_to_file(records_from_monitor(profile, ids[:2]), "bundle", path, audit=profile.audit)
    return path


@pytest.fixture(scope="module")
def genuine(bundle):
    """(device id, fingerprint) of the monitor who really signed the bundle."""
    with zipfile.ZipFile(bundle) as zf:
        index = json.loads(zf.read("index.json"))
        ((device_id, path),) = index["devices"].items()
        return device_id, json.loads(zf.read(path))["fingerprint"]


def _entries(path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {info.filename: zf.read(info) for info in zf.infolist()}


def _write(path, entries: dict[str, bytes]):
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    return path


def _resign(bundle, out, attacker: DeviceKeys, *, impersonate: tuple[str, str] | None):
    """The attack: every manifest re-signed with the attacker's key (content as it likes), receipts and server key
    dropped, and the attacker's key file, stating the victim's device id and fingerprint when ``impersonate``."""
    entries = _entries(bundle)
    index = json.loads(entries["index.json"])
    victim_key = next(iter(index["devices"].values()))
    del entries[victim_key]
    for report in index["reports"]:
        for m in report["manifests"]:
            manifest = SignedManifest(entries[m["manifest"]], entries[m["signature"]]).manifest
            signed = sign_manifest(attacker, manifest)
            entries[m["manifest"]], entries[m["signature"]] = signed.manifest_bytes, signed.signature
            m["device_id"] = attacker.device_id
            if m["receipt"]:
                del entries[m["receipt"]]
            m["receipt"] = None
    del entries[index["server_key"]]
    index["server_key"] = None
    doc = {**attacker.public.to_dict(), "device_id": attacker.device_id, "fingerprint": attacker.public.fingerprint}
    if impersonate:
        doc["device_id"], doc["fingerprint"] = impersonate
    key_path = f"keys/device-{attacker.device_id}.json"
    entries[key_path] = json.dumps(doc).encode()
    index["devices"] = {attacker.device_id: key_path}
    entries["index.json"] = json.dumps(index).encode()
    return _write(out, entries)


def _run(capsys, *argv) -> tuple[int, str]:
    code = kpfield_main(["verify", *map(str, argv)])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_a_bundle_resigned_with_an_attackers_key_fails(bundle, genuine, tmp_path, capsys):
    attacker = DeviceKeys.generate()
    # The attacker's key file states the victim's device id and fingerprint, the field readers are told to compare.
    forged = _resign(bundle, tmp_path / "forged.zip", attacker, impersonate=genuine)
    check = verify_bundle(forged)
    assert not check.ok
    key_file = f"keys/device-{attacker.device_id}.json"
    assert any(f.startswith(f"device key {key_file}:") and "edited to pass for another device" in f
               for f in check.failures), check.failures
    code, out = _run(capsys, forged)
    assert code != 0 and "All verified." not in out and key_file in out

    # Honest about its own key: every signature verifies, but only an anchor can tell whose key it is.
    honest = _resign(bundle, tmp_path / "resigned.zip", attacker, impersonate=None)
    check = verify_bundle(honest)
    assert check.ok and not check.anchored and check.signers == {attacker.device_id: attacker.public.fingerprint}
    code, out = _run(capsys, honest)
    assert code == 0 and "NOT ANCHORED" in out and attacker.public.fingerprint in out
    assert "recorded when the device was enrolled" in out and "--trust" in out
    # The reader gives the fingerprint recorded at the monitor's enrolment: the re-signed bundle fails.
    check = verify_bundle(honest, trust=[genuine[1]])
    assert not check.ok and any("not one you trusted" in f and attacker.public.fingerprint in f
                                for f in check.failures), check.failures
    code, out = _run(capsys, honest, "--trust", genuine[1])
    assert code == 1 and "All verified." not in out


def test_the_genuine_bundle_is_anchored_to_the_given_fingerprint(bundle, genuine, capsys):
    device_id, fingerprint = genuine
    typed = fingerprint.replace("-", "").lower()  # as someone might type it from a phone call
    check = verify_bundle(bundle, trust=[typed, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH"])
    assert check.ok and check.anchored and check.anchors == [
        f"device {device_id}: fingerprint {fingerprint}, given with --trust"]
    code, out = _run(capsys, bundle, "--trust", typed)
    assert code == 0 and "All verified." in out and f"Anchored to what you trust: device {device_id}" in out
    assert "NOT ANCHORED" not in out
    code, out = _run(capsys, bundle)  # without --trust the output says what to compare, and where
    assert code == 0 and "NOT ANCHORED" in out and f"device {device_id}  fingerprint {fingerprint}" in out


def test_a_trust_value_that_is_no_fingerprint_is_refused(bundle, capsys):
    from kpfield.errors import ValidationError

    with pytest.raises(ValidationError, match="is not a fingerprint"):
        verify_bundle(bundle, trust=["0x1234 not a fingerprint\x1b[2J"])
    code, out = _run(capsys, bundle, "--trust", "abc")
    assert code != 0 and "is not a fingerprint" in out and "All verified." not in out


def test_key_file_stating_another_fingerprint_is_named(bundle, tmp_path):
    entries = _entries(bundle)
    index = json.loads(entries["index.json"])
    key_path = next(iter(index["devices"].values()))
    doc = json.loads(entries[key_path])
    doc["fingerprint"] = "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH"
    entries[key_path] = json.dumps(doc).encode()
    check = verify_bundle(_write(tmp_path / "fp.zip", entries))
    assert not check.ok and any(f.startswith(f"device key {key_path}:") and "AAAA-BBBB" in f
                                for f in check.failures), check.failures


def test_an_entry_not_listed_in_the_index_fails(bundle, tmp_path, capsys):
    entries = _entries(bundle)
    entries["reports/extra/photos/999-planted.jpg"] = b"\xff\xd8\xff planted"
    planted = _write(tmp_path / "planted.zip", entries)
    check = verify_bundle(planted)
    assert check.failures == ["reports/extra/photos/999-planted.jpg is in the archive but not listed in index.json: "
                              "content nobody vouches for (added after export, or hidden)."]
    code, out = _run(capsys, planted)
    assert code == 1 and "999-planted.jpg" in out


@pytest.mark.parametrize("first, second", [
    ("reports/x/photos/001-a.jpg", "reports/x/photos/001-A.JPG"),
    ("reports/x/photos/caf\u00e9.jpg", "reports/x/photos/cafe\u0301.jpg"),  # NFC and NFD of the same name
])
def test_names_differing_only_in_case_or_normalisation_are_refused(bundle, tmp_path, capsys, first, second):
    entries = _entries(bundle)
    entries[first], entries[second] = b"one", b"two"
    colliding = _write(tmp_path / "collide.zip", entries)
    with pytest.raises(BundleRefused, match="differ only in case or Unicode normalisation"):
        verify_bundle(colliding)
    code, out = _run(capsys, colliding)
    assert code != 0 and "differ only in case" in out


def test_a_report_id_with_terminal_escapes_prints_harmlessly(bundle, tmp_path, capsys):
    entries = _entries(bundle)
    index = json.loads(entries["index.json"])
    hostile = "x\x1b[2K\r\x1b[1A\x1b[2KAll verified.\x1b[8m\u202e\x9b\n"
    index["reports"][0]["id"] = hostile
    entries["index.json"] = json.dumps(index).encode()
    bad = _write(tmp_path / "escapes.zip", entries)
    code, out = _run(capsys, bad)
    assert code == 1 and "NOT VERIFIED" in out
    assert not any(c in out for c in "\x1b\r\x9b\u202e")
    assert all(line.startswith(("OK    ", "FAIL  ", "NOT VERIFIED")) for line in out.splitlines()), out
    assert "\\u001b[2K" in out  # shown as a visible escape, not obeyed
    code = kpfield_main(["verify", str(bad), "--json"])
    text = capsys.readouterr().out
    assert code == 1 and "\u202e" not in text and "\x1b" not in json.loads(text)["failures"][0]
    assert printable("a\u2066b\x00c") == "a\\u2066b\\u0000c"
