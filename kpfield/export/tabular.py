"""Flat and map exports: CSV (RFC 4180, optional HXL hashtag row), GeoJSON (RFC 7946) and KML 2.2."""

from __future__ import annotations

import csv
import io
import json
from xml.sax.saxutils import escape, quoteattr

from kpfield.export.record import ExportOptions, ExportRecord, redact

# (column, HXL hashtag, description) — the documented CSV layout, one row per report. The hashtags are from the
# HXL standard's core dictionary (#event, #date, #loc, #geo, #affected, #severity, #description, #meta, #status).
CSV_COLUMNS = (
    ("id", "#event+id", "report id (UUID)"),
    ("version", "#meta+version", "report version"),
    ("state", "#status", "draft or ready"),
    ("title", "#event+name", "title"),
    ("types", "#event+type", "incident type codes, separated by ';'"),
    ("occurred_start", "#date+occurred", "when it happened (UTC, ISO 8601)"),
    ("occurred_end", "#date+end", "when it ended, if a range (UTC)"),
    ("occurred_approximate", "#meta+approximate", "'yes' when the time is approximate"),
    ("site", "#loc+site+name", "mine or site"),
    ("place", "#loc+name", "place name"),
    ("lat", "#geo+lat", "latitude, WGS 84 decimal degrees"),
    ("lon", "#geo+lon", "longitude, WGS 84 decimal degrees"),
    ("location_source", "#geo+source", "where the position came from"),
    ("location_precision", "#meta+precision", "exact, or how the coordinates were rounded"),
    ("killed", "#affected+killed", "people killed"),
    ("injured", "#affected+injured", "people injured"),
    ("detained", "#affected+detained", "people detained"),
    ("displaced", "#affected+displaced", "people displaced"),
    ("children", "#affected+children", "children among those affected"),
    ("perpetrators", "#group+perpetrator", "category: description, separated by ';'"),
    ("severity", "#severity", "1 (low) to 5 (critical)"),
    ("narrative", "#description", "the narrative"),
    ("tags", "#meta+tags", "tags, separated by ';'"),
    ("witnesses", "#meta+witnesses", "witness pseudonyms (empty when left out)"),
    ("photo_count", "#meta+photos", "number of photos"),
    ("photo_sha256", "#meta+sha256", "photos' SHA-256, separated by ';'"),
    ("created_at", "#date+created", "when the report was created (UTC)"),
    ("updated_at", "#date+updated", "last change (UTC)"),
    ("verification", "#meta+verification", "signature check result, when known"),
)
KML_NS = "http://www.opengis.net/kml/2.2"


def _flat(record: ExportRecord, options: ExportOptions) -> dict:
    """One report as a flat dict of text/number values (the CSV row, the GeoJSON/KML properties)."""
    r = record.report
    loc = r.get("location") or {}
    occurred = r.get("occurred") or {}
    people = r.get("people") or {}
    return {
        "id": r["id"], "version": r.get("version"), "state": r.get("state"), "title": r.get("title", ""),
        "types": ";".join(r.get("types") or []),
        "occurred_start": occurred.get("start") or "", "occurred_end": occurred.get("end") or "",
        "occurred_approximate": "yes" if occurred.get("approximate") else "",
        "site": r.get("site", ""), "place": r.get("place", ""),
        "lat": loc.get("lat", ""), "lon": loc.get("lon", ""), "location_source": loc.get("source") or "",
        "location_precision": ("exact" if options.precision is None
                               else f"rounded to {options.precision} decimals") if loc else "",
        **{k: people.get(k) if people.get(k) is not None else ""
           for k in ("killed", "injured", "detained", "displaced", "children")},
        "perpetrators": ";".join(f"{p['category']}: {p['description']}".rstrip(": ")
                                 for p in r.get("perpetrators") or []),
        "severity": r.get("severity") if r.get("severity") is not None else "",
        "narrative": r.get("narrative", ""), "tags": ";".join(r.get("tags") or []),
        "witnesses": ";".join(w["pseudonym"] for w in r.get("witnesses") or []),
        "photo_count": len(record.photos), "photo_sha256": ";".join(p.meta["sha256"] for p in record.photos),
        "created_at": r.get("created_at") or "", "updated_at": r.get("updated_at") or "",
        "verification": record.verification or "",
    }


