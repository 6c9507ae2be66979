"""The default ``BlobStore``: partial uploads and complete envelopes as files in one folder, fsynced."""

from __future__ import annotations

import hashlib
import os
import re
from contextlib import contextmanager
from pathlib import Path

from kpfield.server.storage import BlobStore, BlobWriter

_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
_SHA = re.compile(r"^[0-9a-f]{64}$")


def _fsync_dir(path: Path) -> None:
    # A rename or a new file is durable only once its directory entry is; not possible on Windows.
    if os.name == "nt":  # pragma: no cover
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class _FileWriter(BlobWriter):
    def __init__(self, handle):
        self._handle = handle

    def write(self, data: bytes) -> None:
        # Unbuffered file: once write() returns, the bytes are in the kernel and survive this process dying.
        view = memoryview(data)
        while view:
            written = self._handle.write(view)
            view = view[written:]

    def sync(self) -> None:
        os.fsync(self._handle.fileno())


class FolderBlobStore(BlobStore):
    """Blobs under ``root``: ``uploads/<upload_id>.part`` and ``envelopes/<sha[:2]>/<sha>``.

    :param root: the folder (created if missing, mode 0700).
    """

    def __init__(self, root: str | Path):
        self.root = Path(root)
        self._uploads = self.root / "uploads"
        self._envelopes = self.root / "envelopes"
        for folder in (self.root, self._uploads, self._envelopes):
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)

    def _part(self, upload_id: str) -> Path:
        if not _ID.match(upload_id):  # ids come from the server, but never let one become a path component
            raise ValueError("bad upload id")
        return self._uploads / f"{upload_id}.part"

    def _final(self, sha256: str) -> Path:
        if not _SHA.match(sha256):
            raise ValueError("bad sha256")
        return self._envelopes / sha256[:2] / sha256

    def length(self, upload_id):
        try:
            return self._part(upload_id).stat().st_size
        except FileNotFoundError:
            return 0

    @contextmanager
    def appender(self, upload_id, offset):
        path = self._part(upload_id)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
        with os.fdopen(fd, "r+b", buffering=0) as handle:
            size = handle.seek(0, os.SEEK_END)
            if size != offset:
                raise ValueError(f"append at {offset} but the upload holds {size} bytes")
            writer = _FileWriter(handle)
            try:
                yield writer
            finally:
                writer.sync()
        if offset == 0:
            _fsync_dir(self._uploads)

    def truncate(self, upload_id, length):
        path = self._part(upload_id)
        if path.exists():
            with open(path, "r+b") as handle:
                handle.truncate(length)
                os.fsync(handle.fileno())

    def upload_sha256(self, upload_id):
        digest = hashlib.sha256()
        try:
            with open(self._part(upload_id), "rb") as handle:
                for block in iter(lambda: handle.read(1 << 20), b""):
                    digest.update(block)
        except FileNotFoundError:
            pass
        return digest.hexdigest()

    def complete(self, upload_id, sha256):
        final = self._final(sha256)
        final.parent.mkdir(mode=0o700, exist_ok=True)
        part = self._part(upload_id)
        if final.exists():  # already completed (crash after the rename) or the same bytes from another upload
            part.unlink(missing_ok=True)
        else:
            os.replace(part, final)
            _fsync_dir(final.parent)
        _fsync_dir(self._uploads)

    def remove(self, upload_id):
        self._part(upload_id).unlink(missing_ok=True)

    def last_write(self, upload_id):
        try:
            return self._part(upload_id).stat().st_mtime
        except FileNotFoundError:
            return None

    def has_envelope(self, sha256):
        return self._final(sha256).is_file()

    def open_envelope(self, sha256):
        return open(self._final(sha256), "rb")
