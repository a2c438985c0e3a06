"""One function per Kind: core decisions + database writes + queued letters.

Handlers run inside the caller's transaction (service.pipeline); they never send mail, they queue
it in the outbox, so a letter exists exactly when the decision that caused it committed.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from datetime import UTC, datetime

from ppid_mailer.adapters.db import InboundMessage, Request
from ppid_mailer.config import InboxSettings
from ppid_mailer.core import letters
from ppid_mailer.core.classify import (
    OFFICER_ONLY_PURPOSES,
    Classification,
    Facts,
    SpamRule,
    classify,
)
from ppid_mailer.core.commands import new_top
from ppid_mailer.core.domain import InboundState, Kind, ParsedMail, Status
from ppid_mailer.core.numbers import format_number
from ppid_mailer.core.parse import header_block, parse_mail
from ppid_mailer.core.redact import redact
from ppid_mailer.faults import stall

from .audit import event
from .citizen import handle_citizen_command
from .intake_check import examine, record, stored_files
from .letters import alert, office_context, queue_letter
from .officer import handle_officer_mail
from .requests import notify_officers, registration_numbers, request_facts
from .robots import hold, ignore_robot, record_bounce, refuse_outsider, refuse_too_large
from .runtime import Runtime
from .units import handle_unit_reply, unit_claim

log = logging.getLogger(__name__)

Handler = Callable[[Runtime, InboundMessage, ParsedMail, Classification, Request | None], str]


def handle_inbound(rt: Runtime, row: InboundMessage) -> str:
    """Parse, classify and act on one stored message; returns a one-line outcome for the log."""
    raw = rt.store.inbound_raw(row.id)
    too_large = row.size > rt.settings.limits.max_message_mb * 1024 * 1024
    # Over the limit only the header block is parsed: enough to recognise robots and to answer.
    mail = parse_mail(header_block(raw) if too_large else raw)
    stall(mail.subject)
    letter = rt.store.replied_letter([mail.in_reply_to, *reversed(mail.references)])
    replied = (
        Request.get_or_none(Request.id == letter.request_id)
        if letter and letter.request_id
        else _by_number_in_subject(rt, mail)
    )
    if (
        replied is not None
        and letter is not None
        and letter.purpose not in OFFICER_ONLY_PURPOSES
        and replied.requester_email not in (mail.from_addr, mail.reply_address)
    ):
        # Someone else answering a citizen's letter (a forwarded receipt): their mail does not
        # join, complete or command that request; it is treated as their own.
        replied, letter = None, None
    facts = facts_for(rt, replied, letter.purpose if letter else "")
    if letter is not None and letter.purpose == "forward":
        facts = dataclasses.replace(facts, unit_reply=unit_claim(rt, mail) is not None)
    decision = classify(mail, facts)
    if too_large and decision.kind in (Kind.FOLLOW_UP, Kind.NEW_REQUEST, Kind.OFFICER_MAIL):
        limit = rt.settings.limits.max_message_mb
        decision = Classification(Kind.TOO_LARGE, f"{row.size} bytes, over the {limit} MB limit")
    return HANDLERS[decision.kind](rt, row, mail, decision, replied)


def _by_number_in_subject(rt: Runtime, mail: ParsedMail) -> Request | None:
    """A mail that names its registration number in the subject, from the requester's address."""
    for number in registration_numbers(rt, mail.subject):
        request = Request.get_or_none(Request.number == number)
        if request is not None and request.requester_email in (mail.from_addr, mail.reply_address):
            return request
    return None


def facts_for(rt: Runtime, replied: Request | None, replied_purpose: str = "") -> Facts:
    limits = rt.settings.limits
    officers = rt.settings.officers
    ours = {rt.settings.outbox.from_address}
    if "@" in rt.settings.inbox.username:
        ours.add(rt.settings.inbox.username.lower())
    return Facts(
        our_addresses=frozenset(ours),
        officer_addresses=frozenset(officers.ppid)
        | frozenset(officers.atasan)
        | frozenset(a for desk in rt.settings.inboxes for a in desk.officers),
        replied_request=replied.number if replied else None,
        replied_purpose=replied_purpose,
        spam=SpamRule(limits.spam_flag_header, limits.spam_score_header, limits.spam_threshold),
    )


