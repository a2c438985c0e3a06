"""Facts about a stored request for letters, and the officer notification sent when one is
registered (the mail that carries each officer's trust token)."""

from __future__ import annotations

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
    """The citizen's files that still hold their bytes (not purged), read back for a re-check."""
    return [
        Attachment(r.filename, r.content_type, store.attachment_data(r.id))
        for r in store.files_with_bytes(request, "")
    ]
