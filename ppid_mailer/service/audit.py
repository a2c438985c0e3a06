"""The audit trail: who did what to a request, when, because of which message."""

from __future__ import annotations

from ppid_mailer.adapters.models import InboundMessage, Request
from ppid_mailer.core.domain import ParsedMail

from .runtime import Runtime


def event(
    rt: Runtime,
    request: Request | None,
    row: InboundMessage | None,
    mail: ParsedMail | None,
    action: str,
    detail: str,
) -> None:
    """Record an event caused by `mail` (stored as `row`); the actor is its sender, else us."""
    rt.store.add_event(
        request=request,
        inbound_id=row.id if row is not None else None,
        actor=mail.from_addr if mail is not None else "ppid-mailer",
        action=action,
        detail=detail,
        now=rt.clock.now(),
    )
