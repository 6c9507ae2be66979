"""CSV (+HXL), GeoJSON and KML from a real store, parsed back with real parsers; redactions applied."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

import pytest

from exportutil import CONTACT, TITLE, WITNESS
from kpfield.errors import ExportError
from kpfield.export import ExportOptions, records_from_monitor
from kpfield.export.run import export_to_file
from kpfield.export.tabular import CSV_COLUMNS, KML_NS, write_csv

K = {"k": KML_NS}


def test_csv_rfc4180_with_bom_and_hxl_and_audit(store, tmp_path):
    profile, ids = store
    out = tmp_path / "reports.csv"
    before = len([e for e in profile.audit.entries(ids[0]) if e.action == "exported"])
    sha = export_to_file(records_from_monitor(profile, ids), "csv", out, audit=profile.audit, hxl=True, bom=True)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert rows[0] == [c[0] for c in CSV_COLUMNS]
    assert rows[1][rows[0].index("lat")] == "#geo+lat" and "#affected+killed" in rows[1]
    assert "#date+occurred" in rows[1] and "#event+type" in rows[1] and "#loc+name" in rows[1]
    assert len(rows) == 2 + 3
    first = dict(zip(rows[0], rows[2]))
    assert first["title"] == TITLE and first["lat"] == "-20.2912345" and first["killed"] == "1"
    assert first["witnesses"] == WITNESS and first["location_precision"] == "exact"
    assert first["narrative"].startswith("Deux creuseurs") and '"quoted"' in first["narrative"]
    assert len(first["photo_sha256"].split(";")) == 2 and "verified" in first["verification"]
    assert [e for e in profile.audit.entries(ids[0]) if e.action == "exported"][-1].detail["sha256"] == sha
    assert len([e for e in profile.audit.entries(ids[0]) if e.action == "exported"]) == before + 1
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_csv_formula_injection_disarmed(store):
    profile, ids = store
    rec = records_from_monitor(profile, [ids[0]])[0]
    rec.report["title"] = "=cmd|' /C calc'!A0"
    buf = io.BytesIO()
    write_csv([rec], buf)
    row = list(csv.DictReader(io.StringIO(buf.getvalue().decode())))[0]
    assert row["title"].startswith("'=") and row["lat"] == "-20.2912345"


def test_geojson_structure_and_redaction(store, tmp_path):
    profile, ids = store
    out = tmp_path / "r.geojson"
    export_to_file(records_from_monitor(profile, ids), "geojson", out, ExportOptions(witnesses=False, precision=1))
    doc = json.loads(out.read_text("utf-8"))
    assert doc["type"] == "FeatureCollection" and len(doc["features"]) == 3
    f0 = doc["features"][0]
    assert f0["type"] == "Feature" and f0["geometry"] == {"type": "Point", "coordinates": [32.3, -20.3]}
    assert f0["properties"]["title"] == TITLE and f0["properties"]["witnesses"] == ""
    assert "rounded to 1 decimal" in f0["properties"]["precision_note"]
    assert doc["features"][2]["geometry"] is None  # the draft has no location
    text = out.read_text("utf-8")
    assert WITNESS not in text and CONTACT not in text and "20.2912" not in text and "32.3456" not in text


def test_kml_parses_with_namespace_and_escapes(store, tmp_path):
    profile, ids = store
    out = tmp_path / "r.kml"
    export_to_file(records_from_monitor(profile, ids), "kml", out)
    root = ET.parse(out).getroot()
    assert root.tag == f"{{{KML_NS}}}kml"
    marks = root.findall(".//k:Placemark", K)
    assert len(marks) == 2  # the draft has no location: named in the description instead
    assert marks[0].find("k:name", K).text == TITLE
    lon, lat = marks[0].find(".//k:Point/k:coordinates", K).text.split(",")
    assert (float(lon), float(lat)) == (32.3456789, -20.2912345)
    data = {d.get("name"): d.find("k:value", K).text for d in marks[0].findall(".//k:Data", K)}
    assert "<b>&</b>" in data["narrative"] and data["witnesses"] == WITNESS
    assert "Brouillon sans lieu" in root.find("k:Document/k:description", K).text


def test_kml_precision_reduced_and_witnesses_left_out(store, tmp_path):
    profile, ids = store
    out = tmp_path / "p.kml"
    export_to_file(records_from_monitor(profile, ids), "kml", out, ExportOptions(witnesses=False, precision=2))
    root = ET.parse(out).getroot()
    coords = root.find(".//k:Placemark//k:coordinates", K).text
    assert coords == "32.35,-20.29"
    text = out.read_text("utf-8")
    assert WITNESS not in text and CONTACT not in text and "about 1 km" in text


def test_bad_options_and_unknown_report_refused(store, tmp_path):
    profile, ids = store
    with pytest.raises(ExportError):
        ExportOptions(precision=9)
    from kpfield.errors import NotFound
    with pytest.raises(NotFound):
        records_from_monitor(profile, ["00000000-0000-4000-8000-000000000000"])
    with pytest.raises(ExportError):
        export_to_file(records_from_monitor(profile, ids[:1]), "csv", tmp_path / "missing" / "x.csv")
