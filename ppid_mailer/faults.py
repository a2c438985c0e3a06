"""Crash points and a slow step for the fault-injection tests.

`checkpoint(name)` kills the process with SIGKILL when $PPID_MAILER_CRASH_AT names that point,
so that tests can prove a crash at each step loses and repeats nothing. `stall(subject)` makes
the processing of a message whose subject contains $PPID_MAILER_STALL_ON run away, so that tests
can prove the time budget stops it and the next message goes on. Unset in production, each
costs one dictionary lookup.
"""

from __future__ import annotations

import os
import re
import signal

# In pipeline order: fetched, stored (committed), acknowledged on the server, processed
# (request + queued letters committed), sent (accepted by SMTP, not yet marked sent).
POINTS = ("after_fetch", "after_store", "after_ack", "after_process", "after_send")


def checkpoint(name: str) -> None:
    if os.environ.get("PPID_MAILER_CRASH_AT") == name:
        os.kill(os.getpid(), signal.SIGKILL)


# Catastrophic on purpose: each "a" can be read as "a" or as half of "aa", and the "!" makes every
# way fail, so the engine tries them all (some 40 s here; each further "a" costs 1.6 times more).
# A regex, not a sleep: it holds the interpreter as a runaway pattern on mail text would.
_RUNAWAY = re.compile(r"(?:a|aa)+$")
RUNAWAY_INPUT = "a" * 44 + "!"


def stall(subject: str) -> None:
    marker = os.environ.get("PPID_MAILER_STALL_ON")
    if marker and marker in subject:
        _RUNAWAY.match(RUNAWAY_INPUT)
