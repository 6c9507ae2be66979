"""The organisation key's operations on a coordinator's profile: create it, certify and revoke devices, split it
into SLIP-39 shares, forget it and restore it. See docs/PROTOCOL.md, "Trust: the organisation key".

The private key lives only in this coordinator's encrypted store (``org_secret``) or in printed shares; every
document it signs is kept in the store and published to the server, which relays it to every device.
"""

from __future__ import annotations

import time

import shamir_mnemonic

from kpfield.errors import NotFound, RecoveryFailed, ValidationError
from kpfield.model import iso, utcnow
from kpfield.store import Profile
from kpfield.sync import account as accounts
from kpfield.sync import trust_store
from kpfield.sync.identity import PublicIdentity, unb64url
from kpfield.trust import (OrgKey, OrgKeyMissing, OrgMismatch, TrustError, certify, normalise_fingerprint,
                           org_fingerprint, parse_org_key, revocation_list, verify_certificate, verify_revocations)


def _coordinator(profile: Profile):
    account = accounts.require_account(profile.db)
    if account.role != "coordinator":
        raise TrustError("Only a coordinator's profile can hold the organisation key.")
    return account


def load_org_key(profile: Profile) -> OrgKey:
    """The organisation's private key from this store; :class:`OrgKeyMissing` when it is not held here."""
    row = profile.db.execute("SELECT seed FROM org_secret WHERE id = 1").fetchone()
    if row is None:
        raise OrgKeyMissing("This profile does not hold the organisation key (it was never created here, or it was "
                            "forgotten: restore it from shares with kpfield org restore).")
    return OrgKey.from_seed(bytes(row[0]))


def holds_org_key(profile: Profile) -> bool:
    return profile.db.execute("SELECT 1 FROM org_secret WHERE id = 1").fetchone() is not None


def _keep_secret(profile: Profile, org: OrgKey) -> None:
    profile.db.execute("INSERT OR REPLACE INTO org_secret (id, seed, created_at) VALUES (1, ?, ?)",
                       [org.seed, iso(utcnow())])


def init_org(profile: Profile, client_options: dict | None = None) -> dict:
    """Create the organisation key (first coordinator only), pin it, certify this device and publish.

    Returns ``{"org_key", "fingerprint", "published"}``: give ``org_key`` to the server operator
    (``kpfield server org --key``) and read ``fingerprint`` aloud to everyone who enrols.
    """
    account = _coordinator(profile)
    if trust_store.pinned_org(profile.db) is not None:
        raise TrustError("This device already trusts an organisation key; an organisation is created only once.")
    org = OrgKey.generate()
    me = account.keys.public
    with profile.db.atomic():
        _keep_secret(profile, org)
        trust_store.pin_org(profile.db, org.public)
        cert = certify(org, device_id=account.device_id, role="coordinator", sign_key=me.sign_key,
                       box_key=me.box_key, label=account.label, issued_at=int(time.time()))
        trust_store.keep_documents(profile.db, [cert], None)
        profile.audit.append("org_created", detail={"fingerprint": org.fingerprint})
    return {"org_key": org.public_text, "fingerprint": org.fingerprint,
            "published": _publish_quietly(profile, client_options)}


def _publish_quietly(profile: Profile, client_options: dict | None) -> bool:
    from kpfield.errors import KPFieldError

    try:
        publish_all(profile, client_options)
    except KPFieldError:
        return False  # e.g. the operator has not configured the organisation key yet: kpfield org publish later
    return True


