"""Build the shipped base map (``countries.geojson``) from Natural Earth country borders packaged as TopoJSON.

Source: the npm package ``world-atlas@2.0.2`` (Mike Bostock, ISC licence), which is Natural Earth's "Admin 0 –
Countries" (public domain) converted to TopoJSON, 1:50m and 1:110m. Fetch it with npm's own client::

    cd /tmp && npm pack world-atlas@2.0.2 && mkdir -p world-atlas && tar xzf world-atlas-2.0.2.tgz -C world-atlas
    python resources/basemap/build.py /tmp/world-atlas/package/countries-50m.json

The output is deterministic: the same input gives byte-identical ``countries.geojson``. Standard library only.

What it does: decodes the TopoJSON arcs (quantised, delta-encoded), keeps the countries of Africa (the region
KP Field's monitors work in, south of the Sahara, plus the north of the continent so that the map has no hole),
rounds coordinates to 3 decimals (about 100 m: far below what a 1:50m border means), drops points that rounding
made repeat, and adds to each country its name, ISO 3166-1 codes and a label position inside it.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DECIMALS = 3

# ISO 3166-1 numeric (the TopoJSON ids) -> (alpha-2, alpha-3, name shown on the map), for every African country
# and territory in Natural Earth. Names are Natural Earth's short English names, spelled out where it abbreviates.
AFRICA = {
    "012": ("DZ", "DZA", "Algeria"), "024": ("AO", "AGO", "Angola"), "072": ("BW", "BWA", "Botswana"),
    "108": ("BI", "BDI", "Burundi"), "120": ("CM", "CMR", "Cameroon"), "132": ("CV", "CPV", "Cabo Verde"),
    "140": ("CF", "CAF", "Central African Republic"), "148": ("TD", "TCD", "Chad"), "174": ("KM", "COM", "Comoros"),
    "178": ("CG", "COG", "Republic of the Congo"), "180": ("CD", "COD", "Democratic Republic of the Congo"),
    "204": ("BJ", "BEN", "Benin"), "226": ("GQ", "GNQ", "Equatorial Guinea"), "231": ("ET", "ETH", "Ethiopia"),
    "232": ("ER", "ERI", "Eritrea"), "262": ("DJ", "DJI", "Djibouti"), "266": ("GA", "GAB", "Gabon"),
    "270": ("GM", "GMB", "Gambia"), "288": ("GH", "GHA", "Ghana"), "324": ("GN", "GIN", "Guinea"),
    "384": ("CI", "CIV", "Côte d'Ivoire"), "404": ("KE", "KEN", "Kenya"), "426": ("LS", "LSO", "Lesotho"),
    "430": ("LR", "LBR", "Liberia"), "434": ("LY", "LBY", "Libya"), "450": ("MG", "MDG", "Madagascar"),
    "454": ("MW", "MWI", "Malawi"), "466": ("ML", "MLI", "Mali"), "478": ("MR", "MRT", "Mauritania"),
    "480": ("MU", "MUS", "Mauritius"), "504": ("MA", "MAR", "Morocco"), "508": ("MZ", "MOZ", "Mozambique"),
    "516": ("NA", "NAM", "Namibia"), "562": ("NE", "NER", "Niger"), "566": ("NG", "NGA", "Nigeria"),
    "624": ("GW", "GNB", "Guinea-Bissau"), "646": ("RW", "RWA", "Rwanda"),
    "654": ("SH", "SHN", "Saint Helena"), "678": ("ST", "STP", "São Tomé and Príncipe"),
    "686": ("SN", "SEN", "Senegal"), "690": ("SC", "SYC", "Seychelles"), "694": ("SL", "SLE", "Sierra Leone"),
    "706": ("SO", "SOM", "Somalia"), "710": ("ZA", "ZAF", "South Africa"), "716": ("ZW", "ZWE", "Zimbabwe"),
    "728": ("SS", "SSD", "South Sudan"), "729": ("SD", "SDN", "Sudan"), "732": ("EH", "ESH", "Western Sahara"),
    "748": ("SZ", "SWZ", "Eswatini"), "768": ("TG", "TGO", "Togo"), "788": ("TN", "TUN", "Tunisia"),
    "800": ("UG", "UGA", "Uganda"), "818": ("EG", "EGY", "Egypt"), "834": ("TZ", "TZA", "Tanzania"),
    "854": ("BF", "BFA", "Burkina Faso"), "894": ("ZM", "ZMB", "Zambia"),
}
# Left out on purpose: the British Indian Ocean Territory (Chagos, 72° E) would stretch the map eastwards.
# Natural Earth features without an ISO number, by their name in world-atlas.
AFRICA_UNNUMBERED = {"Somaliland": ("", "", "Somaliland")}


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """Every arc as absolute (lon, lat) points: undo the delta encoding, then the quantisation transform."""
    transform = topology.get("transform")
    arcs = []
    for arc in topology["arcs"]:
        if transform:
            (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
            x = y = 0
            points = []
            for dx, dy in arc:
                x += dx
                y += dy
                points.append((x * sx + tx, y * sy + ty))
        else:
            points = [(float(p[0]), float(p[1])) for p in arc]
        arcs.append(points)
    return arcs


def ring(indexes: list[int], arcs: list[list[tuple[float, float]]]) -> list[tuple[float, float]]:
    """Join arcs into one closed ring; ``~i`` (a negative index) is arc ``i`` walked backwards."""
    points: list[tuple[float, float]] = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc[1:] if points else arc)  # consecutive arcs share their joining point
    return points


def round_ring(points: list[tuple[float, float]]) -> list[list[float]] | None:
    """Round to :data:`DECIMALS`, drop repeats; None if fewer than 4 points (a closed triangle) survive."""
    out: list[list[float]] = []
    for lon, lat in points:
        p = [round(lon, DECIMALS), round(lat, DECIMALS)]
        if not out or p != out[-1]:
            out.append(p)
    if out and out[0] != out[-1]:
        out.append(out[0])
    return out if len(out) >= 4 else None


def area(points) -> float:
    """Signed area (shoelace), in square degrees: only compared with other areas."""
    return sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(points, points[1:])) / 2


def label_point(polygons: list[list[list[list[float]]]]) -> list[float]:
    """A point inside the largest polygon: its centroid if inside, else the middle of the widest horizontal
    stretch of the polygon through the centroid's latitude (for crescent-shaped countries like Mozambique)."""
    outer = max((p[0] for p in polygons), key=lambda r: abs(area(r)))
    a = area(outer)
    cx = sum((x0 + x1) * (x0 * y1 - x1 * y0) for (x0, y0), (x1, y1) in zip(outer, outer[1:])) / (6 * a)
    cy = sum((y0 + y1) * (x0 * y1 - x1 * y0) for (x0, y0), (x1, y1) in zip(outer, outer[1:])) / (6 * a)
    crossings = sorted(x0 + (cy - y0) * (x1 - x0) / (y1 - y0)
                       for (x0, y0), (x1, y1) in zip(outer, outer[1:]) if (y0 > cy) != (y1 > cy))
    spans = list(zip(crossings[::2], crossings[1::2]))
    if any(a_ <= cx <= b for a_, b in spans) or not spans:
        return [round(cx, DECIMALS), round(cy, DECIMALS)]
    left, right = max(spans, key=lambda s: s[1] - s[0])
    return [round((left + right) / 2, DECIMALS), round(cy, DECIMALS)]


