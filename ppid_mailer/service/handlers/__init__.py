"""One function per Kind: core decisions + database writes + queued letters.

Handlers run inside the caller's transaction (service.pipeline); they never send mail, they queue
it in the outbox, so a letter exists exactly when the decision that caused it committed.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable

from ppid_mailer.adapters.models import InboundMessage, Request
from ppid_mailer.core.classify import (
    OFFICER_ONLY_PURPOSES,
    Classification,
    Facts,
    SpamRule,
    classify,
)
from ppid_mailer.core.domain import Kind, ParsedMail
from ppid_mailer.core.parse import header_block, parse_mail
from ppid_mailer.faults import stall
from ppid_mailer.service.handlers.citizen import handle_citizen_command
from ppid_mailer.service.handlers.inbound import Inbound
from ppid_mailer.service.handlers.officers import handle_officer_mail
from ppid_mailer.service.handlers.requests import record_follow_up, register_request
from ppid_mailer.service.handlers.robots import (
    hold,
    ignore_robot,
    record_bounce,
    refuse_outsider,
    refuse_too_large,
)
from ppid_mailer.service.handlers.units import handle_unit_reply
from ppid_mailer.service.request_facts import registration_numbers
from ppid_mailer.service.runtime import Runtime
from ppid_mailer.service.units import unit_claim

log = logging.getLogger(__name__)

Handler = Callable[[Runtime, Inbound], str]


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
        and replied.requester_email != mail.from_addr
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
    return HANDLERS[decision.kind](rt, Inbound(row, mail, decision, replied, facts))


def _by_number_in_subject(rt: Runtime, mail: ParsedMail) -> Request | None:
    """A mail that names its registration number in the subject, from the requester's address."""
    for number in registration_numbers(rt, mail.subject):
        request = Request.get_or_none(Request.number == number)
        if request is not None and request.requester_email == mail.from_addr:
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
        number_formats=tuple(rt.settings.number_formats),
    )


HANDLERS: dict[Kind, Handler] = {
    Kind.BOUNCE: record_bounce,
    Kind.AUTO_REPLY: ignore_robot,
    Kind.OWN_LOOP: ignore_robot,
    Kind.SPAM: hold,
    Kind.BAD_SENDER: hold,
    Kind.TOO_LARGE: refuse_too_large,
    Kind.OFFICER_MAIL: handle_officer_mail,
    Kind.UNIT_REPLY: handle_unit_reply,
    Kind.FORGED_COMMAND: refuse_outsider,
    Kind.CITIZEN_COMMAND: handle_citizen_command,
    Kind.FOLLOW_UP: record_follow_up,
    Kind.NEW_REQUEST: register_request,
}
