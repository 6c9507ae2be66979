"""Fixtures for GUI tests: offscreen Qt, profiles with fast KDF parameters, an in-memory keyring, the real App."""

from __future__ import annotations

import os
import re

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

from ui.pyside_compat import protect_singletons  # noqa: E402

protect_singletons()  # PySide6 6.12 on Python 3.11 would otherwise abort long test runs (see the module)

import pytest  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402
from ui_helpers import PASSPHRASE, MemoryKeyring, bulk_reports  # noqa: E402

from kpfield.store import KdfParams, Profile  # noqa: E402
from kpfield.store.keyring_support import KeyringStatus  # noqa: E402


# Qt's warnings that a Qt object was used or destroyed from a thread it does not live in: each is the sign of a
# possible native crash (issue 11: widgets destroyed on the store thread by Python's garbage collector), so any
# of them fails the test that produced it, whatever the test checks.
QT_LIFETIME_WARNING = re.compile(
    r"from another thread|in a different thread|owned by a different thread|Destroyed while thread|"
    r"QBasicTimer can only be used with threads started with QThread|Cannot create children for a parent")


@pytest.fixture(autouse=True)
def _qt_object_lifetime_warnings_fail(qtlog):
    yield
    bad = [record.message for record in qtlog.records if QT_LIFETIME_WARNING.search(record.message)]
    if bad:
        pytest.fail("Qt object used or destroyed from the wrong thread: " + "; ".join(bad), pytrace=False)


@pytest.fixture
def fast_kdf() -> KdfParams:
    return KdfParams.fast_for_tests()


@pytest.fixture
def home(tmp_path):
    return tmp_path / "profile"


@pytest.fixture
def make_profile(home, fast_kdf):
    """Create the profile in ``home`` with ``n`` sample reports (and a ``setup(profile)`` hook), then close it."""
    def make(n: int = 0, setup=None):
        with Profile.create(home, PASSPHRASE, kdf=fast_kdf) as profile:
            if n:
                bulk_reports(profile, n)
            if setup:
                setup(profile)
        return home

    return make


@pytest.fixture
def qsettings(tmp_path):
    """Window geometry goes to a file in tmp_path, never to the developer's own settings."""
    return QSettings(str(tmp_path / "kpfield-gui.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def keyring_ring():
    return MemoryKeyring()


@pytest.fixture
def make_app(qtbot, home, fast_kdf, qsettings, keyring_ring):
    """Build the real App (not started); shut down cleanly after the test."""
    from ui.app import App, preload_modules

    # The main window's modules load in the background once the unlock window shows (ui/app.py); by the time a
    # person has typed a passphrase they are there. Loaded once per test process here, so that a test's first
    # unlock does not also wait for them on a busy machine.
    preload_modules()

    apps = []

    def make(**options):
        options.setdefault("kdf", fast_kdf)
        options.setdefault("settings", qsettings)
        options.setdefault("delay_schedule", lambda failures: 0.05 * failures)
        options.setdefault("keyring_backend", keyring_ring)
        options.setdefault("keyring_probe", lambda: KeyringStatus(True, "", keyring_ring))
        app = App(home, **options)
        apps.append(app)
        return app

    yield make
    for app in apps:
        app.shutdown()
        app.window.close_editors()
        app.window.close()
        app.window.deleteLater()
        if app.dialog is not None:
            app.dialog.deleteLater()


# --- sync (ui/sync_worker.py, ui/enroll_dialog.py) -------------------------------------------------------------
SYNC_TEST_CLIENT = {"timeout": 5.0, "retry_delay": 0.01, "max_attempts": 2}


@pytest.fixture
def sync_server(tmp_path):
    """A real sync server on 127.0.0.1 with one enrolled coordinator (monitors encrypt to it)."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "server"))
    from deployment import create_org
    from serverutil import RunningServer

    from kpfield.sync import account as accounts
    from kpfield.sync.invitation import parse_invitation

    with RunningServer(tmp_path / "server") as srv:
        with Profile.create(tmp_path / "coordinator", PASSPHRASE, role="coordinator",
                            kdf=KdfParams.fast_for_tests()) as coordinator:
            accounts.enroll(coordinator.db, parse_invitation(srv.invite("coordinator")))
            create_org(srv, coordinator)  # later invitations carry the organisation key, which monitors pin
        yield srv


@pytest.fixture
def sync_session(qtbot, home, fast_kdf):
    """A GUI Session on ``home`` with its own TaskManager (locked and shut down afterwards)."""
    from ui.session import Session
    from ui.tasks import TaskManager

    tasks = TaskManager()
    session = Session(tasks, home, kdf=fast_kdf)
    yield session
    if session.is_unlocked:
        session.lock()
    tasks.shutdown()


@pytest.fixture
def make_sync_worker(sync_session):
    """SyncWorkers with short delays, no automatic runs and a fast-probing monitor; shut down afterwards."""
    from ui.connectivity import ConnectivityMonitor
    from ui.sync_worker import SyncWorker

    workers = []

    def make(**options):
        options.setdefault("client_options", SYNC_TEST_CLIENT)
        options.setdefault("retry_base_s", 0.05)
        options.setdefault("retry_max_s", 0.5)
        options.setdefault("auto_start", False)
        options.setdefault("monitor", ConnectivityMonitor(sync_session.tasks, probe_interval_ms=100,
                                                          use_system=False))
        worker = SyncWorker(sync_session, **options)
        workers.append(worker)
        return worker

    yield make
    for worker in workers:
        worker.shutdown()


@pytest.fixture
def editor(qtbot, tmp_path):
    """An editor on a new draft in a fresh profile (fast KDF); used by the location and photo editor tests."""
    from ui.report_editor import ReportEditor
    from ui.session import Session
    from ui.tasks import TaskManager

    tasks = TaskManager()
    session = Session(tasks, tmp_path / "profile", kdf=KdfParams.fast_for_tests())
    with qtbot.waitSignal(session.unlocked, timeout=10_000):
        session.create(PASSPHRASE)
    editor = ReportEditor(session, None)
    qtbot.addWidget(editor)
    with qtbot.waitSignal(editor.loaded, timeout=10_000):
        editor.show()
    yield editor
    editor.close()
    session.lock()
    tasks.shutdown(wait=True)


@pytest.fixture
def language():
    """``language("fr")`` switches the GUI's language for the test; English again afterwards."""
    from ui import i18n

    yield i18n.install
    i18n.install("en")
