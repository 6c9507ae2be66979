"""The store's schema, as ordered migrations. Never edit a released step: add a new one."""

from __future__ import annotations

from sqlite_utils import Database

from kpfield.store.database import APPLICATION_ID, Migrations

migrations = Migrations()


@migrations
def m001_initial(db: Database) -> None:
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    for sql in _INITIAL:
        db.execute(sql)


_INITIAL = [
    """CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    )""",
    """CREATE TABLE reports (
        rowid INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        version INTEGER NOT NULL DEFAULT 1,
        state TEXT NOT NULL CHECK (state IN ('draft', 'ready')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        tz_offset_min INTEGER NOT NULL DEFAULT 0,
        occurred_start TEXT,
        occurred_end TEXT,
        occurred_approx INTEGER NOT NULL DEFAULT 0,
        types TEXT NOT NULL DEFAULT '[]',
        primary_type TEXT,
        title TEXT NOT NULL DEFAULT '',
        narrative TEXT NOT NULL DEFAULT '',
        site TEXT NOT NULL DEFAULT '',
        place TEXT NOT NULL DEFAULT '',
        location TEXT,
        people TEXT NOT NULL DEFAULT '{}',
        perpetrators TEXT NOT NULL DEFAULT '[]',
        witnesses TEXT NOT NULL DEFAULT '[]',
        severity INTEGER,
        tags TEXT NOT NULL DEFAULT '[]',
        photo_count INTEGER NOT NULL DEFAULT 0
    )""",
    # The list's default order (incident time, or creation time for drafts without one): an index on exactly the
    # expression the query sorts by, so the first page never scans (and decrypts) the whole table.
    "CREATE INDEX reports_when ON reports (COALESCE(occurred_start, created_at))",
    "CREATE INDEX reports_updated ON reports (updated_at)",
    "CREATE INDEX reports_state ON reports (state)",
    "CREATE INDEX reports_site ON reports (site COLLATE NOCASE)",
    "CREATE INDEX reports_title ON reports (title COLLATE NOCASE)",
    "CREATE INDEX reports_primary_type ON reports (primary_type)",
    "CREATE INDEX reports_photo_count ON reports (photo_count)",
    "CREATE INDEX reports_created ON reports (created_at)",
    # One row per (type, report): filtering by type uses an index, not a JSON scan of every report.
    """CREATE TABLE report_types (
        code TEXT NOT NULL,
        report_rowid INTEGER NOT NULL REFERENCES reports(rowid) ON DELETE CASCADE,
        PRIMARY KEY (code, report_rowid)
    ) WITHOUT ROWID""",
    "CREATE INDEX report_types_report ON report_types (report_rowid)",
    # Frozen versions: what a report was when it was marked ready. Never updated once written.
    """CREATE TABLE report_versions (
        report_id TEXT NOT NULL,
        version INTEGER NOT NULL,
        frozen_at TEXT NOT NULL,
        snapshot TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        PRIMARY KEY (report_id, version)
    )""",
    """CREATE TABLE photos (
        id TEXT PRIMARY KEY,
        report_id TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        filename TEXT NOT NULL DEFAULT '',
        caption TEXT NOT NULL DEFAULT '',
        sha256 TEXT NOT NULL,
        size INTEGER NOT NULL,
        mime TEXT NOT NULL,
        width INTEGER NOT NULL,
        height INTEGER NOT NULL,
        display_width INTEGER NOT NULL,
        display_height INTEGER NOT NULL,
        orientation INTEGER NOT NULL DEFAULT 1,
        taken_at TEXT,
        make TEXT,
        model TEXT,
        gps TEXT,
        info TEXT NOT NULL DEFAULT '{}',
        added_at TEXT NOT NULL,
        frozen INTEGER NOT NULL DEFAULT 0,
        removed_at TEXT
    )""",
    "CREATE INDEX photos_report ON photos (report_id, position)",
    # Bytes apart from metadata, one row per (photo, kind), so incremental blob I/O can stream them by rowid.
    """CREATE TABLE photo_blobs (
        rowid INTEGER PRIMARY KEY,
        photo_id TEXT NOT NULL REFERENCES photos(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('original', 'thumbnail', 'preview')),
        data BLOB NOT NULL,
        UNIQUE (photo_id, kind)
    )""",
    """CREATE VIRTUAL TABLE report_fts USING fts5(
        title, narrative, site, place, tags, captions,
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '2 3 4',
        detail = none
    )""",
    """CREATE TABLE audit (
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        report_id TEXT,
        action TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT '{}',
        state_hash TEXT,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
    )""",
    "CREATE INDEX audit_report ON audit (report_id, seq)",
    """CREATE TRIGGER audit_append_only_update BEFORE UPDATE ON audit
       BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END""",
    """CREATE TRIGGER audit_append_only_delete BEFORE DELETE ON audit
       BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END""",
]