def publish_all(profile: Profile, client_options: dict | None = None) -> dict:
    """Post every certificate and the revocation list this store holds that the server does not have yet."""
    account = accounts.require_account(profile.db)
    view = trust_store.view(profile.db)
    out = {"certificates": 0, "revocations": None}
    with account.client(**(client_options or {})) as client:
        server = trust_store.fetch(client)
        held = {}
        for document in server.get("certificates") or []:
            try:
                cert = verify_certificate(view.org_key, document)
            except TrustError:
                continue
            held[cert.device_id] = max(held.get(cert.device_id, -1), cert.issued_at)
        for device_id, cert in sorted(view.certificates.items()):
            if held.get(device_id, -1) < cert.issued_at:
                trust_store.publish(client, cert.document)
                out["certificates"] += 1
        server_serial = None
        if server.get("revocations") is not None:
            try:
                server_serial = verify_revocations(view.org_key, server["revocations"]).serial
            except TrustError:
                server_serial = None
        if view.revocations is not None and (server_serial is None or view.revocations.serial > server_serial):
            trust_store.publish(client, view.revocations.document)
            out["revocations"] = view.revocations.serial
        trust_store.keep_documents(profile.db, server.get("certificates"), server.get("revocations"))
    return out


def device_list(profile: Profile, client_options: dict | None = None) -> list[dict]:
    """The server's enrolled devices with their fingerprints and standing with the organisation."""
    account = accounts.require_account(profile.db)
    with account.client(**(client_options or {})) as client:
        trust_store.refresh(profile.db, client)
        devices = client.devices()
    view = trust_store.view(profile.db)
    out = []
    for d in devices:
        identity = PublicIdentity(unb64url(d["sign_key"], "sign key"), unb64url(d["box_key"], "box key"))
        standing = view.standing(d["device_id"])
        cert = standing.certificate
        same_keys = cert is None or (cert.sign_key, cert.box_key) == (identity.sign_key, identity.box_key)
        out.append({"device_id": d["device_id"], "role": d["role"], "label": d.get("label") or "",
                    "fingerprint": identity.fingerprint, "standing": standing.status, "detail": standing.detail,
                    "server_revoked_at": d.get("revoked_at"), "keys_match_certificate": same_keys})
    return out


def certify_device(profile: Profile, device_id: str, fingerprint: str, *, role: str | None = None,
                   label: str | None = None, client_options: dict | None = None) -> dict:
    """Certify an enrolled device once the fingerprint its owner read aloud matches the keys the server holds.

    :param fingerprint: the device's fingerprint as read aloud (``kpfield status`` on that device).
    Raises :class:`OrgMismatch` (nothing signed) when it differs: the server may have swapped a key.
    """
    org = load_org_key(profile)
    account = accounts.require_account(profile.db)
    wanted = normalise_fingerprint(fingerprint)
    with account.client(**(client_options or {})) as client:
        device = next((d for d in client.devices() if d["device_id"] == device_id), None)
        if device is None:
            raise NotFound(f"The server lists no device {device_id}.")
        identity = PublicIdentity(unb64url(device["sign_key"], "sign key"), unb64url(device["box_key"], "box key"))
        if identity.device_id != device_id or identity.fingerprint != wanted:
            raise OrgMismatch(f"The keys the server holds for device {device_id} have fingerprint "
                              f"{identity.fingerprint}, not {wanted}. Nothing was signed: check with the device's "
                              f"owner, and suspect the server if they read the other one.")
        role = role or device["role"]
        if role not in ("monitor", "coordinator"):
            raise ValidationError("The role must be monitor or coordinator.")
        document = certify(org, device_id=device_id, role=role, sign_key=identity.sign_key,
                           box_key=identity.box_key, label=device.get("label") or "" if label is None else label,
                           issued_at=int(time.time()))
        with profile.db.atomic():
            trust_store.keep_documents(profile.db, [document], None)
            profile.audit.append("device_certified", detail={"device_id": device_id, "role": role,
                                                             "fingerprint": wanted})
        trust_store.publish(client, document)
    return {"device_id": device_id, "role": role, "fingerprint": wanted, "org": org.fingerprint}


