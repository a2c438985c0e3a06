"""One function per Kind: core decisions + database writes + queued letters.

Handlers run inside the caller's transaction (service.pipeline); they never send mail, they queue
it in the outbox, so a letter exists exactly when the decision that caused it committed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC
from email.policy import SMTP

from ppid_mailer.adapters.db import InboundMessage, Request
from ppid_mailer.core import letters
from ppid_mailer.core.classify import Classification, Facts, classify
from ppid_mailer.core.domain import InboundState, Kind, LetterSpec, ParsedMail, Status
from ppid_mailer.core.numbers import format_number
from ppid_mailer.core.parse import parse_mail
from ppid_mailer.core.redact import redact
from ppid_mailer.core.workdays import add_workdays

from .runtime import Runtime

log = logging.getLogger(__name__)

Handler = Callable[[Runtime, InboundMessage, ParsedMail, Classification, Request | None], str]


def handle_inbound(rt: Runtime, row: InboundMessage) -> str:
    """Parse, classify and act on one stored message; returns a one-line outcome for the log."""
    mail = parse_mail(bytes(row.raw))
    replied = rt.store.request_for_message_ids([mail.in_reply_to, *reversed(mail.references)])
    facts = Facts(
        our_addresses=our_addresses(rt),
        officer_addresses=officer_addresses(rt),
        replied_request=replied.number if replied else None,
    )
    decision = classify(mail, facts)
    return HANDLERS[decision.kind](rt, row, mail, decision, replied)


def our_addresses(rt: Runtime) -> frozenset[str]:
    addresses = {rt.settings.outbox.from_address}
    if "@" in rt.settings.inbox.username:
        addresses.add(rt.settings.inbox.username.lower())
    return frozenset(addresses)


def officer_addresses(rt: Runtime) -> frozenset[str]:
    officers = rt.settings.officers
    return frozenset(officers.ppid) | frozenset(officers.atasan)


def ignore_robot(
    rt: Runtime,
    row: InboundMessage,
    mail: ParsedMail,
    decision: Classification,
    replied: Request | None,
) -> str:
    """Bounces, auto-replies and our own mail are recorded and never answered."""
    reason = f"not answered: {decision.reason}"
    rt.store.finish_inbound(row, InboundState.DONE, decision.kind, reason, rt.clock.now(), replied)
    return f"{decision.kind}: {reason}"


def hold_officer_mail(
    rt: Runtime,
    row: InboundMessage,
    mail: ParsedMail,
    decision: Classification,
    replied: Request | None,
) -> str:
    """Keyword commands from officers are not read yet: keep the mail visible, act on nothing."""
    reason = (
        f"{decision.reason}: officer commands are not supported by this version; kept for a person"
    )
    rt.store.finish_inbound(row, InboundState.HELD, decision.kind, reason, rt.clock.now(), replied)
    return f"held: {reason}"


def record_follow_up(
    rt: Runtime,
    row: InboundMessage,
    mail: ParsedMail,
    decision: Classification,
    replied: Request | None,
) -> str:
    """A reply to one of our letters joins its request (text and files); nothing is sent."""
    assert replied is not None
    now = rt.clock.now()
    store_attachments(rt, replied, row.id, mail)
    rt.store.add_event(
        request=replied,
        inbound_id=row.id,
        actor=mail.from_addr,
        action="follow_up",
        detail=mail.text[:4000],
        now=now,
    )
    rt.store.finish_inbound(row, InboundState.DONE, decision.kind, decision.reason, now, replied)
    return f"follow-up to {replied.number}"


def register_request(
    rt: Runtime,
    row: InboundMessage,
    mail: ParsedMail,
    decision: Classification,
    replied: Request | None,
) -> str:
    """Number the request at once (UU 14/2008 Pasal 22(5)) and queue its receipt."""
    now = rt.clock.now()
    received = row.fetched_at.replace(tzinfo=UTC).astimezone(rt.zone)
    d = rt.settings.deadlines
    seq = rt.store.next_seq("ppid", received.year)
    number = format_number(rt.settings.office.number_format, seq, received.year, received.month)
    due = add_workdays(rt.calendar, received.date(), d.response_days)
    final_due = add_workdays(rt.calendar, received.date(), d.response_days + d.extension_days)
    request = rt.store.create_request(
        number=number,
        scope="ppid",
        year=received.year,
        seq=seq,
        status=Status.REGISTERED,
        requester_name=mail.from_name[:300],
        requester_email=mail.reply_address,
        received_at=received,
        due_date=due,
        final_due_date=final_due,
        subject=mail.subject,
        letter_text=mail.text[:200_000],
        calendar_fingerprint=rt.calendar.fingerprint,
        now=now,
    )
    store_attachments(rt, request, row.id, mail)
    rt.store.add_event(
        request=request,
        inbound_id=row.id,
        actor=mail.from_addr,
        action="registered",
        detail=f"registered as {number}; notice due {due.isoformat()}",
        now=now,
    )
    facts = letters.RequestFacts(
        number=number,
        requester_name=request.requester_name,
        requester_email=request.requester_email,
        received_at=received,
        due_date=due,
        final_due_date=final_due,
        subject=mail.subject,
    )
    spec = letters.receipt(
        facts,
        office_context(rt),
        mail.message_id,
        mail.references,
        d.response_days,
        d.extension_days,
    )
    queue_letter(rt, spec, request, row.id, dedupe_key=f"receipt:{row.id}")
    rt.store.finish_inbound(
        row, InboundState.DONE, decision.kind, f"registered as {number}", now, request
    )
    log.info("request %s registered from %s", number, redact(mail.from_addr))
    return f"registered {number}"


def store_attachments(rt: Runtime, request: Request, inbound_id: int, mail: ParsedMail) -> None:
    for attachment in mail.attachments[: rt.settings.limits.max_attachments]:
        rt.store.add_attachment(
            request,
            inbound_id,
            attachment.filename,
            attachment.content_type,
            attachment.data,
            attachment.sha256,
            rt.clock.now(),
        )


def office_context(rt: Runtime) -> dict[str, str]:
    office = rt.settings.office
    return {
        "name": office.name,
        "address": office.address,
        "phone": office.phone,
        "website": office.website,
        "complaints_to": office.complaints_to,
    }


def queue_letter(
    rt: Runtime, spec: LetterSpec, request: Request | None, cause_id: int | None, dedupe_key: str
) -> None:
    """Render now and queue; the outbox sends it after the transaction commits."""
    now = rt.clock.now()
    message_id = rt.renderer.new_message_id(spec.purpose or "letter")
    message = rt.renderer.render(spec, message_id, now)
    if rt.store.queue_outbound(
        request=request,
        cause_id=cause_id,
        dedupe_key=dedupe_key,
        purpose=spec.purpose,
        message_id=message_id,
        mail_from=rt.settings.outbox.from_address,
        recipients=list(spec.to),
        raw=message.as_bytes(policy=SMTP),
        now=now,
    ):
        rt.store.add_event(
            request=request,
            inbound_id=cause_id,
            actor="ppid-mailer",
            action="letter_queued",
            detail=f"{spec.purpose} to {', '.join(spec.to)}",
            now=now,
        )


HANDLERS: dict[Kind, Handler] = {
    Kind.BOUNCE: ignore_robot,
    Kind.AUTO_REPLY: ignore_robot,
    Kind.OWN_LOOP: ignore_robot,
    Kind.OFFICER_MAIL: hold_officer_mail,
    Kind.FOLLOW_UP: record_follow_up,
    Kind.NEW_REQUEST: register_request,
}
