"""The main loop: fetch -> process -> flush, once or forever.

An outage (IMAP, SMTP, database) is logged as one line and retried with backoff; the loop itself
never exits on an error, only on SIGTERM/SIGINT, after finishing the step it is in.
"""

from __future__ import annotations

import logging
import signal
import threading
from dataclasses import dataclass
from types import FrameType

from ppid_mailer.errors import MailboxError, PpidError, StoreError

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


def run_once(rt: Runtime) -> PassResult:
    """Fetch everything waiting, process it, flush the outbox.

    A mailbox outage does not stop processing and sending what is already stored.
    """
    inbox_error = ""
    try:
        intake = fetch_and_store(rt)
    except MailboxError as exc:
        inbox_error = str(exc)
        log.error("inbox unavailable: %s", exc)
        intake = IntakeResult()
    processed = process_pending(rt)
    flushed = flush(rt)
    return PassResult(intake, processed, flushed, inbox_error)


def run_forever(rt: Runtime, stop: threading.Event | None = None) -> None:
    stop = stop or threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        log.info("signal %d: finishing the current step, then exiting", signum)
        stop.set()

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, on_signal)
        signal.signal(signal.SIGINT, on_signal)
    failures = 0
    log.info(
        "ppid-mailer running: inbox %s, polling every %d s",
        rt.mailbox.name,
        rt.settings.inbox.poll_seconds,
    )
    while not stop.is_set():
        try:
            result = run_once(rt)
            failures = failures + 1 if result.inbox_error else 0
        except (StoreError, PpidError) as exc:
            failures += 1
            log.error("pass failed, retrying: %s", exc)
        wait = rt.settings.inbox.poll_seconds if not failures else min(2**failures, 300)
        stop.wait(wait)
    log.info("ppid-mailer stopped")