def build(topology: dict) -> dict:
    """The GeoJSON FeatureCollection of the region's countries, sorted by name."""
    arcs = decode_arcs(topology)
    features = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        name = geometry.get("properties", {}).get("name", "")
        codes = AFRICA.get(geometry.get("id", "")) or AFRICA_UNNUMBERED.get(name)
        if not codes or geometry.get("type") not in ("Polygon", "MultiPolygon"):
            continue
        parts = [geometry["arcs"]] if geometry["type"] == "Polygon" else geometry["arcs"]
        polygons = []
        for part in parts:
            rings = [round_ring(ring(r, arcs)) for r in part]
            if rings and rings[0]:  # an island too small to survive rounding disappears with its holes
                polygons.append([r for r in rings if r])
        if not polygons:
            continue
        iso_a2, iso_a3, shown = codes
        features.append({
            "type": "Feature",
            "properties": {"name": shown, "iso_a2": iso_a2, "iso_a3": iso_a3, "label": label_point(polygons)},
            "geometry": {"type": "MultiPolygon", "coordinates": polygons},
        })
    features.sort(key=lambda f: f["properties"]["name"])
    return {
        "type": "FeatureCollection",
        "source": "Natural Earth Admin 0 countries (public domain) via world-atlas 2.0.2 (ISC); see README.md",
        "features": features,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("topojson", help="countries-50m.json (or -110m) from the world-atlas package")
    parser.add_argument("--out", default=str(HERE / "countries.geojson"))
    args = parser.parse_args(argv)
    data = build(json.loads(Path(args.topojson).read_text(encoding="utf-8")))
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    Path(args.out).write_text(text + "\n", encoding="utf-8")
    print(f"{len(data['features'])} countries, {len(text.encode()):,} bytes -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
