"""Decisions -> LetterSpec: which template, to whom, with which facts, threaded to what.

Dates are formatted here in Indonesian so that every template shows them the same way.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from .domain import Attachment, LetterSpec
from .requirements import Missing
from .workdays import COUNTING_RULE

MONTHS = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)
DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")


def tanggal(day: date) -> str:
    """'Senin, 30 November 2026'."""
    return f"{DAYS[day.weekday()]}, {day.day} {MONTHS[day.month - 1]} {day.year}"


def waktu(moment: datetime) -> str:
    """'Senin, 30 November 2026 pukul 10.15 WIB' (the zone abbreviation of the office)."""
    zone = moment.tzname() or ""
    return f"{tanggal(moment.date())} pukul {moment:%H.%M} {zone}".rstrip()


@dataclass(frozen=True)
class RequestFacts:
    """What a letter about one request needs to know of it."""

    number: str
    requester_name: str
    requester_email: str
    received_at: datetime  # in the office's time zone
    due_date: date | None  # None while the request is incomplete: the clock has not started
    final_due_date: date | None  # the due date if the one extension is used
    subject: str
    status_label: str = ""
    extended: bool = False
    letter_text: str = ""
    information: str = ""
    purpose: str = ""
    attachment_names: tuple[str, ...] = ()
    message_id: str = ""  # the citizen's original message, to thread letters to it

    def context(self) -> dict[str, Any]:
        """The names every template about a request can use."""
        return {
            "number": self.number,
            "requester_name": self.requester_name,
            "requester_email": self.requester_email,
            "received": waktu(self.received_at),
            "due_date": tanggal(self.due_date) if self.due_date else "",
            "final_due_date": tanggal(self.final_due_date) if self.final_due_date else "",
            "status_label": self.status_label,
            "extended": self.extended,
            "original_subject": self.subject,
            "counting_rule": COUNTING_RULE,
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


# Letters the citizen gets without an officer having acted: the loop brake counts these.
AUTOMATIC_CITIZEN_PURPOSES = ("receipt", "too_large", "status", "command_failed", "completion")


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


def alert(
    to: tuple[str, ...], title: str, lines: list[str], action: str, number: str = ""
) -> LetterSpec:
    """A note to officers or the admin: something needs a person (never sent to a citizen)."""
    return LetterSpec(
        template="officer/alert",
        to=to,
        context={"title": title, "lines": lines, "action": action, "number": number},
        purpose="alert",
        auto_submitted="auto-generated",
    )
