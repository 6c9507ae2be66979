"""The PDF evidence dossier: each report's fields, photos and a locator box, then a verification appendix."""

from __future__ import annotations

import json
import math
import os
from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos

from kpfield.errors import ExportError, KPFieldError
from kpfield.export.record import ExportOptions, ExportRecord, redact
from kpfield.sync.identity import b64url

FONT_ENV = "KPFIELD_PDF_FONT_DIR"
FONT_DIRS = ("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu", "/usr/share/fonts/TTF",
             "/usr/local/share/fonts", "/Library/Fonts", "C:/Windows/Fonts")
FONT_FILES = {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf", "mono": "DejaVuSansMono.ttf"}
PHOTO_MAX_PX = 1600  # enough for print at ~190 mm wide; keeps a 40-photo dossier to tens of MB
LN = {"new_x": XPos.LMARGIN, "new_y": YPos.NEXT}

VERIFY_TEXT = (
    "How a third party can verify this evidence. Ask for the evidence bundle (a .zip exported with this dossier). "
    "1) With KP Field: run  kpfield verify BUNDLE.zip  - it checks every signature, photo hash, server receipt "
    "and chain link, and exits with status 0 only when all of them hold, naming anything that fails. "
    "2) By hand: run  sha256sum  on each photo in the bundle and compare with the SHA-256 printed here and in the "
    "signed manifest; check the Ed25519 signature (manifest-N.sig) over the bytes \"kpfield/manifest/v1\", one NUL "
    "byte, then manifest-N.json, with the device's public key from keys/; compare the device fingerprint below "
    "with the one the coordinator recorded when the device enrolled. The receipt is signed by the sync server's "
    "key and shows when the server first held the sealed report. Details: README.txt inside the bundle.")


def find_font_dir() -> Path:
    """The folder holding the DejaVu TTF fonts; raises :class:`ExportError` if there is none."""
    candidates = ([os.environ[FONT_ENV]] if os.environ.get(FONT_ENV) else []) + list(FONT_DIRS)
    for folder in candidates:
        if all((Path(folder) / f).is_file() for f in FONT_FILES.values()):
            return Path(folder)
    raise ExportError("No Unicode font for the PDF: DejaVu Sans (DejaVuSans.ttf, DejaVuSans-Bold.ttf, "
                      "DejaVuSansMono.ttf) was not found. Install the fonts-dejavu package, or set "
                      f"{FONT_ENV} to the folder holding them.", code="pdf_font_missing")


class _Dossier(FPDF):
    def __init__(self, font_dir: Path, title: str):
        super().__init__(format="A4")
        self.set_auto_page_break(True, margin=15)
        self.add_font("dv", "", str(font_dir / FONT_FILES[""]))
        self.add_font("dv", "B", str(font_dir / FONT_FILES["B"]))
        self.add_font("mono", "", str(font_dir / FONT_FILES["mono"]))
        self.set_title(title)
        self.set_creator("KP Field")
        self.doc_title = title

    def footer(self):
        self.set_y(-12)
        self.set_font("dv", "", 7)
        self.cell(0, 5, f"{self.doc_title} - page {self.page_no()}", align="C")

    def heading(self, text: str, size: int = 14):
        self.set_font("dv", "B", size)
        self.multi_cell(0, size * 0.5, text, **LN)
        self.ln(1)

    def field(self, label: str, value) -> None:
        if value in (None, "", []):
            return
        self.set_font("dv", "B", 9)
        self.cell(40, 5, label)
        self.set_font("dv", "", 9)
        self.multi_cell(0, 5, str(value), **LN)

    def mono(self, text: str, size: float = 7.5) -> None:
        self.set_font("mono", "", size)
        self.multi_cell(0, 4, text, **LN)
        self.set_font("dv", "", 9)


def _when(occurred: dict) -> str:
    start, end = occurred.get("start"), occurred.get("end")
    text = (start or "") + (f" to {end}" if end else "")
    return (text + " (approximate)" if occurred.get("approximate") else text) + (" UTC" if text else "")


def _locator(pdf: _Dossier, lat: float, lon: float, note: str) -> None:
    """Two insets side by side: a 1° coordinate box around the point (0.25° grid) and the region around it on the
    shipped base map (country borders and the main mining areas), then how to read them."""
    size = 55.0
    if pdf.get_y() + size + 30 > pdf.h - 15:
        pdf.add_page()
    x0, y0 = pdf.l_margin + 10, pdf.get_y() + 2
    # Grid lines on multiples of 0.25° so every label is exact; the point falls in the box's middle square band.
    lat0 = max(-90.0, min(89.0, math.floor(lat * 4) / 4 - 0.5))
    lon0 = max(-180.0, min(179.0, math.floor(lon * 4) / 4 - 0.5))
    pdf.set_draw_color(170, 170, 170)
    pdf.set_line_width(0.1)
    pdf.set_font("dv", "", 6)
    for i in range(5):
        x = x0 + i * size / 4
        y = y0 + i * size / 4
        pdf.line(x, y0, x, y0 + size)
        pdf.line(x0, y, x0 + size, y)
        pdf.text(x - 3, y0 + size + 5, f"{lon0 + i * 0.25:.2f}")
        pdf.text(x0 - 10.5, y0 + size - i * size / 4 + 1, f"{lat0 + i * 0.25:.2f}")
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.4)
    pdf.rect(x0, y0, size, size)
    _dot(pdf, x0 + (lon - lon0) / 1.0 * size, y0 + size - (lat - lat0) / 1.0 * size)
    region = _region_inset(pdf, lat, lon, x0 + size + 14, y0, size)
    pdf.set_xy(pdf.l_margin, y0 + size + 8)
    pdf.set_font("dv", "", 8)
    km = 0.25 * 111.32
    pdf.multi_cell(0, 4, f"Left: the red dot on a WGS 84 latitude/longitude grid; one grid square is 0.25° (about "
                         f"{km:.0f} km north-south; east-west {km * math.cos(math.radians(lat)):.0f} km at this "
                         f"latitude). Right: {region} North is up. {note}", **LN)
    pdf.ln(1)


