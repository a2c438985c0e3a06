"""IDLE: the daemon waits on a real Dovecot's IDLE and answers a new letter within seconds.

The legal clocks (reminders, escalations, lapses, digests on a FixedClock) need no server and
are in tests/workflow/test_clocks.py.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tests import mails
from tests.helpers import Daemon, append
from tests.servers import Dovecot, SmtpSink

pytestmark = pytest.mark.integration
CITIZEN = "rina.wulandari@warga.test"


def test_idle_delivers_a_receipt_within_seconds(
    configure: Callable[..., Path],
    tmp_path: Path,
    dovecot: Dovecot,
    imap_user: tuple[str, str],
    smtp: SmtpSink,
) -> None:
    user, password = imap_user
    config = configure()
    config.write_text(
        config.read_text()
        .replace("idle = no", "idle = yes")
        .replace("poll_seconds = 1", "poll_seconds = 600")
    )
    with Daemon(config, tmp_path / "daemon.log") as daemon:
        time.sleep(2)  # the daemon is up and idling; polling would wait 600 s
        started = time.monotonic()
        append(dovecot, user, password, mails.citizen("idle-1"))
        receipts = smtp.wait_to(CITIZEN, 1, timeout=15)
        elapsed = time.monotonic() - started
        assert len(receipts) == 1, daemon.log()
        assert elapsed < 15
        assert daemon.terminate() == 0
    assert "IDLE" in daemon.log()
