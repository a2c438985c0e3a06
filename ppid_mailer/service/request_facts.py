"""Facts about a stored request for letters, and the officer notification sent when one is
registered (the mail that carries each officer's trust token)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC
from typing import Any

from ppid_mailer.adapters.db import AttachmentRow, InboundMessage, Request
from ppid_mailer.adapters.store import Store
from ppid_mailer.core.domain import Attachment, Status
from ppid_mailer.core.letters.facts import RequestFacts
from ppid_mailer.core.numbers import find_numbers

from .runtime import Runtime


def registration_numbers(rt: Runtime, text: str) -> list[str]:
    """The registration numbers, of any desk, written in `text`."""
    return [n for f in rt.settings.number_formats for n in find_numbers(f, text)]


def request_facts(rt: Runtime, request: Request) -> RequestFacts:
    first = (
        InboundMessage.select(InboundMessage.message_id)
        .where(InboundMessage.request == request, InboundMessage.kind == "new_request")
        .order_by(InboundMessage.id)
        .first()
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
    )


def stored_files(store: Store, request: Request) -> list[Attachment]:
    return [
        Attachment(r.filename, r.content_type, store.attachment_data(r.id))
        for r in stored_rows(request, AttachmentRow.role == "")
    ]


def stored_rows(request: Request, which: Any) -> Iterator[AttachmentRow]:
    """A request's stored files that still hold their bytes, without the bytes."""
    return iter(
        AttachmentRow.select(AttachmentRow.id, AttachmentRow.filename, AttachmentRow.content_type)
        .where(AttachmentRow.request == request, which, AttachmentRow.data.is_null(False))
        .order_by(AttachmentRow.id)
    )
