"""Letters to work units (templates/unit/): TERUSKAN asks a unit for the data."""

from __future__ import annotations

from datetime import date

from ppid_mailer.core.domain import LetterSpec

from .facts import RequestFacts, tanggal


def unit_request(
    request: RequestFacts,
    unit: str,
    to: str,
    note: str,
    days_left: int | None,
    asked_by: str,
    message_id: str,
    reply_to: str,
    unit_title: str = "",
    unit_due: date | None = None,
    lead_days: int = 0,
) -> LetterSpec:
    """TERUSKAN: ask a work unit for the data, greeted by its title, with its own deadline
    (`lead_days` working days before the citizen's). Never the citizen's ID copy or contact."""
    return LetterSpec(
        template="unit/forward",
        to=(to,),
        context={
            "number": request.number,
            "unit": unit,
            "unit_title": unit_title or unit,
            "unit_due": tanggal(unit_due) if unit_due else "",
            "lead_days": lead_days,
            "note": note,
            "days_left": days_left,
            "asked_by": asked_by,
            "due_date": tanggal(request.due_date) if request.due_date else "",
            "original_subject": request.subject,
            "information": request.information,
            "purpose": request.purpose,
        },
        purpose="forward",
        auto_submitted="auto-generated",
        message_id=message_id,
        reply_to=reply_to,
    )
