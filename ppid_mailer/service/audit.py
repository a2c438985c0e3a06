"""The audit trail: who did what to a request, when, because of which message.

Every event goes through this module (`event` for what a mail caused, `record` for what the
desk did by itself or on a cause given by id); nothing else in the service layer writes events.
"""

from __future__ import annotations

from datetime import datetime

from ppid_mailer.adapters.models import InboundMessage, Request
from ppid_mailer.core.domain import ParsedMail

from .runtime import Runtime

DESK = "ppid-mailer"  # the actor of what the desk does by itself


def event(
    rt: Runtime,
    request: Request | None,
    row: InboundMessage | None,
    mail: ParsedMail | None,
    action: str,
    detail: str,
) -> None:
    """Record an event caused by `mail` (stored as `row`); the actor is its sender, else us."""
    record(
        rt,
        request,
        action,
        detail,
        cause_id=row.id if row is not None else None,
        actor=mail.from_addr if mail is not None else DESK,
    )


def record(
    rt: Runtime,
    request: Request | int | None,
    action: str,
    detail: str,
    *,
    cause_id: int | None = None,
    actor: str = DESK,
    at: datetime | None = None,
) -> None:
    """Record an event of the desk's own (a job, a letter queued or sent), or one whose cause is
    known only by its inbound id; `at` when it happened earlier than now (a send that just ended)."""
    rt.store.add_event(
        request=request,
        inbound_id=cause_id,
        actor=actor,
        action=action,
        detail=detail,
        now=at or rt.clock.now(),
    )
