"""``kpfield verify --trust ORG_FINGERPRINT``: anchor an evidence bundle's device keys to the organisation.

The bundle carries the organisation public key (``keys/org.json``), each signing device's certificate
(``keys/cert-<device id>.json``) and the organisation's newest revocation list (``keys/revocations.json``). With
the organisation fingerprint the reader obtained out of band, each device key in the bundle is checked against a
certificate signed by that key: the verdict then rests on that fingerprint, not on the keys the bundle supplies.
"""

from __future__ import annotations

from typing import Callable

from kpfield.errors import KPFieldError
from kpfield.trust import TrustView, normalise_fingerprint, org_fingerprint, parse_org_key


def check_org_chain(load_json: Callable, index: dict, devices: dict, trusted: list[str], check) -> set[str]:
    """Check the bundle's organisation material and, when its fingerprint is trusted, anchor device keys to it.

    :param load_json: reads a bundle entry as JSON (records its own failure and returns a sentinel otherwise).
    :param devices: device id -> ``PublicIdentity`` of the keys the bundle supplies.
    :param trusted: the fingerprints the reader trusts (normalised; device or organisation fingerprints). When none
        is the bundle's organisation's, the material is only checked for integrity, and the output says what to
        compare.
    Returns the device ids whose key a certificate of a trusted organisation vouches for; results go to ``check``.
    """
    trust = index.get("trust") if isinstance(index.get("trust"), dict) else None
    if trust is None:
        return set()
    doc = load_json(trust.get("org_key"), "organisation key")
    try:
        org_key = parse_org_key(doc.get("org_key"))
        if doc.get("org_fingerprint") != org_fingerprint(org_key) or set(doc) != {"v", "org_key",
                                                                                   "org_fingerprint"}:
            raise KPFieldError("its fingerprint does not match its key")
    except (KPFieldError, AttributeError) as exc:
        check.failures.append(f"organisation key {trust.get('org_key')}: malformed ({exc})")
        return set()
    bundled = org_fingerprint(org_key)
    anchored = False
    for fingerprint in trusted:
        try:
            anchored = anchored or normalise_fingerprint(fingerprint) == bundled
        except KPFieldError:
            pass
    vouched: set[str] = set()
    certificates = {}
    for device_id, path in (trust.get("certificates") or {}).items():
        cert_doc = load_json(path, f"certificate of device {device_id}")
        if isinstance(cert_doc, dict):
            certificates[device_id] = cert_doc
        else:
            check.failures.append(f"certificate of device {device_id}: {path} is not a certificate")
    revocations = load_json(trust["revocations"], "revocation list") if trust.get("revocations") else None
    if trust.get("revocations") and not isinstance(revocations, dict):
        check.failures.append(f"revocation list: {trust['revocations']} is not a revocation list")
    try:
        view = TrustView(org_key, certificates.values(), revocations if isinstance(revocations, dict) else None)
    except KPFieldError as exc:
        check.failures.append(f"organisation {bundled}: the revocation list does not verify: {exc}")
        view = TrustView(org_key, certificates.values())
    for device_id in certificates:
        if device_id not in view.certificates and view.standing(device_id).status != "revoked":
            check.failures.append(f"certificate of device {device_id}: {view.standing(device_id).detail}")
    note = "" if anchored else " (not anchored: compare this fingerprint with your organisation's, or pass --trust)"
    for device_id, identity in sorted(devices.items()):
        standing = view.standing(device_id)
        cert = standing.certificate or view.certificates.get(device_id)
        if standing.status == "revoked":
            check.failures.append(f"device {device_id}: revoked by organisation {bundled} at {standing.revoked_at} "
                                  f"({standing.detail})")
        elif cert is None:
            (check.failures.append if anchored else check.checked.append)(
                f"device {device_id}: no certificate signed by organisation {bundled} ({standing.detail}); its key "
                f"is not anchored")
        elif (cert.sign_key, cert.box_key) != (identity.sign_key, identity.box_key):
            check.failures.append(f"device {device_id}: the key in the bundle differs from the key organisation "
                                  f"{bundled} certified (the key was swapped)")
        else:
            check.checked.append(f"device {device_id}: key certified as {cert.role} ({cert.label or 'no label'}) by "
                                 f"organisation {bundled}{note}")
            if anchored:
                vouched.add(device_id)
    if anchored:
        check.checked.append(f"anchored to organisation fingerprint {bundled}")
    return vouched


def trust_material(db) -> dict | None:
    """What a store can put into a bundle: ``{"org_key", "certificates": {id: doc}, "revocations"}`` or None."""
    from kpfield.sync import trust_store

    org_key = trust_store.pinned_org(db)
    if org_key is None:
        return None
    view = trust_store.view(db)
    return {"org_key": org_key, "certificates": {d: c.document for d, c in view.certificates.items()},
            "revocations": view.revocations.document if view.revocations else None}
