"""The one table of what the user reads when something goes wrong: the core's error codes, worded and translated.

The core raises errors that carry a stable ``code`` and parameters (:mod:`kpfield.errors`); this module is the only
place in the GUI that turns them into sentences. To add a code: raise it in the core (``code="..."``) and add one
line to :data:`MESSAGES` below (``{name}`` placeholders are filled from the error's parameters); then refresh the
catalogues (``python -m ui.i18n_build``) and translate the new line in French and Portuguese. A test walks every code
the core defines and fails when one has no line here or no translation.

Keys:
- ``code``: an error code (``coordinate_swapped``), a code of verification details, consistency hints or readiness
  problems (``*_MESSAGES`` tables in the core);
- ``code/situation``: the same error worded for one situation where the general wording would mislead
  (``network/send``: a coordinator's message, not reports in the outbox);
- ``server_refused:ERROR``: the server's own error code (``invitation_used``), which the server sends with its refusal.

No English sentence from the core is ever shown: an error without an entry falls back to its more general code (the
error class's), and finally to "Something went wrong".
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "errors"


def _m(text: str) -> str:  # marks a source text for lupdate; translated when shown
    return QT_TRANSLATE_NOOP("errors", text)


MESSAGES: dict[str, str] = {
    # --- generic, by error class -------------------------------------------------------------------------------
    "error": _m("Something went wrong."),
    "store": _m("The reports store cannot be used. KP Field has not changed anything."),
    "validation": _m("Some of what was entered cannot be used. Check it and try again."),
    "not_found": _m("It was not found: it may have been removed."),
    "crypto": _m("A cryptographic check failed. Nothing was trusted or changed."),
    "sync": _m("Syncing with the server failed. Reports stay in the outbox and are sent later."),
    "usage": _m("That command was used in a way KP Field does not understand."),
    "user": _m("That command was used in a way KP Field does not understand."),
    "server_usage": _m("That command was used in a way KP Field does not understand."),
    "server_setup": _m("The sync server is not set up correctly."),
    # --- store and profile ---------------------------------------------------------------------------------------
    "wrong_passphrase": _m("Wrong passphrase. Check the keyboard layout and Caps Lock, then try again."),
    "wrong_backup_passphrase": _m("Wrong backup passphrase, or the backup file was altered."),
    "current_passphrase_wrong": _m("The current passphrase is wrong."),
    "not_duress_passphrase": _m("That is not the duress passphrase."),
    "passphrase_same_as_other": _m("Choose a different passphrase."),
    "duress_same_as_real": _m("The duress passphrase must differ from the real one."),
    "keyfile_missing": _m(
        "The key file (profile.key) is missing from the profile folder. Without it the reports cannot be "
        "opened. If you have a backup of the key file, put it back in the profile folder."),
    "keyfile_damaged": _m(
        "The key file (profile.key) is damaged, so the reports cannot be opened. Restore it from a backup if "
        "you have one. KP Field has not changed anything."),
    "database_missing": _m("The reports database is missing from the profile folder."),
    "not_our_database": _m(
        "The reports database cannot be opened with this profile's key: it is damaged or belongs to another "
        "profile. KP Field has not changed anything."),
    "database_damaged": _m(
        "The reports database is damaged. KP Field has not changed anything; restore it from a backup."),
    "schema_too_new": _m("These reports were saved by a newer version of KP Field. Update KP Field to open them."),
    "profile_exists": _m("A KP Field profile already exists in this folder; it was left untouched."),
    "profile_not_found": _m("There is no KP Field profile in this folder."),
    "weak_passphrase": _m("This passphrase is too weak."),
    "weak_passphrase_short": _m(
        "This passphrase is too weak. Use at least {min_length} characters; several unrelated words work well."),
    "weak_passphrase_guessable": _m(
        "This passphrase is too weak: it would be easy to guess. Add more unrelated words."),
    "keyring_unavailable": _m("No secure keyring is available on this computer."),
    "store_locked": _m("KP Field is locked."),
    "report_frozen": _m("This report was marked ready and is frozen; editing creates a new version."),
    "key_backup_damaged": _m("This key backup is damaged or altered, so it cannot be used."),
    "key_backup_not_one": _m("This file is not a KP Field key backup, or it is damaged."),
    "recovery_failed": _m("The recovery did not work: the shares or the backup do not open this profile."),
    "recovery_shares_do_not_combine": _m(
        "The recovery shares do not combine: check each word, and that enough shares of the same set are given."),
    "recovery_key_opens_nothing": _m("The recovered key opens no store in this profile folder."),
    "recovery_shares_range": _m("Recovery shares need 2 ≤ threshold ≤ shares ≤ 16."),
    "wipe_after_range": _m("The number of failed unlocks before a wipe must be between 1 and 1000."),
    "wipe_after_too_few": _m("Wiping after fewer than 3 failed unlocks would destroy data after a typo."),
    # --- reports -------------------------------------------------------------------------------------------------
    "report_not_ready": _m("The report is not ready yet."),
    "ready_no_type": _m("Choose at least one incident type."),
    "ready_no_time": _m("Say when the incident happened (an approximate time is fine)."),
    "time_without_zone": _m("Times must carry a time zone."),
    "time_not_iso": _m("“{text}” is not a date and time."),
    "incident_ends_before_start": _m("The incident cannot end before it starts."),
    "count_not_whole": _m("A count must be a whole number."),
    "count_negative": _m("A count cannot be negative."),
    "text_not_text": _m("A field holds something that is not text."),
    "text_too_long": _m("A text is too long ({length} characters; at most {limit})."),
    "perpetrator_category_unknown": _m("Unknown perpetrator category “{category}”."),
    "witness_without_pseudonym": _m("A witness needs at least a pseudonym."),
    "report_id_invalid": _m("“{id}” is not a report id."),
    "severity_range": _m("Severity must be from 1 (low) to 5 (critical)."),
    "incident_types_not_codes": _m("The incident types are not valid."),
    "report_data_malformed": _m("The report data is damaged and cannot be read."),
    "caption_too_long": _m("A caption can be at most {limit} characters."),
    "too_many_photos": _m("A report can hold at most {limit} photos."),
    # --- coordinates ---------------------------------------------------------------------------------------------
    "coordinate": _m("These coordinates cannot be used."),
    "coordinate_not_text": _m("Coordinates must be text."),
    "coordinate_not_number": _m("A coordinate must be a number."),
    "coordinate_not_finite": _m("A coordinate must be a finite number."),
    "coordinate_null_island": _m("0, 0 is what devices write when they have no position; enter the real location."),
    "coordinate_empty": _m("No coordinates were given."),
    "coordinate_too_long": _m("That is too long to be coordinates ({length} characters)."),
    "coordinate_two_decimal_points": _m("The number “{number}” has more than one decimal point."),
    "coordinate_bad_character": _m("The character “{character}” cannot be part of coordinates."),
    "coordinate_bad_word": _m(
        "“{word}” is not understood: only numbers, °, ', \" and the hemisphere letters N, S, E, W (or O for west) "
        "can be used."),
    "coordinate_letter_without_number": _m("The letter {letter} is not followed by a number."),
    "coordinate_first_value_missing": _m("The coordinates start with “{start}”: the first value is missing."),
    "coordinate_two_hemispheres": _m(
        "Two hemisphere letters in a row ({first} and {second}) contradict each other or are repeated."),
    "coordinate_symbol_alone": _m("The symbol {symbol} must follow a number."),
    "coordinate_cannot_split": _m(
        "{count} numbers cannot be split into latitude and longitude without guessing: add N/S and E/W letters or "
        "put a comma between the two values."),
    "coordinate_one_value": _m("Only one value was given: both latitude and longitude are needed."),
    "coordinate_too_many_values": _m("{count} values were found where two (latitude and longitude) are expected."),
    "coordinate_too_many_parts": _m("A value has {count} numbers: at most degrees, minutes and seconds."),
    "coordinate_parts_order": _m("Degrees, minutes and seconds must come in that order, without gaps."),
    "coordinate_sign_on_minutes": _m("Only the degrees can carry a sign, not the minutes."),
    "coordinate_sign_on_seconds": _m("Only the degrees can carry a sign, not the seconds."),
    "coordinate_decimals_not_last": _m("Only the last part can have decimals; {number} has some."),
    "coordinate_minutes_range": _m("Minutes {number} are out of range: they must be less than 60."),
    "coordinate_seconds_range": _m("Seconds {number} are out of range: they must be less than 60."),
    "coordinate_sign_and_hemisphere": _m(
        "Both a sign and the hemisphere letter {letter} are given, which is ambiguous: write either {negative} or "
        "{positive}."),
    "coordinate_two_latitudes": _m(
        "Both values are marked as latitudes (N/S): one latitude (N/S) and one longitude (E/W) are needed."),
    "coordinate_two_longitudes": _m(
        "Both values are marked as longitudes (E/W): one latitude (N/S) and one longitude (E/W) are needed."),
    "coordinate_swapped": _m(
        "Latitude {value} is out of range: it must be between -90 and 90 (latitude comes first: were the values "
        "swapped?)."),
    "coordinate_latitude_range": _m("Latitude {value} is out of range: it must be between -90 and 90."),
    "coordinate_longitude_range": _m("Longitude {value} is out of range: it must be between -180 and 180."),
    "coordinate_negative_accuracy": _m("Accuracy {value} m is negative: it must be 0 or more."),
    # --- GPS -----------------------------------------------------------------------------------------------------
    "nmea": _m("This GPS data cannot be read."),
    "nmea_too_large": _m("The GPS data is larger than {limit} bytes; only the end of a log is needed."),
    "nmea_unreadable": _m("The GPS log cannot be read."),
    "nmea_binary": _m(
        "This is not NMEA text: it looks like binary data (e.g. a SiRF/UBX protocol); set the receiver to NMEA "
        "mode."),
    "nmea_empty": _m("The GPS log is empty: it holds no NMEA sentences."),
    "nmea_bad_checksums": _m(
        "The GPS data has {count} NMEA sentences but every checksum is wrong: the data is damaged or the receiver "
        "uses another speed (baud rate)."),
    "nmea_missing_checksums": _m(
        "The GPS data has {count} sentences without a checksum; positions that cannot be checked are not used."),
    "nmea_none": _m("This is not NMEA text: no NMEA sentences ($GPGGA, $GPRMC, ...) were found."),
    "no_fix": _m("The GPS data holds no valid position."),
    "no_fix_simulator": _m(
        "The GPS log has {count} sentences but no valid position: the receiver is in simulator mode."),
    "no_fix_no_position_sentences": _m(
        "The GPS log has {count} sentences but no valid position: it holds no position sentences (GGA, RMC or "
        "GLL)."),
    "no_fix_no_fix": _m(
        "The GPS log has {count} sentences but no valid position: the receiver reported no fix (status V / "
        "quality 0)."),
    "gps_receiver": _m("The GPS receiver cannot be used."),
    "gps_receiver_cannot_open": _m(
        "The GPS receiver on {port} cannot be opened: it is unplugged, in use by another program, or this user may "
        "not open it."),
    "gps_receiver_stopped": _m("The GPS receiver on {port} stopped responding (unplugged?)."),
    # --- photos --------------------------------------------------------------------------------------------------
    "photo": _m("This photo cannot be used."),
    "not_an_image": _m("This file is not a photo KP Field can read."),
    "truncated_image": _m("The photo is damaged or incomplete."),
    "decompression_bomb": _m("The photo is too large to open safely. It may be a decompression bomb."),
    "unsupported_image_format": _m("{format} images are not supported; please use JPEG, PNG, HEIC or WebP."),
    "heic_unavailable": _m("HEIC photos need the pillow-heif package, which is not installed."),
    # --- sync, server, invitations -------------------------------------------------------------------------------
    "not_enrolled": _m("This profile is not connected to a sync server yet."),
    "already_enrolled": _m("This profile is already connected to a sync server."),
    "no_coordinator_keys": _m(
        "No coordinator keys are known yet, so nothing can be encrypted. Sync again once a coordinator has "
        "enrolled."),
    "auth": _m("The server did not accept this device's signature. Check the computer's clock; if it is right, "
               "tell the server operator."),
    "device_revoked": _m("The server operator has disconnected this device. Nothing more will be sent."),
    "network": _m("The server cannot be reached. Reports stay in the outbox and are sent when it can be."),
    "network/send": _m("The server cannot be reached, so the message was not sent. Try again when you are online."),
    "network/enrol": _m("The server cannot be reached. Check the connection and try again."),
    "tls_pin_mismatch": _m(
        "The server's certificate does not match the one pinned at enrolment. Nothing was sent. Tell the server "
        "operator; do not sync from this network."),
    "tls_pin_mismatch/send": _m(
        "The server's certificate does not match the pinned one. Nothing was sent; do not use this network."),
    "tls_pin_mismatch/enrol": _m(
        "The server's certificate does not match the invitation. Nothing was sent. Tell the server operator."),
    "server_refused": _m("The server refused the request (HTTP {status}, {error})."),
    "server_refused/enrol": _m("The server refused the enrolment (HTTP {status}, {error})."),
    "server_failed": _m("The server has a problem. Reports stay in the outbox and are sent later."),
    "server_refused:invitation_used": _m(
        "This invitation has already been used. Each invitation works once: ask the server operator for a new one."),
    "server_refused:invitation_expired": _m(
        "The server says this invitation has expired. Ask the server operator for a new one."),
    "server_refused:invitation_unknown_token": _m(
        "The server does not know this invitation. Check that it is the latest one."),
    "server_refused:invitation_role_mismatch": _m("This invitation is for another role."),
    "server_refused:invitation_already_enrolled": _m("This device is already enrolled on that server."),
    "server_refused:rate_limited": _m("The server is busy with too many requests. Try again in a minute."),
    "sync_cancelled": _m("Syncing was stopped."),
    "invitation": _m(
        "This invitation is damaged or incomplete: it was cut short or changed on the way. Copy all of it again, "
        "or ask for it again."),
    "invitation_not_one": _m("This is not a KP Field invitation. An invitation starts with KPF1-."),
    "invitation_signature": _m(
        "This invitation was altered or damaged on the way: its signature does not match. Ask the server operator "
        "to send it again."),
    "invitation_expired": _m("This invitation has expired. Ask the server operator for a new one."),
    "invitation_file_unreadable": _m("The file {name} cannot be read."),
    "invitation_file_not_one": _m("The file {name} is not an invitation."),
    "message_text_invalid": _m("A message must hold text (at most {limit} characters)."),
    "message_device_revoked": _m("The device that sent this report is revoked or unknown: the message was not sent."),
    "no_verified_report": _m("This report has not been received from a verified device."),
    # --- what was received: envelopes, signatures ----------------------------------------------------------------
    "envelope": _m("A received envelope is damaged or was altered; it was not trusted."),
    "not_an_envelope": _m("This is not a KP Field envelope."),
    "unsupported_version": _m("This was made by a newer version of KP Field. Update KP Field to read it."),
    "not_for_us": _m("This envelope is not addressed to this profile."),
    "envelope_truncated": _m("The envelope is incomplete: it was cut short."),
    "envelope_tampered": _m("The envelope was altered or damaged: it does not decrypt."),
    "envelope_malformed": _m("The envelope opens but its contents are malformed."),
    "manifest_malformed": _m("The signed manifest is malformed."),
    "manifest_signature_invalid": _m("The manifest's signature does not verify with the sending device's key."),
    "attachment_mismatch": _m("A photo differs from what the signed manifest declares."),
    "identity": _m("A key or device identity is malformed."),
    "signature_invalid": _m("A signature does not verify: the data was altered or signed by someone else."),
    "canonical_json": _m("Signed data is not in its canonical form."),
    "receipt_invalid": _m("The server's receipt does not verify with the pinned server key."),
    # --- coordinator's review --------------------------------------------------------------------------------------
    "review_changed": _m(
        "Another coordinator changed this review meanwhile (now revision {revision}); nothing was saved. Look at "
        "their change, then try again."),
    "duplicate_needs_other": _m("A duplicate must name another received report."),
    "note_invalid": _m("A note must hold text (at most {limit} characters)."),
    "tags_invalid": _m("Tags must be non-empty text of at most {limit} characters."),
    # --- verification details of a received envelope (kpfield.coordinator.verify.DETAIL_MESSAGES) ---------------
    "check_envelope_refused": _m("it cannot be opened: {reason}"),
    "check_envelope_opened": _m("opened"),
    "check_envelope_intact": _m("opened; structure and padding intact"),
    "check_envelope_hash_differs": _m(
        "the bytes the server delivered hash to {actual}, not to {expected} as the feed and receipt say: altered on "
        "the server or in transit"),
    "check_photos_differ": _m("a photo differs from the signed manifest: {reason}"),
    "check_photos_match": _m("all {count} photo(s) match the SHA-256 in the signed manifest"),
    "check_device_unknown_to_server": _m("the server knows no device {device}"),
    "check_manifest_names_other_device": _m("the manifest names device {named}, but device {device} uploaded it"),
    "check_signature_fails": _m("the signature does not verify with the key device {device} enrolled with: {reason}"),
    "check_signature_ok": _m("signed by device {device} ({label}) with the key it enrolled with on {enrolled_at}"),
    "check_signature_ok_unlabelled": _m(
        "signed by device {device} (no label) with the key it enrolled with on {enrolled_at}"),
    "check_no_receipt": _m("the server gave no receipt for this envelope"),
    "check_receipt_invalid": _m("the receipt does not verify: {reason}"),
    "check_receipt_ok": _m("signed by the pinned server key, naming this envelope, size and device"),
    "check_device_unknown": _m("device unknown to the server"),
    "check_device_revoked": _m("device {device} was revoked on {revoked_at}"),
    "check_device_ok": _m("device enrolled and not revoked"),
    "check_chain_replayed": _m("envelope seq {seq} was delivered more than once (replayed)"),
    "check_chain_fork": _m("fork: device signed another envelope at seq {seq} ({others})"),
    "check_chain_gap": _m("gap: envelope seq {missing} from this device has not arrived (missing or withheld)"),
    "check_chain_wrong_predecessor": _m(
        "this envelope follows {prev}, not the envelope received at seq {previous_seq} ({previous_sha256})"),
    "check_chain_first_names_predecessor": _m("the first envelope of the chain names a predecessor"),
    "check_chain_ok": _m("seq {seq} follows its predecessor"),
    # --- consistency hints (kpfield.coordinator.hints.HINT_MESSAGES) ----------------------------------------------
    "hint_photo_far": _m("photo {name}: its GPS position is {km} km from the reported location"),
    "hint_photo_time": _m("photo {name}: taken {hours} h from the reported incident time"),
    "hint_clock_ahead": _m(
        "device clock looks wrong: the envelope says it was made {hours} h after the server received it"),
    "hint_clock_behind": _m(
        "device clock looks wrong: the envelope says it was made {hours} h before the server received it"),
    # --- exports -------------------------------------------------------------------------------------------------
    "export_error": _m("The export could not be made; nothing was written."),
    "export_folder_missing": _m("The folder {folder} does not exist; nothing was written."),
    "pdf_font_missing": _m(
        "No Unicode font for the PDF: DejaVu Sans was not found. Install the fonts-dejavu package."),
    "bundle_cannot_redact": _m(
        "An evidence bundle cannot leave out witnesses or photos or round locations: its signed manifests hold "
        "them. Export a PDF, CSV or map instead."),
    "bundle_unsent_reports": _m(
        "Some reports ({count}) were never sent, so no signed manifest vouches for them. Send them first, or leave "
        "them out."),
    "bundle_refused": _m("This file is not an evidence bundle, or it is unsafe to open; nothing was read."),
}
UNEXPECTED = _m("Something went wrong: %s")
_SERVER_CODE = re.compile(r"[a-z0-9_]{1,40}")


class _Params(dict):
    """Parameters for a message: a placeholder the error did not fill stays visible instead of failing."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _keys(codes: list[str], situation: str | None, server_error: str | None) -> list[str]:
    keys = []
    for code in codes:
        if server_error:
            keys.append(f"{code}:{server_error}")
        if situation:
            keys.append(f"{code}/{situation}")
        keys.append(code)
    return keys


