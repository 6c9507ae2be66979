"""``GET/POST /v1/trust`` and ``kpfield server org`` against a real server on 127.0.0.1: the server relays only
documents of the organisation it was configured with, never an older revocation list, and invitations carry the
organisation key."""

from __future__ import annotations

import time

import pytest

from kpfield.cli.main import main as kpfield_main
from kpfield.server import trust_docs
from kpfield.sync.identity import b64url
from kpfield.sync.invitation import parse_invitation
from kpfield.trust import OrgKey, certify, revocation_list


def _cert(org: OrgKey, device, role="monitor", issued_at=None) -> dict:
    return certify(org, device_id=device.device_id, role=role, sign_key=bytes(device.signing_key.verify_key),
                   box_key=bytes(device.box_key.public_key), label="x", issued_at=issued_at or int(time.time()))


def _post(device, server, document) -> tuple[int, str | None]:
    import json

    answer = device.raw(server, "POST", "/v1/trust", json.dumps(document).encode())
    return answer.status_code, answer.json().get("error")


def test_documents_are_refused_until_the_operator_configures_the_org(server, coordinator, monitor):
    org = OrgKey.generate()
    assert _post(coordinator, server, _cert(org, monitor)) == (409, "no_org")
    assert kpfield_main(["server", "org", "--data", str(server.data_dir), "--key", org.public_text]) == 0
    assert parse_invitation(server.invite("monitor")).org_fingerprint == org.fingerprint


def test_only_the_configured_orgs_documents_are_stored_and_serials_only_grow(server, coordinator, monitor):
    org, other = OrgKey.generate(), OrgKey.generate()
    trust_docs.set_org_key(server.data_dir, org.public)
    assert _post(coordinator, server, _cert(other, monitor)) == (400, "bad_document")  # another organisation
    forged = dict(_cert(org, monitor), sig=_cert(other, monitor)["sig"])
    assert _post(coordinator, server, forged) == (400, "bad_document")  # bad signature
    assert _post(monitor, server, _cert(org, monitor))[0] == 403  # monitors cannot publish
    good = _cert(org, monitor, issued_at=100)
    assert _post(coordinator, server, good)[0] == 200
    assert _post(coordinator, server, _cert(org, monitor, issued_at=50)) == (409, "stale_document")
    two = revocation_list(org, serial=2, issued_at=1, revoked=[])
    assert _post(coordinator, server, two)[0] == 200
    assert _post(coordinator, server, revocation_list(org, serial=1, issued_at=2, revoked=[])) == \
        (409, "stale_document")
    snapshot = monitor.client._json("GET", "/v1/trust")
    assert snapshot == {"org_key": b64url(org.public), "certificates": [good], "revocations": two}


def test_server_org_cli_refuses_to_silently_replace_the_key(server, capsys):
    first, second = OrgKey.generate(), OrgKey.generate()
    data = str(server.data_dir)
    assert kpfield_main(["server", "org", "--data", data, "--key", first.public_text]) == 0
    assert kpfield_main(["server", "org", "--data", data, "--key", second.public_text]) == 1
    assert trust_docs.org_key(server.data_dir) == first.public
    assert kpfield_main(["server", "org", "--data", data]) == 0
    assert first.fingerprint in capsys.readouterr().out
    with pytest.raises(SystemExit):
        kpfield_main(["server", "org"])
