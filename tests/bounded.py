"""A deadline for one call: hostile input must cost a bounded time, and a test says so without
timing anything on a clock it could lose to a slow machine.

`run_bounded(what, call)` runs `call()` under a timer signal (SIGALRM) and fails the test
naming `what` when it is not done after `seconds`. A signal, because a regex or a parser holds
the interpreter: no other thread could stop it, but the interpreter (and the regex engine)
looks for signals as it works and gives up with the handler's exception. The deadline is far
above what honest work costs (well under a second) and far below what work that grows with
the square of the input needs.
"""

from __future__ import annotations

import signal
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

import pytest

DEADLINE_SECONDS = 5.0
T = TypeVar("T")


class DeadlineMissed(BaseException):
    """Raised by the timer; a BaseException, so that no `except Exception` in the code under
    test can swallow it and carry on."""


@contextmanager
def deadline(seconds: float, what: str) -> Iterator[None]:
    def expire(signum: int, frame: object) -> None:
        raise DeadlineMissed(f"{what}: not done after {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def run_bounded(what: str, call: Callable[[], T], seconds: float = DEADLINE_SECONDS) -> T:
    """call() within `seconds`, else the test fails naming `what`."""
    try:
        with deadline(seconds, what):
            return call()
    except DeadlineMissed as missed:
        pytest.fail(str(missed), pytrace=False)
