"""``kpfield report add|list|show`` and ``kpfield search``."""

from __future__ import annotations

from datetime import datetime, time, timezone
from pathlib import Path

from kpfield.cli.commands_messages import message_line, messages_json
from kpfield.cli.common import UsageProblem, add_profile_options, open_profile, print_json
from kpfield.geo import parse_location, read_nmea
from kpfield.media import process_photo
from kpfield.model import Occurrence, Report
from kpfield.store import ReportQuery
from kpfield.coordinator.review import STATES as REVIEW_STATES
from kpfield.store.reports import SORT_COLUMNS


def register(sub) -> None:
    p = sub.add_parser("report", help="add, list, show and delete reports")
    rsub = p.add_subparsers(dest="report_command", metavar="ACTION", required=True)

    a = rsub.add_parser("add", help="record a new report; prints its id")
    add_profile_options(a)
    a.add_argument("--title", default="")
    a.add_argument("--narrative", default="")
    a.add_argument("--type", dest="types", action="append", default=[], metavar="CODE",
                   help="incident type code (repeatable); see resources/taxonomy.json")
    a.add_argument("--site", default="", help="mine or site name")
    a.add_argument("--place", default="", help="place name")
    a.add_argument("--occurred", metavar="WHEN",
                   help="when it happened: ISO 8601 date or date-time, or START/END; local time if no offset")
    a.add_argument("--approximate", action="store_true", help="the time is approximate")
    loc = a.add_mutually_exclusive_group()
    loc.add_argument("--location", metavar="COORDS", help="e.g. \"17°38'52\\\"S 31°29'10\\\"E\" or \"-17.6478, 31.4861\"")
    loc.add_argument("--nmea", metavar="FILE", help="take the latest valid fix of an NMEA log")
    a.add_argument("--photo", dest="photos", action="append", default=[], metavar="FILE",
                   help="attach a photo (repeatable); its EXIF GPS gives the location when none is given")
    a.add_argument("--tag", dest="tags", action="append", default=[])
    a.add_argument("--severity", type=int, choices=range(1, 6))
    a.add_argument("--ready", action="store_true", help="mark the report ready to send")
    a.set_defaults(func=cmd_add)

    ls = rsub.add_parser("list", help="list reports")
    add_profile_options(ls)
    _add_filters(ls)
    ls.set_defaults(func=cmd_list)

    sh = rsub.add_parser("show", help="show one report")
    add_profile_options(sh)
    sh.add_argument("id")
    sh.set_defaults(func=cmd_show)

    from kpfield.cli.commands_delete import register as register_delete

    register_delete(rsub)

    s = sub.add_parser("search", help="full-text search over titles, narratives, sites, places, tags and captions")
    add_profile_options(s)
    s.add_argument("query")
    _add_filters(s)
    s.set_defaults(func=cmd_search)


def _add_filters(p) -> None:
    p.add_argument("--type", dest="types", action="append", default=[], metavar="CODE")
    p.add_argument("--state", dest="states", action="append", default=[], choices=["draft", "ready"])
    p.add_argument("--site", default="")
    p.add_argument("--from", dest="date_from", metavar="DATE")
    p.add_argument("--to", dest="date_to", metavar="DATE")
    p.add_argument("--sort", default="occurred", choices=sorted(SORT_COLUMNS))
    p.add_argument("--asc", action="store_true", help="oldest / smallest first")
    p.add_argument("--limit", type=int, default=1000)
    coord = p.add_argument_group("coordinator filters (received reports)")
    coord.add_argument("--review-state", dest="review_states", action="append", default=[], choices=REVIEW_STATES)
    coord.add_argument("--device", dest="devices", action="append", default=[], metavar="DEVICE_ID")
    coord.add_argument("--unread", action="store_true", help="only reports no coordinator here has opened yet")
    coord.add_argument("--verification", dest="verifications", action="append", default=[],
                       choices=["verified", "quarantined"], help="the newest envelope's verification result")


def parse_when(text: str, *, end_of_day: bool = False) -> datetime:
    """ISO 8601 date or date-time; without an offset it is the computer's local time."""
    try:
        if len(text.strip()) == 10:
            d = datetime.fromisoformat(text.strip()).date()
            value = datetime.combine(d, time.max if end_of_day else time.min)
        else:
            value = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        raise UsageProblem(f"{text!r} is not a date (YYYY-MM-DD) or date-time (YYYY-MM-DDTHH:MM).") from None
    if value.tzinfo is None:
        value = value.astimezone()  # interpret as local time
    return value.astimezone(timezone.utc)


def _query(args, text: str = "") -> ReportQuery:
    return ReportQuery(
        text=text, types=args.types, states=args.states, site=args.site,
        date_from=parse_when(args.date_from) if args.date_from else None,
        date_to=parse_when(args.date_to, end_of_day=True) if args.date_to else None,
        sort=args.sort, descending=not args.asc,
        review_states=args.review_states, devices=args.devices, unread_only=args.unread,
        verifications=args.verifications,
    )


