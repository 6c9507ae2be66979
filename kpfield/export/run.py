"""One export end to end: write the chosen format atomically to the user's file and audit it per report."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from kpfield.errors import ExportError
from kpfield.export.bundle import write_bundle
from kpfield.export.pdf import write_pdf
from kpfield.export.record import ExportOptions, ExportRecord
from kpfield.export.tabular import write_csv, write_geojson, write_kml

FORMATS = ("csv", "geojson", "kml", "pdf", "bundle")


def write_export(records: list[ExportRecord], fmt: str, out, options: ExportOptions = ExportOptions(), *,
                 hxl: bool = False, bom: bool = False) -> None:
    """Write ``records`` in format ``fmt`` to the binary file object ``out``."""
    if fmt == "csv":
        write_csv(records, out, options, hxl=hxl, bom=bom)
    elif fmt == "geojson":
        write_geojson(records, out, options)
    elif fmt == "kml":
        write_kml(records, out, options)
    elif fmt == "pdf":
        write_pdf(records, out, options)
    elif fmt == "bundle":
        write_bundle(records, out, options)
    else:
        raise ExportError(f"Unknown export format {fmt!r}; use one of: {', '.join(FORMATS)}.")


def atomic_write(path: str | os.PathLike, produce) -> str:
    """Call ``produce(file)`` on a temporary file beside ``path``, then rename it into place; returns its SHA-256.

    The output is the one deliberate plaintext the user asked for; nothing else is left behind, even on failure.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(f"The folder {folder} does not exist; nothing was written.", code="export_folder_missing",
                          folder=str(folder))
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    try:
        with os.fdopen(fd, "w+b") as f:
            produce(f)
            f.flush()
            os.fsync(f.fileno())
            f.seek(0)
            digest = hashlib.sha256()
            for block in iter(lambda: f.read(1 << 20), b""):
                digest.update(block)
        os.replace(temp, path)
    except BaseException:
        try:
            os.unlink(temp)
        except FileNotFoundError:
            pass
        raise
    return digest.hexdigest()


def export_to_file(records: list[ExportRecord], fmt: str, path, options: ExportOptions = ExportOptions(), *,
                   audit=None, hxl: bool = False, bom: bool = False) -> str:
    """Export to ``path`` atomically and, when ``audit`` (an :class:`AuditLog`) is given, record "exported" per report.

    :param records: what to export.
    :param fmt: one of :data:`FORMATS`.
    :param path: the user's chosen output file (replaced if it exists).
    :param options: public-version redactions.
    :param audit: the store's audit log; the entry keeps format, options and the file's SHA-256, not its name
        (a file name can itself say too much).
    Returns the SHA-256 of the written file.
    """
    if fmt not in FORMATS:
        raise ExportError(f"Unknown export format {fmt!r}; use one of: {', '.join(FORMATS)}.")
    sha = atomic_write(path, lambda f: write_export(records, fmt, f, options, hxl=hxl, bom=bom))
    if audit is not None:
        with audit.db.atomic():
            for record in records:
                audit.append("exported", record.id, detail={
                    "format": fmt, "sha256": sha, "witnesses": options.witnesses, "precision": options.precision,
                    "photos": options.photos, "reports": len(records)})
    return sha
