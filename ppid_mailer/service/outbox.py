"""Send what the outbox holds: lease a due row, send, mark sent; retry or fail on errors.

A sender first leases the row (`claimed_until`, `claimed_by` = host:pid) in a short transaction
of its own, then talks to the SMTP server holding no database lock, then records the outcome:
two senders (threads, processes, instances) never send the same letter, and processing goes on
while the server takes a letter (`SendAlong`). A process that dies mid-send leaves a lease that
its restart on the same host frees at once (another host waits for the lease to run out); the
row is still `pending`. The one ambiguity left, which no mail system avoids: if the process dies
after the SMTP server accepted a message but before our commit, that message is sent again.
Its Message-ID is unchanged, so the recipient's client shows it as the same mail.

One letter never blocks the others: whatever goes wrong while one letter is handed over (an
address the server cannot take, a refusal, an encoding error, a bug) is recorded on that letter
and the pass goes on to the next. Only a server that cannot be reached at all stops the pass:
the letters still due are deferred untried, with one warning, not one connection attempt each.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from ppid_mailer.adapters.models import Request, utcnow_naive
from ppid_mailer.core.domain import OutboundState
from ppid_mailer.core.letters import officer as officer_letters
from ppid_mailer.errors import (
    PermanentTransportError,
    TemporaryTransportError,
    TransportUnavailableError,
)
from ppid_mailer.faults import checkpoint

from .audit import record
from .letter_queue import alert
from .runtime import Runtime

if TYPE_CHECKING:  # rows the Store hands out; only the Store reads and writes them
    from ppid_mailer.adapters.models import OutboundMessage

log = logging.getLogger(__name__)
MAX_CONSECUTIVE_TEMPORARY = 3


@dataclass
class FlushResult:
    sent: int = 0
    deferred: int = 0
    failed: int = 0
    outage: bool = False  # stopped early: the server could not be reached or kept failing

    def add(self, other: FlushResult) -> None:
        self.sent += other.sent
        self.deferred += other.deferred
        self.failed += other.failed
        self.outage = self.outage or other.outage

    @property
    def anything(self) -> bool:
        return bool(self.sent or self.deferred or self.failed)

    def log(self) -> None:
        if self.anything:
            log.info(
                "outbox: %d sent, %d deferred, %d failed", self.sent, self.deferred, self.failed
            )


def backoff(attempts: int, base_seconds: int) -> timedelta:
    """base, 2 x base, 4 x base … after each failed attempt, at most an hour apart."""
    return timedelta(seconds=min(base_seconds * 2 ** min(max(attempts - 1, 0), 20), 3600))


def flush(rt: Runtime, stop: threading.Event | None = None) -> FlushResult:
    """Send everything due, including what sending itself queued (a failure's alert), after
    freeing the leases of this host's dead processes; then close the connection.

    On `stop` it returns after the letter it is sending; the rest waits in the outbox.
    """
    rt.store.release_dead_claims(socket.gethostname(), _alive)
    try:
        result = _send_all_due(rt, stop)
    finally:
        rt.transport.close()
    result.log()
    return result


def _send_all_due(rt: Runtime, stop: threading.Event | None) -> FlushResult:
    result = FlushResult()
    tried: set[int] = set()
    for _ in range(3):
        due = [i for i in rt.store.due_outbound_ids(rt.clock.now()) if i not in tried]
        if not due or not _send_due(rt, due, tried, result, stop):
            result.outage = bool(due)
            break
    return result


class SendAlong:
    """Sends the outbox on a thread of its own while the caller processes messages.

    The SMTP server's time to take a letter (most of a letter's cost with a remote server, and
    a fifth of the backlog time even on 127.0.0.1) then overlaps with the work on the next
    message instead of following it. The thread has its own database connection; the lease on
    each row keeps it and any other sender apart. `finish()` waits for the letter in progress.
    """

    IDLE_SECONDS = 0.05

    def __init__(self, rt: Runtime, stop: threading.Event | None = None) -> None:
        self.rt, self.stop = rt, stop
        self.done = threading.Event()
        self.result = FlushResult()
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, name="outbox", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        try:
            while not self.done.is_set() and not (self.stop is not None and self.stop.is_set()):
                part = _send_all_due(self.rt, self.stop)  # one connection throughout
                self.result.add(part)
                if part.outage:  # the server keeps failing: the next pass tries again
                    break
                if not part.anything:
                    self.done.wait(self.IDLE_SECONDS)
        except BaseException as exc:  # noqa: BLE001 - handed to the caller's thread by finish()
            self.error = exc
        finally:
            self.rt.transport.close()
            self.rt.store.reconnect()  # closes this thread's connection only, even a broken one

    def finish(self) -> FlushResult:
        self.done.set()
        self.thread.join()
        if self.error is not None:
            raise self.error
        return self.result


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process: alive
    return True


def _owner() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def _lease(rt: Runtime) -> timedelta:
    """Long enough for the slowest SMTP conversation the timeout allows."""
    return timedelta(seconds=3 * rt.settings.outbox.timeout_seconds + 60)


@dataclass
class _Delivery:
    """What the SMTP server said about one leased letter, to be recorded."""

    row: OutboundMessage
    at: datetime
    outcome: str  # sent | deferred | failed
    error: str = ""
    # the server could not be reached: the pass's problem, not the letter's
    unavailable: bool = False


def _send_due(
    rt: Runtime, due: list[int], tried: set[int], result: FlushResult, stop: threading.Event | None
) -> bool:
    """Send the rows in `due`; False when the server is unreachable or keeps failing (or we are
    stopping).

    One short transaction per letter records what happened to the letter just sent and leases
    the next; the SMTP conversation runs between them with no transaction open. The outbox
    goes first when it waits with the processing thread for SQLite's one writer. Once the
    server turns out to be unreachable, the rest of `due` is deferred without trying it: every
    one of them would cost a connection attempt (up to `timeout_seconds`) and a warning.
    """
    waiting = list(due)
    delivered: _Delivery | None = None
    consecutive_temporary = 0
    unavailable: _Delivery | None = None  # the attempt that found the server unreachable
    untried = 0
    going_on = True
    while True:
        with rt.store.atomic(urgent=True):
            if delivered is not None:
                outcome = _record(rt, delivered)
                consecutive_temporary = consecutive_temporary + 1 if outcome == "deferred" else 0
                setattr(result, outcome, getattr(result, outcome) + 1)
            row = None
            while row is None and waiting:
                if stop is not None and stop.is_set():
                    going_on = False
                    break
                if consecutive_temporary >= MAX_CONSECUTIVE_TEMPORARY and unavailable is None:
                    log.warning(
                        "outbox: mail server keeps failing; the rest waits for the next pass"
                    )
                    going_on = False
                    break
                outbound_id = waiting.pop(0)
                tried.add(outbound_id)
                now = rt.clock.now()
                row = rt.store.claim_outbound(outbound_id, now, now + _lease(rt), _owner())
        if row is None:
            break
        if unavailable is not None:
            delivered = _Delivery(row, rt.clock.now(), "deferred", unavailable.error, True)
            untried += 1
        else:
            delivered = _deliver(rt, row)
            if delivered.unavailable:
                unavailable = delivered
    if unavailable is not None:
        log.warning(
            "outbox: mail server unavailable, %d letter(s) deferred after one attempt: %s",
            untried + 1,
            unavailable.error,
        )
        return False
    return going_on


def _deliver(rt: Runtime, row: OutboundMessage) -> _Delivery:
    """Hand a leased letter to the server; no transaction is open meanwhile.

    Whatever goes wrong here belongs to this letter alone, unless the server could not be
    reached: reading the letter from the database stays outside, so that a database outage is
    never recorded as the letter's failure.
    """
    raw = rt.store.outbound_raw(row.id)
    now = rt.clock.now()
    try:
        rt.transport.send(row.mail_from, row.recipients.split(","), raw)
    except TransportUnavailableError as exc:
        return _Delivery(row, now, "deferred", str(exc), unavailable=True)
    except TemporaryTransportError as exc:
        return _Delivery(row, now, "deferred", str(exc))
    except PermanentTransportError as exc:
        return _Delivery(row, now, "failed", str(exc))
    except Exception as exc:
        # A case the transport does not sort (a bug, a library's surprise): failing this letter,
        # with the traceback in the log, lets every other letter go; raising would end the pass
        # and stop the same letter again at the head of every later one.
        log.exception("outbox #%d: unexpected error while sending", row.id)
        rt.transport.close()
        return _Delivery(row, now, "failed", f"unexpected error: {type(exc).__name__}: {exc}")
    checkpoint("after_send")  # accepted by the server, not yet committed as sent
    return _Delivery(row, now, "sent")


def _record(rt: Runtime, delivery: _Delivery) -> str:
    row = delivery.row
    if delivery.outcome == "deferred":
        return _defer(rt, row, delivery.error, delivery.at, quiet=delivery.unavailable)
    if delivery.outcome == "failed":
        return _fail(rt, row, delivery.error, delivery.at)
    return _sent(rt, row, delivery.at)


def _sent(rt: Runtime, row: OutboundMessage, now: datetime) -> str:
    rt.store.record_attempt(row, OutboundState.SENT, "", now)
    record(
        rt,
        row.request_id,
        "letter_sent",
        f"{row.purpose} {row.message_id}",
        cause_id=row.cause_id,
        at=now,
    )
    return "sent"


def _defer(
    rt: Runtime, row: OutboundMessage, error: str, now: datetime, quiet: bool = False
) -> str:
    """Retry later with backoff, or fail once `give_up_hours` have passed. `quiet`: the pass
    logs the unreachable server once for all its letters."""
    give_up_at = row.created_at + timedelta(hours=rt.settings.outbox.give_up_hours)
    if utcnow_naive(now) >= give_up_at:
        return _fail(rt, row, f"gave up after {rt.settings.outbox.give_up_hours} h: {error}", now)
    retry_at = now + backoff(row.attempts + 1, rt.settings.outbox.retry_seconds)
    rt.store.record_attempt(row, OutboundState.PENDING, error, now, retry_at)
    log.log(
        logging.DEBUG if quiet else logging.WARNING,
        "outbox #%d deferred (attempt %d): %s",
        row.id,
        row.attempts,
        error,
    )
    return "deferred"


def _fail(rt: Runtime, row: OutboundMessage, error: str, now: datetime) -> str:
    rt.store.record_attempt(row, OutboundState.FAILED, error, now)
    record(
        rt,
        row.request_id,
        "letter_failed",
        f"{row.purpose}: {error}",
        cause_id=row.cause_id,
        at=now,
    )
    log.error("outbox #%d failed permanently: %s", row.id, error)
    if row.purpose != "alert":  # an alert about a failed alert would only fail again
        request = Request.get_or_none(Request.id == row.request_id) if row.request_id else None
        alert(
            rt,
            "Surat tidak dapat dikirim",
            [
                f"Surat: {officer_letters.letter_name(row.purpose)} (outbox {row.id})",
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
