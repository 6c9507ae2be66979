"""The ``kpfield server`` command: run the sync server, invite devices, list and revoke them."""

from __future__ import annotations

import argparse
import ipaddress
import json
import logging
import re
import sys
from datetime import datetime, timezone

from kpfield.errors import KPFieldError
from kpfield.server.context import (DEFAULT_URL, MiB, ServerConfig, ServerContext, cert_fingerprint, device_json,
                                    load_settings, save_settings)

_DURATION = re.compile(r"^(\d{1,6})([smhdw])$")
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 7 * 86400}
LOG_FORMAT = '{"time": "%(asctime)s", "level": "%(levelname)s", "logger": "%(name)s", "msg": %(message)s}'


class ServerUsageError(KPFieldError):
    code = "server_usage"


def parse_duration(text: str) -> int:
    """Seconds in ``30m``, ``12h``, ``7d`` or ``2w``."""
    match = _DURATION.match(text.strip().lower())
    if not match or int(match.group(1)) == 0:
        raise ServerUsageError(f"{text!r} is not a duration such as 30m, 12h, 7d or 2w.")
    return int(match.group(1)) * _UNITS[match.group(2)]


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def plain_http_warning(host: str, tls: bool) -> str | None:
    """The warning printed when the server would listen beyond this machine without TLS."""
    if tls or _is_loopback(host):
        return None
    return (f"WARNING: serving on {host} without TLS. Envelopes stay end-to-end encrypted, but anyone on the "
            "network sees which devices talk to the server, when and how much. Use --certfile/--keyfile or a TLS "
            "reverse proxy.")


def _context(args) -> ServerContext:
    settings = load_settings(args.data)
    return ServerContext(ServerConfig(data_dir=args.data, public_url=settings.get("url", DEFAULT_URL),
                                      tls_fingerprint=settings.get("tls_fingerprint")))


def cmd_run(args) -> int:
    import uvicorn

    from kpfield.server.app import create_app
    from kpfield.server.limits import uvicorn_options

    if bool(args.certfile) != bool(args.keyfile):
        raise ServerUsageError("Give both --certfile and --keyfile for HTTPS, or neither.")
    scheme = "https" if args.certfile else "http"
    url = args.url or f"{scheme}://{args.host}:{args.port}"
    tls = cert_fingerprint(args.certfile) if args.certfile else None
    logging.basicConfig(level=logging.INFO, format=LOG_FORMAT, stream=sys.stderr)
    warning = plain_http_warning(args.host, bool(args.certfile))
    if warning:
        print(f"kpfield: {warning}", file=sys.stderr)
    if not args.url and args.host in ("0.0.0.0", "::"):
        print(f"kpfield: note: invitations will name {url}, which devices cannot use; pass --url with the "
              "address devices reach this server at.", file=sys.stderr)
    config = ServerConfig(data_dir=args.data, public_url=url, tls_fingerprint=tls,
                          max_envelope_bytes=args.max_envelope_mib * MiB, **_limit_options(args))
    context = ServerContext(config)
    save_settings(args.data, {"url": url, "tls_fingerprint": tls})
    print(f"kpfield: server key fingerprint {context.fingerprint}", file=sys.stderr)
    uvicorn.run(create_app(context=context), host=args.host, port=args.port, ssl_certfile=args.certfile,
                ssl_keyfile=args.keyfile, log_config=None, access_log=False, server_header=False,
                proxy_headers=False, timeout_graceful_shutdown=10,
                # Slow and oversized requests: head size and deadline, keep-alive, connection limit (see limits.py).
                **uvicorn_options(context))
    return 0


def _limit_options(args) -> dict:
    """The abuse limits given on the command line (see docs/PROTOCOL_HTTP.md, "Limits and slow clients")."""
    if not 0 <= args.device_share < 1:
        raise ServerUsageError("--device-share must be a fraction from 0 to below 1, e.g. 0.25.")
    for name in ("max_connections", "max_connections_per_address", "max_pending_uploads", "max_pending_mib"):
        if getattr(args, name) < 1:
            raise ServerUsageError(f"--{name.replace('_', '-')} must be at least 1.")
    if not 0 < args.drain_timeout <= 3600:
        raise ServerUsageError("--drain-timeout must be a number of seconds above 0 (at most 3600).")
    return {"max_connections": args.max_connections, "max_connections_per_address": args.max_connections_per_address,
            "signed_share": args.device_share, "drain_timeout_s": args.drain_timeout,
            "max_pending_uploads": args.max_pending_uploads, "max_pending_bytes": args.max_pending_mib * MiB,
            "upload_expiry_s": parse_duration(args.upload_expiry)}


