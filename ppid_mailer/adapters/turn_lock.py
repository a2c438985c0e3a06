"""The lock SQLite's one writer is queued on by the threads of one process (see Store.atomic)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager


class TurnLock:
    """A re-entrant lock for SQLite's one writer, with a fast lane.

    threading.RLock lets the thread that releases it take it straight back: the processing
    thread, running one transaction after another, would keep the outbox thread waiting to the
    end of the backlog. An `urgent` holder (the outbox: one short transaction per letter) goes
    before waiting ordinary ones, and spends the rest of its time talking SMTP, unlocked.
    """

    def __init__(self) -> None:
        self._turns = threading.Condition()
        self._owner: int | None = None
        self._depth = 0
        self._urgent_waiting = 0

    @contextmanager
    def hold(self, urgent: bool = False) -> Iterator[None]:
        me = threading.get_ident()
        with self._turns:
            if self._owner == me:
                self._depth += 1
            else:
                self._urgent_waiting += urgent
                try:
                    while self._owner is not None or (not urgent and self._urgent_waiting):
                        self._turns.wait()
                finally:
                    self._urgent_waiting -= urgent
                self._owner, self._depth = me, 1
        try:
            yield
        finally:
            with self._turns:
                self._depth -= 1
                if self._depth == 0:
                    self._owner = None
                    self._turns.notify_all()
