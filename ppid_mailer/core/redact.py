"""Mask personal identifiers before they reach a log line (UU 27/2022 on personal data).

A NIK is 16 digits, written by people and OCR in every grouping: "3273014506900002",
"3273.0145.0690.0002", "32-73-01-45-06-90-0002", "3273 0145 0690 0002". Passports are one or two
letters and 6-8 digits ("X1234567", "AB 123456"). We keep the first four digits of a NIK (the
regency code, useful for support) and the letters of a passport, and hide the rest.
"""

from __future__ import annotations

import re

# 16 digits, each pair separated by at most one space, dot, dash or slash.
_NIK = re.compile(r"(?<![\d])\d(?:[ ./\-]?\d){15}(?![\d])")
_PASSPORT = re.compile(r"(?<![A-Za-z0-9])([A-Za-z]{1,2})[ \-]?(\d{6,8})(?![\d])")


def _mask_nik(match: re.Match[str]) -> str:
    """The regency code and twelve stars, whatever grouping the number was written in."""
    return re.sub(r"\D", "", match.group(0))[:4] + "*" * 12


def redact(text: str) -> str:
    """Return `text` with NIK-like and passport-like numbers masked."""
    text = _NIK.sub(_mask_nik, text)
    return _PASSPORT.sub(lambda m: m.group(1) + "*" * len(m.group(2)), text)
