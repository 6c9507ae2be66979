"""Benchmarks sync over a bad link (256 kbit/s, 300 ms, a cut every 20 s): resumable goodput vs a naive re-sender.

Run: .venv/bin/python bench/bench_sync.py [--quick] [--payload-mb MB] [--photos N]
The real server and the fault-injecting proxy run in-process on 127.0.0.1; profiles live in a
TemporaryDirectory and hold synthetic data only.  Prints numbers measured in the same run; asserts nothing.

Three parts:

1. resumable: ``run_sync`` (``ServerClient.upload``: adaptive chunks, resumes from the server's offset).
2. naive baseline, same link, same envelope sizes: every attempt sends the whole envelope from byte 0 in ONE
   PATCH.  The server keeps interrupted bytes of a declared upload, so re-declaring the same envelope would
   resume; to model "start over" honestly each attempt declares a fresh random blob of exactly the envelope's
   size (the server treats envelopes as opaque bytes checked against their SHA-256), through the same client
   with ``max_attempts=1`` so any cut fails the attempt.  Bytes on the wire per attempt equal re-sending the
   envelope.  An envelope longer than the gap between cuts can never arrive this way, so the baseline stops at
   a time cap and reports what it had delivered.
3. bytes on the wire for N phone photos (4032x3024 JPEG, noise, gradients, EXIF) with ``reduce_photos``
   False/True, over an unthrottled proxy (bytes_up counts every byte the client sent).
"""

from __future__ import annotations

import argparse
import hashlib
import io
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "tests" / "server"), str(ROOT / "bench")]

from bench_photo_import import camera_exif, phone_like_photo  # noqa: E402
from netfault import FaultProxy  # noqa: E402
from serverutil import RunningServer  # noqa: E402

from kpfield.errors import KPFieldError  # noqa: E402
from kpfield.model import Occurrence, Report, utcnow  # noqa: E402
from kpfield.store import KdfParams, Profile  # noqa: E402
from kpfield.sync import account as accounts  # noqa: E402
from kpfield.sync.engine import run_sync  # noqa: E402
from kpfield.sync.invitation import parse_invitation  # noqa: E402
from kpfield.sync.outbox import Outbox  # noqa: E402

PW = "granite river seventeen lanterns"
RATE_BPS = 256_000
LATENCY_S = 0.3
CUT_EVERY_S = 20.0
# A small proxy buffer (16 KiB = 0.5 s of link): a real modem does not hold a megabyte in flight, and a deep
# buffer would let the client believe a chunk was "sent" long before it crossed the link.
PROXY = {"chunk_size": 4096, "queue_chunks": 4}


def jpeg(width: int, height: int, seed: int, quality: int = 90) -> bytes:
    out = io.BytesIO()
    phone_like_photo(width, height, seed).save(out, "JPEG", quality=quality, exif=camera_exif())
    return out.getvalue()


def coordinator(folder: Path, server: RunningServer, name: str) -> Profile:
    """A coordinator must be enrolled first: monitors encrypt to the coordinators' keys."""
    profile = Profile.create(folder / name, PW, role="coordinator", kdf=KdfParams.fast_for_tests())
    accounts.enroll(profile.db, parse_invitation(server.invite("coordinator")))
    return profile


def monitor_profile(folder: Path, server: RunningServer, url: str, name: str, reduce: bool) -> Profile:
    profile = Profile.create(folder / name, PW, kdf=KdfParams.fast_for_tests())
    accounts.enroll(profile.db, parse_invitation(server.invite("monitor")))
    profile.settings.set("reduce_photos", reduce)
    profile.db.execute("UPDATE sync_identity SET server_url = ?", [url])
    return profile


def add_reports(profile: Profile, photos: list[bytes]) -> None:
    for i, data in enumerate(photos):
        report = profile.reports.create(Report(title=f"bench report {i}", types=["smuggling"],
                                               occurred=Occurrence(utcnow())))
        profile.photos.import_bytes(report.id, data, f"IMG_{i:04d}.jpg")
        profile.reports.mark_ready(report.id)


