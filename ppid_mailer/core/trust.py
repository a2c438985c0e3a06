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


def authentication_passes(
    header_values: Iterable[str], authserv_id: str, required: Iterable[str]
) -> tuple[bool, str]:
    """Check `Authentication-Results` (RFC 8601) added by our own server `authserv_id`.

    Headers from any other authserv-id are ignored: a sender can write one himself.
    """
    wanted = [m.strip().lower() for m in required if m.strip()]
    if not wanted:
        return True, ""
    for value in header_values:
        server, _, rest = value.partition(";")
        server_id = server.strip().split()[0] if server.strip() else ""
        if server_id.lower() != authserv_id.lower():
            continue
        results = dict(re.findall(r"\b(dkim|spf|dmarc|arc)\s*=\s*(\w+)", rest.lower()))
        missing = [m for m in wanted if results.get(m) != "pass"]
        if missing:
            return False, f"Authentication-Results {authserv_id}: {', '.join(missing)} tidak pass"
        return True, ""
    return False, f"tidak ada Authentication-Results dari {authserv_id}"