def describe_code(code: str, params: dict | None = None, situation: str | None = None) -> str:
    """The translated message for ``code`` with ``params`` filled in (``{name}`` placeholders)."""
    for key in _keys([code], situation, None):
        if key in MESSAGES:
            return QCoreApplication.translate(CONTEXT, MESSAGES[key]).format_map(_Params(params or {}))
    return QCoreApplication.translate(CONTEXT, MESSAGES["error"])


def describe(exc: BaseException, situation: str | None = None) -> str:
    """A sentence for the user: what happened and, where there is one, what they can do.

    :param situation: ``"send"`` (a coordinator's message) or ``"enrol"`` (connecting to a server), where the
        general wording of some codes would mislead.
    """
    codes = exc.codes() if hasattr(exc, "codes") else []
    if not codes:
        return QCoreApplication.translate(CONTEXT, UNEXPECTED) % type(exc).__name__
    details = dict(getattr(exc, "details", {}) or {})
    server_error = details.get("error")
    # The server chose this word: shown only when it looks like an error code, never as text it could shape.
    if not (isinstance(server_error, str) and _SERVER_CODE.fullmatch(server_error)):
        server_error = None
        details.pop("error", None)
    for key in _keys(codes, situation, server_error):
        if key in MESSAGES:
            return QCoreApplication.translate(CONTEXT, MESSAGES[key]).format_map(_Params(details))
    return QCoreApplication.translate(CONTEXT, UNEXPECTED) % codes[0]


def describe_part(item: dict) -> str:
    """One verification detail or consistency hint (``{"code", "params"}``), translated.

    A detail made from a core error (``error_code``) says that error in the user's language as ``{reason}``. Items
    stored before details had codes are plain English strings and are shown as they are.
    """
    if isinstance(item, str):
        return item
    params = dict(item.get("params") or {})
    if "error_code" in params:
        params["reason"] = describe_code(params.pop("error_code"), params.pop("error_details", None))
    return describe_code(item.get("code") or "error", params)


def describe_check(check: dict) -> str:
    """A verification check's detail, translated (its parts joined by "; ")."""
    parts = check.get("parts")
    if not parts:
        return check.get("detail") or ""  # checked before details had codes
    return "; ".join(describe_part(p) for p in parts)
