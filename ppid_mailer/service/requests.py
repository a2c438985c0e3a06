"""Facts about a stored request for letters, and the officer notification sent when one is
registered (the mail that carries each officer's trust token)."""

from __future__ import annotations

import json
from datetime import UTC

from ppid_mailer.adapters.models import AttachmentRow, InboundMessage, Request
from ppid_mailer.core import officer_letters, trust
from ppid_mailer.core.domain import Attachment, Status
from ppid_mailer.core.extract import FIELD_LABELS_ID
from ppid_mailer.core.letters import RequestFacts
from ppid_mailer.core.numbers import find_numbers

from .intake_check import CheckResult
from .letters import office_context, queue_letter
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
    # Sizes first, data only for the files that go: a 25 MB scan is never read back here.
    rows = rt.store.file_sizes(request)
    rows.sort(key=lambda r: r.filename != id_name)
    for row in rows:
        if row.purged or row.size > budget:
            skipped.append(row.filename)
            continue
        budget -= row.size
        files.append(Attachment(row.filename, row.content_type, rt.store.attachment_data(row.id)))
    return tuple(files), tuple(skipped)


def notify_officers(
    rt: Runtime,
    request: Request,
    cause_id: int | None,
    result: CheckResult | None = None,
    dedupe: str = "notify",
    facts: RequestFacts | None = None,
) -> None:
    """One notification per officer of the desk handling the request, each with its own token.

    Without a fresh check result (a request moved to another desk), the fields, missing items and
    notes come from what was recorded on the request.
    """
    settings = rt.settings
    facts = facts or request_facts(rt, request)
    checks = json.loads(request.checks or "{}")
    if result is not None:
        document = result.extraction.id_document
        id_name = document.filename if document else ""
        fields = [
            (FIELD_LABELS_ID[n], v.value, v.source)
            for n, v in result.extraction.fields.items()
            if n in FIELD_LABELS_ID
        ]
        missing = [f"{m.code}: {m.title} — {m.explanation}" for m in result.missing]
    else:
        id_name = (checks.get("id_document") or {}).get("filename", "")
        fields = [
            (FIELD_LABELS_ID[n], v.get("value", ""), v.get("source", ""))
            for n, v in json.loads(request.fields or "{}").items()
            if n in FIELD_LABELS_ID
        ]
        missing = list(json.loads(request.missing or "[]"))
    notes = list(checks.get("notes", [])) + [
        f"tidak terbaca: {u}" for u in checks.get("unreadable", [])
    ]
    if checks.get("id_document"):
        doc = checks["id_document"]
        notes.append(f"identitas: {doc['filename']} ({doc['kind']}; {doc['evidence']})")
    files, skipped = citizen_files(rt, request, id_name)
    desk = settings.inbox_named(request.handled_by)
    for officer in desk.officers or settings.officers.ppid:
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
            units=sorted(settings.units)
            + [d.name for d in settings.inboxes if d.name != desk.name],
        )
        queue_letter(rt, spec, request, cause_id, dedupe_key=f"{dedupe}:{request.id}:{officer}")