def _dot(pdf: _Dossier, x: float, y: float) -> None:
    pdf.set_fill_color(200, 0, 0)
    pdf.ellipse(x - 1.3, y - 1.3, 2.6, 2.6, style="F")


REGION_SPAN = 8.0  # degrees of latitude and longitude shown by the regional inset


def _region_inset(pdf: _Dossier, lat: float, lon: float, x0: float, y0: float, size: float) -> str:
    """The region around the point on the shipped base map; returns the sentence describing it."""
    from kpfield.geo.basemap import shipped_basemap

    basemap = shipped_basemap()
    west, south = lon - REGION_SPAN / 2, lat - REGION_SPAN / 2
    scale = size / REGION_SPAN

    def xy(plon: float, plat: float) -> tuple[float, float]:
        return x0 + (plon - west) * scale, y0 + size - (plat - south) * scale

    def inside(plon: float, plat: float, margin: float = 0.0) -> bool:
        return west + margin <= plon <= west + REGION_SPAN - margin and south + margin <= plat <= south + \
            REGION_SPAN - margin

    shown = []
    with pdf.rect_clip(x0, y0, size, size):
        pdf.set_fill_color(236, 242, 248)  # sea and land outside the map's countries alike: pale
        pdf.rect(x0, y0, size, size, style="F")
        pdf.set_draw_color(90, 90, 90)
        pdf.set_line_width(0.15)
        for country in basemap.countries:
            near = any(inside(p[0], p[1], -REGION_SPAN) for poly in country.polygons for p in poly[0][::8])
            if not near:
                continue
            for poly in country.polygons:
                for ring in poly:
                    pdf.polyline([xy(p[0], p[1]) for p in ring])
            if inside(*country.label, margin=0.6):
                shown.append(country)
        pdf.set_font("dv", "", 5.5)
        pdf.set_text_color(110, 110, 110)
        for country in shown:
            cx, cy = xy(*country.label)
            width = pdf.get_string_width(country.name)
            pdf.text(min(max(cx - width / 2, x0 + 1), x0 + size - width - 1), cy, country.name)  # whole, inside
        pdf.set_draw_color(150, 90, 0)
        pdf.set_text_color(150, 90, 0)
        for area in basemap.mining_areas:
            if inside(area.lon, area.lat):
                ax, ay = xy(area.lon, area.lat)
                r = max(0.8, area.radius_km / 111.32 * scale)
                pdf.ellipse(ax - r, ay - r, 2 * r, 2 * r)
                pdf.text(ax + r + 0.5, ay + 1, area.name)
        pdf.set_text_color(0, 0, 0)
        _dot(pdf, *xy(lon, lat))
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.4)
    pdf.rect(x0, y0, size, size)
    pdf.set_font("dv", "", 6)
    pdf.text(x0, y0 + size + 5, f"{REGION_SPAN:.0f}° × {REGION_SPAN:.0f}° around the point")
    if not shown and not any(inside(a.lon, a.lat) for a in basemap.mining_areas):
        return ("the point lies outside the base map shipped with KP Field (sub-Saharan Africa), so the regional "
                "inset shows no borders.")
    return (f"the point in an {REGION_SPAN:.0f}° square of the shipped base map: country borders from Natural Earth "
            "(public domain) and the main diamond-mining areas (brown circles, approximate, for orientation only).")