def revoke_device(profile: Profile, device_id: str, reason: str, client_options: dict | None = None) -> dict:
    """Publish a revocation list naming ``device_id`` as well as every device already revoked, serial + 1."""
    org = load_org_key(profile)
    account = accounts.require_account(profile.db)
    if not isinstance(reason, str) or len(reason) > 500:
        raise ValidationError("The reason is text of at most 500 characters.")
    with account.client(**(client_options or {})) as client:
        trust_store.refresh(profile.db, client)
        view = trust_store.view(profile.db)
        held = view.revocations
        entries = [{"device_id": d, "revoked_at": at, "reason": why}
                   for d, (at, why) in sorted((held.revoked if held else {}).items())]
        if device_id not in {e["device_id"] for e in entries}:
            entries.append({"device_id": device_id, "revoked_at": int(time.time()), "reason": reason})
        serial = (held.serial if held else 0) + 1
        document = revocation_list(org, serial=serial, issued_at=int(time.time()), revoked=entries)
        with profile.db.atomic():
            trust_store.keep_documents(profile.db, [], document)
            profile.audit.append("device_revoked", detail={"device_id": device_id, "serial": serial})
        trust_store.publish(client, document)
    return {"device_id": device_id, "serial": serial}


def org_shares(profile: Profile, threshold: int, count: int) -> list[str]:
    """Split the organisation key into ``count`` SLIP-39 word lists, any ``threshold`` of which restore it."""
    if not (2 <= threshold <= count <= 16):
        raise ValidationError("Organisation key shares need 2 ≤ threshold ≤ shares ≤ 16.")
    return shamir_mnemonic.generate_mnemonics(1, [(threshold, count)], load_org_key(profile).seed)[0]


def forget_org_key(profile: Profile) -> None:
    """Remove the organisation key from this store (its pages are overwritten: secure_delete is on)."""
    load_org_key(profile)
    with profile.db.atomic():
        profile.db.execute("DELETE FROM org_secret WHERE id = 1")
        profile.audit.append("org_key_forgotten")


def restore_org_key(profile: Profile, mnemonics: list[str]) -> str:
    """Combine shares into the organisation key and keep it, if it is the organisation this device pinned."""
    _coordinator(profile)
    try:
        seed = shamir_mnemonic.combine_mnemonics([" ".join(m.split()) for m in mnemonics if m.strip()])
    except shamir_mnemonic.MnemonicError as exc:
        raise RecoveryFailed(f"The shares do not combine: {exc}") from None
    if len(seed) != 32:
        raise RecoveryFailed("These shares are not of an organisation key.")
    org = OrgKey.from_seed(seed)
    pinned = trust_store.pinned_org(profile.db)
    if pinned is not None and pinned != org.public:
        raise OrgMismatch(f"These shares make organisation {org.fingerprint}, but this device trusts "
                          f"{org_fingerprint(pinned)}. Nothing was changed.")
    with profile.db.atomic():
        if pinned is None:
            trust_store.pin_org(profile.db, org.public)
        _keep_secret(profile, org)
        profile.audit.append("org_key_restored", detail={"fingerprint": org.fingerprint})
    return org.fingerprint


def pin_from_server(profile: Profile, fingerprint: str, client_options: dict | None = None) -> str:
    """Migration: pin the organisation key the server offers, only if it has the fingerprint read aloud."""
    wanted = normalise_fingerprint(fingerprint)
    account = accounts.require_account(profile.db)
    with account.client(**(client_options or {})) as client:
        offered = trust_store.fetch(client).get("org_key")
        if not offered:
            raise OrgMismatch("The server offers no organisation key yet: ask the operator to configure it.")
        key = parse_org_key(offered)
        if org_fingerprint(key) != wanted:
            raise OrgMismatch(f"The server offers organisation {org_fingerprint(key)}, not {wanted}. Nothing was "
                              f"pinned: tell your coordinator.")
        trust_store.pin_org(profile.db, key)
        trust_store.refresh(profile.db, client)
    return wanted
