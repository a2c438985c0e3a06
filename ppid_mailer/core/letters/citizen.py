"""Every letter a citizen receives (templates/citizen/): the receipt, completion notices, the
written notices (pemberitahuan tertulis) as a request moves on, answers to citizen keywords.

Each function picks the template and the facts; the wording lives in templates/citizen/.
docs/LETTERS.md lists every letter, when it goes, and the article each of its parts answers.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from ppid_mailer.core.commands import (
    NOT_HELD_REASONS,
    REJECTION_GROUNDS,
    ground_letter,
    has_link,
)
from ppid_mailer.core.domain import OBJECTION_BASIS, Attachment, LetterSpec, Status
from ppid_mailer.core.requirements import Missing

from .facts import RequestFacts, plain_problem, tanggal, waktu

# Letters the citizen gets without an officer having acted: the loop brake counts these.
DECISION_TEMPLATES: Mapping[Status, str] = {
    Status.GRANTED: "citizen/granted",
    Status.PARTIALLY_GRANTED: "citizen/partially_granted",
    Status.REJECTED: "citizen/rejected",
    Status.NOT_HELD: "citizen/not_held",
}


def receipt(
    request: RequestFacts,
    office: Mapping[str, Any],
    reply_to: str,
    references: tuple[str, ...],
    missing: Sequence[Missing] = (),
    unreadable: Sequence[str] = (),
    form: Attachment | None = None,
    complete_by: date | None = None,
) -> LetterSpec:
    """The tanda terima sent at once when a request is numbered (UU 14/2008 Pasal 22(4)-(5)).

    It always carries the number and restates what was asked (the register of Pasal 22(2));
    when something is missing it lists all of it, says by when to complete it, and attaches the
    request form; when nothing is, it states the due dates.
    """
    return LetterSpec(
        template="citizen/receipt",
        to=(request.requester_email,),
        context={
            **request.context(),
            **_days(office),
            "office": office,
            "missing": [_missing(m) for m in missing],
            "unreadable": [plain_problem(u) for u in unreadable],
            "complete_by": tanggal(complete_by) if complete_by else "",
        },
        in_reply_to=reply_to,
        references=(*references, reply_to) if reply_to else references,
        purpose="receipt",
        attachments=(form,) if (missing and form is not None) else (),
    )


def completion(
    request: RequestFacts,
    office: Mapping[str, Any],
    missing: Sequence[Missing],
    unreadable: Sequence[str],
    form: Attachment | None,
    reply_to: str,
    complete_by: date | None = None,
) -> LetterSpec:
    """After a follow-up: the request is now complete (with its due date), or what is still missing."""
    return LetterSpec(
        template="citizen/complete" if not missing else "citizen/still_missing",
        to=(request.requester_email,),
        context={
            **request.context(),
            **_days(office),
            "office": office,
            "missing": [_missing(m) for m in missing],
            "unreadable": [plain_problem(u) for u in unreadable],
            "complete_by": tanggal(complete_by) if complete_by else "",
        },
        in_reply_to=reply_to,
        references=_thread(request.message_id, reply_to),
        purpose="completion",
        attachments=(form,) if (missing and form is not None) else (),
    )


def _days(office: Mapping[str, Any]) -> dict[str, int]:
    """The service standard's periods (office['days']) under the names receipts always used."""
    return dict(office.get("days", {}))


def _missing(missing: Missing) -> dict[str, str]:
    return {
        "code": missing.code,
        "title": missing.title,
        "explanation": missing.explanation,
        "what_to_send": missing.what_to_send,
    }


def too_large(
    to: str,
    office: Mapping[str, Any],
    subject: str,
    received: datetime,
    size: int,
    limit_mb: int,
    reply_to: str,
    number: str = "",
    complete_by: date | None = None,
    requester_name: str = "",
) -> LetterSpec:
    """A message over the size limit: kept, and (a new request) numbered all the same
    (UU 14/2008 Pasal 22(5)); the sender is told the limit and how to send it again."""
    return LetterSpec(
        template="citizen/too_large",
        to=(to,),
        context={
            "office": office,
            "requester_name": requester_name,
            "number": number,
            "original_subject": subject,
            "received": waktu(received),
            "size_mb": f"{size / 1024 / 1024:.1f}".replace(".", ","),
            "limit_mb": limit_mb,
            "complete_by": tanggal(complete_by) if complete_by else "",
        },
        in_reply_to=reply_to,
        references=(reply_to,) if reply_to else (),
        purpose="too_large",
    )


