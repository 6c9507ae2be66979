"""A report belongs to the device that first sent it verified, in every view, export and message route, and after
the owner's revocation: another monitor using a colleague's report id lands in quarantine. Real store, real server
on 127.0.0.1."""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from test_coordinator_e2e import FAST, _send_report, _upload, network, server  # noqa: E402,F401

from kpfield.coordinator.answer import send_message  # noqa: E402
from kpfield.coordinator.receive import pull  # noqa: E402
from kpfield.coordinator.records import records_from_coordinator  # noqa: E402
from kpfield.coordinator.review import (quarantine_list, received_list, received_report,  # noqa: E402
                                        report_extra_json, review, review_state)
from kpfield.errors import NotFound, ValidationError  # noqa: E402
from kpfield.model import utcnow  # noqa: E402
from kpfield.store import ReportQuery  # noqa: E402
from kpfield.store.schema import m006_report_owners  # noqa: E402
from kpfield.sync import account as accounts  # noqa: E402
from kpfield.sync import envelope as env  # noqa: E402
from kpfield.sync.manifest import build_manifest, sign_manifest  # noqa: E402


def _retraction(impostor, coordinators, report_id: str, *, seq: int = 1, prev: str | None = None) -> str:
    """The impostor's device signs and uploads a "retraction" naming a colleague's report id, as a newer version."""
    account = accounts.require_account(impostor.db)
    body = {"report": {"id": report_id, "title": "RETRACTION: this report was invented", "types": ["shooting"],
                       "narrative": "Nothing happened at the fence. Withdraw it."},
            "version": 7, "reduced_photos": False}
    manifest = build_manifest(device_id=account.device_id, kind="report", seq=seq, prev_envelope_sha256=prev,
                              created_at=utcnow(), body=body, attachments=[])
    signed = sign_manifest(account.keys, manifest)
    boxes = [c if isinstance(c, bytes) else bytes(accounts.require_account(c.db).keys.box_key.public_key)
             for c in coordinators]  # coordinators' profiles, or their box keys
    data = b"".join(env.seal_envelope(signed, [], boxes))
    _upload(impostor, data)
    return hashlib.sha256(data).hexdigest()


def _owner_reason(item: dict) -> dict:
    owner = item["verification"].get("owner")
    assert owner is not None and not owner["ok"], item["verification"]
    return owner


def test_an_impostors_retraction_never_shows_under_the_owners_report_id(network, photos_dir, server):
    c1, c2, m1, m2 = (network[n] for n in ("c1", "c2", "m1", "m2"))
    a = accounts.require_account(m1.db).device_id
    b = accounts.require_account(m2.db).device_id
    rid = _send_report(m1, photos_dir, "DSCN0010.jpg", title="Shooting at the fence")
    assert pull(c1, client_options=FAST).ok
    review(c1, rid, state="verified", note="Witness W. confirmed by phone; lives behind the clinic.")

    # Monitor B (enrolled, genuine key) read A's report id in an export and sends a "retraction" under it.
    fake = _retraction(m2, (c1, c2), rid)
    result = pull(c1, client_options=FAST)
    assert result.verified == [] and len(result.quarantined) == 1, result.to_dict()
    (item,) = quarantine_list(c1)
    assert item["envelope_sha256"] == fake and item["device_id"] == b
    owner = _owner_reason(item)
    assert owner["code"] == "not_owner" and owner["owner"] == a and owner["device"] == b
    assert item["verification"]["signature"]["ok"]  # B really signed it: ownership is what fails
    # Every view follows A: the working copy, the review panel's report, the CLI JSON, the inbox row.
    assert c1.reports.get(rid).title == "Shooting at the fence"
    shown = received_report(c1, rid)
    assert shown["device_id"] == a and shown["title"] == "Shooting at the fence" and shown["status"] == "verified"
    extra = report_extra_json(c1, rid)["received"]
    assert extra["device_id"] == a and {e["envelope_sha256"] for e in extra["envelopes"]} == {shown["envelope_sha256"]}
    (summary,) = c1.reports.query(ReportQuery())
    assert summary.device_id == a and summary.verification == "verified"
    # Exports carry A's signed manifests only; a question goes to A's device, never to B's.
    (record,) = records_from_coordinator(c1, [rid])
    assert [e.signed.device_id for e in record.evidence] == [a]
    assert send_message(c1, rid, "Which clinic?", client_options=FAST)["device_id"] == a

    # A's laptop is seized: A is revoked. B must not inherit the report.
    server.ctx.meta.revoke_device(a, server.ctx.now())
    result = pull(c1, client_options=FAST)
    assert result.ok and result.working_copy.removed == [rid]
    assert not c1.reports.exists(rid)  # nothing of A's left verified, and nothing of B's shown instead
    assert c1.reports.query(ReportQuery()) == []
    shown = received_report(c1, rid)
    assert shown["device_id"] == a and shown["title"] == "Shooting at the fence" and shown["status"] == "quarantined"
    assert "RETRACTION" not in str(report_extra_json(c1, rid))
    # The review (notes included) stays with the report id, whose content is A's; B's envelope stays in quarantine.
    assert review_state(c1, rid)["notes"] == ["Witness W. confirmed by phone; lives behind the clinic."]
    by_sha = {q["envelope_sha256"]: q for q in quarantine_list(c1)}
    assert _owner_reason(by_sha[fake])["owner"] == a and by_sha[fake]["verification"]["device"]["ok"]
    assert c1.db.execute("SELECT device_id FROM reviews WHERE report_id = ?", [rid]).fetchone()[0] == a
    with pytest.raises(NotFound):
        records_from_coordinator(c1, [rid])
    with pytest.raises(ValidationError):  # A is revoked: nothing is sent, and certainly not to B
        send_message(c1, rid, "Are you safe?", client_options=FAST)
    assert c1.db.execute("SELECT device_id FROM report_owners WHERE report_id = ?", [rid]).fetchone()[0] == a

    # B keeps trying with a newer envelope: still quarantined for the same reason. And pulling again changes nothing.
    second = _retraction(m2, (c1, c2), rid, seq=2, prev=fake)
    pull(c1, client_options=FAST)
    by_sha = {q["envelope_sha256"]: q for q in quarantine_list(c1)}
    assert _owner_reason(by_sha[second])["code"] == "not_owner"
    assert not c1.reports.exists(rid) and received_report(c1, rid)["device_id"] == a

    # A second coordinator pulling only now, after the revocation, reaches the same verdicts.
    pull(c2, client_options=FAST)
    assert not c2.reports.exists(rid) and received_report(c2, rid)["device_id"] == a
    assert {q["envelope_sha256"] for q in quarantine_list(c2)
            if not q["verification"].get("owner", {"ok": True})["ok"]} == {fake, second}


