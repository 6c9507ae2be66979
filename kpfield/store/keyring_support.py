"""\"Remember on this computer\": the raw store key in the OS keyring — only in a keyring that encrypts.

Installing ``keyrings.alt`` silently makes a plaintext file the default keyring, and a headless machine has only
the "fail" backend. Both are treated as no keyring at all: the option is then unavailable, with the reason.
"""

from __future__ import annotations

from dataclasses import dataclass

import keyring
import keyring.backend
import keyring.errors

from kpfield.errors import KeyringUnavailable

SERVICE = "kpfield"

# Backends known to encrypt what they hold at rest (module of the class, as keyring names them).
_ENCRYPTING_MODULES = (
    "keyring.backends.SecretService",  # GNOME Keyring / KeePassXC via the Secret Service API
    "keyring.backends.libsecret",
    "keyring.backends.kwallet",  # KDE Wallet
    "keyring.backends.macOS",  # macOS Keychain
    "keyring.backends.Windows",  # Windows Credential Locker
)
_trusted_classes: set[type] = set()

# Why no keyring can be used, as codes the GUI says in the user's language (the English ``reason`` is for the CLI).
KEYRING_MESSAGES: dict[str, str] = {
    "keyring_none": "No keyring service is running on this computer (for example on a machine without a desktop).",
    "keyring_plaintext": "The only keyring available ({name}) stores secrets in a plain file, so KP Field will not "
                         "use it.",
    "keyring_not_running": "The system keyring is installed but not running.",
    "keyring_unknown": "The keyring {name} is not known to encrypt what it stores, so KP Field will not use it.",
    "keyring_broken": "The system keyring could not be loaded: {detail}",
}


def trust_backend(cls: type) -> None:
    """Accept ``cls`` as an encrypting keyring (for tests' in-memory backends and vetted third-party ones)."""
    _trusted_classes.add(cls)


@dataclass(frozen=True)
class KeyringStatus:
    """Whether a usable, encrypting keyring exists; ``reason`` says why not (English), ``code`` and ``params`` the
    same as a :data:`KEYRING_MESSAGES` code."""

    usable: bool
    reason: str
    backend: keyring.backend.KeyringBackend | None = None
    code: str = ""
    params: dict | None = None


def _refusal(code: str, **params) -> tuple[bool, str, str, dict]:
    return False, KEYRING_MESSAGES[code].format(**params), code, params


def _classify(backend: keyring.backend.KeyringBackend) -> tuple[bool, str, str, dict]:
    """(usable, English reason, code, params) for one backend."""
    cls = type(backend)
    module = cls.__module__
    name = f"{module}.{cls.__qualname__}"
    if cls in _trusted_classes:
        return True, "", "", {}
    if module.startswith("keyring.backends.fail") or module.startswith("keyring.backends.null"):
        return _refusal("keyring_none")
    if module.startswith("keyrings.alt") or "plaintext" in cls.__name__.lower():
        return _refusal("keyring_plaintext", name=name)
    if module.startswith(_ENCRYPTING_MODULES):
        try:
            if backend.priority <= 0:  # the backend says it cannot run here (e.g. no D-Bus session)
                return _refusal("keyring_not_running")
        except Exception:  # noqa: BLE001 - keyring backends raise anything from priority
            return _refusal("keyring_not_running")
        return True, "", "", {}
    return _refusal("keyring_unknown", name=name)


def keyring_status(backend: keyring.backend.KeyringBackend | None = None) -> KeyringStatus:
    """Find an encrypting keyring: ``backend`` if given, else the default one (looking inside a chainer)."""
    if backend is None:
        try:
            backend = keyring.get_keyring()
        except Exception as exc:  # noqa: BLE001 - a broken keyring configuration must never crash the app
            _usable, reason, code, params = _refusal("keyring_broken", detail=type(exc).__name__)
            return KeyringStatus(False, reason, None, code, params)
    candidates = list(getattr(backend, "backends", None) or [backend])
    refusals = []
    for candidate in candidates:
        ok, reason, code, params = _classify(candidate)
        if ok:
            return KeyringStatus(True, "", candidate)
        refusals.append((reason, code, params))
    reason, code, params = refusals[0] if refusals else _refusal("keyring_none")[1:]
    return KeyringStatus(False, reason, None, code, params)


class RememberedKey:
    """Save, load and forget one profile's key in an encrypting keyring (entry named by the key file's id)."""

    def __init__(self, file_id: bytes, backend: keyring.backend.KeyringBackend | None = None):
        self.username = file_id.hex()
        self._backend = backend

    def _usable_backend(self) -> keyring.backend.KeyringBackend:
        status = keyring_status(self._backend)
        if not status.usable:
            raise KeyringUnavailable(status.reason)
        return status.backend

    def save(self, secret: bytes) -> None:
        try:
            self._usable_backend().set_password(SERVICE, self.username, secret.hex())
        except keyring.errors.KeyringError as exc:
            raise KeyringUnavailable(f"The keyring refused to store the key: {exc}") from None

    def load(self) -> bytes | None:
        """The remembered secret, or None when nothing is remembered or no usable keyring exists."""
        try:
            backend = self._usable_backend()
            value = backend.get_password(SERVICE, self.username)
        except (KeyringUnavailable, keyring.errors.KeyringError):
            return None
        if not value:
            return None
        try:
            return bytes.fromhex(value)
        except ValueError:
            return None

    def forget(self) -> None:
        """Remove the entry if there is one; silent when there is none or no keyring exists."""
        try:
            self._usable_backend().delete_password(SERVICE, self.username)
        except (KeyringUnavailable, keyring.errors.KeyringError):
            pass
