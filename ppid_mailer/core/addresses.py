"""Is an address exactly one valid mailbox we may act for and write to?

A request belongs to the From address that sent it, so that address must name one mailbox and
nothing else: no quoted local part (it can hold commas, spaces or a second "@" and turn one
letter into several), no comment, no route, no control or separator characters, a domain with
at least two labels. Internationalized addresses (RFC 6531: UTF-8 in the local part and the
domain) are valid: they are sent with SMTPUTF8 or IDNA.
"""

from __future__ import annotations

import re

# RFC 5322 atext, plus any non-ASCII character (RFC 6531), in dot-atom form.
_ATEXT = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~\-\u0080-\U0010ffff]"
_LOCAL = re.compile(rf"{_ATEXT}+(?:\.{_ATEXT}+)*")
_LABEL = re.compile(r"(?!-)[A-Za-z0-9\-\u0080-\U0010ffff]{1,63}(?<!-)")
_FORBIDDEN = re.compile(r"[\s\"(),:;<>@\[\]\\\x00-\x1f\x7f\u2028\u2029\ufffd]")
MAX_LENGTH = 254


def valid_mailbox(address: str) -> bool:
    """One addr-spec in dot-atom form with a real-looking domain; nothing else around it."""
    if not address or len(address) > MAX_LENGTH or address.count("@") != 1:
        return False
    if "\ufffd" in address:  # bytes that were not UTF-8
        return False
    local, domain = address.split("@")
    if not local or len(local) > 64 or _FORBIDDEN.search(local) or not _LOCAL.fullmatch(local):
        return False
    labels = domain.split(".")
    if len(labels) < 2 or not all(_LABEL.fullmatch(label) for label in labels):
        return False
    return not labels[-1].isdigit()
