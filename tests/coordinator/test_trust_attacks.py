"""Issue 10, findings 1 and 2, replayed against a real server on 127.0.0.1: each attack now fails.

The deployment (``network``): c1 (holding the organisation key) and c2 are coordinators, m1 and m2 monitors, all
certified through tests/server/deployment.py. The "seized server" acts through what a server operator controls:
its database (a device row of its own, a swapped key) and its routes.
"""

from __future__ import annotations

import io
import sqlite3
import sys
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from test_coordinator_e2e import FAST, _profile, _send_report, network, server  # noqa: E402,F401

from deployment import certify  # noqa: E402
from server_devices import enroll as enroll_raw  # noqa: E402

from kpfield.coordinator import org  # noqa: E402
from kpfield.coordinator.answer import send_message  # noqa: E402
from kpfield.coordinator.receive import pull  # noqa: E402
from kpfield.coordinator.review import quarantine_list, review, review_state  # noqa: E402
from kpfield.coordinator.share import share_reviews  # noqa: E402
from kpfield.errors import NotForUs, ServerRefused, ValidationError  # noqa: E402
from kpfield.model import utcnow  # noqa: E402
from kpfield.sync import account as accounts  # noqa: E402
from kpfield.sync import trust_store  # noqa: E402
from kpfield.sync.engine import run_sync  # noqa: E402
from kpfield.sync.envelope import EnvelopeReader, open_envelope_bytes, seal_envelope  # noqa: E402
from kpfield.sync.identity import b64url, derive_device_id  # noqa: E402
from kpfield.sync.invitation import make_recipient_document, parse_invitation  # noqa: E402
from kpfield.sync.manifest import build_manifest, sign_manifest  # noqa: E402
from kpfield.sync.messages import messages_for  # noqa: E402
from kpfield.trust import OrgKey, OrgKeyMissing, OrgMismatch, StaleRevocations, accept_revocations  # noqa: E402
from kpfield.trust import revocation_list  # noqa: E402

WITNESS_NOTE = "Witness hides at the Chiadzwa school, room 3"


def _box(profile) -> bytes:
    return bytes(accounts.require_account(profile.db).keys.box_key.public_key)


def _id(profile) -> str:
    return accounts.require_account(profile.db).device_id


def _server_rogue_coordinator(server):
    """What a seized server does: a coordinator row of its own, with keys it holds."""
    return enroll_raw(server, "coordinator", label="c3")


def _opens(box_key, data: bytes) -> bool:
    try:
        open_envelope_bytes(data, box_key)
    except NotForUs:
        return False
    return True


def test_server_added_coordinator_reads_no_note_no_question_and_flips_no_review(network, photos_dir, server):
    c1, c2, m1 = network["c1"], network["c2"], network["m1"]
    rid = _send_report(m1, photos_dir)
    pull(c1, client_options=FAST)
    pull(c2, client_options=FAST)
    rogue = _server_rogue_coordinator(server)
    # The server also hands out its own box key for the monitor's device.
    with sqlite3.connect(server.data_dir / "meta.sqlite3") as db:
        db.execute("UPDATE devices SET box_key = ? WHERE device_id = ?", [bytes(rogue.box_key.public_key), _id(m1)])
    review(c1, rid, state="verified", note=WITNESS_NOTE)
    assert share_reviews(c1, client_options=FAST)["posted"] == 1
    sent = send_message(c1, rid, "Which school did the witness name?", client_options=FAST)
    # Nothing in the shared channel nor in the monitor's mailbox opens with the server's keys.
    shared, _ = rogue.client.shared_fetch(0)
    assert shared and not any(_opens(rogue.box_key, item["data"]) for item in shared)
    assert all(_opens(accounts.require_account(c2.db).keys.box_key, item["data"]) for item in shared)
    assert share_reviews(c2, client_options=FAST)["applied"] == 1  # the honest coordinator reads the note
    assert WITNESS_NOTE in str(review_state(c2, rid)["history"])
    # The real monitor still reads the question: it was sealed to the key in its certificate.
    assert run_sync(m1, client_options=FAST).messages == 1
    assert messages_for(m1.db, rid)[0].text == "Which school did the witness name?" and sent["device_id"] == _id(m1)
    # The server's coordinator forges a review change flipping the report to "rejected": never applied.
    change = {"change_id": "forged-1", "report_id": rid, "base_revision": 99,
              "fields": {"state": ["rejected", None], "note": "forged"}, "who": "c1", "at": "2026-12-01T00:00:00Z"}
    from kpfield.sync.identity import DeviceKeys

    forged_keys = DeviceKeys(rogue.signing_key, rogue.box_key)
    manifest = build_manifest(device_id=rogue.device_id, kind="review", seq=1, prev_envelope_sha256=None,
                              created_at=utcnow(), body=change)
    rogue.client.shared_post(b"".join(seal_envelope(sign_manifest(forged_keys, manifest), [],
                                                    [_box(c1), _box(c2)])))
    for coordinator in (c1, c2):
        outcome = share_reviews(coordinator, client_options=FAST)
        assert outcome["applied"] == 0 and outcome.get("held") == 1  # held: its author is not certified
        assert review_state(coordinator, rid)["state"] == "verified"
        assert "forged" not in str(review_state(coordinator, rid)["history"])


