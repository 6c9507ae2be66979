"""SIGKILL a child that writes reports and photos, at random moments, and check the store after every kill.

Shared by tests/safety/test_crash.py and bench/security_report.py. Children come from a multiprocessing fork
server (a clean single-threaded process with the store preloaded: no interpreter start-up per child, and no fork
of a multi-threaded test runner, which can deadlock), so hundreds of kills fit in a minute. A child sends each id
only after its save returned. The parent reads a random number of those acknowledgements, busy-waits a random few
hundred microseconds (a measured delay, not a sleep), then kills.
"""

from __future__ import annotations

import multiprocessing
import random
import time
from dataclasses import dataclass, field

from kpfield.model import Report
from kpfield.store import Profile
from kpfield.store.database import integrity_check


@dataclass
class KillStats:
    kills: int = 0
    reports_acked: int = 0
    photos_acked: int = 0
    problems: list = field(default_factory=list)
    seconds: float = 0.0


def _child(home, passphrase: str, conn, photo: bytes, seed: int) -> None:
    rng = random.Random(seed)
    profile = Profile.open(home, passphrase)
    while True:
        rid = profile.reports.create(Report(title=f"Report {rng.random()}", narrative="x" * rng.randrange(2000))).id
        conn.send(("R", rid))
        if rng.random() < 0.3:
            pid = profile.photos.import_bytes(rid, photo, "p.jpg").id
            conn.send(("P", pid))


def run_kill_loop(home, passphrase: str, photo: bytes, kills: int, *, seed: int = 1,
                  ack_timeout: float = 60.0) -> KillStats:
    """Start a child, let it save, kill it with SIGKILL; ``kills`` times. Checks the store after each kill."""
    rng = random.Random(seed)
    stats = KillStats()
    acked_reports: set[str] = set()
    acked_photos: set[str] = set()
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["kpfield.store", "kpfield.model", "kpfield.media"])
    t0 = time.perf_counter()

    def take(message) -> None:
        kind, ident = message
        (acked_reports if kind == "R" else acked_photos).add(ident)

    for n in range(kills):
        receiver, sender = ctx.Pipe(duplex=False)
        child = ctx.Process(target=_child, args=(str(home), passphrase, sender, photo, seed * 100_000 + n),
                            daemon=True)
        child.start()
        sender.close()
        for _ in range(rng.randrange(0, 4)):
            if not receiver.poll(ack_timeout):
                child.kill()
                child.join()
                raise RuntimeError(f"the writer child sent nothing for {ack_timeout} s (exit code {child.exitcode})")
            take(receiver.recv())
        deadline = time.perf_counter() + rng.random() * 0.004
        while time.perf_counter() < deadline:
            pass
        child.kill()  # SIGKILL
        child.join()
        while receiver.poll():  # acknowledgements sent before the kill are acknowledged saves too
            try:
                take(receiver.recv())
            except (EOFError, OSError, ValueError, __import__("pickle").UnpicklingError):  # cut mid-message
                break
        receiver.close()
        stats.kills += 1
        with Profile.open(home, passphrase) as p:
            bad = integrity_check(p.db)
            if bad:
                stats.problems.append((n, "integrity", bad))
            missing = [i for i in acked_reports if not p.reports.exists(i)]
            if missing:
                stats.problems.append((n, "lost reports", missing))
            have = {row[0] for row in p.db.execute("SELECT id FROM photos")}
            if acked_photos - have:
                stats.problems.append((n, "lost photos", sorted(acked_photos - have)))
            check = p.audit.verify()
            if not check.ok:
                stats.problems.append((n, "audit", check.reason))
    stats.reports_acked, stats.photos_acked = len(acked_reports), len(acked_photos)
    stats.seconds = time.perf_counter() - t0
    return stats
