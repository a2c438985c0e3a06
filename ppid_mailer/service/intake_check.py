"""Read a request's letters and ID, check the requirements, and record what was found.

Runs when a request is registered and again on every follow-up, over everything the request
holds so far (its letter texts and all the citizen's files), so a reply that adds only the KTP
completes a request whose letter came earlier.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from ppid_mailer.adapters.db import AttachmentRow, Request, utcnow_naive
from ppid_mailer.adapters.store import Store
from ppid_mailer.core.commands import new_top
from ppid_mailer.core.domain import Attachment, Status
from ppid_mailer.core.extract import DocText, Extraction, extract_request
from ppid_mailer.core.requirements import Facts, Missing, check
from ppid_mailer.core.workdays import add_workdays

from .runtime import Runtime
from .watchdog import paused


@dataclass(frozen=True)
class CheckResult:
    extraction: Extraction
    missing: list[Missing]


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


def examine(
    rt: Runtime, letter_text: str, files: Sequence[Attachment], sender_name: str, sender_email: str
) -> CheckResult:
    # Not counted in the message's time budget: the document reader and OCR have their own
    # limits per file, and a dozen honest photos may take minutes.
    with paused():
        documents = rt.documents.read_all(files)
    texts = [DocText("isi surel", letter_text), *documents]
    extraction = extract_request(
        texts, [(f.filename, f.content_type) for f in files], sender_name, sender_email
    )
    letter_words = len(new_top(letter_text).split()) + sum(
        len(t.text.split())
        for t in texts[1:]
        if t.method in ("pdf", "docx", "text")
        or (t.method == "ocr" and t.filename != _id_name(extraction))
    )
    return CheckResult(extraction, check(Facts(extraction, letter_words)))


def _id_name(extraction: Extraction) -> str:
    return extraction.id_document.filename if extraction.id_document else ""


def record(rt: Runtime, request: Request, result: CheckResult, now: datetime, start: date) -> bool:
    """Store fields, missing codes and checks; count the deadline from `start` once complete.

    Returns True when the request is complete now and was not before (DESIGN.md §4: the notice
    is due 10 working days after the request is complete).
    """
    extraction = result.extraction
    request.fields = json.dumps(
        {k: {"value": v.value, "source": v.source} for k, v in extraction.fields.items()},
        ensure_ascii=False,
    )
    request.information = extraction.value("information")
    request.purpose = extraction.value("purpose")
    if extraction.value("name") and not request.requester_name:
        request.requester_name = extraction.value("name")[:300]
    request.checks = json.dumps(checks_summary(rt, extraction), ensure_ascii=False)
    request.missing = json.dumps([m.code for m in result.missing])
    became_complete = False
    if request.completed_at is None:
        if result.missing:
            request.status, request.due_date, request.final_due_date = Status.INCOMPLETE, None, None
        else:
            d = rt.settings.deadlines
            request.completed_at = utcnow_naive(now)
            request.due_date = add_workdays(rt.calendar, start, d.response_days)
            request.final_due_date = add_workdays(
                rt.calendar, start, d.response_days + d.extension_days
            )
            request.status = Status.REGISTERED
            became_complete = True
    request.updated_at = utcnow_naive(now)
    request.save()
    return became_complete


def checks_summary(rt: Runtime, extraction: Extraction) -> dict[str, object]:
    document = extraction.id_document
    return {
        "id_document": None
        if document is None
        else {
            "filename": document.filename,
            "kind": document.kind,
            "evidence": document.evidence,
            "verified": document.verified,
            "nik_plausible": document.nik_check.plausible if document.nik_check else None,
            "matches_letter": document.matches_letter,
        },
        "notes": list(extraction.notes),
        "unreadable": list(extraction.unreadable),
        "ocr_available": rt.documents.ocr.available,
    }
