"""The organisation trust model as pure protocol (kpfield/trust): fingerprints, certificates, revocation lists and
the view a device computes from them."""

from __future__ import annotations

import nacl.public
import nacl.signing
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kpfield.sync.canonical import canonical_json
from kpfield.sync.identity import DeviceKeys, b64url
from kpfield.trust import (DocumentInvalid, OrgKey, OrgMismatch, StaleRevocations, TrustView, accept_revocations,
                           certify, normalise_fingerprint, org_fingerprint, revocation_list, verify_certificate,
                           verify_revocations)


def _device():
    keys = DeviceKeys.generate()
    return keys, keys.public


def _cert(org, keys, role="coordinator", issued_at=10, label="c"):
    pub = keys.public
    return certify(org, device_id=keys.device_id, role=role, sign_key=pub.sign_key, box_key=pub.box_key,
                   label=label, issued_at=issued_at)


def test_org_fingerprint_test_vector_and_its_own_domain():
    org = OrgKey.from_seed(bytes(range(32)))
    assert org.fingerprint == org_fingerprint(org.public)
    assert len(org.fingerprint) == 39 and org.fingerprint.count("-") == 7
    # Same key, other purposes: a device or server fingerprint of these bytes differs.
    from kpfield.sync.auth import key_fingerprint

    assert key_fingerprint(org.public) != org.fingerprint
    assert normalise_fingerprint(org.fingerprint.lower().replace("-", " ")) == org.fingerprint
    with pytest.raises(OrgMismatch):
        normalise_fingerprint("ABCD-0000")
    assert "seed" not in repr(org) and org.fingerprint in repr(org)


def test_certificate_round_trip_and_every_refusal():
    org, other = OrgKey.generate(), OrgKey.generate()
    keys, pub = _device()
    doc = _cert(org, keys)
    cert = verify_certificate(org.public, doc)
    assert (cert.device_id, cert.role, cert.sign_key, cert.box_key) == (keys.device_id, "coordinator",
                                                                         pub.sign_key, pub.box_key)
    with pytest.raises(DocumentInvalid) as wrong:
        verify_certificate(other.public, doc)
    assert wrong.value.details["reason"] == "wrong_org"
    for change in ({"role": "monitor"}, {"label": "other"}, {"issued_at": 11},
                   {"box_key": b64url(bytes(nacl.public.PrivateKey.generate().public_key))}):
        with pytest.raises(DocumentInvalid) as bad:
            verify_certificate(org.public, {**doc, **change})
        assert bad.value.details["reason"] == "bad_signature"
    with pytest.raises(DocumentInvalid, match="derived"):  # the id must be the one derived from the key
        certify(org, device_id="a" * 24, role="monitor", sign_key=pub.sign_key, box_key=pub.box_key, label="",
                issued_at=1)
    with pytest.raises(DocumentInvalid):
        verify_certificate(org.public, {**doc, "extra": 1})
    with pytest.raises(DocumentInvalid):  # a revocation list is not a certificate, even with a good signature
        verify_certificate(org.public, revocation_list(org, serial=1, issued_at=1, revoked=[]))


def test_signature_domains_do_not_cross():
    """A certificate's signature cannot be replayed as a revocation list or a server document."""
    from kpfield.sync.auth import DOMAIN_SERVER_DOC, verify_document

    org = OrgKey.generate()
    keys, _ = _device()
    doc = _cert(org, keys)
    with pytest.raises(Exception):
        verify_document(org.public, DOMAIN_SERVER_DOC, doc)
    forged = dict(doc, kind="revocations")
    with pytest.raises(DocumentInvalid):
        verify_revocations(org.public, forged)


def test_view_answers_coordinators_and_why_not():
    org, other = OrgKey.generate(), OrgKey.generate()
    c1, c2, m1, stranger, foreign = (DeviceKeys.generate() for _ in range(5))
    docs = [_cert(org, c1), _cert(org, c2), _cert(org, m1, role="monitor"), _cert(other, foreign)]
    bad = dict(_cert(org, stranger), label="tampered")
    revoked = revocation_list(org, serial=3, issued_at=5, revoked=[{"device_id": c2.device_id, "revoked_at": 4,
                                                                   "reason": "seized"}])
    view = TrustView(org.public, docs + [bad], revoked)
    assert [c.device_id for c in view.coordinators()] == [c1.device_id]
    assert view.standing(c1.device_id).ok
    assert view.standing(c2.device_id).status == "revoked" and view.standing(c2.device_id).revoked_at == 4
    assert view.standing(m1.device_id).ok and view.certified(m1.device_id, role="coordinator") is None
    assert view.standing(stranger.device_id).status == "bad_signature"
    assert view.standing(foreign.device_id).status == "wrong_org"
    assert view.standing("nobody").status == "uncertified"
    # A newer certificate of the same device (a new box key) replaces the older one.
    newer = _cert(org, c1, issued_at=20, label="renamed")
    assert TrustView(org.public, [docs[0], newer]).certificates[c1.device_id].label == "renamed"


def test_revocation_serial_only_grows():
    org = OrgKey.generate()
    two = revocation_list(org, serial=2, issued_at=1, revoked=[])
    assert accept_revocations(org.public, None, two).serial == 2
    assert accept_revocations(org.public, 1, two).serial == 2
    for held in (2, 3):
        with pytest.raises(StaleRevocations):
            accept_revocations(org.public, held, two)
    with pytest.raises(DocumentInvalid):
        accept_revocations(org.public, 1, dict(two, serial=5))
    with pytest.raises(DocumentInvalid):  # repeated entries are malformed
        revocation_list(org, serial=1, issued_at=1, revoked=[{"device_id": "a", "revoked_at": 1, "reason": ""}] * 2)


@settings(max_examples=60, deadline=None)
@given(st.dictionaries(st.sampled_from(["v", "kind", "org", "device_id", "role", "sign_key", "box_key", "label",
                                        "issued_at", "sig", "extra"]),
                       st.one_of(st.none(), st.booleans(), st.integers(-2, 2 ** 60), st.text(max_size=50),
                                 st.lists(st.integers(), max_size=3))))
def test_hostile_certificates_never_crash(document):
    org = OrgKey.from_seed(bytes(32))
    try:
        verify_certificate(org.public, document)
    except DocumentInvalid:
        pass
    try:
        verify_revocations(org.public, document)
    except DocumentInvalid:
        pass
    TrustView(org.public, [document])


def test_signed_bytes_are_canonical_json():
    org = OrgKey.from_seed(bytes(32))
    keys = DeviceKeys(nacl.signing.SigningKey(bytes(range(32))), nacl.public.PrivateKey(bytes(range(32, 64))))
    doc = _cert(org, keys, issued_at=1_800_000_000, label="Desk")
    body = {k: v for k, v in doc.items() if k != "sig"}
    from kpfield.trust.keys import DOMAIN_DEVICE_CERT

    nacl.signing.VerifyKey(org.public).verify(DOMAIN_DEVICE_CERT + canonical_json(body),
                                              __import__("kpfield.sync.identity", fromlist=["unb64url"]).unb64url(
                                                  doc["sig"]))
