"""Build the working-day calendar from the `holidays` package and settings.

We take both the public holidays and the government category (cuti bersama) of the Indonesia
calendar, add the office's own extra holidays and remove its extra working days. The package is
maintained and updated when the government changes the year's decree, which a hand-kept list in
this repository would not be.
"""

from __future__ import annotations

from datetime import date

import holidays

from ppid_mailer.config import DeadlineSettings
from ppid_mailer.core.workdays import WorkCalendar


def build_calendar(deadlines: DeadlineSettings, years: range) -> WorkCalendar:
    """The calendar for `years` (a few years around now is enough for every open deadline)."""
    try:
        days = holidays.country_holidays(
            "ID", years=list(years), categories=("public", "government")
        )
    except (TypeError, ValueError, NotImplementedError):  # an old `holidays` without categories
        days = holidays.country_holidays("ID", years=list(years))
    off: set[date] = set(days.keys()) | set(deadlines.extra_holidays)
    return WorkCalendar(holidays=frozenset(off), extra_workdays=frozenset(deadlines.extra_workdays))
