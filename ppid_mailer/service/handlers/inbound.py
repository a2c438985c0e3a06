"""The one value every handler takes: the stored inbound row, the parsed mail, how it was
classified, and the request it answers (when it answers one)."""

from __future__ import annotations

from dataclasses import dataclass

from ppid_mailer.adapters.db import InboundMessage, Request
from ppid_mailer.core.classify import Classification
from ppid_mailer.core.domain import ParsedMail


@dataclass(frozen=True)
class Inbound:
    row: InboundMessage
    mail: ParsedMail
    decision: Classification
    replied: Request | None  # the request whose letter this mail answers, if any
