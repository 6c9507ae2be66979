"""The coordinator side end to end against the real server on 127.0.0.1: pull, verify, quarantine, review, answer."""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import struct
import sys
from pathlib import Path

import nacl.bindings as sodium
import nacl.public
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "server"))

from deployment import certify_all  # noqa: E402
from serverutil import RunningServer  # noqa: E402

from kpfield.coordinator import cli as coordinator_cli  # noqa: E402
from kpfield.coordinator.answer import send_message  # noqa: E402
from kpfield.coordinator.receive import pull  # noqa: E402
from kpfield.coordinator.review import (quarantine_list, received_list, received_report,  # noqa: E402
                                        report_extra_json, review, review_state)
from kpfield.errors import NotFound, ValidationError  # noqa: E402
from kpfield.geo import Location, LocationSource  # noqa: E402
from kpfield.model import Occurrence, Report, utcnow  # noqa: E402
from kpfield.store import KdfParams, Profile  # noqa: E402
from kpfield.sync import account as accounts  # noqa: E402
from kpfield.sync import envelope as env  # noqa: E402
from kpfield.sync.engine import run_sync  # noqa: E402
from kpfield.sync.invitation import parse_invitation  # noqa: E402
from kpfield.sync.manifest import AttachmentMeta, build_manifest, sign_manifest  # noqa: E402
from kpfield.sync.messages import messages_for  # noqa: E402

PW = "granite river seventeen lanterns"
FAST = {"retry_delay": 0.01, "max_attempts": 3}
MARANGE = Location(-19.98, 32.73, LocationSource.MANUAL)  # far from where the fixture photo was taken (Italy)


@pytest.fixture
def server(tmp_path):
    with RunningServer(tmp_path / "server") as srv:
        yield srv


def _profile(tmp_path, name, role="monitor"):
    return Profile.create(tmp_path / name, PW, role=role, kdf=KdfParams.fast_for_tests())


@pytest.fixture
def network(tmp_path, server):
    """Two coordinators (enrolled first, so monitors encrypt to both) and two monitors."""
    people = {}
    for name, role in (("c1", "coordinator"), ("c2", "coordinator"), ("m1", "monitor"), ("m2", "monitor")):
        people[name] = _profile(tmp_path, name, role)
        accounts.enroll(people[name].db, parse_invitation(server.invite(role, label=name)), label=name)
    certify_all(server, people.values())  # c1 holds the organisation key
    for name in ("m1", "m2"):
        people[name].settings.set("reduce_photos", False)
    yield people
    for profile in people.values():
        profile.close()


def _send_report(monitor, photos_dir, *names, title="Shooting at the fence", location=None) -> str:
    r = monitor.reports.create(Report(title=title, narrative="Two diggers were shot.", types=["shooting"],
                                      occurred=Occurrence(utcnow()), location=location))
    for name in names:
        monitor.photos.import_bytes(r.id, (photos_dir / name).read_bytes(), name)
    monitor.reports.mark_ready(r.id)
    assert run_sync(monitor, client_options=FAST).ok
    return r.id


def _upload_crafted(monitor, coordinators, *, seq, prev, report_id, attachments=(), lie_about=None, upload=True):
    """Act as the monitor's device building an envelope by hand (a buggy or malicious sender) and upload it."""
    account = accounts.require_account(monitor.db)
    metas = [meta for meta, _ in attachments]
    body = {"report": {"id": report_id, "title": "crafted", "types": ["shooting"]}, "version": 1,
            "reduced_photos": False}
    manifest = build_manifest(device_id=account.device_id, kind="report", seq=seq, prev_envelope_sha256=prev,
                              created_at=utcnow(), body=body, attachments=metas)
    signed = sign_manifest(account.keys, manifest)
    boxes = [bytes(accounts.require_account(c.db).keys.box_key.public_key) for c in coordinators]
    data = _seal_unchecked(signed, [data for _, data in attachments], boxes) if lie_about else \
        b"".join(env.seal_envelope(signed, [env.Attachment(m, lambda d=d: io.BytesIO(d)) for m, d in attachments],
                                   boxes))
    sha = hashlib.sha256(data).hexdigest()
    if upload:
        _upload(monitor, data)
    return sha if upload else (sha, data)


