"""The vocabulary of the desk: frozen dataclasses and enums shared by every layer.

Nothing here does I/O; instances are plain values that tests can build by hand.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any


class Status(StrEnum):
    """Request statuses (moved by core.workflow); the values are stored and printed, so they are a contract."""

    INCOMPLETE = "incomplete"
    REGISTERED = "registered"
    IN_PROCESS = "in_process"
    CLARIFICATION = "clarification"
    GRANTED = "granted"
    PARTIALLY_GRANTED = "partially_granted"
    REJECTED = "rejected"
    NOT_HELD = "not_held"
    WITHDRAWN = "withdrawn"
    LAPSED = "lapsed"

    @property
    def label(self) -> str:
        """The Indonesian label a citizen or officer reads."""
        return STATUS_LABELS[self]


STATUS_LABELS: Mapping[Status, str] = {
    Status.INCOMPLETE: "Belum lengkap",
    Status.REGISTERED: "Terdaftar",
    Status.IN_PROCESS: "Diproses",
    Status.CLARIFICATION: "Menunggu klarifikasi",
    Status.GRANTED: "Dikabulkan",
    Status.PARTIALLY_GRANTED: "Dikabulkan sebagian",
    Status.REJECTED: "Ditolak",
    Status.NOT_HELD: "Informasi tidak dikuasai",
    Status.WITHDRAWN: "Dibatalkan",
    Status.LAPSED: "Kedaluwarsa",
}


class ObjectionStatus(StrEnum):
    """An objection (keberatan) is open until the atasan PPID grants or rejects it."""

    OPEN = "open"
    GRANTED = "granted"
    REJECTED = "rejected"


# UU 14/2008 Pasal 35 ayat (1): what an objection may stand on, by its letter (huruf).
OBJECTION_REASONS: Mapping[str, str] = {
    "a": "penolakan berdasarkan alasan pengecualian Pasal 17",
    "b": "tidak disediakannya informasi berkala",
    "c": "tidak ditanggapinya permintaan informasi",
    "d": "permintaan informasi ditanggapi tidak sebagaimana yang diminta",
    "e": "tidak dipenuhinya permintaan informasi",
    "f": "pengenaan biaya yang tidak wajar",
    "g": "penyampaian informasi yang melebihi waktu yang ditentukan",
}
# The Pasal 35(1) reason a decision most plainly opens, named with the objection right it gives.
OBJECTION_BASIS: Mapping[Status, str] = {
    Status.REJECTED: "a",
    Status.PARTIALLY_GRANTED: "a",
    Status.NOT_HELD: "e",
    Status.GRANTED: "d",
}


def objection_reason(decided: Status | None, late: bool) -> str:
    """The Pasal 35(1) letter an objection stands on, from its request as it was when the
    objection came: no decision yet and past the due date -> c (not answered); a decision ->
    its OBJECTION_BASIS (a grant given late -> g); '' when none applies (an objection before
    the due date)."""
    if decided is None:
        return "c" if late else ""
    if decided is Status.GRANTED and late:
        return "g"
    return OBJECTION_BASIS.get(decided, "")


# UU 14/2008 Pasal 37(2): after the atasan's answer, or its absence, the requester may bring the
# dispute to the Komisi Informasi within 14 working days.
KOMISI_INFORMASI_DAYS = 14


class Kind(StrEnum):
    """What an inbound message is, decided by core.classify."""

    BOUNCE = "bounce"
    AUTO_REPLY = "auto_reply"
    OWN_LOOP = "own_loop"
    SPAM = "spam"
    BAD_SENDER = "bad_sender"  # From is not exactly one valid mailbox: held, never answered
    TOO_LARGE = "too_large"
    OFFICER_MAIL = "officer_mail"
    FORGED_COMMAND = "forged_command"
    UNIT_REPLY = "unit_reply"
    CITIZEN_COMMAND = "citizen_command"
    FOLLOW_UP = "follow_up"
    NEW_REQUEST = "new_request"


class InboundState(StrEnum):
    """The queue an inbound row is in (docs/ARCHITECTURE.md)."""

    NEW = "new"
    DONE = "done"
    HELD = "held"
    SHUNTED = "shunted"
    DUPLICATE = "duplicate"


class OutboundState(StrEnum):
    """The queue an outbound row is in."""

    PENDING = "pending"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    BOUNCED = "bounced"
    SUPPRESSED = "suppressed"  # over a daily limit (core.limits): kept, not sent


@dataclass(frozen=True)
class Attachment:
    """One MIME leaf that is not the letter body: a file, an inline image, an unnamed blob."""

    filename: str
    content_type: str
    data: bytes
    inline: bool = False
    # An attached message (message/rfc822: a forwarded or returned mail) or a part inside one:
    # passed along by the sender, not attached by them. An officer's decision sends only what
    # is not nested to the citizen (core.trust.releasable): a forwarded notification holds
    # another request's ID copy and the officer's token.
    nested: bool = False

    @property
    def size(self) -> int:
        return len(self.data)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


@dataclass(frozen=True)
class ParsedMail:
    """Everything the desk needs from one raw message; defects are recorded, never raised."""

    message_id: str
    subject: str
    from_name: str
    from_addr: str
    reply_to: str
    to: tuple[str, ...]
    date: datetime | None
    in_reply_to: str
    references: tuple[str, ...]
    headers: Mapping[str, str]
    text: str
    html: str
    content_type: str
    attachments: tuple[Attachment, ...] = ()
    defects: tuple[str, ...] = ()
    return_path: str | None = None
    auth_results: tuple[str, ...] = ()  # every Authentication-Results header, in order

    def header(self, name: str) -> str:
        """A header's decoded value ('' when absent); names are case-insensitive."""
        return self.headers.get(name.lower(), "")


@dataclass(frozen=True)
class LetterSpec:
    """A letter decided by the core and rendered by adapters.render.

    `template` names a Jinja2 template without its extension, e.g. "citizen/receipt".
    """

    template: str
    to: tuple[str, ...]
    context: Mapping[str, Any]
    in_reply_to: str = ""
    references: tuple[str, ...] = ()
    purpose: str = ""
    auto_submitted: str = "auto-replied"
    attachments: tuple[Attachment, ...] = field(default=())
    message_id: str = ""  # fixed by the caller when it carries a token (notifications)
    reply_to: str = ""