@migrations
def m002_sync(db: Database) -> None:
    for sql in _SYNC:
        db.execute(sql)


_SYNC = [
    # This device's identity for sync: its private keys never leave the encrypted store.
    """CREATE TABLE sync_identity (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        device_keys BLOB NOT NULL,
        device_id TEXT NOT NULL,
        role TEXT NOT NULL,
        label TEXT NOT NULL DEFAULT '',
        server_url TEXT NOT NULL,
        server_key BLOB NOT NULL,
        server_fingerprint TEXT NOT NULL,
        tls_fingerprint TEXT,
        enrolled_at TEXT NOT NULL
    )""",
    # The coordinators this device encrypts to (and whose signatures it trusts).
    """CREATE TABLE sync_recipients (
        device_id TEXT PRIMARY KEY,
        sign_key BLOB NOT NULL,
        box_key BLOB NOT NULL,
        label TEXT NOT NULL DEFAULT '',
        issued_at INTEGER NOT NULL DEFAULT 0
    )""",
    # The per-device envelope chain: last sequence number and envelope hash.
    """CREATE TABLE sync_chain (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        last_seq INTEGER NOT NULL,
        last_envelope_sha256 TEXT
    )""",
    """CREATE TABLE sync_state (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    )""",
    # Envelopes waiting to be sent or sent, with their state; the ciphertext lives in outbox_blobs.
    """CREATE TABLE outbox (
        id INTEGER PRIMARY KEY,
        report_id TEXT,
        report_version INTEGER,
        kind TEXT NOT NULL,
        seq INTEGER NOT NULL UNIQUE,
        envelope_sha256 TEXT NOT NULL,
        size INTEGER NOT NULL,
        manifest_sha256 TEXT NOT NULL,
        signed_manifest TEXT NOT NULL,
        reduced INTEGER NOT NULL DEFAULT 0,
        state TEXT NOT NULL CHECK (state IN ('queued', 'uploading', 'sent', 'failed')),
        bytes_done INTEGER NOT NULL DEFAULT 0,
        receipt TEXT,
        error TEXT,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_retry_at TEXT,
        created_at TEXT NOT NULL,
        sent_at TEXT,
        UNIQUE (report_id, report_version, kind)
    )""",
    "CREATE INDEX outbox_state ON outbox (state, size)",
    "CREATE INDEX outbox_report ON outbox (report_id)",
    """CREATE TABLE outbox_blobs (
        rowid INTEGER PRIMARY KEY,
        outbox_id INTEGER NOT NULL UNIQUE REFERENCES outbox(id) ON DELETE CASCADE,
        data BLOB NOT NULL
    )""",
    # Messages from coordinators, opened and verified, shown on the report they concern.
    """CREATE TABLE mailbox (
        id TEXT PRIMARY KEY,
        report_id TEXT,
        sender TEXT NOT NULL,
        kind TEXT NOT NULL,
        body TEXT NOT NULL,
        sent_at TEXT,
        received_at TEXT NOT NULL,
        read INTEGER NOT NULL DEFAULT 0
    )""",
    "CREATE INDEX mailbox_report ON mailbox (report_id, received_at)",
]


