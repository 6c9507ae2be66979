"""Builds a monitor store with sent, signed reports (real server on 127.0.0.1) for the export tests."""

from __future__ import annotations

import sys
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "server"))

from deployment import certify_all  # noqa: E402
from serverutil import RunningServer  # noqa: E402

from kpfield.geo.location import Location  # noqa: E402
from kpfield.model import Occurrence, PeopleAffected, Perpetrator, Report, Witness  # noqa: E402
from kpfield.store import KdfParams, Profile  # noqa: E402
from kpfield.sync import account as accounts  # noqa: E402
from kpfield.sync.engine import run_sync  # noqa: E402
from kpfield.sync.invitation import parse_invitation  # noqa: E402

PW = "granite river seventeen lanterns"
WITNESS = "Tendai Moyo-Gonçalves"
CONTACT = "+263 77 123 4567"
TITLE = "Fusillade à Chiadzwa — São João"


def _report(profile, photos_dir, title, lat, lon, photos, witnesses=()):
    r = profile.reports.create(Report(
        title=title, narrative="Deux creuseurs ont été blessés; =HYPERLINK(\"x\") <b>&</b> \"quoted\"",
        types=["shooting"], site="Marange, Chiadzwa", place="Mbada",
        occurred=Occurrence(datetime(2026, 10, 3, 14, 30, tzinfo=timezone.utc)),
        location=Location(lat, lon, "gps", accuracy_m=8.0),
        people=PeopleAffected(killed=1, injured=2), perpetrators=[Perpetrator("army", "Soldats en uniforme")],
        witnesses=list(witnesses), severity=4, tags=["fusil"]))
    for name in photos:
        profile.photos.import_bytes(r.id, (photos_dir / name).read_bytes(), name)
    profile.reports.mark_ready(r.id)
    return r.id


def build_store(base: Path, photos_dir: Path):
    """(monitor profile, [report ids]): two reports sent with verified receipts, one draft never sent."""
    with RunningServer(base / "server") as server:
        coordinator = Profile.create(base / "coord", PW, role="coordinator", kdf=KdfParams.fast_for_tests())
        accounts.enroll(coordinator.db, parse_invitation(server.invite("coordinator")))
        monitor = Profile.create(base / "monitor", PW, kdf=KdfParams.fast_for_tests())
        accounts.enroll(monitor.db, parse_invitation(server.invite("monitor")))
        certify_all(server, [coordinator, monitor])
        monitor.settings.set("reduce_photos", False)
        ids = [_report(monitor, photos_dir, TITLE, -20.2912345, 32.3456789, ["DSCN0010.jpg", "jolla.jpg"],
                       [Witness(WITNESS, CONTACT, True, "a vu les soldats")]),
               _report(monitor, photos_dir, "Detentions at Catoca", -9.4012345, 20.3098765, ["portrait_8.jpg"])]
        result = run_sync(monitor, client_options={"retry_delay": 0.01, "max_attempts": 3})
        assert result.ok, result.to_dict()
        coordinator.close()
    draft = monitor.reports.create(Report(title="Brouillon sans lieu", types=["shooting"]))
    return monitor, ids + [draft.id]
