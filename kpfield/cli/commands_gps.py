"""``kpfield gps read FILE``: the latest valid fix of an NMEA log."""

from __future__ import annotations

from pathlib import Path

from kpfield.cli.common import UsageProblem, print_json
from kpfield.geo import read_nmea


def register(sub) -> None:
    p = sub.add_parser("gps", help="GPS receivers and NMEA logs")
    gsub = p.add_subparsers(dest="gps_command", metavar="ACTION", required=True)
    r = gsub.add_parser("read", help="print the latest valid fix in an NMEA log (exit 1 when there is none)")
    r.add_argument("file")
    r.add_argument("--json", action="store_true")
    r.set_defaults(func=cmd_read)


def cmd_read(args) -> int:
    path = Path(args.file)
    if not path.is_file():
        raise UsageProblem(f"The NMEA log {path} does not exist.")
    fix = read_nmea(path)  # NoFix / NMEAError are user errors: exit 1 with their message
    loc = fix.to_location()
    if args.json:
        print_json({"location": loc.to_dict(), "quality": fix.quality, "satellites": fix.satellites,
                    "hdop": fix.hdop, "sentence": fix.sentence, "talker": fix.talker})
    else:
        extras = []
        if fix.satellites is not None:
            extras.append(f"{fix.satellites} satellites")
        if fix.hdop is not None:
            extras.append(f"HDOP {fix.hdop}")
        if loc.fix_time:
            extras.append(loc.fix_time.isoformat())
        print(f"{loc.lat:.6f}, {loc.lon:.6f}" + (f"  ({', '.join(extras)})" if extras else ""))
    return 0
