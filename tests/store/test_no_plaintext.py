"""The files on disk hold none of the report text, photo bytes or EXIF: searched byte by byte."""

from __future__ import annotations

from kpfield.model import Report, Witness
from kpfield.store import Profile

PASSPHRASE = "granite river seventeen lanterns"

SECRET_TITLE = "Colonel Mhlanga ordered the shooting"
SECRET_NARRATIVE = "Witness Tendai saw soldiers bury two bodies behind the Mbada plant"


def _all_bytes(folder):
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def test_store_files_contain_no_plaintext(tmp_path, fast_kdf, photos_dir):
    photo = (photos_dir / "DSCN0010.jpg").read_bytes()
    home = tmp_path / "p"
    p = Profile.create(home, PASSPHRASE, kdf=fast_kdf)
    r = p.reports.create(Report(title=SECRET_TITLE, narrative=SECRET_NARRATIVE, site="Mbada Diamonds",
                                witnesses=[Witness("Tendai", contact="+263 77 123 4567")]))
    p.photos.import_bytes(r.id, photo, "DSCN0010.jpg", caption="Grave site near the plant")
    # Scan while open (the WAL holds the fresh pages) and again after closing.
    needles = [SECRET_TITLE.encode(), SECRET_NARRATIVE.encode(), b"Mbada", b"+263 77 123 4567",
               b"Grave site", "Tendai".encode("utf-16-le"), photo[2000:2064], photo[-64:], b"NIKON", b"COOLPIX",
               PASSPHRASE.encode()]
    for stage in ("open", "closed"):
        files = _all_bytes(home)
        assert any(name.endswith("-wal") for name in files) or stage == "closed"
        for name, data in files.items():
            for needle in needles:
                assert needle not in data, f"{needle[:20]!r} found in {name} ({stage})"
        if stage == "open":
            p.close()