def _upload(monitor, data: bytes) -> None:
    with accounts.require_account(monitor.db).client(**FAST) as client:
        client.upload(hashlib.sha256(data).hexdigest(), len(data), lambda o, n: data[o:o + n])


def _seal_unchecked(signed, blobs, recipients, chunk_size=env.MIN_CHUNK_SIZE) -> bytes:
    """The envelope format written without the sender-side hash check: attachment bytes that contradict the
    signed manifest (sizes kept), as only a tampering sender could produce."""
    key = sodium.crypto_secretstream_xchacha20poly1305_keygen()
    slots = b"".join(nacl.public.SealedBox(nacl.public.PublicKey(r)).encrypt(key) for r in recipients)
    header = env._FIXED.pack(env.MAGIC, env.VERSION, 0, len(recipients), chunk_size) + slots
    state = sodium.crypto_secretstream_xchacha20poly1305_state()
    header += sodium.crypto_secretstream_xchacha20poly1305_init_push(state, key)
    writer = env._ChunkWriter(state, chunk_size, env._chunk_count(signed, chunk_size), env._envelope_ad(header))
    out = [header]
    out += writer.write(struct.pack(">I", len(signed.manifest_bytes)) + signed.manifest_bytes + signed.signature)
    for blob in blobs:
        out += writer.write(env._FRAME.pack(1, len(blob)) + blob)
    out += writer.write(b"\0" + bytes(writer.total * chunk_size - env._plaintext_length(signed)))
    return b"".join(out)


def test_two_monitors_two_coordinators_verified_and_idempotent(network, photos_dir):
    c1, c2, m1, m2 = (network[n] for n in ("c1", "c2", "m1", "m2"))
    r1 = _send_report(m1, photos_dir, "DSCN0010.jpg")
    r2 = _send_report(m2, photos_dir)
    for coordinator in (c1, c2):
        result = pull(coordinator, client_options=FAST)
        assert result.ok and len(result.verified) == 2 and result.quarantined == [], result.to_dict()
        assert quarantine_list(coordinator) == []
        got = received_report(coordinator, r1)
        assert got["report"]["title"] == "Shooting at the fence" and got["status"] == "verified"
        assert got["device_id"] == accounts.require_account(m1.db).device_id
        assert got["photo_meta"][0]["sha256"] == hashlib.sha256((photos_dir / "DSCN0010.jpg").read_bytes()).hexdigest()
        checks = got["verification"]
        assert all(checks[k]["ok"] for k in ("envelope", "signature", "photos", "receipt", "device", "chain"))
        extra = report_extra_json(coordinator, r2)
        assert extra["received"]["status"] == "verified" and extra["review"]["state"] == "new"
        # Pulling again stores nothing twice.
        again = pull(coordinator, client_options=FAST)
        assert again.ok and again.verified == [] and again.quarantined == []
        assert len(received_list(coordinator)) == 2
        assert [e.action for e in coordinator.audit.entries()].count("received") == 2
    # No envelope bytes outside the encrypted store: the coordinator's folder holds only the key file and store.
    names = sorted(p.name for p in c1.home.iterdir())
    assert all(n == "profile.key" or n.startswith("store-") for n in names), names


def test_a_byte_changed_on_the_server_is_quarantined(network, photos_dir, server):
    c1, m1 = network["c1"], network["m1"]
    _send_report(m1, photos_dir, "jolla.jpg")
    (path,) = [p for p in (server.data_dir / "blobs" / "envelopes").rglob("*") if p.is_file()]
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    result = pull(c1, client_options=FAST)
    assert result.verified == [] and len(result.quarantined) == 1
    (item,) = quarantine_list(c1)
    assert not item["verification"]["envelope"]["ok"]
    assert path.name in item["verification"]["envelope"]["detail"]  # names the hash the receipt promised
    assert received_list(c1, "verified") == []
    assert [e.action for e in c1.audit.entries()][-1] == "quarantined"


