"""Internationalized addresses (RFC 6531): which of them plain ASCII mail can still carry.

A citizen may write from `warga@bücher.example` or `jörg@contoh.id`. A non-ASCII domain has an
ASCII spelling that every server and mail client understands (IDNA, `xn--…`), so such a letter
needs nothing special. A non-ASCII local part has none: only a server that offers SMTPUTF8 can
take the letter, with its headers in UTF-8 (RFC 6532).

Pure: the renderer and the SMTP transport both ask here, so that a letter's headers and its
envelope agree.
"""

from __future__ import annotations


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
