"""Send what the outbox holds: claim a due row, send, mark sent; retry or fail on errors.

Each row is sent inside its own transaction that holds the row's lock (SKIP LOCKED on
PostgreSQL), so two instances never send the same letter, and a crash during the send rolls the
row back to `pending`. The one ambiguity left, which no mail system avoids: if the process dies
after the SMTP server accepted a message but before our commit, that message is sent again on
restart. Its Message-ID is unchanged, so the recipient's client shows it as the same mail.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta

from ppid_mailer.adapters.db import OutboundMessage, Request, utcnow_naive
from ppid_mailer.core.domain import OutboundState
from ppid_mailer.errors import PermanentTransportError, TemporaryTransportError
from ppid_mailer.faults import checkpoint

from .letters import alert
from .runtime import Runtime

log = logging.getLogger(__name__)
MAX_CONSECUTIVE_TEMPORARY = 3


@dataclass
class FlushResult:
    sent: int = 0
    deferred: int = 0
    failed: int = 0


def backoff(attempts: int, base_seconds: int) -> timedelta:
    """base, 2 x base, 4 x base … after each failed attempt, at most an hour apart."""
    return timedelta(seconds=min(base_seconds * 2 ** min(max(attempts - 1, 0), 20), 3600))


def flush(rt: Runtime, stop: threading.Event | None = None) -> FlushResult:
    """Send everything due, including what sending itself queued (a failure's alert).

    On `stop` it returns after the letter it is sending; the rest waits in the outbox.
    """
    result = FlushResult()
    tried: set[int] = set()
    try:
        for _ in range(3):
            due = [i for i in rt.store.due_outbound_ids(rt.clock.now()) if i not in tried]
            if not due or not _send_due(rt, due, tried, result, stop):
                break
    finally:
        rt.transport.close()
    if result.sent or result.deferred or result.failed:
        log.info(
            "outbox: %d sent, %d deferred, %d failed", result.sent, result.deferred, result.failed
        )
    return result


def _send_due(
    rt: Runtime, due: list[int], tried: set[int], result: FlushResult, stop: threading.Event | None
) -> bool:
    """Send the rows in `due`; False when the server keeps failing (or we are stopping)."""
    consecutive_temporary = 0
    for outbound_id in due:
        if stop is not None and stop.is_set():
            return False
        if consecutive_temporary >= MAX_CONSECUTIVE_TEMPORARY:
            log.warning("outbox: mail server keeps failing; the rest waits for the next pass")
            return False
        tried.add(outbound_id)
        with rt.store.atomic():
            row = rt.store.claim_outbound(outbound_id)
            if row is None:
                continue
            outcome = _send_one(rt, row)
        consecutive_temporary = consecutive_temporary + 1 if outcome == "deferred" else 0
        setattr(result, outcome, getattr(result, outcome) + 1)
    return True


def _send_one(rt: Runtime, row: OutboundMessage) -> str:
    now = rt.clock.now()
    row.attempts += 1
    try:
        rt.transport.send(row.mail_from, row.recipients.split(","), rt.store.outbound_raw(row.id))
    except TemporaryTransportError as exc:
        return _defer(rt, row, str(exc), now)
    except PermanentTransportError as exc:
        return _fail(rt, row, str(exc), now)
    checkpoint("after_send")  # accepted by the server, not yet committed as sent
    row.state, row.sent_at, row.last_error = OutboundState.SENT, utcnow_naive(now), ""
    row.save()
    rt.store.add_event(
        request=row.request_id,
        inbound_id=row.cause_id,
        actor="ppid-mailer",
        action="letter_sent",
        detail=f"{row.purpose} {row.message_id}",
        now=now,
    )
    return "sent"


def _defer(rt: Runtime, row: OutboundMessage, error: str, now: datetime) -> str:
    give_up_at = row.created_at + timedelta(hours=rt.settings.outbox.give_up_hours)
    if utcnow_naive(now) >= give_up_at:
        return _fail(rt, row, f"gave up after {rt.settings.outbox.give_up_hours} h: {error}", now)
    row.last_error = error
    row.next_attempt_at = utcnow_naive(now) + backoff(
        row.attempts, rt.settings.outbox.retry_seconds
    )
    row.save()
    log.warning("outbox #%d deferred (attempt %d): %s", row.id, row.attempts, error)
    return "deferred"


def _fail(rt: Runtime, row: OutboundMessage, error: str, now: datetime) -> str:
    row.state, row.last_error = OutboundState.FAILED, error
    row.save()
    rt.store.add_event(
        request=row.request_id,
        inbound_id=row.cause_id,
        actor="ppid-mailer",
        action="letter_failed",
        detail=f"{row.purpose}: {error}",
        now=now,
    )
    log.error("outbox #%d failed permanently: %s", row.id, error)
    if row.purpose != "alert":  # an alert about a failed alert would only fail again
        request = Request.get_or_none(Request.id == row.request_id) if row.request_id else None
        alert(
            rt,
            "Surat tidak dapat dikirim",
            [
                f"Surat: {row.purpose} (outbox #{row.id})",
                f"Kepada: {row.recipients}",
                f"Alasan: {error}",
            ],
            "Hubungi penerima melalui saluran lain, atau perbaiki alamatnya lalu jalankan "
            f"`ppid-mailer outbox retry {row.id}`.",
            dedupe_key=f"send-failed:{row.id}",
            request=request,
            cause_id=row.cause_id,
        )
    return "failed"
