"""A seized server's feed against a coordinator: a listed-twice envelope withdraws nothing, a fork still
quarantines, and announced sizes allocate nothing. The server is real (127.0.0.1); its database is edited as
whoever seized it would."""

from __future__ import annotations

import secrets
import sqlite3
import sys
from contextlib import closing
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from test_coordinator_e2e import FAST, _send_report, _upload_crafted, network, server  # noqa: E402,F401

from kpfield.coordinator.download import MAX_ENVELOPE_BYTES  # noqa: E402
from kpfield.coordinator.receive import pull  # noqa: E402
from kpfield.coordinator.review import quarantine_list, received_list, report_extra_json  # noqa: E402
from kpfield.sync import account as accounts  # noqa: E402


def _seized(server):
    return closing(sqlite3.connect(server.data_dir / "meta.sqlite3", isolation_level=None))


def _relist(server, seq: int, *, device_id: str | None = None) -> None:
    """The seized server lists envelope ``seq`` again, as a new feed entry (optionally naming another device)."""
    with _seized(server) as db:
        db.execute("INSERT INTO envelopes (sha256, size, device_id, upload_id, received_at, receipt) "
                   "SELECT sha256, size, coalesce(?, device_id), upload_id || '-again-' || ?, received_at, receipt "
                   "FROM envelopes WHERE seq = ?", [device_id, secrets.token_hex(4), seq])


def _announce(server, size: int, device_id: str, *, sent: bytes = b"") -> str:
    """The seized server lists an envelope that was never uploaded, of ``size`` bytes, holding only ``sent``."""
    sha = secrets.token_hex(32)
    if sent:
        path = server.data_dir / "blobs" / "envelopes" / sha[:2] / sha
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(sent)
    with _seized(server) as db:
        receipt = db.execute("SELECT receipt FROM envelopes ORDER BY seq LIMIT 1").fetchone()[0]
        db.execute("INSERT INTO envelopes (sha256, size, device_id, upload_id, received_at, receipt) "
                   "VALUES (?,?,?,?,?,?)", [sha, size, device_id, "fake-" + sha[:16], 1, receipt])
    return sha


def _folder_bytes(profile) -> int:
    profile.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return sum(p.stat().st_size for p in profile.home.iterdir() if p.is_file())


def test_an_envelope_listed_twice_withdraws_nothing(network, photos_dir, server):
    c1, c2, m1, m2 = (network[n] for n in ("c1", "c2", "m1", "m2"))
    rid = _send_report(m1, photos_dir, "DSCN0010.jpg")
    assert len(pull(c1, client_options=FAST).verified) == 1
    (genuine,) = received_list(c1, "verified")
    # The seized server lists the same envelope twice more, once naming another device as its sender.
    _relist(server, 1)
    _relist(server, 1, device_id=accounts.require_account(m2.db).device_id)
    for coordinator in (c1, c2):  # c1 had it already; c2 sees all three entries in one pull
        result = pull(coordinator, client_options=FAST)
        assert result.ok and result.quarantined == [] and result.working_copy.removed == [], result.to_dict()
        assert quarantine_list(coordinator) == []
        assert coordinator.reports.exists(rid) and report_extra_json(coordinator, rid)["received"]["status"] == \
            "verified"
        (kept,) = received_list(coordinator)
        assert kept["envelope_sha256"] == genuine["envelope_sha256"] and kept["verification"]["chain"]["ok"]
        # Each re-delivery is recorded against the first entry (and in the audit), never downloaded again.
        rows = coordinator.db.execute("SELECT server_seq, duplicate_of FROM received_envelopes ORDER BY server_seq")
        assert rows.fetchall() == [(1, None), (2, 1), (3, 1)]
        assert coordinator.db.execute("SELECT count(*) FROM received_blobs").fetchone()[0] == 1
        assert [e.action for e in coordinator.audit.entries()].count("redelivered") == 2
    # A fork (the same device seq, different bytes) is not a re-delivery: both envelopes go to quarantine.
    fork = _upload_crafted(m1, (c1, c2), seq=1, prev=None, report_id="5d3c0c1e-2a4b-4c7d-8e9f-0a1b2c3d4e5f")
    pull(c1, client_options=FAST)
    by_sha = {q["envelope_sha256"]: q for q in quarantine_list(c1)}
    assert set(by_sha) == {genuine["envelope_sha256"], fork}
    assert "fork" in by_sha[genuine["envelope_sha256"]]["verification"]["chain"]["detail"]


