"""What one officer's or the atasan's mail did: the lines of the result mail (hasil perintah),
and the letter that carries them back to the sender."""

from __future__ import annotations

from dataclasses import dataclass, field

from ppid_mailer.adapters.models import InboundMessage
from ppid_mailer.core.domain import LetterSpec, ParsedMail
from ppid_mailer.core.letters import officer as officer_letters
from ppid_mailer.service.letter_queue import queue_letter
from ppid_mailer.service.runtime import Runtime


@dataclass
class CommandReport:
    applied: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    # letters sent because of the commands: {letter (its template's name), to, files}; the
    # result template names each letter in words
    sent: list[dict[str, str]] = field(default_factory=list)
    left_out: list[str] = field(default_factory=list)  # files not sent to the citizen, and why
    show_help: bool = False

    def sent_letter(self, spec: LetterSpec, to: str) -> None:
        self.sent.append(
            {
                "letter": spec.template.rpartition("/")[2],
                "to": to,
                "files": ", ".join(a.filename for a in spec.attachments),
            }
        )

    def send(
        self, rt: Runtime, mail: ParsedMail, number: str, row: InboundMessage, atasan: bool
    ) -> None:
        """Queue the hasil perintah to the sender, threaded to the mail it answers."""
        spec = officer_letters.result(
            mail.from_addr,
            number,
            self.applied,
            self.refused,
            self.sent,
            self.show_help or bool(self.refused),
            atasan,
            mail.message_id,
            left_out=self.left_out,
        )
        queue_letter(rt, spec, None, row.id, dedupe_key=f"result:{row.id}")
