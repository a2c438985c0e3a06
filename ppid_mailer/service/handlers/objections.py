"""The atasan PPID's reply to an objection notification: KABULKAN <tanggapan> or TOLAK <alasan>."""

from __future__ import annotations

from ppid_mailer.adapters.models import InboundMessage, Objection
from ppid_mailer.core.classify import Classification
from ppid_mailer.core.commands import (
    ATASAN_KEYWORDS,
    Keyword,
    parse_commands,
)
from ppid_mailer.core.domain import InboundState, ObjectionStatus, ParsedMail
from ppid_mailer.service import objections
from ppid_mailer.service.handlers.command_report import CommandReport
from ppid_mailer.service.runtime import Runtime


def handle_atasan_mail(
    rt: Runtime, row: InboundMessage, mail: ParsedMail, decision: Classification, objection_id: int
) -> str:
    """The atasan PPID answers an objection: KABULKAN <tanggapan> or TOLAK <alasan>."""
    objection = Objection.get_or_none(Objection.id == objection_id)
    now = rt.clock.now()
    outcome = CommandReport()
    parsed = parse_commands(mail.text, ATASAN_KEYWORDS)
    request = objection.request if objection else None
    if objection is None or request is None:
        outcome.refused.append("keberatan tidak ditemukan")
    elif not parsed.ok:
        outcome.refused.extend(parsed.errors)
        outcome.refused.extend(
            f"{c.keyword.value}: tidak dilaksanakan karena ada kesalahan lain dalam balasan ini"
            for c in parsed.commands
        )
    else:
        for command in parsed.commands:  # every line is applied or answered as refused
            if command.keyword is Keyword.BANTUAN:
                outcome.show_help = True
                outcome.applied.append("BANTUAN: tabel kata kunci di bawah")
            elif objection.status != ObjectionStatus.OPEN:
                outcome.refused.append(
                    f"{command.keyword.value}: keberatan {objection.number} sudah diputus "
                    f"({'diterima' if objection.status == ObjectionStatus.GRANTED else 'ditolak'}); "
                    "keputusan hanya dapat diberikan sekali"
                )
            else:
                granted = command.keyword is Keyword.KABULKAN
                spec = objections.decide(
                    rt, objection, request, granted, command.argument, mail, row
                )
                outcome.applied.append(
                    f"keberatan {objection.number} {'diterima' if granted else 'ditolak'}"
                )
                outcome.sent_letter(spec, request.requester_email)
    number = request.number if request else ""
    outcome.send(rt, mail, number, row, atasan=True)
    summary = "; ".join(outcome.applied + [f"refused {r}" for r in outcome.refused])
    rt.store.finish_inbound(
        row, InboundState.DONE, decision.kind, f"atasan: {summary}", now, request
    )
    return f"atasan command: {summary}"
