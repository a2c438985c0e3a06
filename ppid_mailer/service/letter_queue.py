"""Render a LetterSpec and queue it in the outbox, with the brakes that keep us from looping.

Business logic never sends mail: it calls queue_letter inside its transaction, and the outbox
sends after the commit.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from ppid_mailer.adapters.models import Request
from ppid_mailer.core.bounces import verp_address
from ppid_mailer.core.domain import LetterSpec
from ppid_mailer.core.letters import citizen as citizen_letters
from ppid_mailer.core.letters import officer as officer_letters

from .audit import record
from .runtime import Runtime

log = logging.getLogger(__name__)


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
) -> bool:
    """Render now and queue; False when it was not queued (already queued, or braked)."""
    now = rt.clock.now()
    if spec.purpose in citizen_letters.AUTOMATIC_CITIZEN_PURPOSES and _braked(
        rt, spec, request, cause_id
    ):
        return False
    message_id = spec.message_id or rt.renderer.new_message_id(spec.purpose or "letter")
    raw = rt.renderer.render(spec, message_id, now)
    row = rt.store.queue_outbound(
        request=request,
        cause_id=cause_id,
        dedupe_key=dedupe_key,
        purpose=spec.purpose,
        message_id=message_id,
        mail_from=rt.settings.outbox.from_address,
        recipients=list(spec.to),
        raw=raw,
        now=now,
    )
    if row is None:
        return False
    if rt.settings.outbox.verp:
        rt.store.set_return_path(row, verp_address(rt.settings.outbox.from_address, row.id))
    record(
        rt, request, "letter_queued", f"{spec.purpose} to {', '.join(spec.to)}", cause_id=cause_id
    )
    return True


def _braked(rt: Runtime, spec: LetterSpec, request: Request | None, cause_id: int | None) -> bool:
    """At most N automatic letters per address per 24 h: the last defence against a loop."""
    now = rt.clock.now()
    limit = rt.settings.limits.auto_replies_per_sender_per_day
    for address in spec.to:
        sent = rt.store.recent_auto_letters(
            address, now - timedelta(hours=24), citizen_letters.AUTOMATIC_CITIZEN_PURPOSES
        )
        if sent >= limit:
            record(
                rt,
                request,
                "auto_reply_suppressed",
                f"{spec.purpose} to {address} not sent: {sent} automatic letters in 24 h "
                f"(limit {limit})",
                cause_id=cause_id,
            )
            log.warning("automatic %s to %s suppressed: %d in 24 h", spec.purpose, address, sent)
            return True
    return False


def alert(
    rt: Runtime,
    title: str,
    lines: list[str],
    action: str,
    dedupe_key: str,
    request: Request | None = None,
    cause_id: int | None = None,
    technical: bool = False,
) -> None:
    """Queue a note for the officers of the desk handling `request` (or, when technical, the admin)."""
    officers = rt.settings.officers
    desk_officers = (
        rt.settings.inbox_named(request.handled_by).officers if request is not None else ()
    )
    spec = officer_letters.alert(
        officers.admin if technical else (desk_officers or officers.ppid),
        title,
        lines,
        action,
        number=request.number if request is not None else "",
    )
    queue_letter(rt, spec, request, cause_id, dedupe_key)
