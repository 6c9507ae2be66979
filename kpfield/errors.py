"""Typed errors of the KP Field core; the UI maps each ``code`` to translated text.

Every error carries a stable ``code`` and its parameters (``details``). The class gives the general code
(``coordinate``); a raise site that knows the precise case names it with ``code=`` and passes what the message
needs as keywords::

    raise CoordinateError(f"Latitude {lat:g} is out of range ...", code="coordinate_latitude_range", value=f"{lat:g}")

The English message is for the command line and logs; the GUI words each code itself, translated
(``ui/errors.py``, one line per code), and a test checks that every code raised here has its translated entry.
"""

from __future__ import annotations


class KPFieldError(Exception):
    """Base of every error the core raises on purpose.

    :param message: a plain-English, one-line explanation (used by the CLI and logs; never contains secrets).
    :param code: the precise case, a string literal (default: the class's general ``code``).
    :param details: the parameters a translated message may show (``{name}`` in the GUI's table).
    ``code`` is a stable identifier the GUI uses to choose a translated message.
    """

    code = "error"

    def __init__(self, message: str, *, code: str | None = None, **details):
        super().__init__(message)
        self.message = message
        self.details = details
        if code is not None:
            self.code = code

    def codes(self) -> list[str]:
        """This error's code, then the more general codes of its classes (the GUI uses the first it words)."""
        out = [self.code]
        for cls in type(self).__mro__:
            code = cls.__dict__.get("code")
            if isinstance(code, str) and code not in out:
                out.append(code)
        return out

    def __str__(self) -> str:
        return self.message


# --- store -----------------------------------------------------------------------------------------------
class StoreError(KPFieldError):
    code = "store"


class WrongPassphrase(StoreError):
    code = "wrong_passphrase"


class KeyFileMissing(StoreError):
    code = "keyfile_missing"


class KeyFileDamaged(StoreError):
    code = "keyfile_damaged"


class DatabaseMissing(StoreError):
    code = "database_missing"


class NotOurDatabase(StoreError):
    """The file is not a KP Field store, the key does not open it, or it is damaged."""

    code = "not_our_database"


class DatabaseDamaged(StoreError):
    code = "database_damaged"


class SchemaTooNew(StoreError):
    code = "schema_too_new"


class ProfileExists(StoreError):
    code = "profile_exists"


class ProfileNotFound(StoreError):
    code = "profile_not_found"


class KeyringUnavailable(StoreError):
    code = "keyring_unavailable"


class WeakPassphrase(StoreError):
    code = "weak_passphrase"


class StoreLocked(StoreError):
    code = "store_locked"


# --- model -----------------------------------------------------------------------------------------------
class ValidationError(KPFieldError):
    code = "validation"


class NotFound(KPFieldError):
    code = "not_found"


class ReportFrozen(KPFieldError):
    code = "report_frozen"


# --- geo -------------------------------------------------------------------------------------------------
class CoordinateError(ValidationError):
    """Manual coordinates that cannot be understood, are out of range or are ambiguous."""

    code = "coordinate"


class NMEAError(KPFieldError):
    """NMEA input that is not NMEA text at all (binary protocol, garbage)."""

    code = "nmea"


class NoFix(KPFieldError):
    """The source is valid NMEA but holds no valid position."""

    code = "no_fix"


# --- media -----------------------------------------------------------------------------------------------
class PhotoError(KPFieldError):
    code = "photo"


class NotAnImage(PhotoError):
    code = "not_an_image"


class TruncatedImage(PhotoError):
    code = "truncated_image"


class DecompressionBomb(PhotoError):
    code = "decompression_bomb"


class UnsupportedImageFormat(PhotoError):
    code = "unsupported_image_format"


# --- crypto / sync ---------------------------------------------------------------------------------------
class CryptoError(KPFieldError):
    code = "crypto"


class EnvelopeError(CryptoError):
    """An envelope that is malformed, of an unknown version, tampered with, or not addressed to us."""

    code = "envelope"


