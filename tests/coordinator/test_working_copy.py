"""A coordinator's working copy: received reports in the list, search, filters, exports and the CLI, new versions
answering a question, and withdrawal when the sending device is revoked. Real store, real server on 127.0.0.1."""

from __future__ import annotations

import hashlib
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from test_coordinator_e2e import FAST, MARANGE, PW, _send_report, _upload_crafted, network, server  # noqa: E402,F401

from kpfield.cli.main import main as kpfield_main  # noqa: E402
from kpfield.coordinator.answer import send_message  # noqa: E402
from kpfield.coordinator.receive import pull  # noqa: E402
from kpfield.coordinator.records import records_from_coordinator  # noqa: E402
from kpfield.coordinator.review import review  # noqa: E402
from kpfield.coordinator.working_copy import known_devices, mark_read  # noqa: E402
from kpfield.errors import NotFound  # noqa: E402
from kpfield.export.run import export_to_file  # noqa: E402
from kpfield.export.verify import verify_bundle  # noqa: E402
from kpfield.store import ReportQuery  # noqa: E402
from kpfield.sync import account as accounts  # noqa: E402
from kpfield.sync.engine import run_sync  # noqa: E402
from kpfield.sync.messages import messages_for  # noqa: E402


def test_received_reports_are_listed_searched_and_filtered(network, photos_dir):
    c1, m1, m2 = network["c1"], network["m1"], network["m2"]
    m1.settings.set("reduce_photos", True)  # the default in the field: reduced WebP copies
    r1 = _send_report(m1, photos_dir, "DSCN0010.jpg", title="Shooting at the Marange fence")
    r2 = _send_report(m2, photos_dir, title="Children digging at Koidu")
    result = pull(c1, client_options=FAST)
    assert sorted(result.working_copy.shown) == sorted([r1, r2]) and not result.working_copy.failed

    rows = {s.id: s for s in c1.reports.query(ReportQuery())}
    assert set(rows) == {r1, r2}
    assert rows[r1].monitor == "m1" and rows[r2].monitor == "m2"
    assert rows[r1].review_state == "new" and rows[r1].verification == "verified" and rows[r1].unread
    assert rows[r1].device_id == accounts.require_account(m1.db).device_id
    assert [s.id for s in c1.reports.query(ReportQuery(text="koid"))] == [r2]
    assert [s.id for s in c1.reports.query(ReportQuery(devices=[rows[r2].device_id]))] == [r2]
    assert c1.reports.count(ReportQuery(verifications=["verified"])) == 2
    assert c1.reports.count(ReportQuery(verifications=["quarantined"])) == 0

    # Photos: the bytes as received (reduced), with a thumbnail and preview made here for viewing.
    (photo,) = c1.photos.list(r1)
    received = json.loads(c1.db.execute("SELECT photos FROM received WHERE report_id = ?", [r1]).fetchone()[0])
    assert hashlib.sha256(c1.photos.read(photo.id, "original")).hexdigest() == received[0]["sha256"]
    assert c1.photos.read(photo.id, "thumbnail")[:4] in (b"\xff\xd8\xff\xe0", b"\xff\xd8\xff\xe1", b"\xff\xd8\xff\xdb")
    assert photo.gps is not None  # the EXIF position the device recorded, from the signed capture metadata

    mark_read(c1, r1)
    assert [s.id for s in c1.reports.query(ReportQuery(unread_only=True))] == [r2]
    assert [s.id for s in c1.reports.query(ReportQuery(sort="unread"))] == [r2, r1]
    review(c1, r1, state="in_review")
    assert [s.id for s in c1.reports.query(ReportQuery(review_states=["in_review"]))] == [r1]
    assert c1.reports.count(ReportQuery(review_states=["new"])) == 1
    with pytest.raises(NotFound):
        mark_read(c1, "00000000-0000-4000-8000-000000000000")
    labels = {d["label"]: d for d in known_devices(c1)}
    assert {"m1", "m2", "c1", "c2"} <= set(labels) and labels["m1"]["fingerprint"].count("-") == 7

    # Pulling again changes nothing and keeps the read mark.
    again = pull(c1, client_options=FAST)
    assert again.working_copy.shown == []
    assert [s.id for s in c1.reports.query(ReportQuery(unread_only=True))] == [r2]


