"""Plain-language, translated messages for the core's typed errors (the core raises codes; the UI words them)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from kpfield.errors import KPFieldError


def _tr(text: str) -> str:
    return QCoreApplication.translate("errors", text)


# Marked with QT_TRANSLATE_NOOP so that lupdate extracts them: it cannot see through the ``_tr`` wrapper, and
# strings it does not extract are never translated.
_MESSAGES = {
    "wrong_passphrase": QT_TRANSLATE_NOOP(
        "errors", "Wrong passphrase. Check the keyboard layout and Caps Lock, then try again."),
    "keyfile_missing": QT_TRANSLATE_NOOP(
        "errors",
        "The key file (profile.key) is missing from the profile folder. Without it the reports cannot be "
        "opened. If you have a backup of the key file, put it back in the profile folder."),
    "keyfile_damaged": QT_TRANSLATE_NOOP(
        "errors",
        "The key file (profile.key) is damaged, so the reports cannot be opened. Restore it from a backup if "
        "you have one. KP Field has not changed anything."),
    "database_missing": QT_TRANSLATE_NOOP("errors", "The reports database is missing from the profile folder."),
    "not_our_database": QT_TRANSLATE_NOOP(
        "errors",
        "The reports database cannot be opened with this profile's key: it is damaged or belongs to another "
        "profile. KP Field has not changed anything."),
    "database_damaged": QT_TRANSLATE_NOOP(
        "errors", "The reports database is damaged. KP Field has not changed anything; restore it from a backup."),
    "schema_too_new": QT_TRANSLATE_NOOP(
        "errors", "These reports were saved by a newer version of KP Field. Update KP Field to open them."),
    "weak_passphrase": QT_TRANSLATE_NOOP("errors", "This passphrase is too weak."),
    "keyring_unavailable": QT_TRANSLATE_NOOP("errors", "No secure keyring is available on this computer."),
    "store_locked": QT_TRANSLATE_NOOP("errors", "KP Field is locked."),
    # the organisation key (kpfield/trust)
    "no_org_pinned": QT_TRANSLATE_NOOP(
        "errors",
        "This device does not know your organisation's key yet, so it cannot tell which coordinators are genuine "
        "and sends nothing. Ask your coordinator for the organisation fingerprint, or for a new invitation."),
    "no_certified_coordinators": QT_TRANSLATE_NOOP(
        "errors", "No coordinator has been certified by your organisation yet, so nothing can be encrypted. "
                  "Reports stay ready and are sent once a coordinator is certified."),
    "org_mismatch": QT_TRANSLATE_NOOP(
        "errors", "The fingerprints do not match. Nothing was signed or changed: check with the person who read "
                  "it to you, and suspect the server if it is still different."),
    "org_key_missing": QT_TRANSLATE_NOOP(
        "errors", "This profile does not hold the organisation key. Restore it from shares to certify or revoke "
                  "devices."),
    "trust_document_invalid": QT_TRANSLATE_NOOP(
        "errors", "A certificate or revocation list was not signed by your organisation's key and was refused."),
    "stale_revocations": QT_TRANSLATE_NOOP(
        "errors", "This revocation list is older than the one already held and was ignored."),
}
_UNEXPECTED = QT_TRANSLATE_NOOP("errors", "Something went wrong: %s")


def describe(exc: BaseException) -> str:
    """A sentence for the user: what happened and, where there is one, what they can do."""
    code = getattr(exc, "code", None)
    if code in _MESSAGES:
        text = _tr(_MESSAGES[code])
        if code in ("weak_passphrase", "keyring_unavailable") and isinstance(exc, KPFieldError):
            # The core's message may start with the same sentence in English; add only what it says beyond that.
            detail = exc.message.removeprefix("This passphrase is too weak.").strip()
            text = f"{text} {detail}".strip()
        return text
    if isinstance(exc, KPFieldError):
        return exc.message  # validation, photo, GPS and coordinate errors already say precisely what is wrong
    return _tr(_UNEXPECTED) % type(exc).__name__
