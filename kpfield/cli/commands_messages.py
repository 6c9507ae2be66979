"""``kpfield messages``: what coordinators wrote to this device (questions, requests, review states), oldest first.

A monitor who uses the command line reads them here or in ``kpfield report show ID --json`` (its ``messages``).
"""

from __future__ import annotations

from kpfield.cli.common import add_profile_options, open_profile, print_json

KIND_WORDS = {"question": "question", "request_originals": "please send the original photos",
              "state_change": "review state", "note": "note"}


def register(sub) -> None:
    p = sub.add_parser("messages", help="list the messages coordinators sent about this device's reports")
    add_profile_options(p)
    p.add_argument("--report", metavar="ID", help="only the messages about this report")
    p.set_defaults(func=cmd_messages)


def message_json(message, labels: dict[str, str]) -> dict:
    """The stable JSON form of one message: text, sender (device id and the name it enrolled with) and time."""
    return {"id": message.id, "report_id": message.report_id, "kind": message.kind, "text": message.text,
            "state": message.state, "sent_at": message.sent_at,
            "sender": {"device_id": message.sender, "label": labels.get(message.sender)}}


def sender_labels(db) -> dict[str, str]:
    """Coordinators' names by device id, from the organisation's certificates this device holds (none before an
    organisation is pinned: messages are only accepted from certified coordinators anyway)."""
    from kpfield.sync import trust_store
    from kpfield.trust import TrustError

    try:
        return {c.device_id: c.label for c in trust_store.view(db).coordinators()}
    except TrustError:
        return {}


def messages_json(profile, report_id: str | None = None) -> list[dict]:
    from kpfield.sync.messages import all_messages, messages_for

    found = messages_for(profile.db, report_id) if report_id else all_messages(profile.db)
    labels = sender_labels(profile.db)
    return [message_json(m, labels) for m in found]


def message_line(item: dict) -> str:
    """``2026-03-02 10:00  Harare desk  report 1b2c…: question: What time exactly?``"""
    when = (item["sent_at"] or "")[:16].replace("T", " ")
    sender = item["sender"]["label"] or item["sender"]["device_id"]
    head = KIND_WORDS.get(item["kind"], item["kind"])
    if item["kind"] == "state_change" and item["state"]:
        head = f"{head}: {item['state']}"
    about = f"report {item['report_id']}" if item["report_id"] else "no report"
    return f"{when}  {sender}  {about}: {head}" + (f": {item['text']}" if item["text"] else "")


def cmd_messages(args) -> int:
    with open_profile(args) as profile:
        if args.report:
            profile.reports.get(args.report)  # NotFound for an unknown id, rather than an empty list
        items = messages_json(profile, args.report)
    if args.json:
        print_json(items)
    elif not items:
        print("No messages.")
    else:
        for item in items:
            print(message_line(item))
    return 0
