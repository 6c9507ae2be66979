"""Photos in the store: original bytes bit-exact with their SHA-256, an oriented thumbnail and preview, captions.

Bytes live in ``photo_blobs`` apart from the metadata, so large originals can be streamed with SQLite's incremental
blob I/O (:meth:`PhotoStore.open_original`) instead of being loaded whole.
"""

from __future__ import annotations

import json
import uuid

from sqlite_utils import Database

from kpfield.errors import NotFound, ReportFrozen, ValidationError
from kpfield.geo.location import Location
from kpfield.media import ProcessedPhoto, process_photo
from kpfield.model import Photo, ReportState, iso, utcnow
from kpfield.store.audit import AuditLog

MAX_PHOTOS_PER_REPORT = 500

_COLUMNS = ("id, report_id, position, filename, caption, sha256, size, mime, width, height, display_width, "
            "display_height, orientation, taken_at, make, model, gps, added_at")


def _row_to_photo(row) -> Photo:
    values = list(row)
    values[16] = Location.from_dict(json.loads(values[16])) if values[16] else None
    return Photo(*values)


class BlobReader:
    """A read-only, file-like view of one blob (``read(n)``, ``seek``, ``tell``, ``len``), streamed from SQLite."""

    def __init__(self, blob):
        self._blob = blob

    def read(self, n: int = -1) -> bytes:
        return self._blob.read(n)

    def seek(self, offset: int, whence: int = 0) -> int:
        self._blob.seek(offset, whence)
        return self._blob.tell()

    def tell(self) -> int:
        return self._blob.tell()

    def __len__(self) -> int:
        return len(self._blob)

    def close(self) -> None:
        self._blob.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class PhotoStore:
    """Attach, caption, read and remove a report's photos."""

    def __init__(self, db: Database, audit: AuditLog, reports):
        self.db = db
        self.audit = audit
        self.reports = reports

    def _draft_or_raise(self, report_id: str) -> None:
        report = self.reports.get(report_id)
        if report.state != ReportState.DRAFT:
            raise ReportFrozen("This report was marked ready and is frozen; editing creates a new version.")

    def import_bytes(self, report_id: str, data: bytes, filename: str = "", caption: str = "") -> Photo:
        """Check and render ``data`` (Pillow, slow: call off the GUI thread), then attach it."""
        return self.add(report_id, process_photo(data, filename or None), filename=filename, caption=caption)

    def add(self, report_id: str, processed: ProcessedPhoto, *, filename: str = "", caption: str = "") -> Photo:
        """Attach an already processed photo to a draft, in one transaction with its audit entry."""
        info = processed.info
        if len(caption) > 2000:
            raise ValidationError("A caption can be at most 2000 characters.", code="caption_too_long", limit=2000)
        with self.db.atomic():
            self._draft_or_raise(report_id)
            count, last = self.db.execute(
                "SELECT count(*), COALESCE(max(position), -1) FROM photos WHERE report_id = ? AND removed_at IS NULL",
                [report_id],
            ).fetchone()
            if count >= MAX_PHOTOS_PER_REPORT:
                raise ValidationError(f"A report can hold at most {MAX_PHOTOS_PER_REPORT} photos.",
                                      code="too_many_photos", limit=MAX_PHOTOS_PER_REPORT)
            photo_id = str(uuid.uuid4())
            taken = info.taken_at.isoformat() if info.taken_at else None
            self.db.execute(
                f"INSERT INTO photos ({_COLUMNS}, info) VALUES ({', '.join('?' * 19)})",
                [photo_id, report_id, last + 1, filename, caption, info.sha256, info.size, info.mime, info.width,
                 info.height, info.display_width, info.display_height, info.orientation, taken, info.make,
                 info.model, json.dumps(info.gps.to_dict()) if info.gps else None, iso(utcnow()),
                 json.dumps(info.to_dict(), ensure_ascii=False)],
            )
            for kind, data in (("original", processed.original), ("thumbnail", processed.thumbnail),
                               ("preview", processed.preview)):
                self.db.execute("INSERT INTO photo_blobs (photo_id, kind, data) VALUES (?, ?, ?)",
                                [photo_id, kind, data])
            self._update_count(report_id)
            self.reports.reindex(report_id)
            self.audit.append("photo_added", report_id, state=self.reports.state_of(report_id),
                              detail={"photo": photo_id, "sha256": info.sha256})
        return self.get(photo_id)

    def _update_count(self, report_id: str) -> None:
        self.db.execute(
            "UPDATE reports SET photo_count = (SELECT count(*) FROM photos WHERE report_id = ? AND removed_at IS NULL),"
            " updated_at = ? WHERE id = ?",
            [report_id, iso(utcnow()), report_id],
        )

    def get(self, photo_id: str) -> Photo:
        row = self.db.execute(f"SELECT {_COLUMNS} FROM photos WHERE id = ?", [photo_id]).fetchone()
        if row is None:
            raise NotFound(f"No photo with id {photo_id}.")
        return _row_to_photo(row)

    def list(self, report_id: str) -> list[Photo]:
        rows = self.db.execute(
            f"SELECT {_COLUMNS} FROM photos WHERE report_id = ? AND removed_at IS NULL ORDER BY position",
            [report_id],
        ).fetchall()
        return [_row_to_photo(r) for r in rows]

    def info(self, photo_id: str) -> dict:
        """Everything read from the photo at import (EXIF summary), as stored."""
        row = self.db.execute("SELECT info FROM photos WHERE id = ?", [photo_id]).fetchone()
        if row is None:
            raise NotFound(f"No photo with id {photo_id}.")
        return json.loads(row[0])

    def _blob_rowid(self, photo_id: str, kind: str) -> int:
        row = self.db.execute("SELECT rowid FROM photo_blobs WHERE photo_id = ? AND kind = ?",
                              [photo_id, kind]).fetchone()
        if row is None:
            raise NotFound(f"No {kind} stored for photo {photo_id}.")
        return row[0]

    def read(self, photo_id: str, kind: str = "original") -> bytes:
        """The whole bytes of one kind (``original``, ``thumbnail`` or ``preview``)."""
        rowid = self._blob_rowid(photo_id, kind)
        return self.db.execute("SELECT data FROM photo_blobs WHERE rowid = ?", [rowid]).fetchone()[0]

    def open_original(self, photo_id: str) -> BlobReader:
        """Stream the original bytes without loading them whole (incremental blob I/O, read-only)."""
        rowid = self._blob_rowid(photo_id, "original")
        return BlobReader(self.db.conn.open_blob("photo_blobs", "data", rowid, readonly=True))

    def set_caption(self, photo_id: str, caption: str) -> Photo:
        photo = self.get(photo_id)
        if len(caption) > 2000:
            raise ValidationError("A caption can be at most 2000 characters.", code="caption_too_long", limit=2000)
        with self.db.atomic():
            self._draft_or_raise(photo.report_id)
            self.db.execute("UPDATE photos SET caption = ? WHERE id = ?", [caption, photo_id])
            self.reports.reindex(photo.report_id)
        return self.get(photo_id)

    def remove(self, photo_id: str) -> None:
        """Detach a photo from a draft. A photo that belongs to a frozen version is hidden, not destroyed:
        the evidence of what was sent stays complete."""
        photo = self.get(photo_id)
        with self.db.atomic():
            self._draft_or_raise(photo.report_id)
            frozen = self.db.execute("SELECT frozen FROM photos WHERE id = ?", [photo_id]).fetchone()[0]
            if frozen:
                self.db.execute("UPDATE photos SET removed_at = ? WHERE id = ?", [iso(utcnow()), photo_id])
            else:
                self.db.execute("DELETE FROM photos WHERE id = ?", [photo_id])
            self._update_count(photo.report_id)
            self.reports.reindex(photo.report_id)
            self.audit.append("photo_removed", photo.report_id, state=self.reports.state_of(photo.report_id),
                              detail={"photo": photo_id, "sha256": photo.sha256})