def record_follow_up(
    rt: Runtime,
    row: InboundMessage,
    mail: ParsedMail,
    decision: Classification,
    replied: Request | None,
) -> str:
    """A reply to one of our letters joins its request (text and files).

    An incomplete request is checked again over everything it now holds: complete -> registered
    with its due date; otherwise the citizen is told what is still missing (never a new number).
    The answer to a clarification returns the request to `in_process` and goes to the officers.
    """
    assert replied is not None
    now = rt.clock.now()
    store_attachments(rt, replied, row.id, mail)
    event(rt, replied, row, mail, "follow_up", mail.text[:4000])
    outcome = f"follow-up to {replied.number}"
    if replied.status == Status.INCOMPLETE:
        outcome += _recheck(rt, row, mail, replied)
    elif replied.status == Status.CLARIFICATION:
        replied.status = Status.IN_PROCESS
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
    complete = record(rt, request, result, now, start=rt.local_now().date())
    spec = letters.completion(
        request_facts(rt, request),
        office_context(rt),
        result.missing,
        result.extraction.unreadable,
        rt.renderer.form(),
        mail.message_id,
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
            [f"Batas waktu: {request.due_date.isoformat()}", f"Informasi: {request.information}"],
            "Balas pemberitahuan permohonan dengan kata kunci (mis. PROSES).",
            dedupe_key=f"completed:{request.id}",
            request=request,
            cause_id=row.id,
        )
        return ": now complete"
    return ": still missing " + ", ".join(m.code for m in result.missing)


def register_request(
    rt: Runtime,
    row: InboundMessage,
    mail: ParsedMail,
    decision: Classification,
    replied: Request | None,
) -> str:
    """Number the request at once (UU 14/2008 Pasal 22(5)), check it, queue the receipt."""
    now = rt.clock.now()
    received = row.fetched_at.replace(tzinfo=UTC).astimezone(rt.zone)
    request = create_request(rt, mail, received, now, rt.desk(row.mailbox))
    store_attachments(rt, request, row.id, mail)
    # The files just parsed, not a second copy read back from the database.
    files = list(mail.attachments[: rt.settings.limits.max_attachments])
    result = examine(rt, mail.text, files, mail.from_name, mail.reply_address)
    record(rt, request, result, now, start=received.date())
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
        ),
    )
    d = rt.settings.deadlines
    facts = request_facts(rt, request)
    spec = letters.receipt(
        facts,
        office_context(rt),
        mail.message_id,
        mail.references,
        d.response_days,
        d.extension_days,
        result.missing,
        result.extraction.unreadable,
        rt.renderer.form(),
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
        requester_email=mail.reply_address,
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
        rt.store.add_event(
            request=request,
            inbound_id=inbound_id,
            actor="ppid-mailer",
            action="attachments_truncated",
            detail=f"{len(mail.attachments)} attachments, {limit} stored; the rest "
            f"are in the raw message (inbound #{inbound_id})",
            now=rt.clock.now(),
        )
    rt.store.add_files(request, inbound_id, mail.attachments[:limit], rt.clock.now())


HANDLERS: dict[Kind, Handler] = {
    Kind.BOUNCE: record_bounce,
    Kind.AUTO_REPLY: ignore_robot,
    Kind.OWN_LOOP: ignore_robot,
    Kind.SPAM: hold,
    Kind.TOO_LARGE: refuse_too_large,
    Kind.OFFICER_MAIL: handle_officer_mail,
    Kind.UNIT_REPLY: handle_unit_reply,
    Kind.FORGED_COMMAND: refuse_outsider,
    Kind.CITIZEN_COMMAND: handle_citizen_command,
    Kind.FOLLOW_UP: record_follow_up,
    Kind.NEW_REQUEST: register_request,
}