def test_an_envelope_from_another_device_does_not_claim_an_unowned_report(network, photos_dir):
    # B's report with a fresh id of its own is B's: ownership only ever stops a second device.
    c1, m2 = network["c1"], network["m2"]
    rid = _send_report(m2, photos_dir, title="Children digging at Koidu")
    pull(c1, client_options=FAST)
    (item,) = received_list(c1, "verified")
    assert item["verification"]["owner"]["ok"] and item["report_id"] == rid


def test_migration_backfills_owners_from_received_envelopes(network, photos_dir, server):
    c1, c2, m1, m2 = (network[n] for n in ("c1", "c2", "m1", "m2"))
    a = accounts.require_account(m1.db).device_id
    rid = _send_report(m1, photos_dir, title="Shooting at the fence")
    pull(c1, client_options=FAST)
    _retraction(m2, (c1, c2), rid)
    server.ctx.meta.revoke_device(a, server.ctx.now())
    pull(c1, client_options=FAST)
    # A store from before ownership was recorded: the step rebuilds the table from the received envelopes, and the
    # revoked owner (whose envelopes now fail the device check) still owns its report.
    with c1.db.atomic():
        c1.db.execute("DROP TABLE report_owners")
        m006_report_owners(c1.db)
    assert c1.db.execute("SELECT report_id, device_id FROM report_owners").fetchall() == [(rid, a)]
    pull(c1, client_options=FAST)
    assert received_report(c1, rid)["device_id"] == a and not c1.reports.exists(rid)


def test_the_quarantine_dialog_shows_the_ownership_reason_translated(network, photos_dir, qtbot):
    from PySide6.QtCore import QCoreApplication, QTranslator

    from ui.quarantine_dialog import plain_reasons
    from ui.resources import translations_dir

    c1, c2, m1, m2 = (network[n] for n in ("c1", "c2", "m1", "m2"))
    a = accounts.require_account(m1.db).device_id
    rid = _send_report(m1, photos_dir)
    pull(c1, client_options=FAST)
    _retraction(m2, (c1, c2), rid)
    pull(c1, client_options=FAST)
    (item,) = quarantine_list(c1)
    (reason,) = plain_reasons(item)
    assert reason.startswith("Report owner") and f"belongs to device {a}" in reason
    translator = QTranslator()
    assert translator.load(str(translations_dir() / "kpfield_fr.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        (french,) = plain_reasons(item)
    finally:
        QCoreApplication.removeTranslator(translator)
    assert french != reason and a in french
