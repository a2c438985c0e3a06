"""Work units (TERUSKAN): which unit an address belongs to, whether a mail carries a unit's
token, and what the units sent. A unit's reply counts only with the token of that forwarding and
that unit address, like an officer's command; anything else from a unit address is ordinary mail.
Forwarding itself is a command (service.handlers.commands), the answer a kind of mail
(service.handlers.units)."""

from __future__ import annotations

from datetime import date

from ppid_mailer.adapters.models import Forwarding, Request
from ppid_mailer.adapters.store import Store
from ppid_mailer.core import trust
from ppid_mailer.core.domain import Attachment, ParsedMail
from ppid_mailer.core.workdays import add_workdays, sub_workdays

from .runtime import Runtime


def unit_due(rt: Runtime, due: date | None, asked_on: date) -> date | None:
    """A unit answers `[deadlines] unit_lead_days` working days before the citizen's due date,
    never later than it; when that day is not after the day it was asked, by the next working
    day. None while the request's clock has not started."""
    if due is None:
        return None
    deadline = sub_workdays(rt.calendar, due, rt.settings.deadlines.unit_lead_days)
    if deadline <= asked_on:
        deadline = min(add_workdays(rt.calendar, asked_on, 1), max(due, asked_on))
    return deadline


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
