"""200 reports with photos over a hostile link: cuts at random offsets, resets, stalls, 500/503, truncated
answers, and a server restart mid-upload. Every report must arrive exactly once with a verified receipt."""

from __future__ import annotations

import io
import random
import sys
from pathlib import Path

import pytest
from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "server"))

from netfault import FaultProxy  # noqa: E402
from deployment import certify_all  # noqa: E402
from serverutil import RunningServer  # noqa: E402

from kpfield.errors import KPFieldError  # noqa: E402
from kpfield.model import Occurrence, Report, utcnow  # noqa: E402
from kpfield.store import KdfParams, Profile  # noqa: E402
from kpfield.sync import account as accounts  # noqa: E402
from kpfield.sync.engine import run_sync  # noqa: E402
from kpfield.sync.invitation import parse_invitation  # noqa: E402
from kpfield.sync.outbox import Outbox  # noqa: E402

PW = "granite river seventeen lanterns"
N_REPORTS = 200


def _photo(rng: random.Random, big: bool = False) -> bytes:
    if big:  # noise does not compress: a ~400 KB envelope that spans many pieces and chunks
        img = Image.frombytes("RGB", (480, 360), rng.randbytes(480 * 360 * 3))
        out = io.BytesIO()
        img.save(out, "JPEG", quality=95)
        return out.getvalue()
    img = Image.new("RGB", (160, 120), tuple(rng.randrange(256) for _ in range(3)))
    for _ in range(40):
        x, y = rng.randrange(150), rng.randrange(110)
        img.paste(tuple(rng.randrange(256) for _ in range(3)), (x, y, x + 10, y + 10))
    out = io.BytesIO()
    img.save(out, "JPEG", quality=rng.randrange(60, 95))
    return out.getvalue()


@pytest.mark.slow
def test_every_report_arrives_exactly_once_through_faults(tmp_path):
    rng = random.Random(7)
    with RunningServer(tmp_path / "server") as server, FaultProxy(server.port, seed=11) as proxy:
        coordinator = Profile.create(tmp_path / "c", PW, role="coordinator", kdf=KdfParams.fast_for_tests())
        accounts.enroll(coordinator.db, parse_invitation(server.invite("coordinator")))
        monitor = Profile.create(tmp_path / "m", PW, kdf=KdfParams.fast_for_tests())
        accounts.enroll(monitor.db, parse_invitation(server.invite("monitor")))
        certify_all(server, [coordinator, monitor])
        monitor.settings.set("reduce_photos", False)
        monitor.db.execute("UPDATE sync_identity SET server_url = ?", [proxy.url])
        for i in range(N_REPORTS):
            r = monitor.reports.create(Report(title=f"report {i}", types=["smuggling"], occurred=Occurrence(utcnow())))
            for _ in range(rng.choice((1, 1, 2))):
                monitor.photos.import_bytes(r.id, _photo(rng, big=i % 20 == 0), f"p{i}.jpg")
            monitor.reports.mark_ready(r.id)

        proxy.cut_randomly(0.25, within_bytes=40_000, direction=None, count=None)
        proxy.cut_randomly(0.05, within_bytes=40_000, direction=None, reset=True, count=None)
        proxy.fail_requests(503, probability=0.05, count=None, retry_after_s=None)
        proxy.fail_requests(500, probability=0.03, count=None, retry_after_s=None)
        proxy.truncate_responses(20, probability=0.03, count=None)
        proxy.stall_after(1000, probability=0.01, duration_s=3.0, count=None)
        proxy.cut_every(0.4)  # live connections are cut whatever their reuse

        restarted = []

        def progress(event):
            # Restart the server once, in the middle of an upload.
            if not restarted and event.get("phase") == "upload" and 0 < event["done"] < event["total"]:
                restarted.append(True)
                server.restart()

        options = {"retry_delay": 0.01, "max_attempts": 6, "timeout": 1.5}
        runs = 0
        while runs < 60:
            runs += 1
            monitor.db.execute("UPDATE outbox SET next_retry_at = NULL WHERE state = 'failed'")
            try:
                result = run_sync(monitor, progress=progress, client_options=options)
            except KPFieldError:
                continue  # the link failed before anything was due; just try again, as the app would
            if result.ok and not Outbox(monitor.db, monitor.audit).due():
                break
        stats = proxy.stats()
        proxy.clear_faults()

        items = Outbox(monitor.db, monitor.audit).items()
        assert len(items) == N_REPORTS and all(i.state == "sent" for i in items), runs
        assert restarted and stats.cuts > 10 and stats.http_errors > 0 and stats.truncations > 0, stats
        coord_account = accounts.require_account(coordinator.db)
        with coord_account.client() as client:
            listed, cursor = [], 0
            while True:
                page, cursor = client.list_envelopes(cursor, 100)
                if not page:
                    break
                listed += page
            for entry in listed:
                client.verify_receipt(entry["receipt"], entry["sha256"], entry["size"])
        assert sorted(e["sha256"] for e in listed) == sorted(i.envelope_sha256 for i in items)
        assert len({e["sha256"] for e in listed}) == N_REPORTS  # exactly once
        assert monitor.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        coordinator.close()
        monitor.close()
