"""The enrolment dialog against the real server: the fingerprint shown, a successful enrolment, every refusal."""

from __future__ import annotations

import nacl.public
import nacl.signing
import pytest
from ui_helpers import PASSPHRASE

from kpfield.sync import account as accounts
from kpfield.sync.canonical import canonical_json, parse_canonical
from kpfield.sync.identity import b64url, unb64url
from kpfield.sync.invitation import parse_invitation
from kpfield.sync.transport import ServerClient
from ui.enroll_dialog import EnrollDialog


@pytest.fixture
def server(sync_server):
    return sync_server


@pytest.fixture
def session(sync_session):
    return sync_session


@pytest.fixture
def make_worker(make_sync_worker):
    return make_sync_worker


def unlock(qtbot, session) -> None:
    with qtbot.waitSignal(session.unlocked, timeout=10_000):
        session.unlock(PASSPHRASE)


@pytest.fixture
def dialog(qtbot, session, make_profile, server):
    make_profile()
    unlock(qtbot, session)
    d = EnrollDialog(session)
    qtbot.addWidget(d)
    return d


def paste(qtbot, dialog, text: str) -> None:
    dialog.invitation_edit.setPlainText(text)
    qtbot.waitUntil(lambda: dialog.connect_button.isEnabled() or dialog.message_label.text().startswith(
        ("This", "The server")), timeout=5_000)


def test_enrol_shows_the_fingerprint_then_enrols_and_the_worker_notices(qtbot, dialog, session, server,
                                                                      make_worker):
    worker = make_worker()
    qtbot.waitUntil(lambda: worker.state == "not enrolled")
    text = server.invite("monitor", label="Marange laptop 2")
    invitation = parse_invitation(text)
    paste(qtbot, dialog, f"Hello, here is your invitation:\n\n{text}\n\nBest, the operator")
    assert dialog.connect_button.isEnabled()
    assert dialog.server_label.text() == server.url
    assert dialog.fingerprint_label.text().replace("\n", "") == invitation.server_fingerprint
    assert dialog.role_label.text() == "Monitor" and dialog.label_edit.text() == "Marange laptop 2"
    with qtbot.waitSignal(dialog.enrolled, timeout=10_000) as blocker:
        dialog.connect_button.click()
    assert blocker.args == [server.url]
    account = session.call_sync(lambda p: accounts.load_account(p.db))
    assert account.server_url == server.url and account.server_fingerprint == invitation.server_fingerprint
    assert [d.device_id for d in server.ctx.meta.list_devices() if d.role == "monitor"] == [account.device_id]
    qtbot.waitUntil(lambda: worker.enrolled and worker.state == "idle")  # told through Session.changed("sync")


def test_enrol_shows_the_organisation_fingerprint_and_pins_it(qtbot, dialog, session, server):
    from kpfield.sync import trust_store

    invitation = parse_invitation(server.invite("monitor"))
    assert invitation.org_fingerprint  # the sync_server fixture's coordinator created the organisation
    paste(qtbot, dialog, server.invite("monitor"))
    assert dialog.org_label.text().replace("\n", "") == invitation.org_fingerprint
    assert dialog.org_label.accessibleDescription() == invitation.org_fingerprint
    with qtbot.waitSignal(dialog.enrolled, timeout=10_000):
        dialog.connect_button.click()
    pinned = session.call_sync(lambda p: trust_store.pinned_org(p.db))
    assert pinned == invitation.org_key
    # The coordinator who created the organisation is certified, so this monitor can seal to it at once.
    assert len(session.call_sync(lambda p: trust_store.coordinators(p.db))) == 1


def test_invitation_from_a_file(qtbot, session, make_profile, server, tmp_path):
    make_profile()
    unlock(qtbot, session)
    path = tmp_path / "invitation.txt"
    path.write_text(server.invite("monitor") + "\n", encoding="utf-8")
    dialog = EnrollDialog(session, file_picker=lambda: str(path))
    qtbot.addWidget(dialog)
    dialog.file_button.click()
    qtbot.waitUntil(dialog.connect_button.isEnabled, timeout=5_000)
    assert dialog.server_label.text() == server.url


@pytest.mark.parametrize("make_text, expected", [
    (lambda s: "hello, no invitation here", "This is not a KP Field invitation. An invitation starts with KPF1-."),
    (lambda s: s.invite("monitor")[:60], "This invitation is damaged or incomplete"),
    (lambda s: _tampered(s.invite("monitor")), "This invitation was altered or damaged on the way"),
    (lambda s: s.invite("monitor", expires_s=-60), "This invitation has expired."),
])
def test_bad_invitations_are_explained_and_cannot_be_confirmed(qtbot, dialog, server, make_text, expected):
    paste(qtbot, dialog, make_text(server))
    assert dialog.message_label.text().startswith(expected), dialog.message_label.text()
    assert not dialog.connect_button.isEnabled() and dialog.fingerprint_label.text() == "—"


def _tampered(text: str) -> str:
    """The same invitation with its server address changed (a well-formed forgery: only the signature fails)."""
    data = parse_canonical(unb64url(text[len("KPF1-"):], "invitation"))
    data["url"] = "http://127.0.0.1:9/"
    return "KPF1-" + b64url(canonical_json(data))


def test_used_invitation_is_refused_by_the_server_and_nothing_is_stored(qtbot, dialog, session, server):
    text = server.invite("monitor")
    other = ServerClient.enroll(parse_invitation(text), nacl.signing.SigningKey.generate(),
                                bytes(nacl.public.PrivateKey.generate().public_key))
    other.client.close()
    paste(qtbot, dialog, text)
    dialog.connect_button.click()
    qtbot.waitUntil(lambda: "already been used" in dialog.message_label.text(), timeout=10_000)
    assert dialog.message_label.text().startswith("This invitation has already been used.")
    assert dialog.connect_button.isEnabled() and not dialog.busy.isVisible()
    assert session.call_sync(lambda p: accounts.load_account(p.db)) is None


def test_server_unreachable_is_said_plainly(qtbot, dialog, session, server):
    text = server.invite("monitor")
    server.stop()
    paste(qtbot, dialog, text)
    dialog.connect_button.click()
    qtbot.waitUntil(lambda: "cannot be reached" in dialog.message_label.text(), timeout=20_000)
    assert session.call_sync(lambda p: accounts.load_account(p.db)) is None