class InvitationError(KPFieldError):
    code = "invitation"


class SyncError(KPFieldError):
    code = "sync"


class AuthError(SyncError):
    code = "auth"


# --- sync: identities, canonical JSON, envelopes ---------------------------------------------------------
class IdentityError(CryptoError):
    """Key material or a public identity that is malformed (wrong length, unknown version, bad encoding)."""

    code = "identity"


class SignatureInvalid(CryptoError):
    """A signature does not verify with the expected key for the expected purpose."""

    code = "signature_invalid"


class CanonicalJSONError(ValidationError):
    """A value that has no canonical JSON form, or bytes that are not canonical JSON."""

    code = "canonical_json"


class NotAnEnvelope(EnvelopeError):
    code = "not_an_envelope"


class UnsupportedVersion(EnvelopeError):
    code = "unsupported_version"


class NotForUs(EnvelopeError):
    """None of the envelope's recipient slots opens with our key."""

    code = "not_for_us"


class EnvelopeTruncated(EnvelopeError):
    code = "envelope_truncated"


class EnvelopeTampered(EnvelopeError):
    """Authenticated decryption failed: the envelope was altered or damaged."""

    code = "envelope_tampered"


class EnvelopeMalformed(EnvelopeError):
    """The envelope decrypts but its structure or limits are wrong."""

    code = "envelope_malformed"


class ManifestMalformed(EnvelopeError):
    code = "manifest_malformed"


class ManifestSignatureInvalid(SignatureInvalid, EnvelopeError):
    """A manifest's signature does not verify with the device's enrolled key (or names another device)."""

    code = "manifest_signature_invalid"


class AttachmentMismatch(EnvelopeError):
    """Attachment bytes differ from what the signed manifest declares (size or SHA-256)."""

    code = "attachment_mismatch"


# --- geo: GPS receivers ----------------------------------------------------------------------------------
class GPSReceiverError(KPFieldError):
    """A GPS receiver's serial port cannot be opened or stopped responding (unplugged, in use, no permission)."""

    code = "gps_receiver"


# --- sync: HTTP transport and server -------------------------------------------------------------------------
class ServerRefused(SyncError):
    """The server answered a request with an error it will repeat (details: ``status``, ``error``)."""

    code = "server_refused"


class ServerQuotaExceeded(ServerRefused):
    """The server holds as many unfinished uploads of this device as it allows (details: the quota and usage).

    Not a failure of the report: it is sent on a later sync, once earlier uploads finished or expired.
    """

    code = "server_quota"


class DeviceRevoked(AuthError):
    """The server refuses this device: its access was revoked."""

    code = "device_revoked"


class NetworkError(SyncError):
    """The server could not be reached or the link failed too many times in a row."""

    code = "network"


class TLSPinMismatch(SyncError):
    """The server's TLS certificate is not the one the invitation pinned (a different server, or interception)."""

    code = "tls_pin_mismatch"


class ReceiptInvalid(SignatureInvalid):
    """A receipt that is not signed by the pinned server key or does not match the envelope sent."""

    code = "receipt_invalid"


class SyncCancelled(SyncError):
    code = "sync_cancelled"


# --- field safety ----------------------------------------------------------------------------------------
class KeyBackupDamaged(StoreError):
    """A key backup file that is not one, is truncated, or was altered."""

    code = "key_backup_damaged"


class RecoveryFailed(StoreError):
    """Recovery shares or a backup that do not combine, or whose key opens no store in the profile folder."""

    code = "recovery_failed"


class ExportError(KPFieldError):
    """An export could not be made (bad option, missing font, unwritable destination); nothing was written."""

    code = "export_error"


class BundleRefused(ExportError):
    """A file given as an evidence bundle is not one, or is hostile (path traversal, zip bomb); nothing was read."""

    code = "bundle_refused"


class ReviewChanged(KPFieldError):
    """A review change was made on a revision another coordinator has changed since; nothing was saved."""

    code = "review_changed"
