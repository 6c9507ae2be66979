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


def check_org_chain(load_json: Callable, index: dict, devices: dict, fingerprint: str, check) -> bool:
    """Check every device key in ``devices`` (device id -> ``PublicIdentity``) against the organisation.

    :param load_json: reads a bundle entry as JSON (records its own failure and returns a sentinel otherwise).
    :param fingerprint: the organisation fingerprint the reader trusts.
    Returns False (nothing checked) when ``fingerprint`` is not an organisation fingerprint of this bundle, so the
    caller may try it as a device fingerprint; results go to ``check.checked`` / ``check.failures``.
    """
    try:
        wanted = normalise_fingerprint(fingerprint)
    except KPFieldError:
        return False
    trust = index.get("trust") if isinstance(index.get("trust"), dict) else {}
    doc = load_json(trust["org_key"], "organisation key") if trust.get("org_key") else None
    try:
        org_key = parse_org_key(doc.get("org_key"))
    except (KPFieldError, AttributeError):
        return False
    if org_fingerprint(org_key) != wanted:
        return False
    certificates = {}
    for device_id, path in (trust.get("certificates") or {}).items():
        cert_doc = load_json(path, f"certificate of device {device_id}")
        if isinstance(cert_doc, dict):
            certificates[device_id] = cert_doc
    revocations = load_json(trust["revocations"], "revocation list") if trust.get("revocations") else None
    try:
        view = TrustView(org_key, certificates.values(), revocations if isinstance(revocations, dict) else None)
    except KPFieldError as exc:
        check.failures.append(f"organisation {wanted}: the revocation list does not verify: {exc}")
        view = TrustView(org_key, certificates.values())
    for device_id, identity in sorted(devices.items()):
        standing = view.standing(device_id)
        cert = standing.certificate or view.certificates.get(device_id)
        if standing.status == "revoked":
            check.failures.append(f"device {device_id}: revoked by organisation {wanted} at {standing.revoked_at} "
                                  f"({standing.detail})")
        elif cert is None:
            check.failures.append(f"device {device_id}: no certificate signed by organisation {wanted} "
                                  f"({standing.detail}); its key is not anchored")
        elif (cert.sign_key, cert.box_key) != (identity.sign_key, identity.box_key):
            check.failures.append(f"device {device_id}: the key in the bundle differs from the key organisation "
                                  f"{wanted} certified (the key was swapped)")
        else:
            check.checked.append(f"device {device_id}: key certified as {cert.role} ({cert.label or 'no label'}) by "
                                 f"organisation {wanted}")
    check.checked.append(f"anchored to organisation fingerprint {wanted}")
    return True


def trust_material(db) -> dict | None:
    """What a store can put into a bundle: ``{"org_key", "certificates": {id: doc}, "revocations"}`` or None."""
    from kpfield.sync import trust_store

    org_key = trust_store.pinned_org(db)
    if org_key is None:
        return None
    view = trust_store.view(db)
    return {"org_key": org_key, "certificates": {d: c.document for d, c in view.certificates.items()},
            "revocations": view.revocations.document if view.revocations else None}