def sync_until_sent(profile: Profile, options: dict, limit_s: float) -> float:
    """Run sync again and again (as the app would) until the outbox is empty; returns seconds taken."""
    started = time.monotonic()
    while time.monotonic() - started < limit_s:
        profile.db.execute("UPDATE outbox SET next_retry_at = NULL WHERE state = 'failed'")
        try:
            result = run_sync(profile, client_options=options)
        except KPFieldError:
            continue
        if result.ok and not Outbox(profile.db, profile.audit).due():
            break
    return time.monotonic() - started


def link_seconds(nbytes: int) -> float:
    return nbytes * 8 / RATE_BPS


def part_goodput(folder: Path, payload_mb: float, baseline_cap_factor: float) -> None:
    print(f"== 1+2. {payload_mb:g} MB of envelopes over {RATE_BPS // 1000} kbit/s, {LATENCY_S * 1000:.0f} ms one-way, "
          f"a cut every {CUT_EVERY_S:g} s ==")
    rng = random.Random(5)
    photos, total = [], 0
    while total < payload_mb * 1e6:  # photos of 250-600 KB: typical reduced phone photos
        data = jpeg(rng.randrange(800, 1300), rng.randrange(600, 900), seed=rng.randrange(10**6))
        photos.append(data)
        total += len(data)
    with RunningServer(folder / "server") as server, \
            FaultProxy(server.port, seed=3, rate_bps=RATE_BPS, latency_s=LATENCY_S, **PROXY) as proxy:
        coordinator(folder, server, "coordinator").close()
        profile = monitor_profile(folder, server, proxy.url, "resumable", reduce=False)
        add_reports(profile, photos)
        # Seal the envelopes first (a run over the live link would count sealing time as link time).
        outbox = Outbox(profile.db, profile.audit)
        account = accounts.require_account(profile.db)
        for report_id, version in outbox.pending_versions():
            outbox.enqueue_report(account, report_id, version, reduce=False)
        sizes = [item.size for item in outbox.items()]
        payload = sum(sizes)
        print(f"envelopes: {len(sizes)}, {payload / 1e6:.2f} MB (each {min(sizes) // 1000}-{max(sizes) // 1000} KB); "
              f"link time at full rate: {link_seconds(payload):.1f} s")

        options = {"retry_delay": 0.5, "max_attempts": 8, "timeout": 30.0}
        before = proxy.stats()
        proxy.cut_every(CUT_EVERY_S)
        elapsed = sync_until_sent(profile, options, limit_s=link_seconds(payload) * 4 + 60)
        stats = proxy.stats()
        up = stats.bytes_up - before.bytes_up
        dropped = stats.dropped_up - before.dropped_up
        sent = sum(1 for i in outbox.items() if i.state == "sent")
        print(f"resumable : {sent}/{len(sizes)} sent in {elapsed:.1f} s; goodput {payload / elapsed * 8 / 1000:.1f} "
              f"kbit/s = {link_seconds(payload) / elapsed:.3f} of the link rate; cuts {stats.cuts - before.cuts}")
        print(f"            bytes up {up / 1e6:.3f} MB (payload + {(up - payload) / 1e3:.1f} KB headers/requests), "
              f"sent again after cuts (dropped in flight) {dropped / 1e3:.1f} KB, "
              f"requests {stats.http_requests - before.http_requests}")
        profile.close()

        # Naive baseline on the same link and server, same envelope sizes.
        naive = monitor_profile(folder, server, proxy.url, "naive", reduce=False)
        client = accounts.require_account(naive.db).client(max_attempts=1, retry_delay=0.0, timeout=30.0)
        cap = max(elapsed * baseline_cap_factor, 30.0)
        before = proxy.stats()
        proxy.cut_every(CUT_EVERY_S)
        started, delivered, done, attempts, blob_rng = time.monotonic(), 0, 0, 0, random.Random(9)
        try:
            for size in sizes:
                while time.monotonic() - started < cap:
                    attempts += 1
                    blob = blob_rng.randbytes(size)
                    try:
                        client.upload(hashlib.sha256(blob).hexdigest(), size, lambda o, n, b=blob: b[o:o + n],
                                      chunk_size=size)
                    except KPFieldError:
                        continue
                    delivered += size
                    done += 1
                    break
                else:
                    break
        finally:
            client.close()
        naive_elapsed = time.monotonic() - started
        stats = proxy.stats()
        up = stats.bytes_up - before.bytes_up
        dropped = stats.dropped_up - before.dropped_up
        wasted = up + dropped - delivered
        print(f"naive     : {done}/{len(sizes)} sent ({delivered / 1e6:.2f} MB) in {naive_elapsed:.1f} s "
              f"({'finished' if done == len(sizes) else f'stopped at the {cap:.0f} s cap'}); {attempts} attempts; "
              f"goodput {link_seconds(delivered) / naive_elapsed:.3f} of the link rate")
        print(f"            bytes up {up / 1e6:.3f} MB, dropped in flight {dropped / 1e3:.1f} KB, "
              f"wasted (sent but not part of a delivered envelope) {wasted / 1e3:.1f} KB")
        if done == len(sizes):
            print(f"time to send everything: resumable {elapsed:.1f} s vs naive {naive_elapsed:.1f} s "
                  f"= {naive_elapsed / elapsed:.2f}x")
        else:
            print(f"time to send everything: resumable {elapsed:.1f} s vs naive > {naive_elapsed:.1f} s "
                  f"(> {naive_elapsed / elapsed:.2f}x, unfinished)")
        naive.close()


