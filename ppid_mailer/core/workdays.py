"""Working-day arithmetic over a holiday calendar (hari kerja).

The calendar is data handed in by the caller (adapters.calendar builds it from the `holidays`
package and settings); this module never looks anything up. The counting rule, stated in every
letter that gives a date: the day a request is received is day 0, whatever the hour; day 1 is
the next working day. A request received on a weekend or holiday therefore starts counting on
the next working day too.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, timedelta

COUNTING_RULE = (
    "dihitung dalam hari kerja sejak hari berikutnya setelah permohonan diterima; "
    "Sabtu, Minggu, hari libur nasional dan cuti bersama tidak dihitung"
)


@dataclass(frozen=True)
class WorkCalendar:
    """Non-working days: weekends plus `holidays`, except dates listed in `extra_workdays`."""

    holidays: frozenset[date]
    extra_workdays: frozenset[date] = frozenset()

    def is_workday(self, day: date) -> bool:
        if day in self.extra_workdays:
            return True
        return day.weekday() < 5 and day not in self.holidays

    @property
    def fingerprint(self) -> str:
        """Changes whenever a holiday or extra working day changes, so deadlines can be recomputed."""
        text = (
            ",".join(sorted(d.isoformat() for d in self.holidays))
            + "|"
            + ",".join(sorted(d.isoformat() for d in self.extra_workdays))
        )
        return hashlib.sha256(text.encode()).hexdigest()[:16]


def add_workdays(calendar: WorkCalendar, start: date, days: int) -> date:
    """The date `days` working days after `start` (start itself is day 0)."""
    if days < 0:
        raise ValueError("days must not be negative")
    current = start
    remaining = days
    while remaining:
        current += timedelta(days=1)
        if calendar.is_workday(current):
            remaining -= 1
    return current


def sub_workdays(calendar: WorkCalendar, end: date, days: int) -> date:
    """The date `days` working days before `end` (the inverse of add_workdays on working days)."""
    if days < 0:
        raise ValueError("days must not be negative")
    current = end
    remaining = days
    while remaining:
        current -= timedelta(days=1)
        if calendar.is_workday(current):
            remaining -= 1
    return current


def count_workdays(calendar: WorkCalendar, start: date, end: date) -> int:
    """Working days after `start` up to and including `end` (0 when end <= start)."""
    count = 0
    current = start
    while current < end:
        current += timedelta(days=1)
        count += calendar.is_workday(current)
    return count