def _thread(*ids: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(i for i in ids if i))


def to_citizen(
    template: str,
    request: RequestFacts,
    office: Mapping[str, Any],
    purpose: str,
    attachments: tuple[Attachment, ...] = (),
    reply_to: str = "",
    **extra: Any,
) -> LetterSpec:
    """A letter about a request. `reply_to` is the citizen's mail it answers (STATUS, BATAL,
    KEBERATAN ...): it threads to that mail and says it is an automatic reply (RFC 3834);
    otherwise it threads to the request and is auto-generated."""
    thread = request.message_id
    return LetterSpec(
        template=template,
        to=(request.requester_email,),
        context={"letter_number": "", **request.context(), "office": office, **extra},
        in_reply_to=reply_to or thread,
        references=_thread(thread, reply_to),
        purpose=purpose,
        auto_submitted="auto-replied" if reply_to else "auto-generated",
        attachments=attachments,
    )


def declared_complete(request: RequestFacts, office: Mapping[str, Any]) -> LetterSpec:
    """Corrects the receipt: an officer found the request complete as it arrived, so the due
    dates count from the day it was received."""
    return to_citizen("citizen/declared_complete", request, office, "declared_complete")


def in_process(request: RequestFacts, office: Mapping[str, Any]) -> LetterSpec:
    return to_citizen("citizen/in_process", request, office, "in_process")


def extension(
    request: RequestFacts, office: Mapping[str, Any], reason: str, letter_number: str = ""
) -> LetterSpec:
    """UU 14/2008 Pasal 22(8): the one extension, in writing, with its reason."""
    return to_citizen(
        "citizen/extension",
        request,
        office,
        "extension",
        reason=reason,
        letter_number=letter_number,
    )


def clarification(
    request: RequestFacts, office: Mapping[str, Any], question: str, reply_by: date | None = None
) -> LetterSpec:
    """The officer's question, the date to answer by, and what happens to the clock."""
    return to_citizen(
        "citizen/clarification",
        request,
        office,
        "clarification",
        question=question,
        reply_by=tanggal(reply_by) if reply_by else "",
    )


@dataclass(frozen=True)
class Notice:
    """What an officer decided, as the written notice of UU 14/2008 Pasal 22(7) states it."""

    status: Status
    note: str = ""  # KABULKAN: note; SEBAGIAN: what is withheld and why; TOLAK: the consequence
    # test; TIDAK-DIKUASAI: the body that holds it, or an explanation
    ground: str = ""  # a Pasal 17 ground (TOLAK, SEBAGIAN) or a NOT_HELD_REASONS code
    statute: str = ""  # Pasal 17 huruf j: the statute that forbids the disclosure
    letter_number: str = ""


def attachment_name(number: str, index: int, original: str) -> str:
    """The name a file given to the citizen carries: '0002/PPID/2026', 1, 'data.PDF' ->
    '0002-PPID-2026-lampiran-1.pdf'."""
    stem = re.sub(r"[^0-9A-Za-z]+", "-", number).strip("-") or "permohonan"
    suffix = _extension(original)
    return f"{stem}-lampiran-{index}" + (f".{suffix.lower()}" if suffix else "")


def _extension(name: str) -> str:
    _, dot, suffix = name.rpartition(".")
    return suffix if dot and suffix.isalnum() and len(suffix) <= 5 else ""