def part_photos(folder: Path, count: int) -> None:
    print(f"== 3. bytes on the wire for {count} phone photos (4032x3024 JPEG q90 + EXIF), reduce_photos off/on ==")
    started = time.monotonic()
    photos = [jpeg(4032, 3024, seed=100 + i, quality=90) for i in range(count)]
    print(f"originals: {sum(map(len, photos)) / 1e6:.1f} MB ({sum(map(len, photos)) / count / 1e6:.2f} MB each, "
          f"generated in {time.monotonic() - started:.0f} s)")
    with RunningServer(folder / "server-photos") as server, FaultProxy(server.port, seed=4) as proxy:
        coordinator(folder, server, "coordinator-photos").close()
        wire = {}
        for reduce in (False, True):
            profile = monitor_profile(folder, server, proxy.url, f"photos-{reduce}", reduce=reduce)
            add_reports(profile, photos)
            before = proxy.stats().bytes_up
            sync_until_sent(profile, {"timeout": 60.0}, limit_s=600)
            wire[reduce] = proxy.stats().bytes_up - before
            envelopes = sum(i.size for i in Outbox(profile.db, profile.audit).items())
            print(f"reduce_photos={reduce!s:5}: envelopes {envelopes / 1e6:.2f} MB, bytes up {wire[reduce] / 1e6:.2f} MB"
                  f" = {link_seconds(wire[reduce]) / 60:.1f} min at {RATE_BPS // 1000} kbit/s")
            profile.close()
        print(f"reduction: {wire[True] / wire[False]:.3f} of the bytes ({wire[False] / wire[True]:.1f}x fewer)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a ~1 minute smoke run")
    parser.add_argument("--payload-mb", type=float, default=None, help="envelope bytes for parts 1-2 (default 3)")
    parser.add_argument("--photos", type=int, default=None, help="phone photos for part 3 (default 20)")
    args = parser.parse_args()
    payload = args.payload_mb or (0.4 if args.quick else 3.0)
    photos = args.photos or (2 if args.quick else 20)
    with tempfile.TemporaryDirectory(prefix="kpfield-bench-sync-") as tmp:
        part_goodput(Path(tmp), payload, baseline_cap_factor=1.5 if args.quick else 2.0)
        part_photos(Path(tmp), photos)


if __name__ == "__main__":
    main()
