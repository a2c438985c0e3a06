"""Officer and atasan mail: check trust, read the keywords, apply them, answer with the result.

Trust (docs/ARCHITECTURE.md): the sender is a configured officer (classification already checked the
strictly parsed From) AND the mail answers one of our notifications whose token matches that
officer, AND (optionally) our own server's Authentication-Results pass. Anything else changes
nothing, is recorded as refused and, since the sender is an officer address, answered with why.
"""

from __future__ import annotations

import logging

from ppid_mailer.adapters.models import InboundMessage, Request
from ppid_mailer.core import trust
from ppid_mailer.core.classify import Classification
from ppid_mailer.core.commands import (
    OFFICER_KEYWORDS,
    Parsed,
    parse_commands,
)
from ppid_mailer.core.domain import InboundState, ParsedMail
from ppid_mailer.service.audit import event, record
from ppid_mailer.service.handlers import objections as objection_handlers
from ppid_mailer.service.handlers.command_report import CommandReport
from ppid_mailer.service.handlers.commands import apply_command
from ppid_mailer.service.handlers.inbound import Inbound
from ppid_mailer.service.runtime import Runtime

log = logging.getLogger(__name__)
KEYWORD_WORDS = {k.keyword.value for k in OFFICER_KEYWORDS} | {
    a for k in OFFICER_KEYWORDS for a in k.aliases
}


def handle_officer_mail(rt: Runtime, inbound: Inbound) -> str:
    row, mail, decision, replied = inbound.row, inbound.mail, inbound.decision, inbound.replied
    officers = rt.settings.officers
    addresses = [mail.header(h) for h in ("to", "cc", "delivered-to", "x-original-to")]
    claims = trust.claims(
        officers.secret_key,
        mail.from_addr,
        [mail.in_reply_to, *mail.references],
        addresses,
        rt.settings.outbox.domain,
    )
    parsed = parse_commands(mail.text, OFFICER_KEYWORDS)
    if not claims and not _looks_like_command(parsed):
        reason = f"{decision.reason}: not a reply to a notification; kept for a person"
        rt.store.finish_inbound(
            row, InboundState.HELD, decision.kind, reason, rt.clock.now(), replied
        )
        return f"held ({decision.kind}): {reason}"
    problem = _distrust(rt, mail, claims)
    if problem:
        return _refuse(rt, row, mail, decision, replied, problem)
    claim = next(c for c in claims if c.valid)
    if claim.kind == "objection":
        return objection_handlers.handle_atasan_mail(rt, row, mail, decision, claim.record_id)
    request = Request.get_or_none(Request.id == claim.record_id)
    if request is None:
        return _refuse(rt, row, mail, decision, replied, "permohonan tidak ditemukan")
    outcome = CommandReport()
    if not parsed.ok:
        outcome.refused.extend(parsed.errors)
        # Every command line is answered: the good ones wait for the whole reply to be right.
        outcome.refused.extend(
            f"{c.keyword.value}: tidak dilaksanakan karena ada kesalahan lain dalam balasan "
            "ini; kirim ulang semua perintah setelah diperbaiki"
            for c in parsed.commands
        )
        outcome.show_help = True
        event(rt, request, row, mail, "command_refused", "; ".join(parsed.errors))
    for command in parsed.commands if parsed.ok else ():
        apply_command(rt, request, command, mail, row, outcome)
    outcome.send(rt, mail, request.number, row, atasan=False)
    summary = "; ".join(outcome.applied + [f"refused {r}" for r in outcome.refused])
    rt.store.finish_inbound(
        row, InboundState.DONE, decision.kind, f"command: {summary}", rt.clock.now(), request
    )
    return f"officer command on {request.number}: {summary}"


def _looks_like_command(parsed: Parsed) -> bool:
    return bool(parsed.commands) or any(
        line.strip().lstrip("#").split(" ")[0].rstrip(":").upper() in KEYWORD_WORDS
        for line in parsed.top.splitlines()[:1]
    )


def _distrust(rt: Runtime, mail: ParsedMail, claims: list[trust.Claim]) -> str:
    """Why this mail may not act ('' when it may)."""
    officers = rt.settings.officers
    if not claims:
        return (
            "surel ini bukan balasan atas pemberitahuan permohonan; perintah hanya berlaku "
            "sebagai balasan atas pemberitahuan yang dikirim ke alamat Anda"
        )
    if not any(c.valid for c in claims):
        return (
            "token pemberitahuan tidak cocok dengan alamat pengirim; balas pemberitahuan yang "
            "dikirim ke alamat Anda sendiri (jangan meneruskan)"
        )
    ok, why = trust.authentication_passes(
        mail.auth_results,
        officers.authserv_id,
        officers.require_auth,
        mail.from_addr.rpartition("@")[2],
    )
    return "" if ok else f"pemeriksaan keaslian surel gagal: {why}"


def _refuse(
    rt: Runtime,
    row: InboundMessage,
    mail: ParsedMail,
    decision: Classification,
    replied: Request | None,
    problem: str,
) -> str:
    now = rt.clock.now()
    record(rt, replied, "command_refused", problem, cause_id=row.id, actor=mail.from_addr)
    log.warning("command from %s refused: %s", mail.from_addr, problem)
    outcome = CommandReport(refused=[problem])
    outcome.send(rt, mail, replied.number if replied else "", row, atasan=False)
    rt.store.finish_inbound(
        row, InboundState.DONE, decision.kind, f"refused command: {problem}", now, replied
    )
    return f"refused command from {mail.from_addr}: {problem}"