def decision(
    request: RequestFacts,
    office: Mapping[str, Any],
    notice: Notice,
    attachments: tuple[Attachment, ...],
    objection_deadline: date,
    objection_days: int,
) -> LetterSpec:
    """Granted, partly granted, rejected or not held: the notice of UU 14/2008 Pasal 22(7) a-g.

    The files go out named after the request (`0002-PPID-2026-lampiran-1.pdf`), each listed with
    the name the officer gave it and its format.
    """
    named = tuple(
        replace(a, filename=attachment_name(request.number, i, a.filename))
        for i, a in enumerate(attachments, start=1)
    )
    files = [
        {"name": new.filename, "original": old.filename, "format": _extension(old.filename).upper()}
        for old, new in zip(attachments, named, strict=True)
    ]
    reason = notice.ground if notice.ground in NOT_HELD_REASONS else ""
    return to_citizen(
        DECISION_TEMPLATES[notice.status],
        request,
        office,
        f"decision_{notice.status.value}",
        named,
        reply_to=request.message_id,
        letter_number=notice.letter_number,
        note=notice.note,
        ground=notice.ground,
        ground_letter=ground_letter(notice.ground),
        ground_text=REJECTION_GROUNDS.get(notice.ground, ""),  # for templates overridden before
        statute=notice.statute,
        not_held_reason=reason,
        files=files,
        formats=sorted({f["format"] for f in files if f["format"]}),
        link=has_link(notice.note),
        attachment_names=[a.filename for a in named],
        objection_deadline=tanggal(objection_deadline),
        objection_days=objection_days,
        objection_basis=OBJECTION_BASIS.get(notice.status, ""),
    )


def status_letter(
    request: RequestFacts, office: Mapping[str, Any], last_event: str, reply_to: str = ""
) -> LetterSpec:
    return to_citizen(
        "citizen/status", request, office, "status", reply_to=reply_to, last_event=last_event
    )


def withdrawn(request: RequestFacts, office: Mapping[str, Any], reply_to: str = "") -> LetterSpec:
    return to_citizen("citizen/withdrawn", request, office, "withdrawn", reply_to=reply_to)


def objection_receipt(
    request: RequestFacts,
    office: Mapping[str, Any],
    objection: Mapping[str, Any],
    reply_to: str = "",
) -> LetterSpec:
    return to_citizen(
        "citizen/objection_receipt",
        request,
        office,
        "objection_receipt",
        reply_to=reply_to,
        objection=objection,
    )


def objection_decision(
    request: RequestFacts,
    office: Mapping[str, Any],
    objection: Mapping[str, Any],
    granted: bool,
    text: str,
    komisi_deadline: date,
    letter_number: str = "",
    carry_out_by: date | None = None,
    reply_to: str = "",
) -> LetterSpec:
    """The atasan PPID's written answer (UU 14/2008 Pasal 36(2)), signed by the atasan, threaded
    to the citizen's KEBERATAN; an accepted objection says what the PPID now does and by when;
    the Komisi Informasi route."""
    return to_citizen(
        "citizen/objection_decision",
        request,
        office,
        "objection_decision",
        reply_to=reply_to,
        objection=objection,
        granted=granted,
        text=text,
        komisi_deadline=tanggal(komisi_deadline),
        letter_number=letter_number,
        carry_out_by=tanggal(carry_out_by) if carry_out_by else "",
    )


def command_failed(
    to: str, office: Mapping[str, Any], keyword: str, problem: str, reply_to: str
) -> LetterSpec:
    """A citizen keyword we could not act on (no such request, not yours, not allowed now)."""
    return LetterSpec(
        template="citizen/command_failed",
        to=(to,),
        context={"office": office, "keyword": keyword, "problem": problem},
        in_reply_to=reply_to,
        references=(reply_to,) if reply_to else (),
        purpose="command_failed",
    )


def complaint_receipt(
    to: str, office: Mapping[str, Any], number: str, received: str, reply_to: str
) -> LetterSpec:
    return LetterSpec(
        template="citizen/complaint_receipt",
        to=(to,),
        context={"office": office, "complaint_number": number, "received": received},
        in_reply_to=reply_to,
        references=(reply_to,) if reply_to else (),
        purpose="complaint_receipt",
    )