def _photo(pdf: _Dossier, photo, index: int, heading: str | None = None) -> None:
    from kpfield.media.decode import decode_reduced, open_image
    from kpfield.media.render import orient

    meta = photo.meta
    try:
        image = orient(decode_reduced(open_image(photo.read(), meta.get("filename")), PHOTO_MAX_PX),
                       meta.get("orientation") or 1)
    except KPFieldError as exc:
        image, problem = None, str(exc)
    width = pdf.w - pdf.l_margin - pdf.r_margin
    if image is not None:
        w_mm = min(width, 170.0)
        h_mm = w_mm * image.height / image.width
        if h_mm > 150:
            h_mm, w_mm = 150.0, 150.0 * image.width / image.height
        if pdf.get_y() + h_mm + 20 + (8 if heading else 0) > pdf.h - 15:
            pdf.add_page()
        if heading:  # printed after the page decision so it stays with its first photo
            pdf.heading(heading, 11)
        pdf.image(image, x=pdf.l_margin, y=pdf.get_y(), w=w_mm, h=h_mm)
        pdf.set_y(pdf.get_y() + h_mm + 1)
    else:
        if heading:
            pdf.heading(heading, 11)
        pdf.field("Photo", f"could not be drawn: {problem}")
    pdf.set_font("dv", "", 8)
    caption = f"Photo {index}: {meta.get('filename') or meta['id']}"
    if meta.get("caption"):
        caption += f" - {meta['caption']}"
    if meta.get("taken_at"):
        caption += f" - taken {meta['taken_at']}"
    pdf.multi_cell(0, 4, caption, **LN)
    pdf.mono(f"SHA-256 {meta['sha256']}  ({meta['size']} bytes)")
    pdf.ln(3)


def _report(pdf: _Dossier, record: ExportRecord, options: ExportOptions) -> None:
    r = record.report
    pdf.add_page()
    pdf.heading(r.get("title") or "(untitled report)")
    pdf.field("Report id", r["id"])
    pdf.field("Version / state", f"{r.get('version')} / {r.get('state')}")
    pdf.field("When", _when(r.get("occurred") or {}))
    pdf.field("Incident types", ", ".join(r.get("types") or []))
    pdf.field("Site", r.get("site"))
    pdf.field("Place", r.get("place"))
    loc = r.get("location")
    if loc:
        pdf.field("Location", f"{loc['lat']}, {loc['lon']} (source: {loc.get('source')})"
                  + (f", ±{loc['accuracy_m']:.0f} m" if loc.get("accuracy_m") is not None else ""))
    people = r.get("people") or {}
    pdf.field("People affected", ", ".join(f"{k}: {v}" for k, v in people.items() if v is not None))
    pdf.field("Perpetrators", "; ".join(f"{p['category']}: {p['description']}".rstrip(": ")
                                        for p in r.get("perpetrators") or []))
    pdf.field("Severity", r.get("severity"))
    pdf.field("Tags", ", ".join(r.get("tags") or []))
    if options.witnesses:
        for w in r.get("witnesses") or []:
            pdf.field("Witness", w["pseudonym"] + (f" ({w['contact']})" if w.get("contact") else "")
                      + (f" - {w['notes']}" if w.get("notes") else ""))
    elif record.report.get("witnesses") is not None:
        pdf.field("Witnesses", "left out of this version")
    pdf.field("Recorded", f"created {r.get('created_at')}, last changed {r.get('updated_at')}")
    if r.get("narrative"):
        pdf.ln(2)
        pdf.heading("Narrative", 11)
        pdf.set_font("dv", "", 9.5)
        pdf.multi_cell(0, 5, r["narrative"], **LN)
    if loc:
        pdf.ln(3)
        _locator(pdf, float(loc["lat"]), float(loc["lon"]), options.precision_note())
    for n, photo in enumerate(record.photos, 1):
        _photo(pdf, photo, n, heading="Photos" if n == 1 else None)