@migrations
def m003_coordinator(db: Database) -> None:
    for sql in _COORDINATOR:
        db.execute(sql)


_COORDINATOR = [
    # Envelopes taken from the server's feed (a coordinator's store): what the server said about each, how much of
    # it is downloaded, and whether it has been opened and checked yet.
    """CREATE TABLE received_envelopes (
        server_seq INTEGER PRIMARY KEY,
        sha256 TEXT NOT NULL,
        size INTEGER NOT NULL,
        device_id TEXT NOT NULL,
        received_at INTEGER,
        receipt TEXT,
        bytes_done INTEGER NOT NULL DEFAULT 0,
        state TEXT NOT NULL CHECK (state IN ('downloading', 'downloaded', 'processed'))
    )""",
    # The envelope's ciphertext, exactly as downloaded, inside the encrypted store (never a file): written with
    # incremental blob I/O so a download resumes where it stopped, and re-openable to show photos.
    """CREATE TABLE received_blobs (
        rowid INTEGER PRIMARY KEY,
        server_seq INTEGER NOT NULL UNIQUE REFERENCES received_envelopes(server_seq) ON DELETE CASCADE,
        data BLOB NOT NULL
    )""",
    # One row per processed envelope: its content, the checks made on it and whether it passed them all.
    """CREATE TABLE received (
        server_seq INTEGER PRIMARY KEY REFERENCES received_envelopes(server_seq),
        envelope_sha256 TEXT NOT NULL,
        device_id TEXT NOT NULL,
        kind TEXT,
        seq INTEGER,
        prev_envelope_sha256 TEXT,
        created_at TEXT,
        report_id TEXT,
        report_version INTEGER,
        report TEXT,
        photos TEXT NOT NULL DEFAULT '[]',
        signed_manifest TEXT,
        receipt TEXT,
        checks TEXT NOT NULL DEFAULT '{}',
        verification TEXT NOT NULL DEFAULT '{}',
        hints TEXT NOT NULL DEFAULT '[]',
        status TEXT NOT NULL CHECK (status IN ('verified', 'quarantined')),
        processed_at TEXT NOT NULL
    )""",
    "CREATE INDEX received_report ON received (report_id, report_version)",
    "CREATE INDEX received_device ON received (device_id, seq)",
    "CREATE INDEX received_status ON received (status)",
    # The review of one report (all its versions) and every change made to it.
    """CREATE TABLE reviews (
        report_id TEXT PRIMARY KEY,
        state TEXT NOT NULL DEFAULT 'new' CHECK (state IN ('new', 'in_review', 'needs_info', 'verified', 'rejected',
                                                            'duplicate', 'escalated')),
        duplicate_of TEXT,
        assignee TEXT,
        tags TEXT NOT NULL DEFAULT '[]',
        revision INTEGER NOT NULL DEFAULT 0,
        updated_at TEXT NOT NULL
    )""",
    """CREATE TABLE review_history (
        id INTEGER PRIMARY KEY,
        report_id TEXT NOT NULL,
        at TEXT NOT NULL,
        who TEXT NOT NULL,
        field TEXT NOT NULL,
        old TEXT,
        new TEXT
    )""",
    "CREATE INDEX review_history_report ON review_history (report_id, id)",
    # Review changes as shared between coordinators: each made on a base revision (the number of changes its
    # author knew of); two changes to the same field on the same base revision are a conflict, kept visibly.
    """CREATE TABLE review_changes (
        change_id TEXT PRIMARY KEY,
        report_id TEXT NOT NULL,
        base_revision INTEGER NOT NULL,
        fields TEXT NOT NULL,
        who TEXT NOT NULL,
        at TEXT NOT NULL,
        origin TEXT NOT NULL CHECK (origin IN ('local', 'remote')),
        shared INTEGER NOT NULL DEFAULT 0
    )""",
    "CREATE INDEX review_changes_report ON review_changes (report_id, base_revision)",
    """CREATE TABLE review_conflicts (
        id INTEGER PRIMARY KEY,
        report_id TEXT NOT NULL,
        field TEXT NOT NULL,
        base_revision INTEGER NOT NULL,
        change_a TEXT NOT NULL,
        value_a TEXT,
        who_a TEXT NOT NULL,
        change_b TEXT NOT NULL,
        value_b TEXT,
        who_b TEXT NOT NULL,
        detected_at TEXT NOT NULL,
        UNIQUE (change_a, change_b, field)
    )""",
]