def test_a_monitors_answer_arrives_as_a_new_version(network, photos_dir):
    c1, m1 = network["c1"], network["m1"]
    rid = _send_report(m1, photos_dir, title="Beating at the checkpoint")
    pull(c1, client_options=FAST)
    mark_read(c1, rid)
    send_message(c1, rid, "What time exactly?", client_options=FAST)
    assert run_sync(m1, client_options=FAST).messages == 1
    assert messages_for(m1.db, rid)[0].text == "What time exactly?"

    report = m1.reports.new_version(rid)
    m1.reports.save_draft(report.copy(narrative=report.narrative + " It was 14:30, at the second gate."))
    m1.reports.mark_ready(rid)
    assert run_sync(m1, client_options=FAST).ok

    result = pull(c1, client_options=FAST)
    assert result.working_copy.shown == [rid]
    shown = c1.reports.get(rid)
    assert shown.version == 2 and "14:30" in shown.narrative
    assert [v["version"] for v in c1.reports.versions(rid)] == [1, 2]
    (summary,) = c1.reports.query(ReportQuery())
    assert summary.unread and summary.version == 2  # a new version is news for the reviewer
    assert [s.id for s in c1.reports.query(ReportQuery(text="second gate"))] == [rid]


def test_a_revoked_devices_reports_leave_the_working_copy_for_quarantine(network, photos_dir, server):
    c1, m1 = network["c1"], network["m1"]
    rid = _send_report(m1, photos_dir)
    pull(c1, client_options=FAST)
    assert c1.reports.exists(rid)
    server.ctx.meta.revoke_device(accounts.require_account(m1.db).device_id, server.ctx.now())
    result = pull(c1, client_options=FAST)
    assert result.working_copy.removed == [rid]
    assert not c1.reports.exists(rid) and c1.photos.list(rid) == []
    assert c1.db.execute("SELECT verification FROM reviews WHERE report_id = ?", [rid]).fetchone()[0] == "quarantined"
    with pytest.raises(NotFound):
        records_from_coordinator(c1, [rid])
    actions = [e.action for e in c1.audit.entries(rid)]
    assert actions[-1] == "version_withdrawn" and c1.audit.verify()