def test_gap_and_fork_in_a_device_chain_are_named(network, photos_dir):
    c1, c2, m1 = network["c1"], network["c2"], network["m1"]
    _send_report(m1, photos_dir)  # seq 1, sent normally
    pull(c1, client_options=FAST)
    (genuine,) = received_list(c1, "verified")
    # seq 3 with seq 2 never sent: a gap; another seq 1: a fork.
    gap_sha = _upload_crafted(m1, (c1, c2), seq=3, prev="ab" * 32, report_id="0b9f8b6e-7c1e-4f3e-9a52-2d7c3e1f0a11")
    fork_sha = _upload_crafted(m1, (c1, c2), seq=1, prev=None, report_id="5d3c0c1e-2a4b-4c7d-8e9f-0a1b2c3d4e5f")
    result = pull(c1, client_options=FAST)
    assert result.verified == [] and len(result.quarantined) == 2
    by_sha = {q["envelope_sha256"]: q for q in quarantine_list(c1)}
    assert "gap: envelope seq 2" in by_sha[gap_sha]["verification"]["chain"]["detail"]
    fork = by_sha[fork_sha]["verification"]["chain"]["detail"]
    assert "fork" in fork and genuine["envelope_sha256"] in fork
    # The genuine seq 1 is now flagged as forked too (naming the other envelope), never silently kept as is.
    assert genuine["envelope_sha256"] in by_sha and fork_sha in by_sha[genuine["envelope_sha256"]]["reasons"][0]
    assert by_sha[gap_sha]["verification"]["signature"]["ok"]  # the sender's key is genuine: the chain is what fails


def test_revoked_device_is_flagged_with_when(network, photos_dir, server):
    c1, m1, m2 = network["c1"], network["m1"], network["m2"]
    r1 = _send_report(m1, photos_dir)
    r2 = _send_report(m2, photos_dir)
    assert len(pull(c1, client_options=FAST).verified) == 2
    server.ctx.meta.revoke_device(accounts.require_account(m1.db).device_id, server.ctx.now())
    result = pull(c1, client_options=FAST)
    assert result.ok
    (item,) = quarantine_list(c1)
    assert item["report_id"] == r1 and "was revoked on" in item["verification"]["device"]["detail"]
    assert item["verification"]["signature"]["ok"]  # signed with the key it enrolled with, before revocation
    assert report_extra_json(c1, r2)["received"]["status"] == "verified"


def test_photo_bytes_contradicting_the_signed_hash_are_quarantined(network, photos_dir):
    c1, c2, m1 = network["c1"], network["c2"], network["m1"]
    real = (photos_dir / "jolla.jpg").read_bytes()
    fake = bytes(real[:-1]) + bytes([real[-1] ^ 0xFF])
    meta = AttachmentMeta("p1", "jolla.jpg", hashlib.sha256(real).hexdigest(), len(real), "image/jpeg", {})
    sha = _upload_crafted(m1, (c1, c2), seq=1, prev=None, report_id="7e57a11e-0000-4000-8000-000000000001",
                          attachments=[(meta, fake)], lie_about=True)
    result = pull(c1, client_options=FAST)
    assert len(result.quarantined) == 1
    (item,) = quarantine_list(c1)
    assert item["envelope_sha256"] == sha
    photos = item["verification"]["photos"]
    assert not photos["ok"] and "p1" in photos["detail"] and photos["failed"] == ["p1"]


def test_hints_flag_photo_far_from_reported_place(network, photos_dir):
    c1, m1 = network["c1"], network["m1"]
    rid = _send_report(m1, photos_dir, "DSCN0010.jpg", location=MARANGE)
    pull(c1, client_options=FAST)
    hints = report_extra_json(c1, rid)["received"]["hints"]
    assert any("DSCN0010.jpg" in h and "km from the reported location" in h for h in hints), hints
    # Hints are not failures: the report itself is verified.
    assert report_extra_json(c1, rid)["received"]["status"] == "verified"


