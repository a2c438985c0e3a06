"""The main loop: fetch -> process -> flush, once or forever.

An outage (IMAP, SMTP, database) is logged as one line and retried with backoff; the loop itself
never exits on an error, only on SIGTERM/SIGINT, after finishing the step it is in.
"""

from __future__ import annotations

import logging
import signal
import threading
from dataclasses import dataclass
from datetime import datetime
from types import FrameType

import peewee as pw

from ppid_mailer.adapters.clock import Clock
from ppid_mailer.errors import MailboxError, PpidError

from .intake import IntakeResult, fetch_and_store
from .outbox import FlushResult, flush
from .pipeline import ProcessResult, process_pending
from .runtime import Runtime

log = logging.getLogger(__name__)


@dataclass
class PassResult:
    intake: IntakeResult
    processed: ProcessResult
    flushed: FlushResult
    inbox_error: str = ""


def run_once(rt: Runtime, quiet: bool = False) -> PassResult:
    """Fetch everything waiting, process it, flush the outbox.

    A mailbox outage does not stop processing and sending what is already stored. `quiet`
    leaves logging the outage to the caller (the daemon logs it once, not every pass).
    """
    inbox_error = ""
    try:
        intake = fetch_and_store(rt)
    except MailboxError as exc:
        inbox_error = str(exc)
        if not quiet:
            log.error("inbox unavailable: %s", exc)
        intake = IntakeResult()
    processed = process_pending(rt)
    flushed = flush(rt)
    return PassResult(intake, processed, flushed, inbox_error)


class Outage:
    """Logs a failing part once when it fails and once when it recovers, not every pass."""

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self.since: dict[str, datetime] = {}

    def failed(self, part: str, error: str) -> None:
        if part not in self.since:
            self.since[part] = self.clock.now()
            log.error("%s unavailable, retrying with backoff: %s", part, error)

    def ok(self, part: str) -> None:
        started = self.since.pop(part, None)
        if started is not None:
            seconds = (self.clock.now() - started).total_seconds()
            log.info("%s available again after %.0f s; resuming", part, seconds)

    @property
    def count(self) -> int:
        return len(self.since)


def run_forever(rt: Runtime, stop: threading.Event | None = None) -> None:
    """Poll, process, send until SIGTERM/SIGINT; the current step finishes before exit."""
    stop = stop or threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        log.info("signal %d: finishing the current step, then exiting", signum)
        stop.set()

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, on_signal)
        signal.signal(signal.SIGINT, on_signal)
    outage = Outage(rt.clock)
    failures = 0
    poll = rt.settings.inbox.poll_seconds
    log.info("ppid-mailer running: inbox %s, polling every %d s", rt.mailbox.name, poll)
    while not stop.is_set():
        try:
            result = run_once(rt, quiet=True)
            outage.ok("database")
            if result.inbox_error:
                outage.failed("inbox", result.inbox_error)
            else:
                outage.ok("inbox")
        except (PpidError, pw.PeeweeException) as exc:
            outage.failed(
                "database", str(exc).strip().splitlines()[0] if str(exc).strip() else repr(exc)
            )
            rt.store.reconnect()
        failures = failures + 1 if outage.count else 0
        stop.wait(poll if not failures else min(2 ** min(failures, 8), 300, poll * 10))
    log.info("ppid-mailer stopped")