def cmd_invite(args) -> int:
    if args.role not in ("monitor", "coordinator"):
        raise ServerUsageError("The role must be monitor or coordinator.")
    expires = parse_duration(args.expires)
    if args.url and not args.url.startswith(("http://", "https://")):
        raise ServerUsageError("The --url must start with http:// or https://.")
    context = _context(args)
    try:
        print(context.issue_invitation(args.role, expires, label=args.label or "", url=args.url))
    finally:
        context.close()
    return 0


def _when(ts: int | None) -> str:
    return datetime.fromtimestamp(ts, timezone.utc).strftime("%Y-%m-%d %H:%M UTC") if ts else "-"


def cmd_devices(args) -> int:
    context = _context(args)
    try:
        devices = context.meta.list_devices()
    finally:
        context.close()
    if args.json:
        print(json.dumps([device_json(d) for d in devices], indent=1))
        return 0
    for d in devices:
        status = f"revoked {_when(d.revoked_at)}" if d.revoked_at else "active"
        print(f"{d.device_id}  {d.role:<11}  enrolled {_when(d.enrolled_at)}  {status}  {d.label}")
    if not devices:
        print("No devices are enrolled.", file=sys.stderr)
    return 0


def cmd_revoke(args) -> int:
    from kpfield.server.housekeeping import drop_device_uploads

    context = _context(args)
    try:
        if not context.meta.revoke_device(args.device, context.now()):
            raise ServerUsageError(f"There is no device {args.device} on this server.")
        removed = drop_device_uploads(context, args.device)
    finally:
        context.close()
    print(f"Revoked {args.device}" + (f"; removed {removed} unfinished upload(s)." if removed else "."),
          file=sys.stderr)
    return 0


def register(subparsers) -> None:
    """Add ``server`` and its sub-commands to the ``kpfield`` parser."""
    server = subparsers.add_parser("server", help="run and administer the sync server")
    sub = server.add_subparsers(dest="server_command", metavar="SUBCOMMAND")
    sub.required = True

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("--data", required=True, metavar="DIR", help="the server's data folder")

    run = sub.add_parser("run", help="start the server")
    common(run)
    run.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    run.add_argument("--port", type=int, default=8765, help="port (default 8765)")
    run.add_argument("--certfile", metavar="F", help="TLS certificate (PEM) to serve HTTPS")
    run.add_argument("--keyfile", metavar="F", help="TLS private key (PEM)")
    run.add_argument("--url", help="the address devices use, if not host:port (e.g. behind a reverse proxy)")
    run.add_argument("--max-envelope-mib", type=int, default=512, metavar="N", help="largest envelope (MiB)")
    limits = run.add_argument_group("abuse limits")
    limits.add_argument("--max-connections", type=int, default=200, metavar="N",
                        help="connections open at once (default 200)")
    limits.add_argument("--max-connections-per-address", type=int, default=32, metavar="N",
                        help="connections open at once from one address (default 32)")
    limits.add_argument("--device-share", type=float, default=0.25, metavar="F",
                        help="share of the connections kept for enrolled devices (default 0.25)")
    limits.add_argument("--drain-timeout", type=float, default=10.0, metavar="S",
                        help="seconds an anonymous request's unread body may take to arrive (default 10)")
    limits.add_argument("--max-pending-uploads", type=int, default=64, metavar="N",
                        help="unfinished uploads per device (default 64)")
    limits.add_argument("--max-pending-mib", type=int, default=2048, metavar="N",
                        help="declared size of a device's unfinished uploads, in MiB (default 2048)")
    limits.add_argument("--upload-expiry", default="7d", metavar="DURATION",
                        help="remove an unfinished upload idle this long, e.g. 12h, 7d (default 7d)")
    run.set_defaults(func=cmd_run)

    invite = sub.add_parser("invite", help="print a one-time invitation for a new device")
    common(invite)
    invite.add_argument("--role", required=True, choices=("monitor", "coordinator"))
    invite.add_argument("--expires", default="7d", help="lifetime, e.g. 12h, 7d (default 7d)")
    invite.add_argument("--label", help="the device's name as the server lists it")
    invite.add_argument("--url", help="the address devices should use (default: what 'run' recorded)")
    invite.set_defaults(func=cmd_invite)

    devices = sub.add_parser("devices", help="list enrolled devices")
    common(devices)
    devices.add_argument("--json", action="store_true", help="machine-readable output")
    devices.set_defaults(func=cmd_devices)

    revoke = sub.add_parser("revoke", help="revoke a device: its requests are refused from now on")
    common(revoke)
    revoke.add_argument("device", metavar="DEVICE", help="the device id")
    revoke.set_defaults(func=cmd_revoke)

    from kpfield.server import org_cli

    org_cli.register(sub, common)