def test_substituted_monitor_key_is_refused_at_certification(network, server, tmp_path):
    c1 = network["c1"]
    late = _profile(tmp_path, "m3")
    accounts.enroll(late.db, parse_invitation(server.invite("monitor", label="m3")), label="m3")
    honest_fingerprint = accounts.require_account(late.db).keys.public.fingerprint
    rogue = enroll_raw(server, "monitor")
    with sqlite3.connect(server.data_dir / "meta.sqlite3") as db:  # the server swaps the box key it lists
        db.execute("UPDATE devices SET box_key = ? WHERE device_id = ?", [bytes(rogue.box_key.public_key), _id(late)])
    with pytest.raises(OrgMismatch):
        org.certify_device(c1, _id(late), honest_fingerprint, client_options=FAST)
    assert trust_store.view(c1.db).standing(_id(late)).status == "uncertified"
    late.close()


def test_message_to_an_uncertified_device_is_not_sent(network, photos_dir, server, tmp_path):
    c1 = network["c1"]
    late = _profile(tmp_path, "m3")
    accounts.enroll(late.db, parse_invitation(server.invite("monitor", label="m3")), label="m3")
    rid = _send_report(late, photos_dir)
    result = pull(c1, client_options=FAST)
    # Held in quarantine with its own reason until the organisation certifies the device.
    assert result.quarantined and not result.verified
    (item,) = [q for q in quarantine_list(c1) if q["device_id"] == _id(late)]
    assert any("not (yet) certified" in reason for reason in item["reasons"]), item
    with pytest.raises(ValidationError, match="not a certified"):
        send_message(c1, rid, "Who are you?", client_options=FAST)
    certify(c1, late)
    result = pull(c1, client_options=FAST)
    assert rid in result.working_copy.shown, result.to_dict()
    assert not [q for q in quarantine_list(c1) if q["device_id"] == _id(late)]
    assert send_message(c1, rid, "Thank you.", client_options=FAST)["device_id"] == _id(late)
    late.close()


