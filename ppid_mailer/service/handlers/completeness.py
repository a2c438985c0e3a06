"""Read a request's letters and ID, check the requirements, and record what was found.

Runs when a request is registered and again on every follow-up, over everything the request
holds so far (its letter texts and all the citizen's files), so a reply that adds only the KTP
completes a request whose letter came earlier.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from ppid_mailer.adapters.models import Request, utcnow_naive
from ppid_mailer.core.commands import new_top
from ppid_mailer.core.domain import Attachment
from ppid_mailer.core.extract import DocText, Extraction, extract_request
from ppid_mailer.core.requirements import Facts, Missing, check, doubts
from ppid_mailer.service import request_state
from ppid_mailer.service.runtime import Runtime
from ppid_mailer.service.watchdog import paused


@dataclass(frozen=True)
class CheckResult:
    extraction: Extraction
    missing: list[Missing]  # clear gaps: the citizen is told
    doubts: list[str] = field(default_factory=list)  # for the officers to check


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
    has_images = any(f.content_type.startswith(("image/", "application/pdf")) for f in files)
    facts = Facts(extraction, letter_words, has_images)
    return CheckResult(extraction, check(facts), doubts(facts))


def _id_name(extraction: Extraction) -> str:
    return extraction.id_document.filename if extraction.id_document else ""


def record_check(
    rt: Runtime, request: Request, result: CheckResult, now: datetime, start: date
) -> bool:
    """Store fields, missing codes and checks; count the deadline from `start` once complete.

    Returns True when the request is complete now and was not before (the notice is due
    10 working days after the request is complete).
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
    summary = checks_summary(rt, extraction)
    summary["doubts"] = result.doubts
    request.checks = json.dumps(summary, ensure_ascii=False)
    request.missing = json.dumps([m.code for m in result.missing])
    became_complete = False
    if request.completed_at is None:
        if result.missing:
            request.due_date, request.final_due_date = None, None
        else:
            became_complete = request_state.complete(rt, request, start, now)
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
