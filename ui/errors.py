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

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from ui.i18n import current_language

CONTEXT = "errors"


# Each text is marked with QT_TRANSLATE_NOOP("errors", ...) written out: lupdate extracts only what it sees
# literally (not through a wrapper), and a text it does not extract is never translated.
MESSAGES: dict[str, str] = {
    # --- generic, by error class -------------------------------------------------------------------------------
    "error": QT_TRANSLATE_NOOP("errors", "Something went wrong."),
    "store": QT_TRANSLATE_NOOP("errors", "The reports store cannot be used. KP Field has not changed anything."),
    "validation": QT_TRANSLATE_NOOP("errors", "Some of what was entered cannot be used. Check it and try again."),
    "not_found": QT_TRANSLATE_NOOP("errors", "It was not found: it may have been removed."),
    "crypto": QT_TRANSLATE_NOOP("errors", "A cryptographic check failed. Nothing was trusted or changed."),
    "sync": QT_TRANSLATE_NOOP(
        "errors", "Syncing with the server failed. Reports stay in the outbox and are sent later."),
    "usage": QT_TRANSLATE_NOOP("errors", "That command was used in a way KP Field does not understand."),
    "user": QT_TRANSLATE_NOOP("errors", "That command was used in a way KP Field does not understand."),
    "server_usage": QT_TRANSLATE_NOOP("errors", "That command was used in a way KP Field does not understand."),
    "server_setup": QT_TRANSLATE_NOOP("errors", "The sync server is not set up correctly."),
    # --- store and profile ---------------------------------------------------------------------------------------
    "wrong_passphrase": QT_TRANSLATE_NOOP(
        "errors", "Wrong passphrase. Check the keyboard layout and Caps Lock, then try again."),
    "wrong_backup_passphrase": QT_TRANSLATE_NOOP(
        "errors", "The backup passphrase is wrong, or the backup file was altered. Nothing was changed."),
    "current_passphrase_wrong": QT_TRANSLATE_NOOP("errors", "The current passphrase is wrong. Nothing was changed."),
    "duress_passphrase_unusable": QT_TRANSLATE_NOOP(
        "errors", "This duress passphrase cannot be used: choose another. Nothing was changed."),
    "not_duress_passphrase": QT_TRANSLATE_NOOP("errors", "That is not the duress passphrase."),
    "passphrase_same_as_other": QT_TRANSLATE_NOOP("errors", "Choose a different passphrase."),
    "duress_same_as_real": QT_TRANSLATE_NOOP("errors", "The duress passphrase must differ from the real one."),
    "keyfile_missing": QT_TRANSLATE_NOOP("errors",
        "The key file (profile.key) is missing from the profile folder. Without it the reports cannot be "
        "opened. If you have a backup of the key file, put it back in the profile folder."),
    "keyfile_damaged": QT_TRANSLATE_NOOP("errors",
        "The key file (profile.key) is damaged, so the reports cannot be opened. Restore it from a backup if "
        "you have one. KP Field has not changed anything."),
    "database_missing": QT_TRANSLATE_NOOP("errors", "The reports database is missing from the profile folder."),
    "not_our_database": QT_TRANSLATE_NOOP("errors",
        "The reports database cannot be opened with this profile's key: it is damaged or belongs to another "
        "profile. KP Field has not changed anything."),
    "database_damaged": QT_TRANSLATE_NOOP("errors",
        "The reports database is damaged. KP Field has not changed anything; restore it from a backup."),
    "schema_too_new": QT_TRANSLATE_NOOP(
        "errors", "These reports were saved by a newer version of KP Field. Update KP Field to open them."),
    "profile_exists": QT_TRANSLATE_NOOP(
        "errors", "A KP Field profile already exists in this folder; it was left untouched."),
    "profile_not_found": QT_TRANSLATE_NOOP("errors", "There is no KP Field profile in this folder."),
    "weak_passphrase": QT_TRANSLATE_NOOP("errors", "This passphrase is too weak."),
    "weak_passphrase_short": QT_TRANSLATE_NOOP("errors",
        "This passphrase is too weak. Use at least {min_length} characters; several unrelated words work well."),
    "weak_passphrase_guessable": QT_TRANSLATE_NOOP("errors",
        "This passphrase is too weak: it would be easy to guess. Add more unrelated words."),
    "keyring_unavailable": QT_TRANSLATE_NOOP("errors", "No secure keyring is available on this computer."),
    "store_locked": QT_TRANSLATE_NOOP("errors", "KP Field is locked."),
    "server_quota": QT_TRANSLATE_NOOP(
        "errors",
        "The server is still holding unfinished uploads from this device. The report stays in the outbox and is "
        "sent on a later sync."),
    "report_frozen": QT_TRANSLATE_NOOP(
        "errors", "This report was marked ready and is frozen; editing creates a new version."),
    "key_backup_damaged": QT_TRANSLATE_NOOP("errors", "This key backup is damaged or altered, so it cannot be used."),
    "key_backup_not_one": QT_TRANSLATE_NOOP("errors", "This file is not a KP Field key backup, or it is damaged."),
    "recovery_failed": QT_TRANSLATE_NOOP(
        "errors", "The recovery did not work: the shares or the backup do not open this profile."),
    "recovery_shares_do_not_combine": QT_TRANSLATE_NOOP("errors",
        "The recovery shares do not combine: check each word, and that enough shares of the same set are given."),
    "recovery_key_opens_nothing": QT_TRANSLATE_NOOP(
        "errors", "The recovered key opens no store in this profile folder."),
    "recovery_shares_range": QT_TRANSLATE_NOOP("errors", "Recovery shares need 2 ≤ threshold ≤ shares ≤ 16."),
    "wipe_after_range": QT_TRANSLATE_NOOP(
        "errors", "The number of failed unlocks before a wipe must be between 1 and 1000."),
    "wipe_after_too_few": QT_TRANSLATE_NOOP(
        "errors", "Wiping after fewer than 3 failed unlocks would destroy data after a typo."),
    # --- reports -------------------------------------------------------------------------------------------------
    "report_not_ready": QT_TRANSLATE_NOOP("errors", "The report is not ready yet."),
    "ready_no_type": QT_TRANSLATE_NOOP("errors", "Choose at least one incident type."),
    "ready_no_time": QT_TRANSLATE_NOOP("errors", "Say when the incident happened (an approximate time is fine)."),
    "time_without_zone": QT_TRANSLATE_NOOP("errors", "Times must carry a time zone."),
    "time_not_iso": QT_TRANSLATE_NOOP("errors", "“{text}” is not a date and time."),
    "incident_ends_before_start": QT_TRANSLATE_NOOP("errors", "The incident cannot end before it starts."),
    "count_not_whole": QT_TRANSLATE_NOOP("errors", "A count must be a whole number."),
    "count_negative": QT_TRANSLATE_NOOP("errors", "A count cannot be negative."),
    "text_not_text": QT_TRANSLATE_NOOP("errors", "A field holds something that is not text."),
    "text_too_long": QT_TRANSLATE_NOOP("errors", "A text is too long ({length} characters; at most {limit})."),
    "perpetrator_category_unknown": QT_TRANSLATE_NOOP("errors", "Unknown perpetrator category “{category}”."),
    "witness_without_pseudonym": QT_TRANSLATE_NOOP("errors", "A witness needs at least a pseudonym."),
    "report_id_invalid": QT_TRANSLATE_NOOP("errors", "“{id}” is not a report id."),
    "severity_range": QT_TRANSLATE_NOOP("errors", "Severity must be from 1 (low) to 5 (critical)."),
    "incident_types_not_codes": QT_TRANSLATE_NOOP("errors", "The incident types are not valid."),
    "report_data_malformed": QT_TRANSLATE_NOOP("errors", "The report data is damaged and cannot be read."),
    "caption_too_long": QT_TRANSLATE_NOOP("errors", "A caption can be at most {limit} characters."),
    "too_many_photos": QT_TRANSLATE_NOOP("errors", "A report can hold at most {limit} photos."),
    "not_deletable": QT_TRANSLATE_NOOP("errors",
        "Received reports are evidence: they cannot be deleted from a coordinator's store. Nothing was changed."),
    "delete_sent_unconfirmed": QT_TRANSLATE_NOOP("errors",
        "This report was sent: deleting it removes only this device's copy (the coordinators keep theirs). Confirm "
        "to delete it."),
    # --- coordinates ---------------------------------------------------------------------------------------------
    "coordinate": QT_TRANSLATE_NOOP("errors", "These coordinates cannot be used."),
    "coordinate_not_text": QT_TRANSLATE_NOOP("errors", "Coordinates must be text."),
    "coordinate_not_number": QT_TRANSLATE_NOOP("errors", "A coordinate must be a number."),
    "coordinate_not_finite": QT_TRANSLATE_NOOP("errors", "A coordinate must be a finite number."),
    "coordinate_null_island": QT_TRANSLATE_NOOP(
        "errors", "0, 0 is what devices write when they have no position; enter the real location."),
    "coordinate_empty": QT_TRANSLATE_NOOP("errors", "No coordinates were given."),
    "coordinate_too_long": QT_TRANSLATE_NOOP("errors", "That is too long to be coordinates ({length} characters)."),
    "coordinate_two_decimal_points": QT_TRANSLATE_NOOP(
        "errors", "The number “{number}” has more than one decimal point."),
    "coordinate_bad_character": QT_TRANSLATE_NOOP(
        "errors", "The character “{character}” cannot be part of coordinates."),
    "coordinate_bad_word": QT_TRANSLATE_NOOP("errors",
        "“{word}” is not understood: only numbers, °, ', \" and the hemisphere letters N, S, E, W (or O for west) "
        "can be used."),
    "coordinate_letter_without_number": QT_TRANSLATE_NOOP("errors", "The letter {letter} is not followed by a number."),
    "coordinate_first_value_missing": QT_TRANSLATE_NOOP(
        "errors", "The coordinates start with “{start}”: the first value is missing."),
    "coordinate_two_hemispheres": QT_TRANSLATE_NOOP("errors",
        "Two hemisphere letters in a row ({first} and {second}) contradict each other or are repeated."),
    "coordinate_symbol_alone": QT_TRANSLATE_NOOP("errors", "The symbol {symbol} must follow a number."),
    "coordinate_cannot_split": QT_TRANSLATE_NOOP("errors",
        "{count} numbers cannot be split into latitude and longitude without guessing: add N/S and E/W letters or "
        "put a comma between the two values."),
    "coordinate_one_value": QT_TRANSLATE_NOOP(
        "errors", "Only one value was given: both latitude and longitude are needed."),
    "coordinate_too_many_values": QT_TRANSLATE_NOOP(
        "errors", "{count} values were found where two (latitude and longitude) are expected."),
    "coordinate_too_many_parts": QT_TRANSLATE_NOOP(
        "errors", "A value has {count} numbers: at most degrees, minutes and seconds."),
    "coordinate_parts_order": QT_TRANSLATE_NOOP(
        "errors", "Degrees, minutes and seconds must come in that order, without gaps."),
    "coordinate_sign_on_minutes": QT_TRANSLATE_NOOP("errors", "Only the degrees can carry a sign, not the minutes."),
    "coordinate_sign_on_seconds": QT_TRANSLATE_NOOP("errors", "Only the degrees can carry a sign, not the seconds."),
    "coordinate_decimals_not_last": QT_TRANSLATE_NOOP(
        "errors", "Only the last part can have decimals; {number} has some."),
    "coordinate_minutes_range": QT_TRANSLATE_NOOP(
        "errors", "Minutes {number} are out of range: they must be less than 60."),
    "coordinate_seconds_range": QT_TRANSLATE_NOOP(
        "errors", "Seconds {number} are out of range: they must be less than 60."),
    "coordinate_sign_and_hemisphere": QT_TRANSLATE_NOOP("errors",
        "Both a sign and the hemisphere letter {letter} are given, which is ambiguous: write either {negative} or "
        "{positive}."),
    "coordinate_two_latitudes": QT_TRANSLATE_NOOP("errors",
        "Both values are marked as latitudes (N/S): one latitude (N/S) and one longitude (E/W) are needed."),
    "coordinate_two_longitudes": QT_TRANSLATE_NOOP("errors",
        "Both values are marked as longitudes (E/W): one latitude (N/S) and one longitude (E/W) are needed."),
    "coordinate_swapped": QT_TRANSLATE_NOOP("errors",
        "Latitude {value} is out of range: it must be between -90 and 90 (latitude comes first: were the values "
        "swapped?)."),
    "coordinate_latitude_range": QT_TRANSLATE_NOOP(
        "errors", "Latitude {value} is out of range: it must be between -90 and 90."),
    "coordinate_longitude_range": QT_TRANSLATE_NOOP(
        "errors", "Longitude {value} is out of range: it must be between -180 and 180."),
    "coordinate_negative_accuracy": QT_TRANSLATE_NOOP(
        "errors", "Accuracy {value} m is negative: it must be 0 or more."),
    # --- GPS -----------------------------------------------------------------------------------------------------
    "nmea": QT_TRANSLATE_NOOP("errors", "This GPS data cannot be read."),
    "nmea_too_large": QT_TRANSLATE_NOOP(
        "errors", "The GPS data is larger than {limit} bytes; only the end of a log is needed."),
    "nmea_unreadable": QT_TRANSLATE_NOOP("errors", "The GPS log cannot be read."),
    "nmea_binary": QT_TRANSLATE_NOOP("errors",
        "This is not NMEA text: it looks like binary data (e.g. a SiRF/UBX protocol); set the receiver to NMEA "
        "mode."),
    "nmea_empty": QT_TRANSLATE_NOOP("errors", "The GPS log is empty: it holds no NMEA sentences."),
    "nmea_bad_checksums": QT_TRANSLATE_NOOP("errors",
        "The GPS data has {count} NMEA sentences but every checksum is wrong: the data is damaged or the receiver "
        "uses another speed (baud rate)."),
    "nmea_missing_checksums": QT_TRANSLATE_NOOP("errors",
        "The GPS data has {count} sentences without a checksum; positions that cannot be checked are not used."),
    "nmea_none": QT_TRANSLATE_NOOP(
        "errors", "This is not NMEA text: no NMEA sentences ($GPGGA, $GPRMC, ...) were found."),
    "no_fix": QT_TRANSLATE_NOOP("errors", "The GPS data holds no valid position."),
    "no_fix_simulator": QT_TRANSLATE_NOOP("errors",
        "The GPS log has {count} sentences but no valid position: the receiver is in simulator mode."),
    "no_fix_no_position_sentences": QT_TRANSLATE_NOOP("errors",
        "The GPS log has {count} sentences but no valid position: it holds no position sentences (GGA, RMC or "
        "GLL)."),
    "no_fix_no_fix": QT_TRANSLATE_NOOP("errors",
        "The GPS log has {count} sentences but no valid position: the receiver reported no fix (status V / "
        "quality 0)."),
    "gps_receiver": QT_TRANSLATE_NOOP("errors", "The GPS receiver cannot be used."),
    "gps_receiver_cannot_open": QT_TRANSLATE_NOOP("errors",
        "The GPS receiver on {port} cannot be opened: it is unplugged, in use by another program, or this user may "
        "not open it."),
    "gps_receiver_stopped": QT_TRANSLATE_NOOP("errors", "The GPS receiver on {port} stopped responding (unplugged?)."),
    # --- photos --------------------------------------------------------------------------------------------------
    "photo": QT_TRANSLATE_NOOP("errors", "This photo cannot be used."),
    "not_an_image": QT_TRANSLATE_NOOP("errors", "This file is not a photo KP Field can read."),
    "truncated_image": QT_TRANSLATE_NOOP("errors", "The photo is damaged or incomplete."),
    "decompression_bomb": QT_TRANSLATE_NOOP(
        "errors", "The photo is too large to open safely. It may be a decompression bomb."),
    "unsupported_image_format": QT_TRANSLATE_NOOP(
        "errors", "{format} images are not supported; please use JPEG, PNG, HEIC or WebP."),
    "heic_unavailable": QT_TRANSLATE_NOOP(
        "errors", "HEIC photos need the pillow-heif package, which is not installed."),
    # --- sync, server, invitations -------------------------------------------------------------------------------
    "not_enrolled": QT_TRANSLATE_NOOP("errors", "This profile is not connected to a sync server yet."),
    "already_enrolled": QT_TRANSLATE_NOOP("errors", "This profile is already connected to a sync server."),
    "no_coordinator_keys": QT_TRANSLATE_NOOP("errors",
        "No coordinator keys are known yet, so nothing can be encrypted. Sync again once a coordinator has "
        "enrolled."),
    "auth": QT_TRANSLATE_NOOP(
        "errors", "The server did not accept this device's signature. Check the computer's clock; if it is right, "
               "tell the server operator."),
    "device_revoked": QT_TRANSLATE_NOOP(
        "errors", "The server operator has disconnected this device. Nothing more will be sent."),
    "network": QT_TRANSLATE_NOOP(
        "errors", "The server cannot be reached. Reports stay in the outbox and are sent when it can be."),
    "network/send": QT_TRANSLATE_NOOP(
        "errors", "The server cannot be reached, so the message was not sent. Try again when you are online."),
    "network/enrol": QT_TRANSLATE_NOOP("errors", "The server cannot be reached. Check the connection and try again."),
    "tls_pin_mismatch": QT_TRANSLATE_NOOP("errors",
        "The server's certificate does not match the one pinned at enrolment. Nothing was sent. Tell the server "
        "operator; do not sync from this network."),
    "tls_pin_mismatch/send": QT_TRANSLATE_NOOP("errors",
        "The server's certificate does not match the pinned one. Nothing was sent; do not use this network."),
    "tls_pin_mismatch/enrol": QT_TRANSLATE_NOOP("errors",
        "The server's certificate does not match the invitation. Nothing was sent. Tell the server operator."),
    "server_refused": QT_TRANSLATE_NOOP("errors", "The server refused the request (HTTP {status}, {error})."),
    "server_refused/enrol": QT_TRANSLATE_NOOP("errors", "The server refused the enrolment (HTTP {status}, {error})."),
    "server_failed": QT_TRANSLATE_NOOP(
        "errors", "The server has a problem. Reports stay in the outbox and are sent later."),
    "server_refused:invitation_used": QT_TRANSLATE_NOOP("errors",
        "This invitation has already been used. Each invitation works once: ask the server operator for a new one."),
    "server_refused:invitation_expired": QT_TRANSLATE_NOOP("errors",
        "The server says this invitation has expired. Ask the server operator for a new one."),
    "server_refused:invitation_unknown_token": QT_TRANSLATE_NOOP("errors",
        "The server does not know this invitation. Check that it is the latest one."),
    "server_refused:invitation_role_mismatch": QT_TRANSLATE_NOOP("errors", "This invitation is for another role."),
    "server_refused:invitation_already_enrolled": QT_TRANSLATE_NOOP(
        "errors", "This device is already enrolled on that server."),
    "server_refused:rate_limited": QT_TRANSLATE_NOOP(
        "errors", "The server is busy with too many requests. Try again in a minute."),
    "sync_cancelled": QT_TRANSLATE_NOOP("errors", "Syncing was stopped."),
    "invitation": QT_TRANSLATE_NOOP("errors",
        "This invitation is damaged or incomplete: it was cut short or changed on the way. Copy all of it again, "
        "or ask for it again."),
    "invitation_not_one": QT_TRANSLATE_NOOP(
        "errors", "This is not a KP Field invitation. An invitation starts with KPF1-."),
    "invitation_signature": QT_TRANSLATE_NOOP("errors",
        "This invitation was altered or damaged on the way: its signature does not match. Ask the server operator "
        "to send it again."),
    "invitation_expired": QT_TRANSLATE_NOOP(
        "errors", "This invitation has expired. Ask the server operator for a new one."),
    "invitation_file_unreadable": QT_TRANSLATE_NOOP("errors", "The file {name} cannot be read."),
    "invitation_file_not_one": QT_TRANSLATE_NOOP("errors", "The file {name} is not an invitation."),
    "message_text_invalid": QT_TRANSLATE_NOOP("errors", "A message must hold text (at most {limit} characters)."),
    "message_device_revoked": QT_TRANSLATE_NOOP(
        "errors", "The device that sent this report is revoked or unknown: the message was not sent."),
    "message_device_not_certified": QT_TRANSLATE_NOOP("errors",
        "Device {device} is not a certified, unrevoked monitor of your organisation: the message was not sent."),
    "no_verified_report": QT_TRANSLATE_NOOP("errors", "This report has not been received from a verified device."),
    # --- what was received: envelopes, signatures ----------------------------------------------------------------
    "envelope": QT_TRANSLATE_NOOP("errors", "A received envelope is damaged or was altered; it was not trusted."),
    "not_an_envelope": QT_TRANSLATE_NOOP("errors", "This is not a KP Field envelope."),
    "unsupported_version": QT_TRANSLATE_NOOP(
        "errors", "This was made by a newer version of KP Field. Update KP Field to read it."),
    "not_for_us": QT_TRANSLATE_NOOP("errors", "This envelope is not addressed to this profile."),
    "envelope_truncated": QT_TRANSLATE_NOOP("errors", "The envelope is incomplete: it was cut short."),
    "envelope_tampered": QT_TRANSLATE_NOOP("errors", "The envelope was altered or damaged: it does not decrypt."),
    "envelope_malformed": QT_TRANSLATE_NOOP("errors", "The envelope opens but its contents are malformed."),
    "manifest_malformed": QT_TRANSLATE_NOOP("errors", "The signed manifest is malformed."),
    "manifest_signature_invalid": QT_TRANSLATE_NOOP(
        "errors", "The manifest's signature does not verify with the sending device's key."),
    "attachment_mismatch": QT_TRANSLATE_NOOP("errors", "A photo differs from what the signed manifest declares."),
    "identity": QT_TRANSLATE_NOOP("errors", "A key or device identity is malformed."),
    "signature_invalid": QT_TRANSLATE_NOOP(
        "errors", "A signature does not verify: the data was altered or signed by someone else."),
    "canonical_json": QT_TRANSLATE_NOOP("errors", "Signed data is not in its canonical form."),
    "receipt_invalid": QT_TRANSLATE_NOOP("errors", "The server's receipt does not verify with the pinned server key."),
    # --- coordinator's review --------------------------------------------------------------------------------------
    "review_changed": QT_TRANSLATE_NOOP("errors",
        "Another coordinator changed this review meanwhile (now revision {revision}); nothing was saved. Look at "
        "their change, then try again."),
    "duplicate_needs_other": QT_TRANSLATE_NOOP("errors", "A duplicate must name another received report."),
    "note_invalid": QT_TRANSLATE_NOOP("errors", "A note must hold text (at most {limit} characters)."),
    "tags_invalid": QT_TRANSLATE_NOOP("errors", "Tags must be non-empty text of at most {limit} characters."),
    # --- verification details of a received envelope (kpfield.coordinator.verify.DETAIL_MESSAGES) ---------------
    "check_envelope_refused": QT_TRANSLATE_NOOP("errors", "it cannot be opened: {reason}"),
    "check_envelope_opened": QT_TRANSLATE_NOOP("errors", "opened"),
    "check_envelope_intact": QT_TRANSLATE_NOOP("errors", "opened; structure and padding intact"),
    "check_envelope_hash_differs": QT_TRANSLATE_NOOP("errors",
        "the bytes the server delivered hash to {actual}, not to {expected} as the feed and receipt say: altered on "
        "the server or in transit"),
    "check_photos_differ": QT_TRANSLATE_NOOP("errors", "a photo differs from the signed manifest: {reason}"),
    "check_photos_match": QT_TRANSLATE_NOOP(
        "errors", "photos checked: {count}, each matching the SHA-256 in the signed manifest"),
    "check_device_unknown_to_server": QT_TRANSLATE_NOOP("errors", "the server knows no device {device}"),
    "check_manifest_names_other_device": QT_TRANSLATE_NOOP(
        "errors", "the manifest names device {named}, but device {device} uploaded it"),
    "check_signature_fails": QT_TRANSLATE_NOOP(
        "errors", "the signature does not verify with the key device {device} enrolled with: {reason}"),
    "check_signature_ok": QT_TRANSLATE_NOOP(
        "errors", "signed by device {device} ({label}) with the key it enrolled with on {enrolled_at}"),
    "check_signature_ok_unlabelled": QT_TRANSLATE_NOOP("errors",
        "signed by device {device} (no label) with the key it enrolled with on {enrolled_at}"),
    "check_no_receipt": QT_TRANSLATE_NOOP("errors", "the server gave no receipt for this envelope"),
    "check_receipt_invalid": QT_TRANSLATE_NOOP("errors", "the receipt does not verify: {reason}"),
    "check_receipt_ok": QT_TRANSLATE_NOOP(
        "errors", "signed by the pinned server key, naming this envelope, size and device"),
    "check_device_unknown": QT_TRANSLATE_NOOP("errors", "device unknown to the server"),
    "check_device_revoked": QT_TRANSLATE_NOOP("errors", "device {device} was revoked on {revoked_at}"),
    "check_device_ok": QT_TRANSLATE_NOOP("errors", "device enrolled and not revoked"),
    "check_trust_uncertified": QT_TRANSLATE_NOOP("errors",
        "the sending device is not (yet) certified by the organisation: its envelopes wait in quarantine until "
        "its certificate arrives"),
    "check_trust_revoked": QT_TRANSLATE_NOOP("errors", "the sending device was revoked by the organisation"),
    "check_trust_wrong_org": QT_TRANSLATE_NOOP(
        "errors", "the sending device's certificate is for another organisation"),
    "check_trust_bad_signature": QT_TRANSLATE_NOOP(
        "errors", "the sending device's certificate does not verify with the organisation key"),
    "check_trust_no_org_pinned": QT_TRANSLATE_NOOP(
        "errors", "this profile has pinned no organisation key, so no sending device can be checked"),
    "check_not_owner": QT_TRANSLATE_NOOP("errors",
        "This report belongs to device {owner}, which first sent it verified. Device {device} cannot add to it or "
        "replace it: its envelope stays in quarantine, even if the owner's device is revoked later."),
    "check_owner_ok": QT_TRANSLATE_NOOP("errors", "device {device} owns this report (it first sent it verified)"),
    "check_chain_replayed": QT_TRANSLATE_NOOP("errors", "envelope seq {seq} was delivered more than once (replayed)"),
    "check_chain_fork": QT_TRANSLATE_NOOP("errors", "fork: device signed another envelope at seq {seq} ({others})"),
    "check_chain_gap": QT_TRANSLATE_NOOP(
        "errors", "gap: envelope seq {missing} from this device has not arrived (missing or withheld)"),
    "check_chain_wrong_predecessor": QT_TRANSLATE_NOOP("errors",
        "this envelope follows {prev}, not the envelope received at seq {previous_seq} ({previous_sha256})"),
    "check_chain_first_names_predecessor": QT_TRANSLATE_NOOP(
        "errors", "the first envelope of the chain names a predecessor"),
    "check_chain_ok": QT_TRANSLATE_NOOP("errors", "seq {seq} follows its predecessor"),
    # --- consistency hints (kpfield.coordinator.hints.HINT_MESSAGES) ----------------------------------------------
    "hint_photo_far": QT_TRANSLATE_NOOP(
        "errors", "photo {name}: its GPS position is {km} km from the reported location"),
    "hint_photo_time": QT_TRANSLATE_NOOP("errors", "photo {name}: taken {hours} h from the reported incident time"),
    "hint_clock_ahead": QT_TRANSLATE_NOOP("errors",
        "device clock looks wrong: the envelope says it was made {hours} h after the server received it"),
    "hint_clock_behind": QT_TRANSLATE_NOOP("errors",
        "device clock looks wrong: the envelope says it was made {hours} h before the server received it"),
    # --- passphrase advice (kpfield.store.passphrase.PASSPHRASE_ADVICE_MESSAGES: zxcvbn's catalogue) -------------
    "pw_word_alone": QT_TRANSLATE_NOOP("errors", "A word by itself is easy to guess."),
    "pw_add_words": QT_TRANSLATE_NOOP("errors", "Add another word or two. Uncommon words are better."),
    "pw_avoid_personal_dates": QT_TRANSLATE_NOOP("errors", "Avoid dates and years that are associated with you."),
    "pw_avoid_recent_years": QT_TRANSLATE_NOOP("errors", "Avoid recent years."),
    "pw_avoid_repeats": QT_TRANSLATE_NOOP("errors", "Avoid repeated words and characters."),
    "pw_avoid_sequences": QT_TRANSLATE_NOOP("errors", "Avoid sequences."),
    "pw_avoid_personal_years": QT_TRANSLATE_NOOP("errors", "Avoid years that are associated with you."),
    "pw_capitals_little_help": QT_TRANSLATE_NOOP("errors", "Capitalization doesn't help very much."),
    "pw_common_names": QT_TRANSLATE_NOOP("errors", "Common names and surnames are easy to guess."),
    "pw_dates_guessable": QT_TRANSLATE_NOOP("errors", "Dates are often easy to guess."),
    "pw_names_alone": QT_TRANSLATE_NOOP("errors", "Names and surnames by themselves are easy to guess."),
    "pw_no_need_symbols": QT_TRANSLATE_NOOP("errors", "No need for symbols, digits, or uppercase letters."),
    "pw_recent_years": QT_TRANSLATE_NOOP("errors", "Recent years are easy to guess."),
    "pw_repeats_guessable": QT_TRANSLATE_NOOP("errors", "Repeats like \"aaa\" are easy to guess."),
    "pw_reversed_words": QT_TRANSLATE_NOOP("errors", "Reversed words aren't much harder to guess."),
    "pw_sequences_guessable": QT_TRANSLATE_NOOP("errors", "Sequences like \"abc\" or \"6543\" are easy to guess."),
    "pw_short_keyboard_patterns": QT_TRANSLATE_NOOP("errors", "Short keyboard patterns are easy to guess."),
    "pw_keyboard_rows": QT_TRANSLATE_NOOP("errors", "Straight rows of keys are easy to guess."),
    "pw_top10": QT_TRANSLATE_NOOP("errors", "This is a top-10 common password."),
    "pw_top100": QT_TRANSLATE_NOOP("errors", "This is a top-100 common password."),
    "pw_very_common": QT_TRANSLATE_NOOP("errors", "This is a very common password."),
    "pw_similar_common": QT_TRANSLATE_NOOP("errors", "This is similar to a commonly used password."),
    "pw_repeats_pattern": QT_TRANSLATE_NOOP(
        "errors", "Repeats like \"abcabcabc\" are only slightly harder to guess than \"abc\"."),
    "pw_substitutions": QT_TRANSLATE_NOOP("errors", "Predictable substitutions like '@' instead of 'a' don't help very much."),
    "pw_all_uppercase": QT_TRANSLATE_NOOP("errors", "All-uppercase is almost as easy to guess as all-lowercase."),
    "pw_use_few_words": QT_TRANSLATE_NOOP("errors", "Use a few words, avoid common phrases."),
    "pw_longer_keyboard_pattern": QT_TRANSLATE_NOOP("errors", "Use a longer keyboard pattern with more turns."),
    "pw_too_short": QT_TRANSLATE_NOOP("errors", "Use at least {count} characters; several unrelated words work well."),
    "pw_guessable": QT_TRANSLATE_NOOP("errors", "This passphrase would be easy to guess; add more unrelated words."),
    # --- why no keyring can be used (kpfield.store.keyring_support.KEYRING_MESSAGES) ------------------------------
    "keyring_none": QT_TRANSLATE_NOOP(
        "errors", "No keyring service is running on this computer (for example on a machine without a desktop)."),
    "keyring_plaintext": QT_TRANSLATE_NOOP(
        "errors", "The only keyring available ({name}) stores secrets in a plain file, so KP Field will not use it."),
    "keyring_not_running": QT_TRANSLATE_NOOP("errors", "The system keyring is installed but not running."),
    "keyring_unknown": QT_TRANSLATE_NOOP(
        "errors", "The keyring {name} is not known to encrypt what it stores, so KP Field will not use it."),
    "keyring_broken": QT_TRANSLATE_NOOP("errors", "The system keyring could not be loaded: {detail}"),
    # --- exports -------------------------------------------------------------------------------------------------
    "export_error": QT_TRANSLATE_NOOP("errors", "The export could not be made; nothing was written."),
    "export_folder_missing": QT_TRANSLATE_NOOP("errors", "The folder {folder} does not exist; nothing was written."),
    "pdf_font_missing": QT_TRANSLATE_NOOP("errors",
        "No Unicode font for the PDF: DejaVu Sans was not found. Install the fonts-dejavu package."),
    "bundle_cannot_redact": QT_TRANSLATE_NOOP("errors",
        "An evidence bundle cannot leave out witnesses or photos or round locations: its signed manifests hold "
        "them. Export a PDF, CSV or map instead."),
    "bundle_unsent_reports": QT_TRANSLATE_NOOP("errors",
        "Some reports ({count}) were never sent, so no signed manifest vouches for them. Send them first, or leave "
        "them out."),
    "bundle_refused": QT_TRANSLATE_NOOP(
        "errors", "This file is not an evidence bundle, or it is unsafe to open; nothing was read."),
    # the organisation key (kpfield/trust)
    "trust": QT_TRANSLATE_NOOP("errors", "Your organisation's keys do not vouch for this; nothing was sent or changed."),
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
UNEXPECTED = QT_TRANSLATE_NOOP("errors", "Something went wrong: %s")
_SERVER_CODE = re.compile(r"[a-z0-9_]{1,40}")


class _Params(dict):
    """Parameters for a message: a placeholder the error did not fill stays visible instead of failing; decimal
    numbers are written as the GUI's language writes them (3,2 km in French)."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"

    def __getitem__(self, key: str):
        value = super().__getitem__(key)
        if isinstance(value, float):
            decimals = len(repr(value).partition(".")[2]) if "e" not in repr(value) else 6
            return QLocale(current_language()).toString(value, "f", decimals)
        return value


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
        details["error"] = "?"
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


def describe_advice(strength) -> str:
    """A weak passphrase's advice (:class:`kpfield.store.passphrase.Strength`), translated, one sentence each."""
    from kpfield.store.passphrase import MIN_LENGTH
    return " ".join(describe_code(code, {"count": MIN_LENGTH}) for code in strength.advice)


def describe_keyring(status) -> str:
    """Why the keyring cannot be used (:class:`kpfield.store.keyring_support.KeyringStatus`), translated."""
    if status is None:
        return ""
    if getattr(status, "code", ""):
        return describe_code(status.code, status.params)
    return describe_code("keyring_unavailable")
