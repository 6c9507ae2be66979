"""Benchmarks a coordinator pulling and verifying envelopes with photos, against the raw decrypt cost.

Run: .venv/bin/python bench/bench_pull.py [--envelopes 1000] [--photo DSCN0010.jpg]
A real server runs in-process on 127.0.0.1; profiles live in a TemporaryDirectory. A monitor seals N reports
with one real fixture photo each (sent as the reduced WebP copy, as in the field) and uploads them; then:

1. raw: the same N envelopes, read back from the monitor's outbox, opened with ``open_envelope_bytes`` (X25519
   unseal, XChaCha20-Poly1305 secretstream, hashing the photo against the manifest) — the floor any
   verification has to pay;
2. pull: ``kpfield.coordinator.receive.pull`` end to end: feed, organisation certificates, download into the
   encrypted store, open, check signature (against the device's certificate), photos, chain and receipt, store the result, build the working copy (thumbnail and preview per
   photo with Pillow).

Prints per-envelope times and the ratio pull / raw; asserts nothing.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "server")]

from deployment import certify_all  # noqa: E402
from serverutil import RunningServer  # noqa: E402

from kpfield.coordinator import receive  # noqa: E402
from kpfield.coordinator.receive import pull  # noqa: E402
from kpfield.media import process_photo  # noqa: E402
from kpfield.model import Occurrence, Report, utcnow  # noqa: E402
from kpfield.store import KdfParams, Profile  # noqa: E402
from kpfield.sync import account as accounts  # noqa: E402
from kpfield.sync.engine import run_sync  # noqa: E402
from kpfield.sync.envelope import open_envelope_bytes  # noqa: E402
from kpfield.sync.invitation import parse_invitation  # noqa: E402

PW = "granite river seventeen lanterns"
FIXTURES = ROOT.parent / "shared" / "fixtures" / "photos"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--envelopes", type=int, default=1000)
    ap.add_argument("--photo", default="DSCN0010.jpg", help="a photo from ../shared/fixtures/photos")
    args = ap.parse_args()
    photo = (FIXTURES / args.photo).read_bytes()
    processed = process_photo(photo, args.photo)  # once: the bench is about pulling, not importing
    kdf = KdfParams.fast_for_tests()
    with tempfile.TemporaryDirectory() as tmp, RunningServer(Path(tmp) / "server") as server:
        coordinator = Profile.create(Path(tmp) / "c", PW, role="coordinator", kdf=kdf)
        accounts.enroll(coordinator.db, parse_invitation(server.invite("coordinator", label="c")), label="c")
        monitor = Profile.create(Path(tmp) / "m", PW, kdf=kdf)
        accounts.enroll(monitor.db, parse_invitation(server.invite("monitor", label="m")), label="m")
        certify_all(server, [coordinator, monitor])  # the pull checks each sender against its certificate

        t0 = time.perf_counter()
        for i in range(args.envelopes):
            r = monitor.reports.create(Report(title=f"Report {i}", narrative="Diggers were beaten at the fence. " * 8,
                                              types=["beating_torture"], occurred=Occurrence(utcnow())))
            monitor.photos.add(r.id, processed, filename=args.photo)
            monitor.reports.mark_ready(r.id)
        made = time.perf_counter() - t0
        t0 = time.perf_counter()
        sent = run_sync(monitor)
        upload = time.perf_counter() - t0
        assert sent.ok, sent.to_dict()
        blobs = [row[0] for row in monitor.db.execute(
            "SELECT b.data FROM outbox o JOIN outbox_blobs b ON b.outbox_id = o.id WHERE o.kind = 'report'")]
        box_key = accounts.require_account(coordinator.db).keys.box_key

        raw = []
        for blob in blobs:
            t = time.perf_counter()
            open_envelope_bytes(blob, box_key)
            raw.append(time.perf_counter() - t)
        spent = {"working_copy": 0.0}
        refresh = receive.refresh

        def timed_refresh(profile):  # the working copy's share (Pillow thumbnails and previews, one commit each)
            t = time.perf_counter()
            try:
                return refresh(profile)
            finally:
                spent["working_copy"] += time.perf_counter() - t

        receive.refresh = timed_refresh
        t0 = time.perf_counter()
        result = pull(coordinator)
        pulled = time.perf_counter() - t0
        assert len(result.verified) == len(blobs) and len(result.working_copy.shown) == len(blobs), result.to_dict()

        n = len(blobs)
        size = sum(len(b) for b in blobs) / n
        raw_total = sum(raw)
        print(f"envelopes: {n}, mean size {size / 1024:.1f} KiB (one reduced photo each)")
        print(f"monitor: create+freeze {made / n * 1000:.1f} ms/report, seal+upload {upload / n * 1000:.1f} ms/envelope")
        print(f"raw open (decrypt + hash): {raw_total / n * 1000:.2f} ms/envelope "
              f"(median {statistics.median(raw) * 1000:.2f} ms)")
        print(f"pull + verify + working copy: {pulled / n * 1000:.2f} ms/envelope, total {pulled:.1f} s")
        print(f"  of which download + open + checks + store: {(pulled - spent['working_copy']) / n * 1000:.2f} "
              f"ms/envelope; working copy (thumbnail, preview, index): {spent['working_copy'] / n * 1000:.2f} "
              f"ms/envelope")
        print(f"ratio pull / raw open: {pulled / raw_total:.1f}x")
        coordinator.close()
        monitor.close()


if __name__ == "__main__":
    main()