def test_far_future_list_captures_nobody_and_revocation_needs_no_reenrolment(network, photos_dir, server):
    c1, c2, m1 = network["c1"], network["c2"], network["m1"]
    assert run_sync(m1, client_options=FAST).ok
    # c2, seized, publishes a recipient list naming only itself, dated far in the future.
    c2_account = accounts.require_account(c2.db)
    me = {"device_id": c2_account.device_id, "sign_key": b64url(bytes(c2_account.keys.signing_key.verify_key)),
          "box_key": b64url(_box(c2)), "label": "c2"}
    with c2_account.client(**FAST) as client:
        client.publish_recipients(make_recipient_document(c2_account.keys.signing_key, [me],
                                                          int(time.time()) + 50 * 365 * 86400))
    run_sync(m1, client_options=FAST)
    assert {r.device_id for r in accounts.recipients(m1.db)} == {_id(c1), _id(c2)}
    # c2 holds no organisation key: it can neither revoke c1 nor sign a revocation list devices accept.
    with pytest.raises(OrgKeyMissing):
        org.revoke_device(c2, _id(c1), "hostile", client_options=FAST)
    forged = revocation_list(OrgKey(c2_account.keys.signing_key), serial=99, issued_at=int(time.time()),
                             revoked=[{"device_id": _id(c1), "revoked_at": 1, "reason": "x"}])
    forged["org"] = org.load_org_key(c1).fingerprint
    with c2_account.client(**FAST) as client, pytest.raises(ServerRefused):
        trust_store.publish(client, forged)
    assert trust_store.keep_documents(m1.db, [], forged)["refused"] == 1
    # The organisation revokes c2; the monitor, with no re-enrolment, seals only to c1 from its next sync.
    org.revoke_device(c1, _id(c2), "laptop seized", client_options=FAST)
    result = run_sync(m1, client_options=FAST)
    assert result.recipients_updated
    assert [r.device_id for r in accounts.recipients(m1.db)] == [_id(c1)]
    rid = _send_report(m1, photos_dir, title="After the seizure")
    pulled = pull(c1, client_options=FAST)
    assert rid in pulled.working_copy.shown, pulled.to_dict()
    with accounts.require_account(c1.db).client(**FAST) as client:
        items, _ = client.list_envelopes(0, 100)
        last = items[-1]
        data = io.BytesIO()
        client.download(last, data.write)
    with pytest.raises(NotForUs):
        EnvelopeReader(io.BytesIO(data.getvalue()), c2_account.keys.box_key)
    # c1 goes on sharing review changes; c2's are no longer applied.
    review(c1, rid, state="verified")
    assert share_reviews(c1, client_options=FAST)["posted"] == 1


def test_revocation_list_with_lower_serial_or_bad_signature_is_refused(network):
    c1, c2, m1 = network["c1"], network["c2"], network["m1"]
    org_key = org.load_org_key(c1)
    old = revocation_list(org_key, serial=1, issued_at=1, revoked=[])
    org.revoke_device(c1, _id(c2), "seized", client_options=FAST)  # serial 1 is taken by this one
    run_sync(m1, client_options=FAST)
    assert trust_store.held_serial(m1.db) == 1
    newer = revocation_list(org_key, serial=2, issued_at=2, revoked=[])  # would un-revoke c2
    with pytest.raises(StaleRevocations):
        accept_revocations(org_key.public, 2, newer)
    # A replayed or lower serial is ignored; a tampered one (bad signature) is refused.
    assert trust_store.keep_documents(m1.db, [], old)["revocations"] is None
    tampered = dict(newer, serial=3)
    assert trust_store.keep_documents(m1.db, [], tampered) == {"certificates": 0, "revocations": None, "refused": 1}
    assert trust_store.view(m1.db).standing(_id(c2)).status == "revoked"
    with accounts.require_account(c1.db).client(**FAST) as client, pytest.raises(ServerRefused):
        trust_store.publish(client, tampered)


def test_no_pinned_organisation_seals_nothing_and_says_why(photos_dir, server, tmp_path):
    from kpfield.model import Occurrence, Report

    c = _profile(tmp_path, "c", "coordinator")
    accounts.enroll(c.db, parse_invitation(server.invite("coordinator")))
    m = _profile(tmp_path, "m")
    accounts.enroll(m.db, parse_invitation(server.invite("monitor")))  # the server's list names c: not trusted
    r = m.reports.create(Report(title="x", types=["shooting"], occurred=Occurrence(utcnow())))
    m.reports.mark_ready(r.id)
    result = run_sync(m, client_options=FAST)
    assert not result.ok and result.not_queued and "trusts no organisation key" in result.not_queued[0][1]
    assert derive_device_id(bytes(accounts.require_account(c.db).keys.signing_key.verify_key))
    c.close()
    m.close()


