"""Work units (DESIGN.md §4 TERUSKAN): ask a unit for the data, take its answer back to the
officers. A unit's reply counts only with the token of that forwarding and that unit address,
like an officer's command; anything else from a unit address is ordinary mail."""

from __future__ import annotations

import re

from ppid_mailer.adapters.models import (
    Forwarding,
    InboundMessage,
    Request,
    utcnow_naive,
)
from ppid_mailer.adapters.store import Store
from ppid_mailer.config import InboxSettings
from ppid_mailer.core import officer_letters, outcome_letters, trust
from ppid_mailer.core.classify import Classification
from ppid_mailer.core.commands import Command, new_top
from ppid_mailer.core.domain import Attachment, InboundState, ParsedMail
from ppid_mailer.core.workdays import count_workdays

from .audit import event
from .letters import office_context, queue_letter
from .outcome import Outcome
from .requests import notify_officers, request_facts
from .runtime import Runtime

_NOT_HELD = re.compile(r"^\s*(?:tidak\s+ada|tidak\s+dikuasai|not\s+held|tidak\s+memiliki)\b", re.I)


def unit_of(rt: Runtime, address: str) -> str:
    return next((name for name, addresses in rt.settings.units.items() if address in addresses), "")


def unit_claim(rt: Runtime, mail: ParsedMail) -> Forwarding | None:
    """The forwarding this mail validly answers (sender is that unit, token matches), if any."""
    unit = unit_of(rt, mail.from_addr)
    if not unit:
        return None
    addresses = [mail.header(h) for h in ("to", "cc", "delivered-to", "x-original-to")]
    for claim in trust.claims(
        rt.settings.officers.secret_key,
        mail.from_addr,
        [mail.in_reply_to, *mail.references],
        addresses,
        rt.settings.outbox.domain,
    ):
        if claim.kind == "unit" and claim.valid:
            forwarding = Forwarding.get_or_none(Forwarding.id == claim.record_id)
            if forwarding is not None and forwarding.unit == unit:
                return forwarding
    return None


def forward(
    rt: Runtime,
    request: Request,
    command: Command,
    mail: ParsedMail,
    row: InboundMessage,
    outcome: Outcome,
) -> None:
    """TERUSKAN <unit> [catatan]: one mail to each address of the unit, each with its own token."""
    name, _, note = command.argument.partition(" ")
    unit = name.lower().strip(",.:;")
    desks = {d.name: d for d in rt.settings.inboxes}
    if unit in desks and unit not in rt.settings.units:
        transfer(rt, request, desks[unit], note.strip(), mail, row, outcome)
        return
    if unit not in rt.settings.units:
        known = ", ".join(sorted(rt.settings.units)) or "(belum ada; isi [units] di settings.ini)"
        outcome.refused.append(f"TERUSKAN: unit {name!r} tidak dikenal; unit yang ada: {known}")
        return
    now = rt.clock.now()
    forwarding = Forwarding.create(
        request=request,
        unit=unit,
        note=note.strip(),
        asked_by=mail.from_addr,
        asked_at=utcnow_naive(now),
    )
    facts = request_facts(rt, request)
    today = rt.local_now().date()
    days_left = count_workdays(rt.calendar, today, request.due_date) if request.due_date else None
    secret, settings = rt.settings.officers.secret_key, rt.settings
    for address in settings.units[unit]:
        spec = officer_letters.unit_request(
            facts,
            unit,
            address,
            note.strip(),
            days_left,
            mail.from_addr,
            message_id=trust.notification_message_id(
                secret, "unit", forwarding.id, address, settings.outbox.domain
            ),
            reply_to=trust.reply_address(
                secret, "unit", forwarding.id, address, settings.outbox.from_address
            )
            if settings.officers.reply_to_tokens
            else "",
        )
        queue_letter(rt, spec, request, row.id, dedupe_key=f"forward:{forwarding.id}:{address}")
    event(rt, request, row, mail, "teruskan", f"{unit}: {note.strip()}")
    outcome.applied.append(f"TERUSKAN: diteruskan ke {unit} ({', '.join(settings.units[unit])})")


def transfer(
    rt: Runtime,
    request: Request,
    desk: InboxSettings,
    note: str,
    mail: ParsedMail,
    row: InboundMessage,
    outcome: Outcome,
) -> None:
    """UU 14/2008 Pasal 22(7)b: hand the request to the desk that holds the information.

    The number and the clock stay; the citizen is told; the desk's officers get the notification.
    """
    if desk.name == request.handled_by:
        outcome.refused.append(f"TERUSKAN: permohonan sudah ditangani {desk.title}")
        return
    request.handled_by = desk.name
    request.save()
    event(rt, request, row, mail, "transferred", f"{desk.name}: {note}")
    facts = request_facts(rt, request)
    spec = outcome_letters.to_citizen(
        "citizen/transferred",
        facts,
        office_context(rt),
        "transferred",
        desk_title=desk.title,
        note=note,
    )
    queue_letter(rt, spec, request, row.id, dedupe_key=f"transferred:{request.id}:{desk.name}")
    notify_officers(rt, request, row.id, dedupe=f"notify-{desk.name}")
    outcome.applied.append(
        f"TERUSKAN: permohonan diserahkan kepada {desk.title}; nomor dan batas waktu tetap"
    )
    outcome.sent.append(f"pemberitahuan penerusan ke {request.requester_email}")


def handle_unit_reply(
    rt: Runtime,
    row: InboundMessage,
    mail: ParsedMail,
    decision: Classification,
    replied: Request | None,
) -> str:
    forwarding = unit_claim(rt, mail)
    assert forwarding is not None  # the classifier checked it
    request = forwarding.request
    now = rt.clock.now()
    text = new_top(mail.text)
    files = tuple(a for a in mail.attachments if not a.inline)
    rt.store.add_files(request, row.id, files, now, role=f"unit:{forwarding.unit}")
    forwarding.answered_at = utcnow_naive(now)
    forwarding.answered_by = mail.from_addr
    forwarding.answer = text[:20000]
    forwarding.not_held = bool(_NOT_HELD.match(text))
    forwarding.save()
    event(
        rt,
        request,
        row,
        mail,
        "unit_answer",
        f"{forwarding.unit}: "
        + ("tidak ada" if forwarding.not_held else f"{len(files)} berkas; {text[:500]}"),
    )
    spec = officer_letters.unit_answer(
        rt.settings.officers.ppid,
        request.number,
        forwarding.unit,
        mail.from_addr,
        text,
        forwarding.not_held,
        files,
    )
    queue_letter(rt, spec, request, row.id, dedupe_key=f"unit_answer:{row.id}")
    reason = f"answer of unit {forwarding.unit} to {request.number}"
    rt.store.finish_inbound(row, InboundState.DONE, decision.kind, reason, now, request)
    return reason


def unit_files(store: Store, request: Request) -> tuple[Attachment, ...]:
    """What the units sent: offered to the citizen when the officer's decision carries no files."""
    return tuple(
        Attachment(r.filename, r.content_type, store.attachment_data(r.id))
        for r in store.files_with_bytes(request, "unit:", prefix=True)
    )


def open_forwardings() -> list[Forwarding]:
    return list(
        Forwarding.select()
        .join(Request)
        .where(Forwarding.answered_at.is_null())
        .order_by(Forwarding.id)
    )
