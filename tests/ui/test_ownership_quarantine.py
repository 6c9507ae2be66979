"""The coordinator's window when a monitor uses a colleague's report id: the impostor's envelope is in quarantine
with the ownership reason, translated, and the report never shows the impostor, not even once its owner is revoked.
Real server on 127.0.0.1."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "coordinator"))

from test_coordinator_window import field, pull, window  # noqa: E402,F401
from test_ownership import _retraction  # noqa: E402

from kpfield.sync import account as accounts  # noqa: E402


def test_an_impostors_envelope_shows_in_quarantine_with_the_ownership_reason(qtbot, field, window):
    from ui.report_table_model import COL_MONITOR, COL_TITLE

    pull(qtbot, window)
    fence = field.reports["fence"]
    tendai = accounts.require_account(field.monitors["Tendai"].db).device_id
    chipo = accounts.require_account(field.monitors["Chipo"].db).device_id
    # Chipo's device signs a "retraction" under Tendai's report id, as its next envelope.
    chipo_db = field.monitors["Chipo"].db
    seq, prev = chipo_db.execute("SELECT last_seq, last_envelope_sha256 FROM sync_chain WHERE id = 1").fetchone()
    boxes = [window._session.call_sync(lambda p: bytes(accounts.require_account(p.db).keys.box_key.public_key)),
             field.monitors["c2"]]
    _retraction(field.monitors["Chipo"], boxes, fence, seq=seq + 1, prev=prev)
    result = pull(qtbot, window)
    assert result.quarantined == 1
    qtbot.waitUntil(lambda: window.quarantined == 1, timeout=10_000)
    row = window.model.row_of(fence)
    assert window.model.index(row, COL_TITLE).data() == "Shots at the fence"
    assert window.model.index(row, COL_MONITOR).data().startswith("Tendai")
    window.open_quarantine()
    dialog = window.quarantine_dialog
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10_000)
    assert dialog.table.item(0, 1).text().startswith("Chipo")
    reason = dialog.table.item(0, 4).text()
    assert reason.startswith("Report owner (the device that first sent it verified): This report belongs to "
                             f"device {tendai}") and chipo in reason
    dialog.reject()

    # Tendai's laptop is seized and revoked: the report is not shown as verified, and never as Chipo's.
    field.server.ctx.meta.revoke_device(tendai, field.server.ctx.now())
    pull(qtbot, window)
    qtbot.waitUntil(lambda: window.quarantined == 2, timeout=10_000)
    assert window.model.row_of(fence) < 0
    owners = window._session.call_sync(
        lambda profile: profile.db.execute("SELECT device_id FROM report_owners WHERE report_id = ?",
                                           [fence]).fetchone()[0])
    assert owners == tendai
