"""Facts about one request as letters show them, and Indonesian dates.

Dates are formatted here so that every template, to a citizen, an officer or a unit, shows them
the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from ppid_mailer.core.workdays import COUNTING_RULE

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
