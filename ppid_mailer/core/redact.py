"""Mask personal identifiers before they reach a log line (UU 27/2022 on personal data).

A NIK is 16 digits; passports are a letter and 7-8 digits. We keep the first four digits of a
NIK (the regency code, useful for support) and hide the rest.
"""

from __future__ import annotations

import re

_NIK = re.compile(r"(?<!\d)(\d{4})[ .-]?(\d{4})[ .-]?(\d{4})[ .-]?(\d{4})(?!\d)")
_PASSPORT = re.compile(r"\b([A-Z])(\d{7,8})\b")


def redact(text: str) -> str:
    """Return `text` with NIK-like and passport-like numbers masked."""
    text = _NIK.sub(lambda m: m.group(1) + "*" * 12, text)
    return _PASSPORT.sub(lambda m: m.group(1) + "*" * len(m.group(2)), text)
