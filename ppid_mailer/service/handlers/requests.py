"""New requests and follow-ups: number at once (UU 14/2008 Pasal 22(5)), run the completeness
check, queue the receipt and the officers' notification; a reply joins its request and the check
runs again over everything it holds."""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime

from ppid_mailer.adapters.models import InboundMessage, Request
from ppid_mailer.config import InboxSettings
from ppid_mailer.core.commands import new_top
from ppid_mailer.core.domain import InboundState, ParsedMail, Status
from ppid_mailer.core.letters import citizen as citizen_letters
from ppid_mailer.core.letters.facts import tanggal
from ppid_mailer.core.numbers import format_number
from ppid_mailer.core.redact import redact
from ppid_mailer.core.workflow import SystemEvent
from ppid_mailer.service import request_state
from ppid_mailer.service.audit import event, record
from ppid_mailer.service.handlers.completeness import examine, record_check
from ppid_mailer.service.handlers.inbound import Inbound
from ppid_mailer.service.handlers.notifications import notify_officers
from ppid_mailer.service.letter_queue import alert, office_context, queue_letter
from ppid_mailer.service.request_facts import request_facts, stored_files
from ppid_mailer.service.runtime import Runtime

log = logging.getLogger(__name__)


def record_follow_up(rt: Runtime, inbound: Inbound) -> str:
    """A reply to one of our letters joins its request (text and files).

    An incomplete request is checked again over everything it now holds: complete -> registered
    with its due date; otherwise the citizen is told what is still missing (never a new number).
    The answer to a clarification returns the request to `in_process` and goes to the officers.
    """
    row, mail, decision, replied = inbound.row, inbound.mail, inbound.decision, inbound.replied
    assert replied is not None
    now = rt.clock.now()
    store_attachments(rt, replied, row.id, mail)
    event(rt, replied, row, mail, "follow_up", mail.text[:4000])
    outcome = f"follow-up to {replied.number}"
    if replied.status == Status.INCOMPLETE:
        outcome += _recheck(rt, row, mail, replied)
    elif request_state.advance(rt, replied, SystemEvent.CLARIFIED):
        replied.save()
        event(rt, replied, row, mail, "clarified", "status back to in_process")
        alert(
            rt,
            "Klarifikasi dari pemohon diterima",
            [new_top(mail.text)[:4000]],
            "Lanjutkan dengan membalas pemberitahuan permohonan (mis. KABULKAN).",
            dedupe_key=f"clarified:{row.id}",
            request=replied,
            cause_id=row.id,
        )
        outcome += ": clarification answered, back in process"
    rt.store.finish_inbound(row, InboundState.DONE, decision.kind, decision.reason, now, replied)
    return outcome


def _recheck(rt: Runtime, row: InboundMessage, mail: ParsedMail, request: Request) -> str:
    now = rt.clock.now()
    addition = new_top(mail.text)
    if addition:
        request.letter_text = (request.letter_text + "\n\n" + addition)[:200_000]
    result = examine(
        rt,
        request.letter_text,
        stored_files(rt.store, request),
        request.requester_name,
        request.requester_email,
    )
    complete = record_check(rt, request, result, now, start=rt.local_now().date())
    spec = citizen_letters.completion(
        request_facts(rt, request),
        office_context(rt, request),
        result.missing,
        result.extraction.unreadable,
        rt.renderer.form(),
        mail.message_id,
        complete_by=request_state.complete_by(rt, request),
    )
    queue_letter(rt, spec, request, row.id, dedupe_key=f"completion:{row.id}")
    if complete:
        event(
            rt,
            request,
            row,
            mail,
            "completed",
            f"complete; notice due {request.due_date.isoformat()}",
        )
        alert(
            rt,
            "Permohonan kini lengkap",
            [
                f"Batas waktu: {tanggal(request.due_date)}",
                f"Informasi: {request.information or request.subject or 'lihat surat pemohon'}",
            ],
            "Balas pemberitahuan permohonan dengan kata kunci (mis. PROSES).",
            dedupe_key=f"completed:{request.id}",
            request=request,
            cause_id=row.id,
        )
        return ": now complete"
    return ": still missing " + ", ".join(m.code for m in result.missing)


