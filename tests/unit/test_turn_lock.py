"""The lock SQLite's writers queue on: re-entrant, and the outbox's short turns go first."""

from __future__ import annotations

import threading
import time

from ppid_mailer.adapters.turn_lock import TurnLock


def test_re_entrant_in_one_thread() -> None:
    lock = TurnLock()
    with lock.hold(), lock.hold(urgent=True):
        pass
    with lock.hold():  # released fully: free again
        pass


def test_an_urgent_waiter_goes_before_an_ordinary_one() -> None:
    lock = TurnLock()
    order: list[str] = []

    def take(name: str, urgent: bool) -> None:
        with lock.hold(urgent):
            order.append(name)

    with lock.hold():
        ordinary = threading.Thread(target=take, args=("ordinary", False))
        ordinary.start()
        urgent = threading.Thread(target=take, args=("urgent", True))
        urgent.start()
        deadline = time.monotonic() + 5
        while lock._urgent_waiting == 0 and time.monotonic() < deadline:
            time.sleep(0.001)
        assert lock._urgent_waiting == 1
    ordinary.join(5)
    urgent.join(5)
    assert order == ["urgent", "ordinary"]
