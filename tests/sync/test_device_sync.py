"""A monitor's device end to end against the real server on 127.0.0.1: enrol, seal, send, receipts, mailbox."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "server"))

from deployment import certify, certify_all  # noqa: E402
from serverutil import RunningServer  # noqa: E402

from kpfield.errors import KPFieldError, SyncError  # noqa: E402
from kpfield.model import Occurrence, Report, utcnow  # noqa: E402
from kpfield.store import KdfParams, Profile  # noqa: E402
from kpfield.sync import account as accounts  # noqa: E402
from kpfield.sync.engine import run_sync  # noqa: E402
from kpfield.sync.envelope import EnvelopeReader  # noqa: E402
from kpfield.sync.invitation import parse_invitation  # noqa: E402
from kpfield.sync.messages import make_message, messages_for  # noqa: E402
from kpfield.sync.outbox import Outbox  # noqa: E402

PW = "granite river seventeen lanterns"
SECRET = "Colonel Mhlanga ordered the shooting at Zengeni"
FAST = {"retry_delay": 0.01, "max_attempts": 3}


@pytest.fixture
def server(tmp_path):
    with RunningServer(tmp_path / "server") as srv:
        yield srv


def _profile(tmp_path, name, role="monitor"):
    return Profile.create(tmp_path / name, PW, role=role, kdf=KdfParams.fast_for_tests())


def _ready_report(profile, photos_dir, *names) -> str:
    r = profile.reports.create(Report(title=SECRET, narrative="Two diggers were shot.", types=["shooting"],
                                      occurred=Occurrence(utcnow())))
    for name in names:
        profile.photos.import_bytes(r.id, (photos_dir / name).read_bytes(), name)
    profile.reports.mark_ready(r.id)
    return r.id


@pytest.fixture
def network(tmp_path, server):
    coordinator = _profile(tmp_path, "coord", "coordinator")
    accounts.enroll(coordinator.db, parse_invitation(server.invite("coordinator")))
    monitor = _profile(tmp_path, "monitor")
    accounts.enroll(monitor.db, parse_invitation(server.invite("monitor")))
    certify_all(server, [coordinator, monitor])
    yield coordinator, monitor
    coordinator.close()
    monitor.close()


def _download_all(coordinator):
    account = accounts.require_account(coordinator.db)
    with account.client() as client:
        items, _ = client.list_envelopes(0)
        out = []
        for item in items:
            buf = io.BytesIO()
            client.download(item, buf.write)
            out.append((item, buf.getvalue()))
        return out


def test_report_reaches_coordinator_once_with_verified_receipt(network, photos_dir, server):
    coordinator, monitor = network
    rid = _ready_report(monitor, photos_dir, "DSCN0010.jpg", "jolla.jpg")
    monitor.settings.set("reduce_photos", False)
    result = run_sync(monitor, client_options=FAST)
    assert result.ok and len(result.sent) == 1, result.to_dict()
    item = Outbox(monitor.db, monitor.audit).items()[0]
    assert item.state == "sent" and item.receipt["envelope_sha256"] == item.envelope_sha256
    assert [e.action for e in monitor.audit.entries(rid)][-1] == "sent"
    # A second run sends nothing again.
    again = run_sync(monitor, client_options=FAST)
    assert again.ok and again.sent == []
    envelopes = _download_all(coordinator)
    assert len(envelopes) == 1
    meta, data = envelopes[0]
    coord_account = accounts.require_account(coordinator.db)
    reader = EnvelopeReader(io.BytesIO(data), coord_account.keys.box_key)
    signed = reader.signed_manifest
    mon_account = accounts.require_account(monitor.db)
    signed.verify(bytes(mon_account.keys.signing_key.verify_key))
    assert signed.manifest["body"]["report"]["title"] == SECRET
    got = {m.name: b"".join(chunks) for m, chunks in reader.iter_attachments()}
    assert got["DSCN0010.jpg"] == (photos_dir / "DSCN0010.jpg").read_bytes()
    assert meta["device_id"] == mon_account.device_id


def test_reduced_photos_keep_original_hashes(network, photos_dir):
    coordinator, monitor = network
    _ready_report(monitor, photos_dir, "jolla.jpg")
    assert run_sync(monitor, client_options=FAST).ok
    _, data = _download_all(coordinator)[0]
    reader = EnvelopeReader(io.BytesIO(data), accounts.require_account(coordinator.db).keys.box_key)
    (meta, chunks), = list((m, b"".join(c)) for m, c in reader.iter_attachments())
    original = (photos_dir / "jolla.jpg").read_bytes()
    assert meta.mime == "image/webp" and len(chunks) < len(original)
    import hashlib
    assert meta.capture["original_sha256"] == hashlib.sha256(original).hexdigest()
    assert b"Jolla" not in chunks


def test_server_folder_holds_no_plaintext(network, photos_dir, server):
    coordinator, monitor = network
    monitor.settings.set("reduce_photos", False)
    _ready_report(monitor, photos_dir, "DSCN0010.jpg")
    assert run_sync(monitor, client_options=FAST).ok
    photo = (photos_dir / "DSCN0010.jpg").read_bytes()
    needles = [SECRET.encode(), b"Two diggers", photo[3000:3064], b"NIKON", b"DSCN0010"]
    for path in server.data_dir.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            for needle in needles:
                assert needle not in data, f"{needle[:16]!r} in {path}"


def test_mailbox_message_lands_on_the_report(network, photos_dir):
    coordinator, monitor = network
    rid = _ready_report(monitor, photos_dir)
    assert run_sync(monitor, client_options=FAST).ok
    coord = accounts.require_account(coordinator.db)
    mon = accounts.require_account(monitor.db)
    blob = make_message(coord.keys, 1, None, bytes(mon.keys.box_key.public_key), report_id=rid,
                        text="What time exactly?")
    with coord.client() as client:
        client.mailbox_post(mon.device_id, blob)
    result = run_sync(monitor, client_options=FAST)
    assert result.ok and result.messages == 1
    (message,) = messages_for(monitor.db, rid)
    assert message.text == "What time exactly?" and message.sender == coord.device_id


def test_forged_message_is_rejected(network, photos_dir):
    from kpfield.sync.identity import DeviceKeys

    coordinator, monitor = network
    mon = accounts.require_account(monitor.db)
    coord = accounts.require_account(coordinator.db)
    stranger = DeviceKeys.generate()
    blob = make_message(stranger, 1, None, bytes(mon.keys.box_key.public_key), report_id=None, text="Send it all")
    with coord.client() as client:
        client.mailbox_post(mon.device_id, blob)
    result = run_sync(monitor, client_options=FAST)
    assert result.messages == 0 and result.rejected_messages == 1
    assert monitor.db.execute("SELECT count(*) FROM mailbox").fetchone()[0] == 0


def test_server_down_marks_failed_with_reason_then_resumes(network, photos_dir, server):
    coordinator, monitor = network
    monitor.settings.set("reduce_photos", False)
    _ready_report(monitor, photos_dir, "DSCN0012.jpg")
    server.stop()
    with pytest.raises(SyncError):
        run_sync(monitor, client_options={**FAST, "timeout": 2})
    server.start()
    # Retry is scheduled; force it due and sync again.
    monitor.db.execute("UPDATE outbox SET next_retry_at = NULL")
    result = run_sync(monitor, client_options=FAST)
    assert result.ok and len(result.sent) == 1
    assert len(_download_all(coordinator)) == 1


def test_not_enrolled_is_a_clear_error(tmp_path):
    with _profile(tmp_path, "lonely") as p:
        with pytest.raises(SyncError, match="not enrolled"):
            run_sync(p)


def test_coordinator_added_later_is_published_and_receives_reports(network, photos_dir, server, tmp_path):
    from kpfield.coordinator import recipients as coordinator_recipients
    from kpfield.sync.envelope import NotForUs

    coordinator, monitor = network
    late = _profile(tmp_path, "late", "coordinator")
    accounts.enroll(late.db, parse_invitation(server.invite("coordinator")))
    _ready_report(monitor, photos_dir)
    assert run_sync(monitor, client_options=FAST).ok  # sealed to the only coordinator the monitor knew
    listed = coordinator_recipients.coordinator_devices(coordinator)
    assert {d["device_id"] for d in listed} == {accounts.require_account(p.db).device_id for p in (coordinator, late)}
    assert all(len(d["fingerprint"]) == 39 for d in listed)
    certify(coordinator, late)  # the organisation key, not one coordinator's list, adds a reader
    _ready_report(monitor, photos_dir)
    result = run_sync(monitor, client_options=FAST)
    assert result.ok and result.recipients_updated
    late_key = accounts.require_account(late.db).keys.box_key
    first, second = [data for _, data in _download_all(late)]
    with pytest.raises(NotForUs):
        EnvelopeReader(io.BytesIO(first), late_key)
    assert EnvelopeReader(io.BytesIO(second), late_key).signed_manifest.manifest["seq"] == 2
    late.close()


def test_recipient_list_signed_by_a_stranger_is_ignored(network, server):
    import time

    from kpfield.sync.identity import DeviceKeys, b64url
    from kpfield.sync.invitation import make_recipient_document

    coordinator, monitor = network
    stranger = DeviceKeys.generate()
    entry = {"device_id": stranger.device_id, "sign_key": b64url(bytes(stranger.signing_key.verify_key)),
             "box_key": b64url(bytes(stranger.box_key.public_key)), "label": "server's friend"}
    document = make_recipient_document(stranger.signing_key, [entry], int(time.time()))
    with accounts.require_account(coordinator.db).client() as client:
        with pytest.raises(KPFieldError):
            client.publish_recipients(document)  # the server itself refuses lists from non-coordinators
    before = [r.device_id for r in accounts.recipients(monitor.db)]
    assert run_sync(monitor, client_options=FAST).recipients_updated is False
    assert [r.device_id for r in accounts.recipients(monitor.db)] == before
