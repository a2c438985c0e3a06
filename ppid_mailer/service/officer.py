"""Officer and atasan mail: check trust, read the keywords, apply them, answer with the result.

Trust (DESIGN.md §4): the sender is a configured officer (classification already checked the
strictly parsed From) AND the mail answers one of our notifications whose token matches that
officer, AND (optionally) our own server's Authentication-Results pass. Anything else changes
nothing, is recorded as refused and, since the sender is an officer address, answered with why.
"""

from __future__ import annotations

import logging
from datetime import UTC

from ppid_mailer.adapters.models import InboundMessage, Objection, Request, utcnow_naive
from ppid_mailer.core import officer_letters, outcome_letters, trust
from ppid_mailer.core.classify import Classification
from ppid_mailer.core.commands import (
    ATASAN_KEYWORDS,
    OFFICER_KEYWORDS,
    Keyword,
    Parsed,
    parse_commands,
)
from ppid_mailer.core.domain import InboundState, ParsedMail
from ppid_mailer.core.letters import tanggal, waktu
from ppid_mailer.core.workdays import add_workdays

from .audit import event
from .decisions import apply_command
from .letters import office_context, queue_letter
from .outcome import Outcome
from .requests import request_facts
from .runtime import Runtime

log = logging.getLogger(__name__)
KEYWORD_WORDS = {k.keyword.value for k in OFFICER_KEYWORDS} | {
    a for k in OFFICER_KEYWORDS for a in k.aliases
}


def handle_officer_mail(
    rt: Runtime,
    row: InboundMessage,
    mail: ParsedMail,
    decision: Classification,
    replied: Request | None,
) -> str:
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
        return _atasan(rt, row, mail, decision, claim.record_id)
    request = Request.get_or_none(Request.id == claim.record_id)
    if request is None:
        return _refuse(rt, row, mail, decision, replied, "permohonan tidak ditemukan")
    outcome = Outcome()
    if not parsed.ok:
        outcome.refused.extend(parsed.errors)
        outcome.show_help = True
        event(rt, request, row, mail, "command_refused", "; ".join(parsed.errors))
    for command in parsed.commands if parsed.ok else ():
        apply_command(rt, request, command, mail, row, outcome)
    _answer(rt, mail, request.number, outcome, row, atasan=False)
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
        [mail.header("authentication-results")], officers.authserv_id, officers.require_auth
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
    rt.store.add_event(
        request=replied,
        inbound_id=row.id,
        actor=mail.from_addr,
        action="command_refused",
        detail=problem,
        now=now,
    )
    log.warning("command from %s refused: %s", mail.from_addr, problem)
    outcome = Outcome(refused=[problem])
    _answer(rt, mail, replied.number if replied else "", outcome, row, atasan=False)
    rt.store.finish_inbound(
        row, InboundState.DONE, decision.kind, f"refused command: {problem}", now, replied
    )
    return f"refused command from {mail.from_addr}: {problem}"


def _answer(
    rt: Runtime, mail: ParsedMail, number: str, outcome: Outcome, row: InboundMessage, atasan: bool
) -> None:
    spec = officer_letters.result(
        mail.from_addr,
        number,
        outcome.applied,
        outcome.refused,
        outcome.sent,
        outcome.show_help or bool(outcome.refused),
        atasan,
        mail.message_id,
    )
    queue_letter(rt, spec, None, row.id, dedupe_key=f"result:{row.id}")


def _atasan(
    rt: Runtime, row: InboundMessage, mail: ParsedMail, decision: Classification, objection_id: int
) -> str:
    """The atasan PPID answers an objection: KABULKAN <tanggapan> or TOLAK <alasan>."""
    objection = Objection.get_or_none(Objection.id == objection_id)
    now = rt.clock.now()
    outcome = Outcome()
    parsed = parse_commands(mail.text, ATASAN_KEYWORDS)
    request = objection.request if objection else None
    if objection is None or request is None:
        outcome.refused.append("keberatan tidak ditemukan")
    elif not parsed.ok:
        outcome.refused.extend(parsed.errors)
    elif objection.status != "open":
        outcome.refused.append(f"keberatan {objection.number} sudah diputus ({objection.status})")
    else:
        command = parsed.commands[0]
        if command.keyword is Keyword.BANTUAN:
            outcome.show_help = True
        else:
            _decide_objection(
                rt,
                objection,
                request,
                command.keyword is Keyword.KABULKAN,
                command.argument,
                mail,
                row,
                outcome,
            )
    number = request.number if request else ""
    _answer(rt, mail, number, outcome, row, atasan=True)
    summary = "; ".join(outcome.applied + [f"refused {r}" for r in outcome.refused])
    rt.store.finish_inbound(
        row, InboundState.DONE, decision.kind, f"atasan: {summary}", now, request
    )
    return f"atasan command: {summary}"


def _decide_objection(
    rt: Runtime,
    objection: Objection,
    request: Request,
    granted: bool,
    text: str,
    mail: ParsedMail,
    row: InboundMessage,
    outcome: Outcome,
) -> None:
    now = rt.clock.now()
    objection.status = "granted" if granted else "rejected"
    objection.decided_at = utcnow_naive(now)
    objection.decision_text = text
    objection.save()
    rt.store.add_event(
        request=request,
        inbound_id=row.id,
        actor=mail.from_addr,
        action=f"objection_{objection.status}",
        detail=f"{objection.number}: {text}",
        now=now,
    )
    komisi = add_workdays(rt.calendar, rt.local_now().date(), 14)
    spec = outcome_letters.objection_decision(
        request_facts(rt, request),
        office_context(rt),
        objection_context(rt, objection),
        granted,
        text,
        komisi,
    )
    queue_letter(rt, spec, request, row.id, dedupe_key=f"objection_decision:{objection.id}")
    outcome.applied.append(f"keberatan {objection.number} {'diterima' if granted else 'ditolak'}")
    outcome.sent.append(f"tanggapan atas keberatan ke {request.requester_email}")


def objection_context(rt: Runtime, objection: Objection) -> dict[str, object]:

    return {
        "number": objection.number,
        "reason": objection.reason,
        "received": waktu(objection.received_at.replace(tzinfo=UTC).astimezone(rt.zone)),
        "due_date": tanggal(objection.due_date),
        "days": rt.settings.deadlines.objection_response_days,
        "status": objection.status,
    }
