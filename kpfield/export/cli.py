"""``kpfield export`` and ``kpfield verify BUNDLE``."""

from __future__ import annotations

from kpfield.cli.common import UsageProblem, add_profile_options, open_profile, print_json
from kpfield.export.record import ExportOptions, records_from_monitor
from kpfield.export.run import FORMATS, export_to_file
from kpfield.errors import BundleRefused
from kpfield.export.verify import printable, verify_bundle
from kpfield.store import ReportQuery


def register(sub) -> None:
    e = sub.add_parser("export", help="export reports as CSV, GeoJSON, KML, a PDF dossier or an evidence bundle")
    add_profile_options(e)
    e.add_argument("--format", required=True, choices=FORMATS)
    e.add_argument("--out", required=True, metavar="FILE", help="the file to write (replaced atomically)")
    e.add_argument("--hxl", action="store_true", help="CSV: add the HXL hashtag row")
    e.add_argument("--bom", action="store_true", help="CSV: start with a UTF-8 BOM (for Excel)")
    e.add_argument("--no-witnesses", action="store_true", help="leave out witnesses' pseudonyms and contacts")
    e.add_argument("--no-photos", action="store_true",
                   help="leave out the photos (a public version: faces and places in them can identify people)")
    e.add_argument("--precision", type=int, metavar="DECIMALS",
                   help="round coordinates to DECIMALS decimals of a degree (1 = about 11 km)")
    e.add_argument("--query", default="", metavar="TEXT", help="select reports by full-text search")
    e.add_argument("--type", dest="types", action="append", default=[], metavar="CODE")
    e.add_argument("--state", dest="states", action="append", default=[], choices=["draft", "ready"])
    e.add_argument("--site", default="")
    e.add_argument("--review-state", dest="review_states", action="append", default=[], metavar="STATE",
                   help="coordinators: select received reports in this review state (repeatable)")
    e.add_argument("ids", nargs="*", metavar="ID", help="report ids (default: the reports the filters select)")
    e.set_defaults(func=cmd_export)

    v = sub.add_parser("verify", help="check an evidence bundle (no profile needed); exit 0 only if all verifies")
    v.add_argument("bundle", metavar="BUNDLE")
    v.add_argument("--trust", action="append", default=[], metavar="FINGERPRINT",
                   help="the organisation's fingerprint, or a device fingerprint recorded at enrolment, obtained out "
                        "of band (repeatable): every signing device must match one or be certified by that "
                        "organisation, and the verdict says so")
    v.add_argument("--json", action="store_true")
    v.set_defaults(func=cmd_verify)


def cmd_export(args) -> int:
    options = ExportOptions(witnesses=not args.no_witnesses, precision=args.precision, photos=not args.no_photos)
    filtered = bool(args.query or args.types or args.states or args.site or args.review_states)
    if args.ids and filtered:
        raise UsageProblem("Give report ids or filters (--query/--type/--state/--site/--review-state), not both.")
    with open_profile(args) as profile:
        ids = list(args.ids)
        if not ids:
            q = ReportQuery(text=args.query, types=args.types, states=args.states, site=args.site, sort="occurred",
                            descending=False, review_states=args.review_states)
            ids = [s.id for s in profile.reports.query(q, limit=100_000)]
            if not ids:
                raise UsageProblem("No report matches; nothing was written.")
        if profile.role == "coordinator":  # received reports, with their envelopes' evidence and review history
            from kpfield.coordinator.records import records_from_coordinator

            records = records_from_coordinator(profile, ids)
        else:
            records = records_from_monitor(profile, ids)
        sha = export_to_file(records, args.format, args.out, options, audit=profile.audit, hxl=args.hxl,
                             bom=args.bom)
    result = {"file": args.out, "format": args.format, "reports": len(records), "sha256": sha,
              "witnesses": options.witnesses, "precision": options.precision, "photos": options.photos}
    if args.json:
        print_json(result)
    else:
        print(f"Wrote {len(records)} report(s) to {args.out} (SHA-256 {sha}).")
    return 0


def cmd_verify(args) -> int:
    try:
        check = verify_bundle(args.bundle, trust=args.trust)
    except BundleRefused as exc:  # its text names entries of a hostile archive: never raw to the terminal
        raise BundleRefused(printable(exc)) from None
    if args.json:
        print_json(check.to_dict())
        return 0 if check.ok else 1
    for line in check.checked:
        print(f"OK    {printable(line)}")
    for line in check.failures:
        print(f"FAIL  {printable(line)}")
    if not check.ok:
        print(f"NOT VERIFIED: {len(check.failures)} problem(s).")
        return 1
    print("All verified.")
    if check.anchored:
        print("Anchored to what you trust: " + "; ".join(printable(a) for a in check.anchors) + ".")
    else:
        print("NOT ANCHORED: checked only against the keys inside the bundle, which whoever made it chose. Before "
              "relying on it, compare each fingerprint below with the one recorded when the device was enrolled "
              "(the monitor's coordinators see it in the review panel's Verification section and in the "
              "organisation's enrolment records), then run again with --trust FINGERPRINT:")
        for device_id, fingerprint in sorted(check.signers.items()):
            print(f"      device {printable(device_id)}  fingerprint {printable(fingerprint)}")
    return 0
