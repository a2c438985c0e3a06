"""Crash points for the fault-injection tests.

`checkpoint(name)` kills the process with SIGKILL when $PPID_MAILER_CRASH_AT names that point,
so that tests can prove a crash at each step loses and repeats nothing. Unset in production, it
costs one dictionary lookup.
"""

from __future__ import annotations

import os
import signal

# In pipeline order: fetched, stored (committed), acknowledged on the server, processed
# (request + queued letters committed), sent (accepted by SMTP, not yet marked sent).
POINTS = ("after_fetch", "after_store", "after_ack", "after_process", "after_send")


def checkpoint(name: str) -> None:
    if os.environ.get("PPID_MAILER_CRASH_AT") == name:
        os.kill(os.getpid(), signal.SIGKILL)
