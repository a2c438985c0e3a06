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
import schedule

from ppid_mailer.adapters.clock import Clock
from ppid_mailer.adapters.metrics import open_metrics
from ppid_mailer.errors import MailboxError, PpidError

from .intake import IntakeResult, fetch_and_store
from .jobs import run_jobs
from .letter_queue import alert
from .outbox import FlushResult, SendAlong, flush
from .pipeline import ProcessResult, process_pending
from .runtime import Runtime

# Reminders, escalation, lapse and the digest are idempotent: running them often costs a few
# queries and never sends twice; this only bounds how late a reminder can be.
JOB_MINUTES = 5

log = logging.getLogger(__name__)


@dataclass
class PassResult:
    intake: IntakeResult
    processed: ProcessResult
    flushed: FlushResult
    inbox_error: str = ""


def run_once(
    rt: Runtime, quiet: bool = False, jobs: bool = True, stop: threading.Event | None = None
) -> PassResult:
    """Fetch everything waiting, process it, flush the outbox, run due jobs.

    A mailbox outage does not stop processing and sending what is already stored. `quiet`
    leaves logging the outage to the caller (the daemon logs it once, not every pass); the
    daemon runs the jobs on its own schedule (`jobs=False`).
    """
    errors = []
    intake = IntakeResult()
    for mailbox in rt.mailboxes or [rt.mailbox]:
        try:
            part = fetch_and_store(rt, mailbox)
        except MailboxError as exc:
            errors.append(str(exc))
            if not quiet:
                log.error("inbox unavailable: %s", exc)
            continue
        intake.stored += part.stored
        intake.already_stored += part.already_stored
        intake.duplicates += part.duplicates
    inbox_error = "; ".join(errors)
    sender = SendAlong(rt, stop) if rt.store.has_pending_work() else None
    try:
        processed = process_pending(rt, stop)
    finally:
        sent_along = sender.finish() if sender is not None else FlushResult()
    if jobs and not (stop is not None and stop.is_set()):
        run_jobs(rt)
    # The sending thread found the mail server down: what was queued since waits for the next
    # pass rather than costing another connection attempt and warning in this one.
    flushed = FlushResult() if sent_along.outage else flush(rt, stop)
    flushed.add(sent_along)
    sent_along.log()
    return PassResult(intake, processed, flushed, inbox_error)


def jobs_then_flush(rt: Runtime) -> None:
    run_jobs(rt)
    flush(rt)


class Outage:
    """Logs a failing part once when it fails and once when it recovers, not every pass."""

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self.since: dict[str, datetime] = {}
        self.last_error: dict[str, str] = {}

    def failed(self, part: str, error: str) -> None:
        if part not in self.since:
            self.since[part] = self.clock.now()
            log.error("%s unavailable, retrying with backoff: %s", part, error)
        self.last_error[part] = error

    def lasting(self, part: str, minutes: int) -> datetime | None:
        """When `part` started failing, if it has been failing for `minutes` or more."""
        started = self.since.get(part)
        if started is not None and (self.clock.now() - started).total_seconds() >= minutes * 60:
            return started
        return None

    def ok(self, part: str) -> None:
        started = self.since.pop(part, None)
        if started is not None:
            seconds = (self.clock.now() - started).total_seconds()
            log.info("%s available again after %.0f s; resuming", part, seconds)

    @property
    def count(self) -> int:
        return len(self.since)


def _alert_on_stall(rt: Runtime, outage: Outage) -> None:
    """Fetching has failed for `stall_alert_minutes`: mail the admin once for this outage."""
    minutes = rt.settings.inbox.stall_alert_minutes
    started = outage.lasting("inbox", minutes)
    if started is None:
        return
    try:
        with rt.store.atomic():
            alert(
                rt,
                "Kotak masuk PPID tidak dapat dibaca",
                [
                    f"Sejak: {started.astimezone(rt.zone):%Y-%m-%d %H:%M %Z} (lebih dari {minutes} menit)",
                    f"Kesalahan: {outage.last_error.get('inbox', '')}",
                ],
                "Periksa server IMAP dan `ppid-mailer check`. Surel warga menunggu di server dan "
                "akan diproses begitu kotak masuk dapat dibaca lagi.",
                dedupe_key=f"stall:{started.isoformat()}",
                technical=True,
            )
        flush(rt)
    except (PpidError, pw.PeeweeException) as exc:
        log.error("could not queue the stall alert: %s", exc)


def run_forever(rt: Runtime, stop: threading.Event | None = None) -> None:
    """Poll, process, send until SIGTERM/SIGINT; the current step finishes before exit."""
    stop = stop or threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        log.info("signal %d: finishing the current step, then exiting", signum)
        stop.set()

    def on_reload(signum: int, frame: FrameType | None) -> None:
        log.info("SIGHUP: reloading letter templates")
        rt.renderer.reload()

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, on_signal)
        signal.signal(signal.SIGINT, on_signal)
        signal.signal(signal.SIGHUP, on_reload)
    outage = Outage(rt.clock)
    metrics = open_metrics(rt.settings.metrics.address, rt.settings.metrics.port)
    failures = 0
    poll = rt.settings.inbox.poll_seconds
    scheduler = schedule.Scheduler()
    scheduler.every(JOB_MINUTES).minutes.do(jobs_then_flush, rt)
    log.info(
        "ppid-mailer running: inbox %s, %s",
        rt.mailbox.name,
        "IDLE" if rt.settings.inbox.idle else f"polling every {poll} s",
    )
    first = True
    while not stop.is_set():
        try:
            result = run_once(rt, quiet=True, jobs=first, stop=stop)
            metrics.observe(
                result.intake.stored,
                len(result.processed.outcomes),
                result.processed.shunted,
                result.flushed.sent,
                result.flushed.deferred,
                result.flushed.failed,
                not result.inbox_error,
            )
            first = False
            scheduler.run_pending()
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
        _alert_on_stall(rt, outage)
        failures = failures + 1 if outage.count else 0
        if failures:
            stop.wait(min(2 ** min(failures, 8), 300, poll * 10))
            continue
        try:
            rt.mailbox.wait_for_mail(poll, stop)
        except MailboxError as exc:
            outage.failed("inbox", str(exc))
            failures += 1
    rt.mailbox.close()
    log.info("ppid-mailer stopped")
