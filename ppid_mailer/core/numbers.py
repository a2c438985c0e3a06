"""Registration numbers: the office's format applied to a per-year sequence value."""

from __future__ import annotations

import re


def format_number(number_format: str, seq: int, year: int, month: int = 1) -> str:
    """Render a registration number, e.g. '{seq:04d}/PPID/{year}' -> '0007/PPID/2026'.

    The sequence itself is allocated by the database (gap-free per year); this only formats it.
    """
    return number_format.format(seq=seq, year=year, month=month)


def number_pattern(number_format: str) -> re.Pattern[str]:
    """A regex that finds numbers of this format in free text ('0007/PPID/2026' in a subject)."""
    pieces = []
    for piece in re.split(r"(\{[^{}]*\})", number_format):
        name = piece[1:-1].split(":")[0] if piece.startswith("{") else None
        if name == "seq":
            pieces.append(r"\d+")
        elif name == "year":
            pieces.append(r"\d{4}")
        elif name == "month":
            pieces.append(r"\d{1,2}")
        else:
            pieces.append(re.escape(piece))
    return re.compile(r"(?<![\w/])" + "".join(pieces) + r"(?![\w/])", re.I)


def find_numbers(number_format: str, text: str) -> list[str]:
    return [m.group(0) for m in number_pattern(number_format).finditer(text)]
