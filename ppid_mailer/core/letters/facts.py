"""Facts about one request as letters show them, and Indonesian dates.

Dates are formatted here so that every template, to a citizen, an officer or a unit, shows them
the same way.
"""

from __future__ import annotations

import re
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


def plain_problem(problem: str) -> str:
    """A reader's problem text without the exception name a program put in it:
    'surat.pdf: tidak dapat dibaca (PdfStreamError)' -> 'surat.pdf: tidak dapat dibaca'."""
    without = re.sub(r"\((?:[A-Za-z_.]{0,80}(?:Error|Exception|Warning))\)", "", problem)
    return " ".join(without.split())


def tanggal_surat(day: date) -> str:
    """'30 November 2026', as the date line of a letter writes it."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


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
    clock_start: date | None = None  # the day the clock counts from (received or completed)
    requester_address: str = ""
    how_obtain: str = ""  # cara memperoleh informasi, as the citizen wrote it
    how_receive: str = ""  # cara mendapatkan salinan informasi
    desk_title: str = ""  # the desk (PPID Utama or a PPID Pelaksana) answering the request

    def context(self) -> dict[str, Any]:
        """The names every template about a request can use."""
        start = self.clock_start
        return {
            "number": self.number,
            "requester_name": self.requester_name,
            "requester_email": self.requester_email,
            "requester_address": self.requester_address,
            "received": waktu(self.received_at),
            "received_date": tanggal(self.received_at.date()),
            "due_date": tanggal(self.due_date) if self.due_date else "",
            "final_due_date": tanggal(self.final_due_date) if self.final_due_date else "",
            "status_label": self.status_label,
            "extended": self.extended,
            "original_subject": self.subject,
            "information": self.information,
            "purpose": self.purpose,
            "how_obtain": self.how_obtain,
            "how_receive": self.how_receive,
            "desk_title": self.desk_title,
            # The clock: counted from the day after `clock_start`; when the request was completed
            # later than it was received, the letters say so (templates/citizen/_counting.txt.j2).
            "clock_start": tanggal(start) if start else "",
            "clock_from_received": start is None or start == self.received_at.date(),
            # kept for templates an office overrode before _counting.txt.j2 existed
            "counting_rule": COUNTING_RULE,
        }
