"""``kpfield verify --trust ORG_FINGERPRINT``: a bundle's device keys anchored to the organisation's fingerprint."""

from __future__ import annotations

import json
import zipfile

from test_bundle import _cli, _rewrite, bundle  # noqa: F401

from kpfield.export.verify import verify_bundle
from kpfield.sync import trust_store
from kpfield.trust import OrgKey, certify, org_fingerprint


def _org(store) -> str:
    profile, _ids = store
    return org_fingerprint(trust_store.pinned_org(profile.db))


def test_bundle_carries_the_org_key_and_the_device_certificate(bundle, store, capsys):  # noqa: F811
    with zipfile.ZipFile(bundle) as zf:
        index = json.loads(zf.read("index.json"))
        assert index["trust"]["org_key"] == "keys/org.json" and len(index["trust"]["certificates"]) == 1
        assert json.loads(zf.read("keys/org.json"))["org_fingerprint"] == _org(store)
    check = verify_bundle(bundle, trust=_org(store).lower())
    assert check.ok, check.failures
    assert f"anchored to organisation fingerprint {_org(store)}" in check.checked
    assert any("key certified as monitor" in line for line in check.checked)
    assert _cli("verify", str(bundle), "--trust", _org(store)) == 0
    assert "All verified." in capsys.readouterr().out


def test_another_fingerprint_anchors_nothing(bundle, tmp_path):  # noqa: F811
    check = verify_bundle(bundle, trust=OrgKey.generate().fingerprint)
    assert not check.ok and any("not one you trusted" in f for f in check.failures)


def test_a_bundle_re_signed_by_an_attacker_fails_against_the_real_fingerprint(bundle, store, tmp_path):  # noqa: F811
    """The attacker swaps in its own organisation key and a certificate it signed (all self-consistent)."""
    attacker = OrgKey.generate()

    def swap(name, data):
        if name == "keys/org.json":
            return json.dumps({"v": 1, "org_key": attacker.public_text,
                               "org_fingerprint": attacker.fingerprint}).encode()
        if name.startswith("keys/cert-"):
            doc = json.loads(data)
            from kpfield.sync.identity import unb64url

            return json.dumps(certify(attacker, device_id=doc["device_id"], role="monitor",
                                      sign_key=unb64url(doc["sign_key"]), box_key=unb64url(doc["box_key"]),
                                      label="x", issued_at=1)).encode()
        return data
    forged = _rewrite(bundle, tmp_path / "forged.zip", swap)
    check = verify_bundle(forged, trust=_org(store))
    assert not check.ok and any("not one you trusted" in f for f in check.failures)
    # Only a reader who trusts the attacker's fingerprint is anchored to it, and the output says so.
    assert f"anchored to organisation fingerprint {attacker.fingerprint}" in \
        verify_bundle(forged, trust=attacker.fingerprint).checked


def test_a_tampered_certificate_anchors_nothing(bundle, store, tmp_path):  # noqa: F811
    def tamper(name, data):
        if name.startswith("keys/cert-"):
            doc = json.loads(data)
            doc["label"] = "someone else"
            return json.dumps(doc).encode()
        return data
    check = verify_bundle(_rewrite(bundle, tmp_path / "tampered.zip", tamper), trust=_org(store))
    assert not check.ok and any("no certificate signed by organisation" in f for f in check.failures)
