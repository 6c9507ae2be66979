"""Photos in the store: bit-exact originals, streaming reads, captions, removal, refusals that leave nothing."""

from __future__ import annotations

import hashlib

import pytest

from kpfield.errors import PhotoError, ReportFrozen, TruncatedImage
from kpfield.model import Occurrence, Report, utcnow


def test_import_keeps_original_bit_exact(profile, photos_dir):
    data = (photos_dir / "DSCN0010.jpg").read_bytes()
    r = profile.reports.create(Report(title="Photo test"))
    photo = profile.photos.import_bytes(r.id, data, "DSCN0010.jpg", caption="The fence")
    assert photo.sha256 == hashlib.sha256(data).hexdigest() and photo.size == len(data)
    assert profile.photos.read(photo.id) == data
    with profile.photos.open_original(photo.id) as blob:
        assert len(blob) == len(data)
        assert blob.read(100) == data[:100]
        blob.seek(len(data) - 10)
        assert blob.read() == data[-10:]
    assert photo.gps is not None and abs(photo.gps.lat - 43.4674483) < 1e-5
    assert photo.make and "NIKON" in photo.make.upper()
    assert profile.reports.get(r.id).photo_count == 1
    assert [s.id for s in profile.reports.search("fence")] == [r.id]  # captions are searchable
    thumb = profile.photos.read(photo.id, "thumbnail")
    assert thumb[:2] == b"\xff\xd8"


def test_broken_photo_leaves_nothing(profile, photos_dir):
    r = profile.reports.create(Report(title="Broken"))
    before = profile.db.execute("SELECT count(*) FROM photo_blobs").fetchone()[0]
    with pytest.raises(TruncatedImage):
        profile.photos.import_bytes(r.id, (photos_dir / "corrupted.jpg").read_bytes(), "corrupted.jpg")
    with pytest.raises(PhotoError):
        profile.photos.import_bytes(r.id, b"%PDF-1.4 not a photo", "x.pdf")
    assert profile.db.execute("SELECT count(*) FROM photo_blobs").fetchone()[0] == before
    assert profile.reports.get(r.id).photo_count == 0


def test_frozen_photo_is_hidden_not_destroyed(profile, photos_dir):
    data = (photos_dir / "DSCN0012.jpg").read_bytes()
    r = profile.reports.create(Report(title="t", types=["other"], occurred=Occurrence(utcnow())))
    photo = profile.photos.import_bytes(r.id, data, "a.jpg")
    profile.reports.mark_ready(r.id)
    with pytest.raises(ReportFrozen):
        profile.photos.remove(photo.id)
    profile.reports.new_version(r.id)
    profile.photos.remove(photo.id)
    assert profile.photos.list(r.id) == []
    assert profile.photos.read(photo.id) == data  # still there for version 1's evidence
    assert profile.reports.versions(r.id)[0]["snapshot"]["photos"][0]["sha256"] == photo.sha256


def test_unfrozen_photo_is_deleted(profile, photos_dir):
    r = profile.reports.create(Report(title="t"))
    photo = profile.photos.import_bytes(r.id, (photos_dir / "DSCN0021.jpg").read_bytes(), "b.jpg")
    profile.photos.remove(photo.id)
    assert profile.db.execute("SELECT count(*) FROM photo_blobs WHERE photo_id = ?", [photo.id]).fetchone()[0] == 0
    assert [e.action for e in profile.audit.entries(r.id)] == ["created", "photo_added", "photo_removed"]