def test_review_history_and_message_reach_the_monitor(network, photos_dir):
    c1, m1 = network["c1"], network["m1"]
    r1 = _send_report(m1, photos_dir)
    r2 = _send_report(m1, photos_dir, title="Same shooting, second report")
    pull(c1, client_options=FAST)
    review(c1, r1, state="in_review", assignee="Tendai", tags=["marange"])
    review(c1, r1, note="Call the clinic to confirm.")
    with pytest.raises(ValidationError):
        review(c1, r2, state="duplicate")  # no link: refused, nothing changed
    with pytest.raises(ValidationError):
        review(c1, r1, state="closed")
    with pytest.raises(NotFound):
        review(c1, "00000000-0000-4000-8000-000000000000", state="verified")
    review(c1, r2, state="duplicate", duplicate_of=r1)
    state = review_state(c1, r1)
    assert state["state"] == "in_review" and state["assignee"] == "Tendai" and state["tags"] == ["marange"]
    me = accounts.require_account(c1.db).device_id
    assert [(h["field"], h["old"], h["new"]) for h in state["history"]] == [
        ("state", "new", "in_review"), ("assignee", None, "Tendai"), ("tags", "[]", '["marange"]'),
        ("note", None, "Call the clinic to confirm.")]
    assert all(h["who"].startswith(me) for h in state["history"])
    assert review_state(c1, r2)["duplicate_of"] == r1
    assert review_state(c1, r2)["state"] == "duplicate"
    sent = send_message(c1, r1, "Which clinic took the injured?", client_options=FAST)
    send_message(c1, r1, "", "state_change", state="needs_info", client_options=FAST)
    assert sent["device_id"] == accounts.require_account(m1.db).device_id
    result = run_sync(m1, client_options=FAST)
    assert result.ok and result.messages == 2, result.to_dict()
    texts = [(m.kind, m.text, m.state) for m in messages_for(m1.db, r1)]
    assert ("question", "Which clinic took the injured?", None) in texts
    assert ("state_change", "", "needs_info") in texts
    # Internal notes never leave the coordinator.
    assert all("clinic to confirm" not in m.text for m in messages_for(m1.db, r1))


def test_cli_quarantine_list_and_review(network, photos_dir, server, tmp_path, capsys):
    c1, m1 = network["c1"], network["m1"]
    rid = _send_report(m1, photos_dir)
    server.ctx.meta.revoke_device(accounts.require_account(m1.db).device_id, server.ctx.now())
    home = c1.home
    c1.close()
    pw_file = tmp_path / "pw.txt"
    pw_file.write_text(PW + "\n")
    parser = argparse.ArgumentParser(prog="kpfield")
    sub = parser.add_subparsers(dest="command")
    coordinator_cli.register(sub)

    def run(*argv):
        args = parser.parse_args([*argv, "--home", str(home), "--passphrase-file", str(pw_file)])
        code = args.func(args)
        return code, capsys.readouterr().out

    code, out = run("pull", "--json")
    assert code == 0 and len(json.loads(out)["pull"]["quarantined"]) == 1
    code, out = run("quarantine", "list", "--json")
    (item,) = json.loads(out)
    assert item["report_id"] == rid and any(r.startswith("device:") for r in item["reasons"])
    code, out = run("review", rid, "--state", "escalated", "--note", "revoked device", "--json")
    assert code == 0 and json.loads(out)["state"] == "escalated"


