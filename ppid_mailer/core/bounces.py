"""What a bounce says: which of our messages failed, for which recipient, and why.

Pure: it reads a ParsedMail (delivery-status fields, the returned headers, the human text) and
returns a BounceReport. Matching the report to an outbox row is the service's job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .domain import ParsedMail

_MSGID = re.compile(r"<[^<>\s@]+@[^<>\s]+>")
# The blank and the value as one atomic group: the first way the group matches ends at a line
# end, where $ holds, so finditer finds what it always found; fullmatch, which wants more, is
# refused at once instead of trying every split of the blank between \s* and .+ in turn.
_FIELD = re.compile(r"^(?P<name>[A-Za-z-]+):(?>\s*(?P<value>.+))$", re.M)
_VERP = re.compile(r"\+b(?P<id>\d+)@", re.I)


@dataclass(frozen=True)
class BounceReport:
    message_ids: tuple[str, ...]  # Message-IDs of the returned message(s), ours among them
    verp_id: int | None  # outbox row id from a VERP return path, if the bounce came back to one
    recipients: tuple[str, ...]
    status: str  # e.g. 5.1.1
    diagnostic: str  # the remote server's words
    permanent: bool


def read_bounce(mail: ParsedMail, our_domain: str) -> BounceReport:
    """Collect every clue; a report with no clue still says the mail was a bounce."""
    fields: dict[str, list[str]] = {}
    returned_ids: list[str] = []
    for attachment in mail.attachments:
        text = attachment.data.decode("utf-8", "replace")
        if attachment.content_type == "message/delivery-status":
            for match in _FIELD.finditer(text):
                fields.setdefault(match["name"].lower(), []).append(match["value"].strip())
        elif attachment.content_type == "text/rfc822-headers":
            returned_ids += [
                m.group(1) for m in re.finditer(r"(?im)^message-id:\s*(<[^>]+>)", text)
            ]
    ours = [m for m in _MSGID.findall(mail.text) if m.lower().endswith(f"@{our_domain}>")]
    recipients = [v.split(";", 1)[-1].strip().lower() for v in fields.get("final-recipient", [])]
    recipients += [
        a.strip().lower() for a in mail.header("x-failed-recipients").split(",") if a.strip()
    ]
    status = (fields.get("status") or [""])[0]
    diagnostic = (fields.get("diagnostic-code") or [""])[0].split(";", 1)[-1].strip()
    return BounceReport(
        message_ids=tuple(dict.fromkeys(_clean_ids(returned_ids) + ours)),
        verp_id=_verp_id(mail),
        recipients=tuple(dict.fromkeys(recipients)),
        status=status,
        diagnostic=diagnostic[:500] or _first_line(mail.text),
        permanent=not status.startswith("4"),
    )


def _clean_ids(ids: list[str]) -> list[str]:
    return [m.group(0) for i in ids if (m := _MSGID.search(i))]


def _verp_id(mail: ParsedMail) -> int | None:
    for name in ("x-original-to", "delivered-to", "envelope-to", "to"):
        match = _VERP.search(mail.header(name))
        if match:
            return int(match["id"])
    return None


def _first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return line.strip()[:300]
    return ""


def verp_address(from_address: str, outbound_id: int) -> str:
    """ppid@kota.go.id + row 42 -> ppid+b42@kota.go.id, the return path that names the row."""
    local, _, domain = from_address.partition("@")
    return f"{local}+b{outbound_id}@{domain}"