def _cell(value) -> str:
    text = "" if value is None else str(value)
    # Spreadsheets run cells starting with = + - @ as formulas (CSV injection); a leading apostrophe disarms them.
    # Numbers (a negative latitude) are written by us and are safe, so only text is guarded.
    if text and text[0] in "=+-@\t\r" and not isinstance(value, (int, float)):
        return "'" + text
    return text


def write_csv(records: list[ExportRecord], out, options: ExportOptions = ExportOptions(), *, hxl: bool = False,
              bom: bool = False) -> None:
    """CSV, RFC 4180 (CRLF line ends, quoted as needed), UTF-8; one header row, then the HXL row if asked.

    :param records: what to export.
    :param out: a binary file object.
    :param options: public-version redactions.
    :param hxl: add the HXL hashtag row under the header (https://hxlstandard.org).
    :param bom: start with a UTF-8 byte order mark so Excel opens accented text correctly.
    """
    text = io.StringIO(newline="")
    writer = csv.writer(text, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow([c[0] for c in CSV_COLUMNS])
    if hxl:
        writer.writerow([c[1] for c in CSV_COLUMNS])
    for record in records:
        flat = _flat(redact(record, options), options)
        writer.writerow([_cell(flat[c[0]]) for c in CSV_COLUMNS])
    out.write(("\ufeff" if bom else "").encode("utf-8") + text.getvalue().encode("utf-8"))


def geojson_dict(records: list[ExportRecord], options: ExportOptions = ExportOptions()) -> dict:
    """An RFC 7946 FeatureCollection: one Feature per report, Point [lon, lat] (null geometry when unknown)."""
    features = []
    for record in records:
        shown = redact(record, options)
        loc = shown.report.get("location")
        props = _flat(shown, options)
        props["precision_note"] = options.precision_note()
        features.append({
            "type": "Feature", "id": record.id,
            "geometry": {"type": "Point", "coordinates": [loc["lon"], loc["lat"]]} if loc else None,
            "properties": props,
        })
    return {"type": "FeatureCollection", "features": features}


def write_geojson(records: list[ExportRecord], out, options: ExportOptions = ExportOptions()) -> None:
    """Write :func:`geojson_dict` as UTF-8 JSON to the binary file ``out``."""
    out.write(json.dumps(geojson_dict(records, options), ensure_ascii=False, indent=1).encode("utf-8"))


def write_kml(records: list[ExportRecord], out, options: ExportOptions = ExportOptions()) -> None:
    """KML 2.2: one Placemark per located report, fields in ExtendedData; every text is XML-escaped.

    Reports without a location are listed in the document description (KML has no place for them on the map).
    """
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', f'<kml xmlns="{KML_NS}">', "<Document>",
             "<name>KP Field reports</name>"]
    unlocated = []
    placemarks = []
    for record in records:
        shown = redact(record, options)
        loc = shown.report.get("location")
        flat = _flat(shown, options)
        if not loc:
            unlocated.append(flat["title"] or flat["id"])
            continue
        data = "".join(f"<Data name={quoteattr(k)}><value>{escape(_xml_text(v))}</value></Data>"
                       for k, v in flat.items())
        desc = f"{flat['occurred_start']} {flat['types']}\n{flat['narrative'][:2000]}"
        placemarks.append(
            f"<Placemark id={quoteattr('r-' + record.id)}><name>{escape(_xml_text(flat['title'] or flat['id']))}"
            f"</name><description>{escape(_xml_text(desc))}</description><ExtendedData>{data}</ExtendedData>"
            f"<Point><coordinates>{float(loc['lon'])!r},{float(loc['lat'])!r}</coordinates></Point></Placemark>")
    note = options.precision_note()
    if unlocated:
        note += " Reports without a location (not on the map): " + "; ".join(unlocated)
    lines.append(f"<description>{escape(_xml_text(note))}</description>")
    lines.extend(placemarks)
    lines += ["</Document>", "</kml>"]
    out.write("\n".join(lines).encode("utf-8"))


def _xml_text(value) -> str:
    """Text safe for XML 1.0: characters XML cannot carry at all (most C0 controls) are dropped."""
    text = "" if value is None else str(value)
    return "".join(ch for ch in text if ch in "\t\n\r" or (ord(ch) >= 0x20 and ch not in "\ufffe\uffff"))