@migrations
def m004_coordinator_working_copy(db: Database) -> None:
    for sql in _WORKING_COPY:
        db.execute(sql)


_WORKING_COPY = [
    # Which received envelope the coordinator's working copy of a report shows (the newest verified version), the
    # sending device, the newest envelope's verification result, and whether a coordinator has looked at it since.
    "ALTER TABLE reviews ADD COLUMN shown_server_seq INTEGER",
    "ALTER TABLE reviews ADD COLUMN device_id TEXT",
    "ALTER TABLE reviews ADD COLUMN verification TEXT",
    "ALTER TABLE reviews ADD COLUMN unread INTEGER NOT NULL DEFAULT 1",
    "CREATE INDEX reviews_state ON reviews (state)",
    "CREATE INDEX reviews_device ON reviews (device_id)",
    "CREATE INDEX reviews_unread ON reviews (unread)",
    # The server's device list as of the last pull, so pseudonyms, fingerprints and revocations show offline.
    """CREATE TABLE known_devices (
        device_id TEXT PRIMARY KEY,
        role TEXT NOT NULL,
        label TEXT NOT NULL DEFAULT '',
        sign_key TEXT NOT NULL,
        box_key TEXT NOT NULL,
        enrolled_at INTEGER,
        revoked_at INTEGER,
        updated_at TEXT NOT NULL
    )""",
]


@migrations
def m005_report_perpetrators(db: Database) -> None:
    # One row per (perpetrator category, report), kept beside report_types: counting reports by perpetrator
    # category (the charts) reads this index instead of every report's JSON.
    db.execute("""CREATE TABLE report_perpetrators (
        category TEXT NOT NULL,
        report_rowid INTEGER NOT NULL REFERENCES reports(rowid) ON DELETE CASCADE,
        PRIMARY KEY (category, report_rowid)
    ) WITHOUT ROWID""")
    db.execute("CREATE INDEX report_perpetrators_report ON report_perpetrators (report_rowid)")
    db.execute("INSERT OR IGNORE INTO report_perpetrators (category, report_rowid) "
               "SELECT json_extract(p.value, '$.category'), r.rowid FROM reports r, json_each(r.perpetrators) p "
               "WHERE json_extract(p.value, '$.category') IS NOT NULL")


@migrations
def m006_report_owners(db: Database) -> None:
    # A report belongs to the device that first sent it verified (kpfield/coordinator/ownership.py); recorded once,
    # in the transaction that stores that envelope, and never changed (not by another device, not by revocation).
    db.execute("""CREATE TABLE report_owners (
        report_id TEXT PRIMARY KEY,
        device_id TEXT NOT NULL,
        server_seq INTEGER NOT NULL,
        envelope_sha256 TEXT NOT NULL,
        owned_at TEXT NOT NULL
    )""")
    db.execute("CREATE INDEX report_owners_device ON report_owners (device_id)")
    # Stores from before: the first envelope naming each report id whose own checks passed (opened, signed with the
    # device's enrolled key, photos, receipt) from a device not revoked when the server received it. The chain is
    # left out, and so is a revocation after the envelope arrived: a revoked owner still owns what it sent before.
    db.execute("INSERT OR IGNORE INTO report_owners (report_id, device_id, server_seq, envelope_sha256, owned_at) "
               "SELECT r.report_id, r.device_id, r.server_seq, r.envelope_sha256, r.processed_at FROM received r "
               "JOIN received_envelopes e USING (server_seq) JOIN known_devices d ON d.device_id = r.device_id "
               "WHERE r.report_id IS NOT NULL AND r.kind IN ('report', 'originals') "
               "AND json_extract(r.checks, '$.envelope.ok') = 1 AND json_extract(r.checks, '$.signature.ok') = 1 "
               "AND coalesce(json_extract(r.checks, '$.photos.ok'), 1) = 1 "
               "AND json_extract(r.checks, '$.receipt.ok') = 1 "
               "AND (d.revoked_at IS NULL OR e.received_at <= d.revoked_at) ORDER BY r.server_seq")


