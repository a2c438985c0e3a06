"""Who may move a request: HMAC tokens in our notifications, and Authentication-Results.

A command counts only when the sender is a configured officer AND the mail replies to a
notification we sent that carries a token for that request and that officer. The token is an
HMAC of (kind, record id, officer address) under `[officers] secret_key`, so it cannot be
guessed, and a citizen who learns an officer's address still cannot forge one.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Iterable
from dataclasses import dataclass

from .domain import Attachment

TOKEN_CHARS = 20
_NOTIFY_ID = re.compile(
    r"<ppid\.(?P<kind>notify|objection|unit)\.(?P<id>\d+)\.(?P<token>[0-9a-f]+)@(?P<domain>[^>]+)>"
)
_PLUS = re.compile(r"\+t-(?P<kind>notify|objection|unit)-(?P<id>\d+)-(?P<token>[0-9a-f]+)@", re.I)


def token(secret: str, kind: str, record_id: int, officer: str) -> str:
    message = f"{kind}:{record_id}:{officer.strip().lower()}".encode()
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()[:TOKEN_CHARS]


def notification_message_id(
    secret: str, kind: str, record_id: int, officer: str, domain: str
) -> str:
    return f"<ppid.{kind}.{record_id}.{token(secret, kind, record_id, officer)}@{domain}>"


def reply_address(secret: str, kind: str, record_id: int, officer: str, from_address: str) -> str:
    """ppid+t-notify-12-<token>@kota.go.id: the plus-address a reply goes to."""
    local, _, domain = from_address.partition("@")
    return f"{local}+t-{kind}-{record_id}-{token(secret, kind, record_id, officer)}@{domain}"


@dataclass(frozen=True)
class Claim:
    kind: str
    record_id: int
    valid: bool


def claims(
    secret: str, sender: str, message_ids: Iterable[str], addresses: Iterable[str], domain: str
) -> list[Claim]:
    """Every notification this mail says it answers, each checked against the sender's token."""
    found: list[Claim] = []
    for value in message_ids:
        match = _NOTIFY_ID.fullmatch(value.strip())
        if match and match["domain"].lower() == domain.lower():
            found.append(_check(secret, sender, match["kind"], int(match["id"]), match["token"]))
    for value in addresses:
        match = _PLUS.search(value)
        if match:
            found.append(_check(secret, sender, match["kind"], int(match["id"]), match["token"]))
    return found


def _check(secret: str, sender: str, kind: str, record_id: int, given: str) -> Claim:
    expected = token(secret, kind, record_id, sender)
    return Claim(kind, record_id, hmac.compare_digest(expected, given.lower()))


# One of our Message-IDs (<ppid.notify.12.<token>@...>, <ppid.receipt.<hex>@...>) or token reply
# addresses (ppid+t-notify-12-<token>@...), in the bytes of a file.
_OUR_MARK = re.compile(
    rb"<ppid\.[a-z_-]+\.[0-9a-f.]+@|\+t-(?:notify|objection|unit)-\d+-[0-9a-f]+@", re.I
)
_MESSAGE_NAMES = (".eml", ".msg", ".mbox")


def carries_our_mark(data: bytes) -> bool:
    """Does this file hold one of our Message-IDs or token reply addresses (a copy of one of
    our letters, e.g. a notification saved or pasted into a file)?"""
    return _OUR_MARK.search(data) is not None


def releasable(files: Iterable[Attachment]) -> tuple[tuple[Attachment, ...], tuple[str, ...]]:
    """The files of an officer's or a unit's reply that may go to the citizen, and a line
    for each one left out: its name and why (for the hasil perintah).

    Only what the officer attached goes on: the files at the top level of the reply. An
    attached message (a forwarded notification, one of our letters, any .eml), every file
    inside one, and any file holding one of our Message-IDs or token addresses never do. A
    forwarded notification carries another request's ID copy and the officer's token; with
    that token a forged mail passes as the officer.
    """
    kept: list[Attachment] = []
    left_out: list[str] = []
    for file in files:
        if (
            file.content_type.startswith("message/")
            or file.content_type == "text/rfc822-headers"
            or file.filename.lower().endswith(_MESSAGE_NAMES)
        ):
            why = "surel yang dilampirkan (mis. pemberitahuan yang diteruskan)"
        elif file.nested:
            why = "berada di dalam surel yang dilampirkan, bukan lampiran Anda sendiri"
        elif carries_our_mark(file.data):
            why = "memuat token atau Message-ID surat PPID"
        else:
            kept.append(file)
            continue
        left_out.append(f"{file.filename}: {why}")
    return tuple(kept), tuple(left_out)


def authentication_passes(
    header_values: Iterable[str], authserv_id: str, required: Iterable[str], from_domain: str = ""
) -> tuple[bool, str]:
    """Check `Authentication-Results` (RFC 8601) added by our own server `authserv_id`.

    Headers from any other authserv-id are ignored: a sender can write one himself. Every header
    of ours is read and any result that is not `pass` for a required method fails the mail (a
    forger cannot hide a `fail` behind a `pass` of their own). A DKIM pass counts only when the
    signing domain (header.d, or header.i) is aligned with the From domain (the same
    organisational domain, relaxed alignment as in DMARC).
    """
    wanted = [m.strip().lower() for m in required if m.strip()]
    if not wanted:
        return True, ""
    results: dict[str, list[tuple[str, str]]] = {}
    ours = 0
    for value in header_values:
        server, _, rest = value.partition(";")
        server_id = server.strip().split()[0] if server.strip() else ""
        if server_id.lower() != authserv_id.lower():
            continue
        ours += 1
        for statement in rest.split(";"):
            found = _RESULT.search(statement.lower())
            if found:
                results.setdefault(found["method"], []).append((found["result"], statement))
    if not ours:
        return False, f"tidak ada Authentication-Results dari {authserv_id}"
    failed = [
        m
        for m in wanted
        if not results.get(m)
        or any(result != "pass" for result, _ in results[m])
        or (m == "dkim" and not any(_aligned(s, from_domain) for _, s in results[m]))
    ]
    if failed:
        return False, f"Authentication-Results {authserv_id}: {', '.join(failed)} tidak pass"
    return True, ""


_RESULT = re.compile(r"\b(?P<method>dkim|spf|dmarc|arc)\s*=\s*(?P<result>\w+)")
_SIGNER = re.compile(r"\bheader\.(?:d\s*=\s*|i\s*=\s*[^@\s;]*@)(?P<domain>[a-z0-9.-]+)")


def _aligned(statement: str, from_domain: str) -> bool:
    """Is the DKIM signer of `statement` the From domain or one of its relatives?"""
    if not from_domain:
        return True
    signer = _SIGNER.search(statement.lower())
    if signer is None:
        return False
    a, b = _organisational(signer["domain"]), _organisational(from_domain.lower())
    return a == b


def _organisational(domain: str) -> str:
    """example.co.id and mail.example.co.id -> example.co.id; a rough public-suffix rule that
    knows the second-level suffixes Indonesian and common addresses use."""
    labels = domain.strip(".").split(".")
    second_level = {"co", "go", "ac", "or", "web", "my", "sch", "mil", "net", "com", "org", "gov"}
    keep = 3 if len(labels) >= 3 and labels[-2] in second_level and len(labels[-1]) == 2 else 2
    return ".".join(labels[-keep:])
