"""A time budget for one message: past it, processing is interrupted and the message shunted.

Every pattern on mail text runs in bounded time (tests/unit/test_bounded_time.py), but the next
slow step must not hold the desk either: without a budget, one message that takes hours keeps
every message behind it waiting. The budget is an interval timer (SIGALRM) whose handler raises
Overtime in the main thread. A thread could not do it: a regex holds the interpreter until it is
done, and nothing in another thread runs meanwhile. The regex engine, though, looks for pending
signals as it works (every few thousand steps) and gives up with the handler's exception, and
so does any Python code between two instructions.

Interrupting code at an arbitrary instruction is only safe where no shared state is half
changed. The handler therefore waits (and looks again every RETRY_SECONDS) while anything on the
stack is an adapter or a library that holds a lock, a connection, a child process or a cache:
a database call, the document reader, logging, a lock of `threading`. Overtime comes when that
call returns. Time spent reading attachments does not count at all (`paused`): the document
reader and Tesseract run in child processes with time limits of their own, and a letter with a
dozen photos may honestly take minutes.

Signals reach only the main thread, where the daemon processes messages; elsewhere (a daemon run
in a thread by a benchmark) there is no budget, and that is logged once.
"""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from types import FrameType

log = logging.getLogger(__name__)

RETRY_SECONDS = 0.05
# Never interrupted mid-call: module names (and their submodules) that hold shared state.
UNINTERRUPTIBLE = (
    "ppid_mailer.adapters",
    "ppid_mailer.service.watchdog",
    "peewee",
    "playhouse",
    "sqlite3",
    "psycopg2",
    "jinja2",
    "threading",
    "queue",
    "logging",
    "contextlib",
    "subprocess",
    "selectors",
    "importlib",
)


class Overtime(BaseException):
    """A message took longer than its budget.

    A BaseException, like KeyboardInterrupt: a parser that takes `except Exception` for "this
    input is broken, carry on" (parse.py's TNEF reader) must not swallow it and run on.
    """

    def __init__(self, seconds: float) -> None:
        super().__init__(f"processing took longer than {seconds:g} s")
        self.seconds = seconds


@dataclass
class _Budget:
    seconds: float
    armed: bool = True
    paused: bool = False
    due: bool = False  # the time ran out while paused


_active: _Budget | None = None
_warned = False


@contextmanager
def time_budget(seconds: float) -> Iterator[None]:
    """Raise Overtime inside the block once it has run `seconds` (0 = no budget).

    Leave the block before committing: once it is left no Overtime can come, so a message is
    either committed within its budget or rolled back with it, never both.
    """
    global _active
    if seconds <= 0 or _active is not None or not _main_thread():
        yield
        return
    budget = _Budget(seconds)
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    _active = budget
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        budget.armed = False  # an alarm that is already on its way now changes nothing
        signal.setitimer(signal.ITIMER_REAL, 0)
        _active = None
        signal.signal(signal.SIGALRM, previous)


@contextmanager
def paused() -> Iterator[None]:
    """Stop the budget's clock for work that is bounded by limits of its own."""
    budget = _active
    if budget is None or budget.paused or threading.current_thread() is not threading.main_thread():
        yield
        return
    budget.paused = True
    remaining, _ = signal.setitimer(signal.ITIMER_REAL, 0)
    try:
        yield
    finally:
        budget.paused = False
        if budget.armed:
            left = RETRY_SECONDS if budget.due else max(remaining, RETRY_SECONDS)
            signal.setitimer(signal.ITIMER_REAL, left)


def _on_alarm(signum: int, frame: FrameType | None) -> None:
    budget = _active
    if budget is None or not budget.armed:
        return
    if budget.paused:
        budget.due = True
        return
    if not interruptible(frame):
        signal.setitimer(signal.ITIMER_REAL, RETRY_SECONDS)
        return
    # Should something swallow this one, another follows after the same time again.
    signal.setitimer(signal.ITIMER_REAL, budget.seconds)
    raise Overtime(budget.seconds)


def interruptible(frame: FrameType | None) -> bool:
    """No frame on the stack belongs to a module that must not stop half-way."""
    while frame is not None:
        name = str(frame.f_globals.get("__name__", ""))
        if any(name == m or name.startswith(m + ".") for m in UNINTERRUPTIBLE):
            return False
        frame = frame.f_back
    return True


def _main_thread() -> bool:
    global _warned
    if threading.current_thread() is threading.main_thread():
        return True
    if not _warned:
        _warned = True
        log.warning("message time budget not enforced: messages are processed off the main thread")
    return False
