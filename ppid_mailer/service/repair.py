"""The two repair actions of the CLI: replay a quarantined inbound message, retry a failed letter."""

from __future__ import annotations

from datetime import datetime

from ppid_mailer.adapters.db import (
    InboundMessage,
    OutboundMessage,
    utcnow_naive,
)
from ppid_mailer.adapters.store import Store
from ppid_mailer.core.domain import InboundState, OutboundState


def replay_inbound(store: Store, inbound_id: int) -> str:
    """Put a shunted or held message back in the queue; the next pass processes it again."""
    with store.atomic():
        row = InboundMessage.get_or_none(InboundMessage.id == inbound_id)
        if row is None:
            return f"no inbound message #{inbound_id}"
        if row.state not in (InboundState.SHUNTED, InboundState.HELD):
            return (
                f"inbound #{inbound_id} is {row.state}, only shunted or held messages are replayed"
            )
        (
            InboundMessage.update(state=InboundState.NEW, reason=f"replayed from {row.state}")
            .where(InboundMessage.id == inbound_id)
            .execute()
        )
    return f"inbound #{inbound_id} queued again; it is processed on the next pass (run --once)"


def retry_outbound(store: Store, outbound_id: int, now: datetime) -> str:
    with store.atomic():
        row = OutboundMessage.get_or_none(OutboundMessage.id == outbound_id)
        if row is None:
            return f"no outgoing message #{outbound_id}"
        if row.state == OutboundState.SENT:
            return f"outgoing message #{outbound_id} was sent already; not sending it twice"
        (
            OutboundMessage.update(state=OutboundState.PENDING, next_attempt_at=utcnow_naive(now))
            .where(OutboundMessage.id == outbound_id)
            .execute()
        )
    return f"outbox #{outbound_id} queued for sending on the next pass"
