"""Registration numbers: the office's format applied to a per-year sequence value."""

from __future__ import annotations


def format_number(number_format: str, seq: int, year: int, month: int = 1) -> str:
    """Render a registration number, e.g. '{seq:04d}/PPID/{year}' -> '0007/PPID/2026'.

    The sequence itself is allocated by the database (gap-free per year); this only formats it.
    """
    return number_format.format(seq=seq, year=year, month=month)
