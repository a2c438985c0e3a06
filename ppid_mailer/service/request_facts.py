"""Facts about a stored request for letters, and the officer notification sent when one is
registered (the mail that carries each officer's trust token)."""

from __future__ import annotations

import json
from datetime import UTC

from ppid_mailer.adapters.models import AttachmentRow, InboundMessage, Request
from ppid_mailer.adapters.store import Store
from ppid_mailer.core.domain import Attachment, Status
from ppid_mailer.core.letters.facts import RequestFacts
from ppid_mailer.core.numbers import find_numbers

from .runtime import Runtime


def registration_numbers(rt: Runtime, text: str) -> list[str]:
    """The registration numbers, of any desk, written in `text`."""
    return [n for f in rt.settings.number_formats for n in find_numbers(f, text)]


def request_facts(rt: Runtime, request: Request) -> RequestFacts:
    """What letters say about a stored request, dates in the office's time zone."""
    first = (
        InboundMessage.select(InboundMessage.message_id)
        .where(InboundMessage.request == request, InboundMessage.kind == "new_request")
        .order_by(InboundMessage.id)
        .first()
    )
    fields = {k: v.get("value", "") for k, v in json.loads(request.fields or "{}").items()}
    completed = (
        request.completed_at.replace(tzinfo=UTC).astimezone(rt.zone).date()
        if request.completed_at is not None
        else None
    )
    return RequestFacts(
        number=request.number,
        requester_name=request.requester_name,
        requester_email=request.requester_email,
        received_at=request.received_at.replace(tzinfo=UTC).astimezone(rt.zone),
        due_date=request.due_date,
        final_due_date=request.final_due_date,
        subject=request.subject,
        status_label=Status(request.status).label,
        extended=bool(request.extended),
        letter_text=request.letter_text,
        information=request.information,
        purpose=request.purpose,
        attachment_names=tuple(  # names only: the rows hold the files' bytes
            a.filename
            for a in AttachmentRow.select(AttachmentRow.filename)
            .where(AttachmentRow.request == request, AttachmentRow.role == "")
            .order_by(AttachmentRow.id)
        ),
        message_id=first.message_id if first else "",
        clock_start=completed if request.due_date is not None else None,
        requester_address=fields.get("address", ""),
        how_obtain=fields.get("how_obtain", ""),
        how_receive=fields.get("how_receive", ""),
        desk_title=rt.settings.inbox_named(request.handled_by).title,
    )


def stored_files(store: Store, request: Request) -> list[Attachment]:
    """The citizen's files that still hold their bytes (not purged), read back for a re-check."""
    return [
        Attachment(r.filename, r.content_type, store.attachment_data(r.id))
        for r in store.files_with_bytes(request, "")
    ]