def test_exports_and_cli_of_received_reports(network, photos_dir, tmp_path, capsys):
    c1, m1 = network["c1"], network["m1"]
    m1.settings.set("reduce_photos", True)
    rid = _send_report(m1, photos_dir, "DSCN0010.jpg", title="Smuggling convoy", location=MARANGE)
    pull(c1, client_options=FAST)
    review(c1, rid, state="verified", note="Matches two other accounts.")

    records = records_from_coordinator(c1, [rid])
    assert records[0].evidence and records[0].evidence[0].verified == "verified"
    assert any(h["action"] == "review: state" for h in records[0].history)
    bundle = tmp_path / "evidence.zip"
    export_to_file(records, "bundle", bundle)
    check = verify_bundle(bundle)
    assert check.ok, check.failures
    assert any("the file the device sent" in line for line in check.checked)
    kml = tmp_path / "reports.kml"
    export_to_file(records, "kml", kml)
    names = [n.text for n in ET.parse(kml).getroot().iter("{http://www.opengis.net/kml/2.2}name")]
    assert "Smuggling convoy" in names

    home = c1.home
    c1.close()
    pw = tmp_path / "pw.txt"
    pw.write_text(PW + "\n")
    auth = ["--home", str(home), "--passphrase-file", str(pw)]
    assert kpfield_main(["report", "list", "--json", *auth]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert row["verification"] == "verified" and row["review_state"] == "verified" and row["monitor"] == "m1"
    assert kpfield_main(["report", "show", rid, "--json", *auth]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["received"]["status"] == "verified" and shown["review"]["notes"] == ["Matches two other accounts."]
    assert kpfield_main(["report", "list", "--review-state", "rejected", "--json", *auth]) == 0
    assert json.loads(capsys.readouterr().out) == []
    out_pdf = tmp_path / "dossier.pdf"
    assert kpfield_main(["export", "--format", "pdf", "--out", str(out_pdf), "--review-state", "verified", *auth]) == 0
    assert out_pdf.read_bytes().startswith(b"%PDF")
    out_zip = tmp_path / "cli.zip"
    assert kpfield_main(["export", "--format", "bundle", "--out", str(out_zip), rid, *auth]) == 0
    capsys.readouterr()
    assert kpfield_main(["verify", str(out_zip)]) == 0


def test_requested_originals_replace_the_reduced_copies(network, photos_dir, tmp_path):
    c1, m1 = network["c1"], network["m1"]
    m1.settings.set("reduce_photos", True)
    rid = _send_report(m1, photos_dir, "DSCN0010.jpg", title="Certificate fraud at the buying office")
    original = (photos_dir / "DSCN0010.jpg").read_bytes()
    pull(c1, client_options=FAST)
    (reduced,) = c1.photos.list(rid)
    assert reduced.mime == "image/webp" and reduced.sha256 != hashlib.sha256(original).hexdigest()

    send_message(c1, rid, "Please send the original photos.", "request_originals", client_options=FAST)
    assert run_sync(m1, client_options=FAST).messages == 1  # the request arrives; the originals are queued next
    second = run_sync(m1, client_options=FAST)
    assert second.ok and len(second.sent) == 1
    kinds = [k for (k,) in m1.db.execute("SELECT kind FROM outbox WHERE report_id = ? ORDER BY seq", [rid])]
    assert kinds == ["report", "originals"]
    assert run_sync(m1, client_options=FAST).sent == []  # asked once, sent once

    result = pull(c1, client_options=FAST)
    assert result.working_copy.shown == [rid] and len(result.verified) == 1
    (photo,) = c1.photos.list(rid)
    assert c1.photos.read(photo.id, "original") == original and photo.mime == "image/jpeg"
    assert c1.reports.get(rid).version == 1  # the same version, now with its original photos

    records = records_from_coordinator(c1, [rid])
    assert [e.signed.manifest["kind"] for e in records[0].evidence] == ["report", "originals"]
    bundle = tmp_path / "originals.zip"
    export_to_file(records, "bundle", bundle)
    check = verify_bundle(bundle)
    assert check.ok, check.failures


def test_a_rate_limited_pull_waits_as_asked_and_loses_nothing(tmp_path, photos_dir):
    """A backlog bigger than the server's request budget: downloads wait for Retry-After instead of failing."""
    from deployment import certify_all
    from serverutil import RunningServer

    from kpfield.store import KdfParams, Profile
    from kpfield.sync.invitation import parse_invitation

    with RunningServer(tmp_path / "server", rate_per_s=3.0, rate_burst=3, coordinator_rate_factor=1.0) as srv:
        people = {}
        for name, role in (("c", "coordinator"), ("m", "monitor")):
            people[name] = Profile.create(tmp_path / name, PW, role=role, kdf=KdfParams.fast_for_tests())
            accounts.enroll(people[name].db, parse_invitation(srv.invite(role, label=name)), label=name)
        certify_all(srv, people.values())
        c, m = people["c"], people["m"]
        ids = [_send_report(m, photos_dir, title=f"Report {i}") for i in range(3)]
        result = pull(c, client_options={"retry_delay": 0.01, "max_attempts": 3})
        assert result.ok and sorted(result.working_copy.shown) == sorted(ids), result.to_dict()
        assert result.quarantined == [] and len(result.verified) == 3
        for p in people.values():
            p.close()


def test_a_review_saved_on_a_stale_revision_is_refused(network, photos_dir):
    from kpfield.errors import ReviewChanged

    c1, m1 = network["c1"], network["m1"]
    rid = _send_report(m1, photos_dir)
    pull(c1, client_options=FAST)
    seen = review(c1, rid, assignee="Tendai")["revision"]
    review(c1, rid, state="in_review")  # another change comes in after the form was filled
    with pytest.raises(ReviewChanged):
        review(c1, rid, state="verified", expect_revision=seen)
    after = review(c1, rid, note="Checked with the clinic.", expect_revision=seen)  # notes only add: never stale
    assert after["state"] == "in_review" and after["notes"] == ["Checked with the clinic."]


def test_another_device_cannot_replace_a_colleagues_report(network, photos_dir):
    c1, c2, m1, m2 = network["c1"], network["c2"], network["m1"], network["m2"]
    rid = _send_report(m1, photos_dir, title="Shooting at the fence")
    _upload_crafted(m2, [c1, c2], seq=1, prev=None, report_id=rid)  # m2 signs a report with m1's report id
    result = pull(c1, client_options=FAST)
    # Both signatures verify (each device signed what it sent), but the report is m1's: m2's envelope goes to
    # quarantine with the ownership reason.
    assert len(result.verified) == 1 and len(result.quarantined) == 1
    assert c1.reports.get(rid).title == "Shooting at the fence"  # but the working copy stays m1's report
    (summary,) = c1.reports.query(ReportQuery())
    assert summary.monitor == "m1"
