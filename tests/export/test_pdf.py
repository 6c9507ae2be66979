"""The PDF dossier rendered by poppler (pdftoppm) and read back (pdftotext): fields, accents, hashes, appendix."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PIL import Image

from exportutil import CONTACT, TITLE, WITNESS
from kpfield.errors import ExportError
from kpfield.export import ExportOptions, records_from_monitor
from kpfield.export.run import export_to_file

if not shutil.which("pdftoppm") or not shutil.which("pdftotext"):  # `make test` installs them: a failure, not a skip
    raise RuntimeError("poppler-utils (pdftoppm, pdftotext) is needed to look at the PDF dossier: run `make test`, "
                       "which installs it, or apt-get install poppler-utils")


def _text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def test_dossier_renders_with_fields_photos_and_verification(store, tmp_path):
    profile, ids = store
    records = records_from_monitor(profile, ids[:2])
    out = tmp_path / "dossier.pdf"
    export_to_file(records, "pdf", out, audit=profile.audit)
    subprocess.run(["pdftoppm", "-r", "30", "-png", str(out), str(tmp_path / "page")], check=True)
    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) >= 5
    for page in pages:
        lo, hi = Image.open(page).convert("L").getextrema()
        assert hi - lo > 100, f"{page.name} is blank"
    text = " ".join(_text(out).split())
    assert TITLE in text and "Marange, Chiadzwa" in text and WITNESS in text and "blessés" in text
    for photo in records[0].photos + records[1].photos:
        assert photo.meta["sha256"] in text
    ev = records[0].evidence[0]
    assert ev.signer.fingerprint in text and ev.signed.manifest_hash in text and ev.envelope_sha256 in text
    assert "kpfield verify" in text and "sha256sum" in text and "server sequence" in text
    assert "country borders from Natural Earth" in text and "marked_ready" in text


def test_public_dossier_leaves_out_witnesses_and_rounds(store, tmp_path):
    profile, ids = store
    out = tmp_path / "public.pdf"
    export_to_file(records_from_monitor(profile, ids[:1]), "pdf", out, ExportOptions(witnesses=False, precision=1))
    text = " ".join(_text(out).split())
    assert WITNESS not in text and CONTACT not in text and "-20.2912" not in text
    assert "-20.3, 32.3" in text and "rounded to 1 decimal place" in text and "left out" in text


def test_public_dossier_can_leave_out_photos(store, tmp_path):
    profile, ids = store
    records = records_from_monitor(profile, ids[:1])
    assert records[0].photos, "the fixture report has photos"
    full, public = tmp_path / "full.pdf", tmp_path / "public.pdf"
    export_to_file(records, "pdf", full)
    export_to_file(records, "pdf", public, ExportOptions(photos=False))
    images = [subprocess.run(["pdfimages", "-list", str(p)], check=True, capture_output=True, text=True).stdout
              .strip().splitlines()[2:] for p in (full, public)]
    assert len(images[0]) >= 1 and images[1] == []
    assert "Photos are left out of this version." in " ".join(_text(public).split())


def test_missing_font_is_a_clear_error(store, tmp_path, monkeypatch):
    from kpfield.export import pdf

    profile, ids = store
    monkeypatch.setattr(pdf, "FONT_DIRS", (str(tmp_path / "nofonts"),))
    monkeypatch.delenv(pdf.FONT_ENV, raising=False)
    with pytest.raises(ExportError, match="DejaVu"):
        export_to_file(records_from_monitor(profile, ids[:1]), "pdf", tmp_path / "x.pdf")
    assert list(tmp_path.iterdir()) == []
