"""Addresses: is one exactly one valid mailbox we may act for, and how plain ASCII mail carries it.

A request belongs to the From address that sent it, so that address must name one mailbox and
nothing else: no quoted local part (it can hold commas, spaces or a second "@" and turn one
letter into several), no comment, no route, no control or separator characters, a domain with
at least two labels.

Internationalized addresses (RFC 6531) are valid. A citizen may write from `warga@bücher.example`
or `jörg@contoh.id`. A non-ASCII domain has an ASCII spelling that every server and mail client
understands (IDNA, `xn--…`), so such a letter needs nothing special. A non-ASCII local part has
none: only a server that offers SMTPUTF8 can take the letter, with its headers in UTF-8
(RFC 6532).

Pure: classification, the renderer and the SMTP transport all ask here, so that who a request
belongs to, a letter's headers and its envelope agree.
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


def ascii_form(address: str) -> str:
    """`address` as plain ASCII mail can carry it: unchanged, or with its domain in IDNA.

    Raises ValueError, with a reason a sysadmin can read, when there is no such form: a
    non-ASCII local part, or a domain that IDNA cannot encode (an empty or over-long label).
    Python's `idna` codec follows IDNA 2003, which differs from IDNA 2008 only for a few rare
    characters (ß, ς, joiners), none of them in Indonesian names.
    """
    if address.isascii():
        return address
    local, at, domain = address.rpartition("@")
    if not at or not local or not domain:
        raise ValueError(f"{address!r} is not an email address")
    if not local.isascii():
        raise ValueError(
            f"{address}: the part before @ is not ASCII, so only a mail server that offers "
            "SMTPUTF8 (RFC 6531) can take it"
        )
    try:
        return f"{local}@{domain.encode('idna').decode('ascii')}"
    except UnicodeError as exc:
        raise ValueError(f"{address}: the domain cannot be written in IDNA ({exc})") from None


# Google delivers every spelling of one mailbox to it: dots in the local part do not count,
# and googlemail.com is gmail.com.
GMAIL_DOMAINS = ("gmail.com", "googlemail.com")


def normalized(address: str) -> str:
    """One mailbox's one spelling, for counting what went to it: lower case, no `+tag`
    sub-address, and for Gmail no dots ("Rina.W+ppid@GoogleMail.com" -> "rinaw@gmail.com").

    A robot answering from "rina+auto@warga.test" is still rina@warga.test's mailbox, so a loop
    cannot pass the daily limit by changing its tag. Only for counting: letters still go to the
    address as written.
    """
    local, at, domain = address.strip().lower().rpartition("@")
    if not at:
        return address.strip().lower()
    local = local.partition("+")[0] or local
    if domain in GMAIL_DOMAINS:
        local, domain = local.replace(".", ""), GMAIL_DOMAINS[0]
    return f"{local}@{domain}"
