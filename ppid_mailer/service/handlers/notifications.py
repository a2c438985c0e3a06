"""The officers' notification of a request: one per officer of the desk, each with its own HMAC
token (the only mail that carries the citizen's ID copy), and the one helper that mints tokens."""

from __future__ import annotations

import json

from ppid_mailer.adapters.models import Request
from ppid_mailer.core.domain import Attachment
from ppid_mailer.core.extract import FIELD_LABELS_ID
from ppid_mailer.core.letters import officer as officer_letters
from ppid_mailer.core.letters.facts import RequestFacts
from ppid_mailer.service.handlers.completeness import CheckResult
from ppid_mailer.service.letter_queue import office_context, queue_letter
from ppid_mailer.service.request_facts import request_facts
from ppid_mailer.service.runtime import Runtime
from ppid_mailer.service.tokens import mint

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
        missing = [
            {"code": m.code, "title": m.title, "explanation": m.explanation} for m in result.missing
        ]
    else:
        id_name = (checks.get("id_document") or {}).get("filename", "")
        fields = [
            (FIELD_LABELS_ID[n], v.get("value", ""), v.get("source", ""))
            for n, v in json.loads(request.fields or "{}").items()
            if n in FIELD_LABELS_ID
        ]
        missing = [{"code": code} for code in json.loads(request.missing or "[]")]
    notes = list(checks.get("notes", [])) + [
        f"tidak terbaca: {u}" for u in checks.get("unreadable", [])
    ]
    if checks.get("id_document"):
        doc = checks["id_document"]
        notes.append(f"identitas: {doc['filename']} ({doc['kind']}; {doc['evidence']})")
    files, skipped = citizen_files(rt, request, id_name)
    desk = settings.inbox_named(request.handled_by)
    for officer in desk.officers or settings.officers.ppid:
        minted = mint(rt, "notify", request.id, officer)
        spec = officer_letters.notification(
            facts,
            officer,
            office_context(rt, request),
            message_id=minted.message_id,
            reply_to=minted.reply_to,
            attachments=files,
            skipped=skipped,
            fields=fields,
            missing=missing,
            notes=notes,
            doubts=list(checks.get("doubts", [])),
            units=sorted(settings.units)
            + [d.name for d in settings.inboxes if d.name != desk.name],
        )
        queue_letter(rt, spec, request, cause_id, dedupe_key=f"{dedupe}:{request.id}:{officer}")