@migrations
def m007_received_redelivery_and_parts(db: Database) -> None:
    # A feed entry repeating an envelope already received (same SHA-256) is recorded against the first one and never
    # downloaded or checked again: a re-delivery is harmless (docs/PROTOCOL.md).
    db.execute("ALTER TABLE received_envelopes ADD COLUMN duplicate_of INTEGER")
    collapse_redeliveries(db)
    # Downloaded bytes are kept in pieces as they arrive, and joined into received_blobs only once the declared size
    # has really arrived: a server announcing a huge size for an envelope it never sends makes nothing grow.
    db.execute("""CREATE TABLE received_parts (
        server_seq INTEGER NOT NULL REFERENCES received_envelopes(server_seq) ON DELETE CASCADE,
        offset INTEGER NOT NULL,
        data BLOB NOT NULL,
        PRIMARY KEY (server_seq, offset)
    )""")


def collapse_redeliveries(db: Database) -> None:
    """Stores from before m007: an envelope processed twice (both copies then quarantined as "replayed") keeps its
    first copy; later ones whose bytes hashed to the same SHA-256 (so are the same bytes) become re-deliveries.
    Part of m007: never edit it once released."""
    db.execute("UPDATE received_envelopes SET duplicate_of = (SELECT min(f.server_seq) FROM received f "
               "WHERE f.envelope_sha256 = received_envelopes.sha256 AND json_extract(f.checks, '$.envelope.ok') = 1) "
               "WHERE server_seq IN (SELECT r.server_seq FROM received r WHERE json_extract(r.checks, "
               "'$.envelope.ok') = 1 AND EXISTS (SELECT 1 FROM received f WHERE f.envelope_sha256 = "
               "r.envelope_sha256 AND f.server_seq < r.server_seq AND json_extract(f.checks, '$.envelope.ok') = 1))")
    db.execute("DELETE FROM received WHERE server_seq IN "
               "(SELECT server_seq FROM received_envelopes WHERE duplicate_of IS NOT NULL)")
    db.execute("DELETE FROM received_blobs WHERE server_seq IN "
               "(SELECT server_seq FROM received_envelopes WHERE duplicate_of IS NOT NULL)")

@migrations
def m008_trust(db: Database) -> None:
    # The organisation key this device pinned out of band, the certificates and newest revocation list it holds
    # (each verified against that pin before it is kept), and, on the coordinator holding it, the organisation's
    # private key. See docs/PROTOCOL.md, "Trust: the organisation key".
    db.execute("""CREATE TABLE trust_pin (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        org_key BLOB NOT NULL,
        pinned_at TEXT NOT NULL
    )""")
    db.execute("""CREATE TABLE trust_certificates (
        device_id TEXT PRIMARY KEY,
        issued_at INTEGER NOT NULL,
        document TEXT NOT NULL
    )""")
    db.execute("""CREATE TABLE trust_revocations (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        serial INTEGER NOT NULL,
        document TEXT NOT NULL
    )""")
    db.execute("""CREATE TABLE org_secret (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        seed BLOB NOT NULL,
        created_at TEXT NOT NULL
    )""")
