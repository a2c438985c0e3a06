"""The written notices (pemberitahuan tertulis) a citizen receives as a request moves on.

Each function picks the template and the facts; the wording lives in templates/citizen/.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from .commands import REJECTION_GROUNDS
from .domain import Attachment, LetterSpec, Status
from .letters import RequestFacts, tanggal

DECISION_TEMPLATES: Mapping[Status, str] = {
    Status.GRANTED: "citizen/granted",
    Status.PARTIALLY_GRANTED: "citizen/partially_granted",
    Status.REJECTED: "citizen/rejected",
    Status.NOT_HELD: "citizen/not_held",
}


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
