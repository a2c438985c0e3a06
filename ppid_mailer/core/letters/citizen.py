"""Every letter a citizen receives (templates/citizen/): the receipt, completion notices, the
written notices (pemberitahuan tertulis) as a request moves on, answers to citizen keywords.

Each function picks the template and the facts; the wording lives in templates/citizen/.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any

from ppid_mailer.core.commands import REJECTION_GROUNDS
from ppid_mailer.core.domain import Attachment, LetterSpec, Status
from ppid_mailer.core.requirements import Missing

from .facts import RequestFacts, tanggal, waktu

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
    response_days: int,
    extension_days: int,
    missing: Sequence[Missing] = (),
    unreadable: Sequence[str] = (),
    form: Attachment | None = None,
) -> LetterSpec:
    """The tanda terima sent at once when a request is numbered (UU 14/2008 Pasal 22(5)).

    It always carries the number; when something is missing it lists all of it and attaches the
    request form; when nothing is, it states the due date.
    """
    return LetterSpec(
        template="citizen/receipt",
        to=(request.requester_email,),
        context={
            **request.context(),
            "office": office,
            "response_days": response_days,
            "extension_days": extension_days,
            "total_days": response_days + extension_days,
            "missing": [_missing(m) for m in missing],
            "unreadable": list(unreadable),
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
) -> LetterSpec:
    """After a follow-up: the request is now complete (with its due date), or what is still missing."""
    return LetterSpec(
        template="citizen/complete" if not missing else "citizen/still_missing",
        to=(request.requester_email,),
        context={
            **request.context(),
            "office": office,
            "missing": [_missing(m) for m in missing],
            "unreadable": list(unreadable),
        },
        in_reply_to=reply_to,
        references=(reply_to,) if reply_to else (),
        purpose="completion",
        attachments=(form,) if (missing and form is not None) else (),
    )


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
) -> LetterSpec:
    """Tell the sender that a message over the size limit was kept but not registered."""
    return LetterSpec(
        template="citizen/too_large",
        to=(to,),
        context={
            "office": office,
            "original_subject": subject,
            "received": waktu(received),
            "size_mb": f"{size / 1024 / 1024:.1f}".replace(".", ","),
            "limit_mb": limit_mb,
        },
        in_reply_to=reply_to,
        references=(reply_to,) if reply_to else (),
        purpose="too_large",
    )


def to_citizen(
    template: str,
    request: RequestFacts,
    office: Mapping[str, Any],
    purpose: str,
    attachments: tuple[Attachment, ...] = (),
    **extra: Any,
) -> LetterSpec:
    thread = request.message_id
    return LetterSpec(
        template=template,
        to=(request.requester_email,),
        context={**request.context(), "office": office, **extra},
        in_reply_to=thread,
        references=(thread,) if thread else (),
        purpose=purpose,
        auto_submitted="auto-generated",
        attachments=attachments,
    )


def declared_complete(request: RequestFacts, office: Mapping[str, Any]) -> LetterSpec:
    """Corrects the receipt: an officer found the request complete as it arrived, so the due
    dates count from the day it was received."""
    return to_citizen("citizen/declared_complete", request, office, "declared_complete")


def in_process(request: RequestFacts, office: Mapping[str, Any]) -> LetterSpec:
    return to_citizen("citizen/in_process", request, office, "in_process")


def extension(request: RequestFacts, office: Mapping[str, Any], reason: str) -> LetterSpec:
    return to_citizen("citizen/extension", request, office, "extension", reason=reason)


def clarification(request: RequestFacts, office: Mapping[str, Any], question: str) -> LetterSpec:
    return to_citizen("citizen/clarification", request, office, "clarification", question=question)


def decision(
    request: RequestFacts,
    office: Mapping[str, Any],
    status: Status,
    note: str,
    ground: str,
    attachments: tuple[Attachment, ...],
    objection_deadline: date,
    objection_days: int,
) -> LetterSpec:
    """Granted, partly granted, rejected or not held: the notice of UU 14/2008 Pasal 22(7)."""
    return to_citizen(
        DECISION_TEMPLATES[status],
        request,
        office,
        f"decision_{status.value}",
        attachments,
        note=note,
        ground=ground,
        ground_text=REJECTION_GROUNDS.get(ground, ""),
        attachment_names=[a.filename for a in attachments],
        objection_deadline=tanggal(objection_deadline),
        objection_days=objection_days,
    )


def status_letter(request: RequestFacts, office: Mapping[str, Any], last_event: str) -> LetterSpec:
    return to_citizen("citizen/status", request, office, "status", last_event=last_event)


def withdrawn(request: RequestFacts, office: Mapping[str, Any]) -> LetterSpec:
    return to_citizen("citizen/withdrawn", request, office, "withdrawn")


def objection_receipt(
    request: RequestFacts, office: Mapping[str, Any], objection: Mapping[str, Any]
) -> LetterSpec:
    return to_citizen(
        "citizen/objection_receipt", request, office, "objection_receipt", objection=objection
    )


def objection_decision(
    request: RequestFacts,
    office: Mapping[str, Any],
    objection: Mapping[str, Any],
    granted: bool,
    text: str,
    komisi_deadline: date,
) -> LetterSpec:
    return to_citizen(
        "citizen/objection_decision",
        request,
        office,
        "objection_decision",
        objection=objection,
        granted=granted,
        text=text,
        komisi_deadline=tanggal(komisi_deadline),
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
