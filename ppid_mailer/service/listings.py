"""What the CLI shows: request lists and details (a JSON contract: `requests show --json`), and the
inbound and outbox queues. The repair actions are service.repair."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from ppid_mailer.adapters.models import (
    AttachmentRow,
    Request,
)
from ppid_mailer.adapters.store import Store
from ppid_mailer.config import Settings
from ppid_mailer.core.domain import Status


def _local(moment: datetime | None, settings: Settings) -> str | None:
    if moment is None:
        return None
    return moment.replace(tzinfo=UTC).astimezone(ZoneInfo(settings.office.timezone)).isoformat()


def request_item(request: Request, settings: Settings) -> dict[str, Any]:
    return {
        "number": request.number,
        "status": request.status,
        "status_label": Status(request.status).label,
        "requester_name": request.requester_name,
        "requester_email": request.requester_email,
        "received_at": _local(request.received_at, settings),
        "due_date": request.due_date.isoformat() if request.due_date else None,
        "final_due_date": request.final_due_date.isoformat() if request.final_due_date else None,
        "extended": bool(request.extended),
        "missing": json.loads(request.missing or "[]"),
        "information": request.information,
        "purpose": request.purpose,
        "subject": request.subject,
        "handled_by": request.handled_by,
    }


def request_list(
    store: Store, settings: Settings, status: str | None, overdue: bool
) -> list[dict[str, Any]]:
    today = datetime.now(ZoneInfo(settings.office.timezone)).date() if overdue else None
    rows = store.requests(status=status, overdue_on=today)
    if overdue:
        open_statuses = {
            Status.REGISTERED,
            Status.IN_PROCESS,
            Status.CLARIFICATION,
            Status.INCOMPLETE,
        }
        rows = [r for r in rows if r.status in open_statuses]
    return [request_item(r, settings) for r in rows]


def request_detail(store: Store, settings: Settings, number: str) -> dict[str, Any] | None:
    request = store.request_by_number(number)
    if request is None:
        return None
    item = request_item(request, settings)
    item["fields"] = json.loads(request.fields or "{}")
    item["checks"] = json.loads(request.checks or "{}")
    item["units"] = [
        {
            "unit": f.unit,
            "asked_by": f.asked_by,
            "asked_at": _local(f.asked_at, settings),
            "answered_at": _local(f.answered_at, settings),
            "not_held": f.not_held,
            "answer": f.answer,
        }
        for f in request.forwardings
    ]
    item["configured_units"] = sorted(settings.units)
    item["letter_text"] = request.letter_text
    item["attachments"] = [
        {"filename": a.filename, "content_type": a.content_type, "size": a.size, "sha256": a.sha256}
        for a in AttachmentRow.select(  # not the files' bytes
            AttachmentRow.filename,
            AttachmentRow.content_type,
            AttachmentRow.size,
            AttachmentRow.sha256,
        )
        .where(AttachmentRow.request == request)
        .order_by(AttachmentRow.id)
    ]
    item["events"] = [
        {"at": _local(e.at, settings), "actor": e.actor, "action": e.action, "detail": e.detail}
        for e in store.events(request)
    ]
    item["letters"] = [
        {
            "id": o.id,
            "purpose": o.purpose,
            "state": o.state,
            "to": o.recipients,
            "message_id": o.message_id,
        }
        for o in request.outbound
    ]
    return item


def _table(headers: list[str], rows: list[list[str]]) -> str:
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(headers)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    lines.extend("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in rows)
    return "\n".join(lines)


def request_table(items: list[dict[str, Any]]) -> str:
    if not items:
        return "(no requests)"
    return _table(
        ["number", "status", "received", "due", "requester"],
        [
            [
                i["number"],
                i["status"],
                (i["received_at"] or "")[:16].replace("T", " "),
                i["due_date"] or "",
                i["requester_email"],
            ]
            for i in items
        ],
    )


def request_text(item: dict[str, Any]) -> str:
    lines = [
        f"{k}: {item[k]}"
        for k in (
            "number",
            "status",
            "status_label",
            "requester_name",
            "requester_email",
            "received_at",
            "due_date",
            "final_due_date",
            "extended",
            "missing",
            "subject",
        )
    ]
    lines.append("attachments:")
    lines.extend(
        f"  {a['filename']} ({a['content_type']}, {a['size']} bytes)" for a in item["attachments"]
    )
    lines.append("letters:")
    lines.extend(
        f"  #{o['id']} {o['purpose']} -> {o['to']} [{o['state']}]" for o in item["letters"]
    )
    lines.append("events:")
    lines.extend(
        f"  {e['at'][:19]} {e['action']} by {e['actor']}: {e['detail']}" for e in item["events"]
    )
    return "\n".join(lines)


def inbound_table(store: Store, state: str | None) -> str:
    rows = [
        [
            str(r.id),
            r.state,
            r.kind or "-",
            r.sender or "-",
            (r.subject or "")[:40],
            (r.reason or r.error.strip().splitlines()[-1] if r.error else r.reason or "")[:70],
        ]
        for r in store.inbound_rows(state)
    ]
    return (
        _table(["id", "state", "kind", "sender", "subject", "reason"], rows) if rows else "(none)"
    )


def outbox_table(store: Store, state: str | None) -> str:
    rows = [
        [
            str(o.id),
            f"{o.state} (leased to {o.claimed_by})" if o.claimed_by else o.state,
            o.purpose,
            o.recipients[:40],
            str(o.attempts),
            o.last_error[:60],
        ]
        for o in store.outbound_rows(state)
    ]
    return (
        _table(["id", "state", "purpose", "to", "attempts", "last error"], rows)
        if rows
        else "(none)"
    )
