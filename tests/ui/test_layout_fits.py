"""No clipped text: the main window of both roles, in English, French and Portuguese, at 1280×800 and 1440×900.

Each scene is the real app on a real profile, unlocked, with a report selected (the coordinator's has been pulled
from a real server on 127.0.0.1 and shows its verification, with long hashes and device ids). Every visible label
and button must show its whole text (or elide it with the full text in a tooltip), and no pane may be cut off.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from layout_check import clipped, scroll_areas_fit
from ui_helpers import PASSPHRASE, unlock

from kpfield.geo import Location, LocationSource
from kpfield.model import Occurrence, PeopleAffected, Perpetrator, Report, Witness, utcnow
from kpfield.store import KdfParams, Profile

SIZES = [(1280, 800), (1440, 900)]
LANGUAGES = ["en", "fr", "pt"]
FAST = {"timeout": 5.0, "retry_delay": 0.01, "max_attempts": 2}


def full_report(title: str = "Guards beat diggers at the perimeter fence of the washing plant") -> Report:
    return Report(title=title, site="Chiadzwa", place="Chiadzwa road, km 3, beside the second checkpoint",
                  types=["beating_torture", "arbitrary_detention"], narrative="Around dawn guards stopped diggers.",
                  occurred=Occurrence(utcnow(), approximate=True),
                  location=Location(-19.66, 32.34, LocationSource.GPS, accuracy_m=6.0),
                  people=PeopleAffected(injured=2, detained=1, children=1),
                  perpetrators=[Perpetrator("private_security", "blue uniforms, company pick-up")],
                  witnesses=[Witness("Digger A", consent_to_share=True)], severity=4, tags=["fence", "dawn"])


@pytest.fixture(scope="module")
def coordinator_home(tmp_path_factory, photos_dir):
    """A coordinator's profile (closed) holding two verified reports pulled from a real server."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "server"))
    from deployment import certify_all
    from serverutil import RunningServer

    from kpfield.coordinator.share import pull_and_share
    from kpfield.sync import account as accounts
    from kpfield.sync.engine import run_sync
    from kpfield.sync.invitation import parse_invitation

    folder = tmp_path_factory.mktemp("layout")
    kdf = KdfParams.fast_for_tests()
    home = folder / "coordinator"
    with RunningServer(folder / "server") as server:
        with Profile.create(home, PASSPHRASE, role="coordinator", kdf=kdf) as coordinator, \
                Profile.create(folder / "monitor", PASSPHRASE, kdf=kdf) as monitor:
            accounts.enroll(coordinator.db, parse_invitation(server.invite("coordinator", label="Harare desk")),
                            label="Harare desk")
            accounts.enroll(monitor.db, parse_invitation(server.invite("monitor", label="Tendai")), label="Tendai")
            certify_all(server, [coordinator, monitor])  # the organisation, as in every deployment
            for title in ("Guards beat diggers at the perimeter fence of the washing plant", "Night convoy"):
                report = monitor.reports.create(full_report(title))
                monitor.photos.import_bytes(report.id, (photos_dir / "DSCN0010.jpg").read_bytes(),
                                            "IMG_20260302_063012_fence_and_pickup.jpg")
                monitor.reports.mark_ready(report.id)
            assert run_sync(monitor, client_options=FAST).ok
        with Profile.open(home, PASSPHRASE) as coordinator:
            pull_and_share(coordinator, client_options=FAST)
    return home


def _show(qtbot, app, size) -> None:
    window = app.window
    window.resize(*size)
    window.show()
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=10_000)
    window.table.selectRow(0)
    qtbot.waitUntil(lambda: window.detail.content.isVisible(), timeout=10_000)
    if window.is_coordinator:
        qtbot.waitUntil(lambda: window.review_panel.data is not None, timeout=10_000)
    qtbot.waitUntil(lambda: app.tasks.pending == 0, timeout=10_000)
    window.resize(*size)


def _assert_fits(qtbot, window) -> None:
    """No clipped text once the layouts have settled (a pane shown after its data arrived is laid out on a later
    pass of the event loop): wait for that, then report what is still cut off."""
    def problems() -> list[str]:
        return clipped(window) + scroll_areas_fit(window)

    try:
        qtbot.waitUntil(lambda: not problems(), timeout=5_000)
    except qtbot.TimeoutError:
        pass
    assert not problems(), "\n".join(problems())


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_monitor_window_shows_every_text_whole(qtbot, make_profile, make_app, language, lang, size):
    language(lang)
    make_profile(setup=lambda profile: [profile.reports.create(full_report()) for _ in range(3)])
    app = make_app()
    unlock(qtbot, app)
    _show(qtbot, app, size)
    _assert_fits(qtbot, app.window)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_coordinator_window_shows_every_text_whole(qtbot, coordinator_home, home, make_app, language, lang, size):
    language(lang)
    shutil.copytree(coordinator_home, home)
    app = make_app()
    unlock(qtbot, app)
    _show(qtbot, app, size)
    _assert_fits(qtbot, app.window)


def test_the_check_finds_a_clipped_label(qtbot):
    """The checker itself: a label squeezed narrower than its text is reported; given room, it passes."""
    from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

    root = QWidget()
    qtbot.addWidget(root)
    label = QLabel("Personnes touchées : deux blessés, un détenu", root)
    QHBoxLayout(root).addWidget(label)
    root.show()
    label.setFixedWidth(40)
    assert any("Personnes" in p for p in clipped(root))
    label.setFixedWidth(label.sizeHint().width() + 4)
    root.resize(label.sizeHint().width() + 40, 60)
    qtbot.wait(1)
    assert clipped(root) == []