def cmd_add(args) -> int:
    occurred = Occurrence(approximate=args.approximate)
    if args.occurred:
        start, _, end = args.occurred.partition("/")
        occurred = Occurrence(parse_when(start), parse_when(end, end_of_day=True) if end else None,
                              args.approximate)
    location = None
    if args.location:
        location = parse_location(args.location)
    elif args.nmea:
        try:
            location = read_nmea(Path(args.nmea)).to_location()
        except FileNotFoundError:
            raise UsageProblem(f"The NMEA log {args.nmea} does not exist.") from None
    # Read and check every photo before touching the store: a broken one changes nothing.
    processed = []
    for path in args.photos:
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            raise UsageProblem(f"Cannot read the photo {path}: {exc.strerror}.") from None
        processed.append((Path(path).name, process_photo(data, Path(path).name)))
    if location is None:
        location = next((p.info.gps for _, p in processed if p.info.gps is not None), None)
    report = Report(title=args.title, narrative=args.narrative, types=args.types, site=args.site,
                    place=args.place, occurred=occurred, location=location, tags=args.tags,
                    severity=args.severity)
    with open_profile(args) as profile:
        if args.ready:
            problems = report.validate_ready()
            if problems:
                raise UsageProblem("Cannot mark ready: " + " ".join(problems))
        with profile.db.atomic():
            saved = profile.reports.create(report)
            for name, photo in processed:
                profile.photos.add(saved.id, photo, filename=name)
            if args.ready:
                profile.reports.mark_ready(saved.id)
        result = report_json(profile, saved.id)
    if args.json:
        print_json(result)
    else:
        print(saved.id)
    return 0


def report_json(profile, report_id: str) -> dict:
    """The stable JSON form of one report: its fields, location with source, photos with hashes and EXIF GPS."""
    data = profile.reports.get(report_id).to_dict()
    data["photo_count"] = len(photos := profile.photos.list(report_id))
    data["photos"] = [
        {"id": p.id, "filename": p.filename, "caption": p.caption, "sha256": p.sha256, "size": p.size,
         "mime": p.mime, "width": p.width, "height": p.height, "display_width": p.display_width,
         "display_height": p.display_height, "taken_at": p.taken_at, "make": p.make, "model": p.model,
         "exif_gps": p.gps.to_dict() if p.gps else None}
        for p in photos
    ]
    data["versions"] = [{"version": v["version"], "frozen_at": v["frozen_at"], "sha256": v["sha256"]}
                        for v in profile.reports.versions(report_id)]
    data["messages"] = messages_json(profile, report_id)  # what coordinators wrote about it, oldest first
    if profile.role == "coordinator":  # a received report: how it verified and where its review stands
        from kpfield.coordinator.review import report_extra_json

        data.update(report_extra_json(profile, report_id))
    return data


def _summary_json(s) -> dict:
    out = {"id": s.id, "title": s.title, "types": s.types, "site": s.site, "occurred_start": s.occurred_start,
           "updated_at": s.updated_at, "state": s.state, "photo_count": s.photo_count, "version": s.version}
    if s.verification is not None:  # a coordinator's received report
        out.update(verification=s.verification, review_state=s.review_state, unread=s.unread,
                   device_id=s.device_id, monitor=s.monitor)
    return out


def _print_table(rows) -> None:
    if not rows:
        print("No reports.")
        return
    for s in rows:
        when = (s.occurred_start or "")[:16].replace("T", " ")
        print(f"{s.id}  {s.state:<5}  {when:<16}  {','.join(s.types)[:24]:<24}  {s.title[:50]}")


def cmd_list(args) -> int:
    with open_profile(args) as profile:
        rows = profile.reports.query(_query(args), limit=args.limit)
    if args.json:
        print_json([_summary_json(s) for s in rows])
    else:
        _print_table(rows)
    return 0


def cmd_search(args) -> int:
    with open_profile(args) as profile:
        rows = profile.reports.query(_query(args, args.query), limit=args.limit)
    if args.json:
        print_json([_summary_json(s) for s in rows])
    else:
        _print_table(rows)
    return 0


def cmd_show(args) -> int:
    with open_profile(args) as profile:
        data = report_json(profile, args.id)
    if args.json:
        print_json(data)
        return 0
    print(f"{data['title'] or '(untitled)'}  [{data['state']}, version {data['version']}]")
    print(f"id: {data['id']}")
    print(f"types: {', '.join(data['types']) or '-'}")
    occ = data["occurred"]
    print(f"when: {occ['start'] or '-'}{' to ' + occ['end'] if occ['end'] else ''}"
          f"{' (approximate)' if occ['approximate'] else ''}")
    print(f"site: {data['site'] or '-'}   place: {data['place'] or '-'}")
    loc = data["location"]
    print(f"location: {loc['lat']}, {loc['lon']} (source: {loc['source']})" if loc else "location: -")
    if data["narrative"]:
        print()
        print(data["narrative"])
    for p in data["photos"]:
        print(f"photo {p['filename'] or p['id']}: {p['width']}x{p['height']} sha256 {p['sha256']}")
    for item in data["messages"]:
        print(f"message {message_line(item)}")
    if "received" in data:
        rec, review = data["received"], data["review"]
        print(f"received from device {rec['device_id']}: {rec['status'].upper()}")
        for reason in rec["reasons"]:
            print(f"  problem: {reason}")
        for hint in rec["hints"]:
            print(f"  hint: {hint}")
        print(f"review: {review['state']}" + (f", assigned to {review['assignee']}" if review["assignee"] else ""))
    return 0

