"""Facts about a stored request for letters, and the officer notification sent when one is
registered (the mail that carries each officer's trust token)."""

from __future__ import annotations

from datetime import UTC

from ppid_mailer.adapters.db import AttachmentRow, InboundMessage, Request
from ppid_mailer.core import officer_letters, trust
from ppid_mailer.core.domain import Attachment, Status
from ppid_mailer.core.extract import FIELD_LABELS_ID
from ppid_mailer.core.letters import RequestFacts

from .intake_check import CheckResult
from .letters import office_context, queue_letter
from .runtime import Runtime


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
        attachment_names=tuple(
            a.filename for a in request.attachments.where(AttachmentRow.role == "")
        ),
        message_id=first.message_id if first else "",
    )


NOTIFICATION_FILES_MB = 5


def citizen_files(
    rt: Runtime, request: Request, id_name: str
) -> tuple[tuple[Attachment, ...], tuple[str, ...]]:
    """The ID copy first, then the citizen's other files while they fit in a few megabytes.

    Larger files stay in the database (`requests show`): encoding them into every officer's
    notification would cost more than it helps.
    """
    budget = NOTIFICATION_FILES_MB * 1024 * 1024
    files: list[Attachment] = []
    skipped: list[str] = []
    rows = list(request.attachments.where(AttachmentRow.role == "").order_by(AttachmentRow.id))
    rows.sort(key=lambda r: r.filename != id_name)
    for row in rows:
        if row.data is None or row.size > budget:
            skipped.append(row.filename)
            continue
        budget -= row.size
        files.append(Attachment(row.filename, row.content_type, bytes(row.data)))
    return tuple(files), tuple(skipped)


def notify_officers(rt: Runtime, request: Request, cause_id: int, result: CheckResult) -> None:
    """One notification per officer, each with that officer's own token."""
    settings = rt.settings
    facts = request_facts(rt, request)
    document = result.extraction.id_document
    files, skipped = citizen_files(rt, request, document.filename if document else "")
    fields = [
        (FIELD_LABELS_ID[name], value.value, value.source)
        for name, value in result.extraction.fields.items()
        if name in FIELD_LABELS_ID
    ]
    missing = [f"{m.code}: {m.title} — {m.explanation}" for m in result.missing]
    notes = list(result.extraction.notes) + [
        f"tidak terbaca: {u}" for u in result.extraction.unreadable
    ]
    if document is not None:
        notes.append(f"identitas: {document.filename} ({document.kind}; {document.evidence})")
    for officer in settings.officers.ppid:
        spec = officer_letters.notification(
            facts,
            officer,
            office_context(rt),
            message_id=trust.notification_message_id(
                settings.officers.secret_key, "notify", request.id, officer, settings.outbox.domain
            ),
            reply_to=trust.reply_address(
                settings.officers.secret_key,
                "notify",
                request.id,
                officer,
                settings.outbox.from_address,
            )
            if settings.officers.reply_to_tokens
            else "",
            attachments=files,
            skipped=skipped,
            fields=fields,
            missing=missing,
            notes=notes,
            units=sorted(settings.units),
        )
        queue_letter(rt, spec, request, cause_id, dedupe_key=f"notify:{request.id}:{officer}")