def test_review_changes_are_shared_and_conflicts_kept(network, photos_dir):
    from kpfield.coordinator.share import share_reviews

    c1, c2, m1 = network["c1"], network["c2"], network["m1"]
    rid = _send_report(m1, photos_dir)
    pull(c1, client_options=FAST)
    pull(c2, client_options=FAST)
    review(c1, rid, state="in_review", tags=["zengeni"], note="Checking with the clinic.")
    assert share_reviews(c1, client_options=FAST)["posted"] == 1
    got = share_reviews(c2, client_options=FAST)
    assert got["applied"] == 1 and got["conflicts"] == 0 and got["rejected"] == 0
    seen = review_state(c2, rid)
    c1_id = accounts.require_account(c1.db).device_id
    assert seen["state"] == "in_review" and seen["tags"] == ["zengeni"] and seen["revision"] == 1
    assert seen["notes"] == ["Checking with the clinic."] and seen["history"][0]["who"] == f"{c1_id} (c1)"
    # Both decide on revision 1, differently: a conflict on both sides, both values kept, nothing overwritten.
    review(c1, rid, state="verified")
    review(c2, rid, state="rejected")
    share_reviews(c1, client_options=FAST)
    assert share_reviews(c2, client_options=FAST)["conflicts"] == 1
    assert share_reviews(c1, client_options=FAST)["conflicts"] == 1
    for coordinator, shown in ((c1, "verified"), (c2, "rejected")):
        state = review_state(coordinator, rid)
        assert state["state"] == shown
        (conflict,) = state["conflicts"]
        assert conflict["field"] == "state" and conflict["base_revision"] == 1
        assert {v["value"] for v in conflict["values"]} == {"verified", "rejected"}
    # A later decision, made on the newer revision, settles it everywhere.
    assert review_state(c1, rid)["revision"] == review_state(c2, rid)["revision"] == 3
    review(c1, rid, state="rejected", note="Agreed with c2.")
    share_reviews(c1, client_options=FAST)
    assert share_reviews(c2, client_options=FAST)["conflicts"] == 0
    assert review_state(c2, rid)["state"] == review_state(c1, rid)["state"] == "rejected"
    # Idempotent: fetching again applies nothing twice.
    assert share_reviews(c2, client_options=FAST) == {"posted": 0, "applied": 0, "conflicts": 0, "rejected": 0}


def test_a_gap_clears_when_the_late_envelope_arrives(network, photos_dir):
    # Monitors send small envelopes first, so seq 3 may well arrive before seq 2: flagged, then cleared.
    c1, c2, m1 = network["c1"], network["c2"], network["m1"]
    _send_report(m1, photos_dir)
    pull(c1, client_options=FAST)
    (first,) = received_list(c1, "verified")
    sha2, data2 = _upload_crafted(m1, (c1, c2), seq=2, prev=first["envelope_sha256"], upload=False,
                                  report_id="11111111-2222-4333-8444-555555555555")
    _upload_crafted(m1, (c1, c2), seq=3, prev=sha2, report_id="66666666-7777-4888-8999-aaaaaaaaaaaa")
    assert len(pull(c1, client_options=FAST).quarantined) == 1
    assert "gap: envelope seq 2" in quarantine_list(c1)[0]["verification"]["chain"]["detail"]
    _upload(m1, data2)
    assert len(pull(c1, client_options=FAST).verified) == 1
    assert quarantine_list(c1) == [] and len(received_list(c1, "verified")) == 3


def test_an_interrupted_download_resumes(network, photos_dir):
    import threading

    c1, m1 = network["c1"], network["m1"]
    rid = _send_report(m1, photos_dir, "DSCN0010.jpg", "jolla.jpg")
    cancel = threading.Event()
    events = []

    def progress(event):
        events.append(event)
        cancel.set()  # stop after the first block has been stored

    first = pull(c1, progress=progress, cancel=cancel, client_options=FAST)
    assert first.cancelled and received_list(c1) == []
    done, size = c1.db.execute("SELECT bytes_done, size FROM received_envelopes").fetchone()
    assert 0 < done < size
    second = pull(c1, client_options=FAST)
    assert second.ok and len(second.verified) == 1
    assert report_extra_json(c1, rid)["received"]["status"] == "verified"
