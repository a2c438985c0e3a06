"""The one value every handler takes: the stored inbound row, the parsed mail, how it was
classified (with the facts it was classified on), and the request it answers (if any)."""

from __future__ import annotations

from dataclasses import dataclass

from ppid_mailer.adapters.models import InboundMessage, Request
from ppid_mailer.core.classify import Classification, Facts
from ppid_mailer.core.domain import ParsedMail


@dataclass(frozen=True)
class Inbound:
    row: InboundMessage
    mail: ParsedMail
    decision: Classification
    replied: Request | None  # the request whose letter this mail answers, if any
    facts: Facts  # what classification knew beyond the mail itself