def test_announced_sizes_allocate_nothing(network, photos_dir, server):
    c1, m1 = network["c1"], network["m1"]
    device = accounts.require_account(m1.db).device_id
    rid = _send_report(m1, photos_dir)
    assert len(pull(c1, client_options=FAST).verified) == 1
    before = _folder_bytes(c1)
    # Three entries announcing 137 MB each (within the limit) with no bytes behind them, one sending 4 KiB of them,
    # and one announcing more than any envelope may hold.
    fakes = [_announce(server, 137_000_000, device), _announce(server, 137_000_000, device),
             _announce(server, 137_000_000, device, sent=secrets.token_bytes(4096))]
    too_big = _announce(server, MAX_ENVELOPE_BYTES + 1, device)
    result = pull(c1, client_options=FAST)
    assert not result.ok and result.verified == []
    failures = dict(result.failed)
    assert len(failures) == 3 and all("declared 137000000 bytes" in r for r in failures.values()), failures
    assert "but sent 4096" in " ".join(failures.values())
    (item,) = quarantine_list(c1)  # over the limit: refused at once, in quarantine with its reason
    assert item["envelope_sha256"] == too_big
    assert f"more than the {MAX_ENVELOPE_BYTES} bytes" in item["verification"]["envelope"]["detail"]
    grown = _folder_bytes(c1) - before
    assert grown < 1_000_000, grown  # essentially unchanged: nothing allocated ahead of bytes that never came
    # Pulling again retries the three, allocates nothing more, and the genuine report is untouched throughout.
    again = pull(c1, client_options=FAST)
    assert len(again.failed) == 3 and _folder_bytes(c1) - before < 1_000_000
    assert c1.reports.exists(rid) and {f for f in fakes} == {
        r[0] for r in c1.db.execute("SELECT sha256 FROM received_envelopes WHERE state = 'downloading'")}


def test_a_store_that_took_a_redelivery_twice_is_repaired(network, photos_dir):
    from kpfield.store.schema import collapse_redeliveries

    c1, m1 = network["c1"], network["m1"]
    rid = _send_report(m1, photos_dir)
    pull(c1, client_options=FAST)
    # What a store from before re-deliveries were recognised holds after the server listed an envelope twice: two
    # processed copies of the same bytes, both quarantined as "replayed", and the report withdrawn.
    db = c1.db
    with db.atomic():
        db.execute("INSERT INTO received_envelopes (server_seq, sha256, size, device_id, received_at, receipt, state, "
                   "bytes_done) SELECT 2, sha256, size, device_id, received_at, receipt, state, bytes_done "
                   "FROM received_envelopes WHERE server_seq = 1")
        db.execute("INSERT INTO received_blobs (server_seq, data) SELECT 2, data FROM received_blobs "
                   "WHERE server_seq = 1")
        columns = [r[1] for r in db.execute("PRAGMA table_info(received)") if r[1] != "server_seq"]
        db.execute(f"INSERT INTO received (server_seq, {', '.join(columns)}) SELECT 2, {', '.join(columns)} "
                   f"FROM received WHERE server_seq = 1")
    pull(c1, client_options=FAST)
    assert len(quarantine_list(c1)) == 2 and not c1.reports.exists(rid)
    assert "more than once" in quarantine_list(c1)[0]["verification"]["chain"]["detail"]
    with db.atomic():
        collapse_redeliveries(db)
    result = pull(c1, client_options=FAST)
    assert quarantine_list(c1) == [] and result.working_copy.shown == [rid] and c1.reports.exists(rid)
    assert db.execute("SELECT server_seq, duplicate_of FROM received_envelopes").fetchall() == [(1, None), (2, 1)]
    assert db.execute("SELECT count(*) FROM received_blobs").fetchone()[0] == 1
