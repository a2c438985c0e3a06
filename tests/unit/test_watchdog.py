"""The message time budget interrupts a runaway regex, and nothing else.

No wall-clock time is asserted. The runaway step is the fault hook's catastrophic regex (most of
a minute uninterrupted): a budget that fails to stop it fails the test by not raising.
"""

from __future__ import annotations

import re
import signal
import sys
import threading
import time

import pytest

from ppid_mailer.faults import _RUNAWAY, RUNAWAY_INPUT
from ppid_mailer.service.watchdog import Overtime, interruptible, paused, time_budget


def runaway() -> None:
    _RUNAWAY.match(RUNAWAY_INPUT)


def test_a_runaway_regex_is_interrupted() -> None:
    with pytest.raises(Overtime, match=r"^processing took longer than 0\.2 s$"):
        with time_budget(0.2):
            runaway()


def test_nothing_is_left_behind() -> None:
    before = signal.getsignal(signal.SIGALRM)
    with time_budget(5):
        pass
    with pytest.raises(Overtime):
        with time_budget(0.1):
            runaway()
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGALRM) is before
    time.sleep(0.2)  # no late alarm arrives


def test_zero_means_no_budget() -> None:
    with time_budget(0):
        assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_paused_time_does_not_count() -> None:
    reached = []
    with pytest.raises(Overtime):
        with time_budget(0.1):
            with paused():
                time.sleep(0.3)  # three budgets, on a stopped clock: nothing happens
                reached.append("end of pause")
            runaway()
    assert reached == ["end of pause"]


def test_an_adapter_call_is_finished_before_the_budget_interrupts() -> None:
    """A call into a module that holds shared state (here a stand-in adapter) runs to its end;
    Overtime comes as soon as it has returned."""
    adapter = {"__name__": "ppid_mailer.adapters.example", "re": re}
    exec(  # a function whose module name is an adapter's
        "def slow(pattern, text):\n    pattern.match(text)\n    return 'finished'\n", adapter
    )
    results = []
    with pytest.raises(Overtime):
        with time_budget(0.05):
            results.append(adapter["slow"](_RUNAWAY, "a" * 33 + "!"))  # past the budget
            runaway()
    assert results == ["finished"]


def test_which_frames_may_be_interrupted() -> None:
    frame = sys._getframe()
    assert interruptible(frame)
    caught = []

    def inside_a_lock() -> None:
        caught.append(interruptible(sys._getframe()))

    timer = threading.Timer(0, inside_a_lock)  # runs in threading's frames
    timer.start()
    timer.join()
    assert caught == [False]


def test_no_budget_off_the_main_thread() -> None:
    """Signals reach only the main thread: elsewhere the block just runs."""
    done = []

    def work() -> None:
        with time_budget(0.05):
            done.append(signal.getitimer(signal.ITIMER_REAL))

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert done == [(0.0, 0.0)]
