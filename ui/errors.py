"""Plain-language, translated messages for the core's typed errors (the core raises codes; the UI words them)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kpfield.errors import KPFieldError


def _tr(text: str) -> str:
    return QCoreApplication.translate("errors", text)


def describe(exc: BaseException) -> str:
    """A sentence for the user: what happened and, where there is one, what they can do."""
    code = getattr(exc, "code", None)
    messages = {
        "wrong_passphrase": _tr("Wrong passphrase. Check the keyboard layout and Caps Lock, then try again."),
        "keyfile_missing": _tr(
            "The key file (profile.key) is missing from the profile folder. Without it the reports cannot be "
            "opened. If you have a backup of the key file, put it back in the profile folder."),
        "keyfile_damaged": _tr(
            "The key file (profile.key) is damaged, so the reports cannot be opened. Restore it from a backup if "
            "you have one. KP Field has not changed anything."),
        "database_missing": _tr("The reports database is missing from the profile folder."),
        "not_our_database": _tr(
            "The reports database cannot be opened with this profile's key: it is damaged or belongs to another "
            "profile. KP Field has not changed anything."),
        "database_damaged": _tr(
            "The reports database is damaged. KP Field has not changed anything; restore it from a backup."),
        "schema_too_new": _tr("These reports were saved by a newer version of KP Field. Update KP Field to open them."),
        "weak_passphrase": _tr("This passphrase is too weak."),
        "keyring_unavailable": _tr("No secure keyring is available on this computer."),
        "store_locked": _tr("KP Field is locked."),
    }
    if code in messages:
        text = messages[code]
        if code in ("weak_passphrase", "keyring_unavailable") and isinstance(exc, KPFieldError):
            text = f"{text} {exc.message}"
        return text
    if isinstance(exc, KPFieldError):
        return exc.message  # validation, photo, GPS and coordinate errors already say precisely what is wrong
    return _tr("Something went wrong: %s") % type(exc).__name__
