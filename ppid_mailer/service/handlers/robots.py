"""Mail that is not a citizen's request or an officer's command: robots, spam, bounces,
messages over the size limit, outsiders in an officer's thread. Recorded, never answered (but
the sender of an oversized letter is told the limit)."""

from __future__ import annotations

from datetime import UTC

from ppid_mailer.adapters.models import Request
from ppid_mailer.core.bounces import read_bounce
from ppid_mailer.core.domain import InboundState, Kind
from ppid_mailer.core.letters import citizen as citizen_letters
from ppid_mailer.core.letters import officer as officer_letters
from ppid_mailer.service import request_state
from ppid_mailer.service.audit import event, record
from ppid_mailer.service.handlers.inbound import Inbound
from ppid_mailer.service.handlers.requests import register_oversized
from ppid_mailer.service.letter_queue import alert, office_context, queue_letter
from ppid_mailer.service.runtime import Runtime


def ignore_robot(rt: Runtime, inbound: Inbound) -> str:
    """Auto-replies and our own mail are recorded and never answered."""
    row, decision, replied = inbound.row, inbound.decision, inbound.replied
    reason = f"not answered: {decision.reason}"
    rt.store.finish_inbound(row, InboundState.DONE, decision.kind, reason, rt.clock.now(), replied)
    return f"{decision.kind}: {reason}"


def hold(rt: Runtime, inbound: Inbound) -> str:
    """Spam, and officer mail this version cannot act on: kept for a person, never answered."""
    row, decision, replied = inbound.row, inbound.decision, inbound.replied
    reason = decision.reason
    if decision.kind == Kind.OFFICER_MAIL:
        reason += ": officer commands are not supported by this version; kept for a person"
    rt.store.finish_inbound(row, InboundState.HELD, decision.kind, reason, rt.clock.now(), replied)
    return f"held ({decision.kind}): {reason}"


def record_bounce(rt: Runtime, inbound: Inbound) -> str:
    """Match the bounce to our letter, mark the address undeliverable, tell the officers."""
    row, mail, decision = inbound.row, inbound.mail, inbound.decision
    now = rt.clock.now()
    report = read_bounce(mail, rt.settings.outbox.domain)
    letter = rt.store.outbound_for_bounce(report.verp_id, report.message_ids)
    if letter is None:
        reason = f"not answered: {decision.reason}; not about any letter we sent"
        rt.store.finish_inbound(row, InboundState.DONE, decision.kind, reason, now)
        return f"bounce: {reason}"
    why = " ".join(x for x in (report.status, report.diagnostic) if x) or "no reason given"
    if not report.permanent:
        reason = f"delay notice for outbox #{letter.id} ({letter.purpose}): {why}"
        rt.store.finish_inbound(row, InboundState.DONE, decision.kind, reason, now)
        return f"bounce: {reason}"
    rt.store.mark_bounced(letter, f"bounced: {why}")
    request = Request.get_or_none(Request.id == letter.request_id) if letter.request_id else None
    to_citizen = request is not None and letter.recipients == request.requester_email
    if request is not None and to_citizen:
        request.contact_undeliverable = True
        request.save()
    if request is not None:
        record(
            rt,
            request,
            "bounce",
            f"{letter.purpose} to {letter.recipients}: {why}",
            cause_id=row.id,
            actor=mail.from_addr or "<>",
        )
        if letter.purpose != "alert":
            alert(
                rt,
                "Surel kepada pemohon tidak terkirim"
                if to_citizen
                else "Surel PPID tidak terkirim",
                [
                    f"Surat: {officer_letters.letter_name(letter.purpose)}",
                    f"Kepada: {letter.recipients}",
                    f"Alasan: {why}",
                ],
                "Hubungi pemohon melalui saluran lain (telepon, pos, atau alamat surel lain)."
                if to_citizen
                else "Periksa alamat penerima di settings.ini.",
                dedupe_key=f"bounce-alert:{letter.id}",
                request=request,
                cause_id=row.id,
            )
    reason = f"not answered: bounce of outbox #{letter.id} ({letter.purpose} to {letter.recipients}): {why}"
    rt.store.finish_inbound(row, InboundState.DONE, decision.kind, reason, now, request)
    return f"bounce: {reason}"


def refuse_outsider(rt: Runtime, inbound: Inbound) -> str:
    """Someone who is not an officer answered an officer's mail: record it, act on nothing."""
    row, mail, decision, replied = inbound.row, inbound.mail, inbound.decision, inbound.replied
    if replied is not None:
        event(rt, replied, row, mail, "command_refused", decision.reason)
    rt.store.finish_inbound(
        row,
        InboundState.HELD,
        decision.kind,
        f"refused: {decision.reason}",
        rt.clock.now(),
        replied,
    )
    return f"held (refused): {decision.reason}"


def refuse_too_large(rt: Runtime, inbound: Inbound) -> str:
    """Keep the raw message, tell the sender the limit, hold it for a person.

    A citizen's new mail is a request all the same: it gets its number now (UU 14/2008 Pasal
    22(5)), incomplete until a reply brings what could not be read (see handlers.requests).
    """
    row, mail, decision, replied = inbound.row, inbound.mail, inbound.decision, inbound.replied
    received = row.fetched_at.replace(tzinfo=UTC).astimezone(rt.zone)
    numbered = Request.get_or_none(Request.id == row.request_id) if row.request_id else None
    if (
        numbered is None
        and replied is None
        and mail.from_addr not in inbound.facts.officer_addresses
    ):
        numbered = register_oversized(rt, inbound, received)
    replied = numbered or replied
    spec = citizen_letters.too_large(
        mail.from_addr,
        office_context(rt, replied),
        mail.subject,
        received,
        row.size,
        rt.settings.limits.max_message_mb,
        mail.message_id,
        number=numbered.number if numbered else "",
        complete_by=request_state.complete_by(rt, numbered) if numbered else None,
        requester_name=mail.from_name,
    )
    queue_letter(rt, spec, replied, row.id, dedupe_key=f"too_large:{row.id}")
    rt.store.finish_inbound(
        row, InboundState.HELD, decision.kind, decision.reason, rt.clock.now(), replied
    )
    return f"held (too large): {decision.reason}"
