"""Render a LetterSpec and queue it in the outbox, with the brakes that keep us from looping.

Business logic never sends mail: it calls queue_letter inside its transaction, and the outbox
sends after the commit.
"""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

from ppid_mailer.adapters.models import Request
from ppid_mailer.config import Settings
from ppid_mailer.core.addresses import normalized
from ppid_mailer.core.bounces import verp_address
from ppid_mailer.core.domain import LetterSpec
from ppid_mailer.core.letters import facts
from ppid_mailer.core.letters import officer as officer_letters
from ppid_mailer.core.limits import WINDOW, limit_for
from ppid_mailer.core.numbers import format_number

from .audit import record
from .runtime import Runtime

log = logging.getLogger(__name__)


def office_context(rt: Runtime, request: Request | None = None) -> dict[str, Any]:
    """What every letter of the office may state (see `office_facts`), signed by the PPID of the
    desk handling `request`."""
    desk = request.handled_by if request is not None else "ppid"
    return office_facts(rt.settings, rt.local_now().date(), desk)


def office_facts(settings: Settings, today: date, desk_name: str = "ppid") -> dict[str, Any]:
    """The office, the date line, who signs (the desk's PPID, and the atasan), the Komisi
    Informasi, and the periods of the service standard."""
    office = settings.office
    desk = settings.inbox_named(desk_name)
    d = settings.deadlines
    day = facts.tanggal_surat(today)
    return {
        "name": office.name,
        "address": office.address,
        "phone": office.phone,
        "website": office.website,
        "complaints_to": office.complaints_to,
        "city": office.city,
        "date_line": f"{office.city}, {day}" if office.city else day,
        "komisi_informasi": office.komisi_informasi,
        "ppid": {
            "name": desk.ppid_name or (office.ppid_name if desk.name == "ppid" else ""),
            "title": desk.ppid_title or office.ppid_title,
        },
        "atasan": {"name": office.atasan_name, "title": office.atasan_title},
        "days": {
            "response_days": d.response_days,
            "extension_days": d.extension_days,
            "total_days": d.response_days + d.extension_days,
            "objection_days": d.objection_days,
            "objection_response_days": d.objection_response_days,
            "incomplete_days": d.incomplete_days,
            "clarification_days": d.clarification_days,
            "id_copy_days": settings.retention.id_copy_days,
        },
    }


def letter_number(rt: Runtime) -> str:
    """The number of a notice the office signs (`[office] letter_number_format`), from its own
    gap-free sequence per year; allocated in the transaction that queues the notice."""
    today = rt.local_now()
    seq = rt.store.next_seq("surat", today.year)
    return format_number(rt.settings.office.letter_number_format, seq, today.year, today.month)


def queue_letter(
    rt: Runtime, spec: LetterSpec, request: Request | None, cause_id: int | None, dedupe_key: str
) -> bool:
    """Render now and queue; False when it was not queued to be sent (already queued, or over
    a daily limit: then it is kept as `suppressed`)."""
    now = rt.clock.now()
    over = _over_limit(rt, spec)
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
        suppressed=over,
    )
    if row is None:
        return False
    if over:
        record(rt, request, "auto_reply_suppressed", over, cause_id=cause_id)
        log.warning("outbox #%d suppressed: %s", row.id, over)
        return False
    if rt.settings.outbox.verp:
        rt.store.set_return_path(row, verp_address(rt.settings.outbox.from_address, row.id))
    record(
        rt, request, "letter_queued", f"{spec.purpose} to {', '.join(spec.to)}", cause_id=cause_id
    )
    return True


def _over_limit(rt: Runtime, spec: LetterSpec) -> str:
    """Why this letter must not go (a recipient had its family's daily number), or ''.

    The last defence against a loop (core.limits): every automatic letter counts per mailbox,
    `Rina+x@Warga.test` with rina@warga.test.
    """
    limit = limit_for(spec.purpose)
    if limit is None:
        return ""
    allowed: int = getattr(rt.settings.limits, limit.setting)
    since = rt.clock.now() - WINDOW
    for address in spec.to:
        sent = rt.store.letters_to(address, since, limit.purposes)
        if sent >= allowed:
            return (
                f"{spec.purpose} to {address} not sent: {sent} {limit.family} to "
                f"{normalized(address)} in 24 h (limit {allowed}, [limits] {limit.setting})"
            )
    return ""


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