def register_request(rt: Runtime, inbound: Inbound) -> str:
    """Number the request at once (UU 14/2008 Pasal 22(5)), check it, queue the receipt."""
    row, mail, decision = inbound.row, inbound.mail, inbound.decision
    now = rt.clock.now()
    received = row.fetched_at.replace(tzinfo=UTC).astimezone(rt.zone)
    request = create_request(rt, mail, received, now, rt.desk(row.mailbox))
    store_attachments(rt, request, row.id, mail)
    # The files just parsed, not a second copy read back from the database.
    files = list(mail.attachments[: rt.settings.limits.max_attachments])
    result = examine(rt, mail.text, files, mail.from_name, mail.from_addr)
    record_check(rt, request, result, now, start=received.date())
    event(
        rt,
        request,
        row,
        mail,
        "registered",
        f"registered as {request.number}; "
        + (
            f"missing {', '.join(m.code for m in result.missing)}"
            if result.missing
            else f"complete, notice due {request.due_date.isoformat()}"
        )
        + _reply_to_note(mail),
    )
    facts = request_facts(rt, request)
    spec = citizen_letters.receipt(
        facts,
        office_context(rt, request),
        mail.message_id,
        mail.references,
        result.missing,
        result.extraction.unreadable,
        rt.renderer.form(),
        complete_by=request_state.complete_by(rt, request),
    )
    queue_letter(rt, spec, request, row.id, dedupe_key=f"receipt:{row.id}")
    notify_officers(rt, request, row.id, result, facts=facts)
    rt.store.finish_inbound(
        row,
        InboundState.DONE,
        decision.kind,
        f"registered as {request.number} ({request.status})",
        now,
        request,
    )
    log.info(
        "request %s registered (%s) from %s", request.number, request.status, redact(mail.from_addr)
    )
    return f"registered {request.number} ({request.status})"


def register_oversized(rt: Runtime, inbound: Inbound, received: datetime) -> Request:
    """A new mail over the size limit is numbered like any request (UU 14/2008 Pasal 22(5)):
    its content was not read, so it is incomplete (no written request yet) and its clock has
    not started; the raw message stays for the officers, and the sender's reply with smaller
    files completes it as a follow-up."""
    row, mail = inbound.row, inbound.mail
    now = rt.clock.now()
    request = create_request(rt, mail, received, now, rt.desk(row.mailbox))
    request.letter_text = ""
    request.missing = json.dumps(["letter"])
    limit = rt.settings.limits.max_message_mb
    request.checks = json.dumps(
        {
            "notes": [
                f"surel {row.size / 1048576:.1f} MB melebihi batas {limit} MB: isi dan "
                f"lampirannya belum dibaca; surel asli tersimpan (inbound {row.id})"
            ]
        }
    )
    request.save()
    event(
        rt,
        request,
        row,
        mail,
        "registered",
        f"registered as {request.number}; {row.size} bytes, over the "
        f"{rt.settings.limits.max_message_mb} MB limit: not read, kept raw (inbound #{row.id})"
        + _reply_to_note(mail),
    )
    notify_officers(rt, request, row.id)
    return request


def _reply_to_note(mail: ParsedMail) -> str:
    """Reply-To is recorded, never trusted: the request belongs to From and letters go there."""
    if mail.reply_to and mail.reply_to != mail.from_addr:
        return f"; Reply-To {mail.reply_to} recorded, not used"
    return ""


def create_request(
    rt: Runtime, mail: ParsedMail, received: datetime, now: datetime, desk: InboxSettings
) -> Request:
    """Numbered in the desk's own sequence and format (PPID Utama, or a PPID Pelaksana)."""
    number_format = desk.number_format or rt.settings.office.number_format
    seq = rt.store.next_seq(desk.name, received.year)
    number = format_number(number_format, seq, received.year, received.month)
    return rt.store.create_request(
        number=number,
        scope=desk.name,
        handled_by=desk.name,
        year=received.year,
        seq=seq,
        status=Status.INCOMPLETE,
        requester_name=mail.from_name[:300],
        requester_email=mail.from_addr,
        received_at=received,
        due_date=None,
        final_due_date=None,
        subject=mail.subject,
        letter_text=mail.text[:200_000],
        calendar_fingerprint=rt.calendar.fingerprint,
        now=now,
    )


def store_attachments(rt: Runtime, request: Request, inbound_id: int, mail: ParsedMail) -> None:
    """Store the files; over `max_attachments` the rest stays in the raw message, and we say so."""
    limit = rt.settings.limits.max_attachments
    if len(mail.attachments) > limit:
        record(
            rt,
            request,
            "attachments_truncated",
            f"{len(mail.attachments)} attachments, {limit} stored; the rest "
            f"are in the raw message (inbound #{inbound_id})",
            cause_id=inbound_id,
        )
    rt.store.add_files(request, inbound_id, mail.attachments[:limit], rt.clock.now())