def _appendix(pdf: _Dossier, record: ExportRecord) -> None:
    pdf.add_page()
    pdf.heading(f"Verification appendix - {record.report.get('title') or record.id}", 12)
    pdf.field("Report id", record.id)
    pdf.field("Checked here", record.verification or "no signed manifest (the report was never sent)")
    pdf.heading("Photos (SHA-256 of the original files)", 10)
    for n, photo in enumerate(record.photos, 1):
        pdf.set_font("dv", "", 8)
        pdf.multi_cell(0, 4, f"{n}. {photo.meta.get('filename') or photo.id} ({photo.meta['size']} bytes)", **LN)
        pdf.mono(photo.meta["sha256"])
    for ev in record.evidence:
        pdf.ln(2)
        pdf.heading(f"Signed manifest, device chain position {ev.seq}", 10)
        pdf.field("Device id", ev.signed.device_id)
        if ev.signer is not None:
            pdf.field("Device fingerprint", ev.signer.fingerprint)
            pdf.field("Device public key", b64url(ev.signer.sign_key))
        pdf.field("Signature check", ev.verified or "not checked")
        pdf.field("Created", ev.signed.manifest.get("created_at"))
        pdf.set_font("dv", "", 8)
        pdf.multi_cell(0, 4, "Manifest SHA-256 / Ed25519 signature / envelope SHA-256 / previous envelope:", **LN)
        pdf.mono(f"{ev.signed.manifest_hash}\n{b64url(ev.signed.signature)}\n{ev.envelope_sha256 or '-'}\n"
                 f"{ev.prev_envelope_sha256 or '(first envelope of this device)'}")
        if ev.receipt:
            received = ev.receipt.get("received_at")
            when = (datetime.fromtimestamp(received, timezone.utc).strftime("%Y-%m-%d %H:%M:%S UTC")
                    if isinstance(received, int) else str(received))
            pdf.field("Server receipt", f"server sequence {ev.receipt.get('seq')}, received {when}, "
                      f"upload {ev.receipt.get('upload_id')}")
            pdf.mono(f"receipt signature {ev.receipt.get('sig')}")
        else:
            pdf.field("Server receipt", "none yet (not acknowledged by the server)")
    if record.history:
        pdf.ln(2)
        pdf.heading("Review and audit history", 10)
        for h in record.history:
            detail = json.dumps(h.get("detail") or {}, ensure_ascii=False, sort_keys=True)
            pdf.set_font("dv", "", 8)
            pdf.multi_cell(0, 4, f"{h.get('at')}  {h.get('action')}  {detail if detail != '{}' else ''}", **LN)
    pdf.ln(3)
    pdf.set_font("dv", "", 8.5)
    pdf.multi_cell(0, 4.5, VERIFY_TEXT, **LN)


def write_pdf(records: list[ExportRecord], out, options: ExportOptions = ExportOptions(), *,
              title: str = "KP Field evidence dossier") -> None:
    """Write a PDF dossier of ``records`` to the binary file ``out`` (built in memory, no temporary files).

    :param records: the reports, in order.
    :param out: a binary file object.
    :param options: public-version redactions (stated on the cover).
    :param title: shown on the cover and in every footer.
    """
    pdf = _Dossier(find_font_dir(), title)
    pdf.add_page()
    pdf.heading(title, 18)
    pdf.set_font("dv", "", 10)
    now = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    pdf.multi_cell(0, 5.5, f"{len(records)} report(s), produced {now} by KP Field.\n{options.precision_note()}\n"
                   + ("Witnesses' identities are included: handle this document as confidential."
                      if options.witnesses else "Witnesses' identities are left out of this version.")
                   + ("" if options.photos else "\nPhotos are left out of this version."), **LN)
    pdf.ln(3)
    for record in records:
        pdf.set_font("dv", "", 9)
        pdf.multi_cell(0, 5, f"- {record.report.get('title') or '(untitled)'}  [{record.id}]", **LN)
    for record in records:
        shown = redact(record, options)
        _report(pdf, shown, options)
        _appendix(pdf, shown)
    out.write(bytes(pdf.output()))
