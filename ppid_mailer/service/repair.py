"""The two repair actions of the CLI: replay a quarantined inbound message, retry a failed letter."""

from __future__ import annotations

from datetime import datetime

from ppid_mailer.adapters.models import InboundMessage
from ppid_mailer.adapters.store import Store
from ppid_mailer.core.domain import InboundState, OutboundState


def replay_inbound(store: Store, inbound_id: int) -> str:
    """Put a shunted or held message back in the queue; the next pass processes it again.

    Not once retention has deleted its bytes: there would be nothing to process."""
    replayable = (InboundState.SHUNTED, InboundState.HELD)
    row = InboundMessage.get_or_none(InboundMessage.id == inbound_id)
    if row is not None and row.size == 0:
        return f"nothing to replay: inbound #{inbound_id} was purged (retention)"
    with store.atomic():
        state = store.requeue_inbound(inbound_id, replayable)
    if state is None:
        return f"no inbound message #{inbound_id}"
    if state not in replayable:
        return f"inbound #{inbound_id} is {state}, only shunted or held messages are replayed"
    return f"inbound #{inbound_id} queued again; it is processed on the next pass (run --once)"


def retry_outbound(store: Store, outbound_id: int, now: datetime) -> str:
    """Queue a failed or deferred letter again; not once retention deleted its stored copy."""
    if store.letter_purged(outbound_id):
        return f"nothing to send: outgoing message #{outbound_id} was purged (retention)"
    with store.atomic():
        state = store.requeue_outbound(outbound_id, now)
    if state is None:
        return f"no outgoing message #{outbound_id}"
    if state == OutboundState.SENT:
        return f"outgoing message #{outbound_id} was sent already; not sending it twice"
    return f"outbox #{outbound_id} queued for sending on the next pass"
