"""Working days: weekends, national holidays, cuti bersama and office-specific days."""

from __future__ import annotations

from datetime import date

from ppid_mailer.adapters.calendar import build_calendar
from ppid_mailer.config import DeadlineSettings
from ppid_mailer.core.workdays import WorkCalendar, add_workdays, count_workdays

PLAIN = WorkCalendar(holidays=frozenset())


def deadlines(**extra: tuple[date, ...]) -> DeadlineSettings:
    return DeadlineSettings(
        10, 7, 30, 30, extra.get("holidays", ()), extra.get("workdays", ()), 2, 10, "07:30"
    )


def test_weekends_are_skipped() -> None:
    monday = date(2026, 11, 30)
    assert add_workdays(PLAIN, monday, 10) == date(2026, 12, 14)
    friday = date(2026, 12, 4)
    assert add_workdays(PLAIN, friday, 1) == date(2026, 12, 7)


def test_received_on_a_saturday_counts_from_monday() -> None:
    assert add_workdays(PLAIN, date(2026, 12, 5), 1) == date(2026, 12, 7)


def test_idul_fitri_and_its_cuti_bersama_are_not_working_days() -> None:
    calendar = build_calendar(deadlines(), range(2026, 2027))
    # 2026: Idul Fitri 20-21 March with cuti bersama 18, 19 (Nyepi), 23 and 24 March.
    for day in (
        date(2026, 3, 18),
        date(2026, 3, 19),
        date(2026, 3, 20),
        date(2026, 3, 23),
        date(2026, 3, 24),
    ):
        assert not calendar.is_workday(day), day
    # Received Monday 16 March: working days 17, 25, 26, 27, 30, 31 Mar, 1, 2, 6, 7 Apr
    # (3 April is Good Friday).
    assert add_workdays(calendar, date(2026, 3, 16), 10) == date(2026, 4, 7)


def test_christmas_and_new_year() -> None:
    calendar = build_calendar(deadlines(), range(2026, 2028))
    # 24 Dec (cuti bersama), 25 Dec, 1 Jan and 5 Jan 2027 (Isra Mi'raj) are off.
    assert add_workdays(calendar, date(2026, 12, 21), 10) == date(2027, 1, 8)


def test_office_extra_holidays_and_extra_workdays() -> None:
    extra = deadlines(holidays=(date(2026, 12, 1),), workdays=(date(2026, 12, 5),))
    calendar = build_calendar(extra, range(2026, 2027))
    assert not calendar.is_workday(date(2026, 12, 1))
    assert calendar.is_workday(date(2026, 12, 5))  # a Saturday the office works
    assert calendar.fingerprint != build_calendar(deadlines(), range(2026, 2027)).fingerprint


def test_count_workdays_is_the_inverse_of_add() -> None:
    start = date(2026, 11, 30)
    for days in range(0, 25):
        assert count_workdays(PLAIN, start, add_workdays(PLAIN, start, days)) == days


def test_friday_evening_counts_from_monday_and_the_extension() -> None:
    calendar = build_calendar(deadlines(), range(2026, 2027))
    friday_evening = date(2026, 12, 4)  # received 20:00 WIB: still Friday, day 0
    assert add_workdays(calendar, friday_evening, 1) == date(2026, 12, 7)
    assert add_workdays(calendar, friday_evening, 10) == date(2026, 12, 18)
    # 10 + 7 working days: 24 and 25 December are off.
    assert add_workdays(calendar, friday_evening, 17) == date(2026, 12, 31)