def test_org_key_split_forgotten_and_restored(network, tmp_path):
    """A laptop that travels without the organisation key cannot certify or revoke; K shares bring it back."""
    import shamir_mnemonic

    from kpfield.errors import RecoveryFailed

    c1, c2, m2 = network["c1"], network["c2"], network["m2"]
    fingerprint = org.load_org_key(c1).fingerprint
    shares = org.org_shares(c1, 2, 3)
    assert len(shares) == 3
    org.forget_org_key(c1)
    assert not org.holds_org_key(c1)
    with pytest.raises(OrgKeyMissing):
        org.revoke_device(c1, _id(c2), "seized", client_options=FAST)
    with pytest.raises(OrgKeyMissing):
        org.certify_device(c1, _id(m2), accounts.require_account(m2.db).keys.public.fingerprint,
                           client_options=FAST)
    with pytest.raises(RecoveryFailed):
        org.restore_org_key(c1, shares[:1])  # one share is not enough
    other = shamir_mnemonic.generate_mnemonics(1, [(2, 2)], OrgKey.generate().seed)[0]
    with pytest.raises(OrgMismatch):
        org.restore_org_key(c1, other)  # shares of another organisation key
    assert org.restore_org_key(c1, [shares[2], shares[0]]) == fingerprint
    assert org.revoke_device(c1, _id(c2), "seized", client_options=FAST)["serial"] == 1


def test_org_commands_from_the_command_line(server, tmp_path, capsys):
    """The documented path: org init, server org, enroll (org fingerprint shown), org certify, org status."""
    import json

    from kpfield.cli.main import main as kpfield_main

    pw = tmp_path / "pw.txt"
    pw.write_text("granite river seventeen lanterns\n")
    c = _profile(tmp_path, "c", "coordinator")
    accounts.enroll(c.db, parse_invitation(server.invite("coordinator")))
    c.close()
    auth = ["--home", str(tmp_path / "c"), "--passphrase-file", str(pw)]
    assert kpfield_main(["org", "init", "--json", *auth]) == 0
    made = json.loads(capsys.readouterr().out)
    assert made["published"] is False  # the operator has not configured the key yet
    assert kpfield_main(["server", "org", "--data", str(server.data_dir), "--key", made["org_key"]]) == 0
    assert made["fingerprint"] in capsys.readouterr().out
    assert kpfield_main(["org", "publish", "--json", *auth]) == 0
    assert json.loads(capsys.readouterr().out)["certificates"] == 1
    m = _profile(tmp_path, "m")
    m.close()
    invitation = tmp_path / "invitation.txt"
    invitation.write_text(server.invite("monitor", label="Rudo"))
    mauth = ["--home", str(tmp_path / "m"), "--passphrase-file", str(pw)]
    assert kpfield_main(["enroll", str(invitation), "--json", *mauth]) == 0
    enrolled = json.loads(capsys.readouterr().out)
    assert enrolled["org_fingerprint"] == made["fingerprint"] and len(enrolled["coordinators"]) == 1
    assert kpfield_main(["org", "certify", enrolled["device_id"], "--fingerprint", "AAAA-" * 7 + "AAAA", *auth]) == 1
    assert "Nothing was signed" in capsys.readouterr().err
    assert kpfield_main(["org", "certify", enrolled["device_id"], "--fingerprint", enrolled["fingerprint"],
                         *auth]) == 0
    capsys.readouterr()
    assert kpfield_main(["org", "devices", "--json", *auth]) == 0
    standing = {d["device_id"]: d["standing"] for d in json.loads(capsys.readouterr().out)}
    assert standing[enrolled["device_id"]] == "certified"
    assert kpfield_main(["org", "status", "--json", *mauth]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["org_fingerprint"] == made["fingerprint"] and status["holds_org_key"] is False
