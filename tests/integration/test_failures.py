"""A real SMTP server says no, or is not there: a refused recipient fails the letter for good,
an outage is retried with backoff and then given up.

These run the pipeline in this process against real Dovecot and aiosmtpd, with a FixedClock so
that retries and give-up times can be stepped through. The conversations with robots, big mail
and bugs, which need no server, are in tests/workflow/test_failures.py.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from ppid_mailer.adapters.clock import FixedClock
from ppid_mailer.adapters.db import OutboundMessage, Request
from ppid_mailer.service.daemon import run_once
from tests import mails
from tests.servers import SmtpSink

pytestmark = pytest.mark.integration
OFFICER = "petugas@kota-uji.go.id"
CITIZEN = "rina.wulandari@warga.test"


def to(smtp: SmtpSink, address: str) -> list[str]:
    return [m.message["Subject"] for m in smtp.messages if address in m.rcpt_tos]


def test_permanent_refusal_fails_the_letter_and_alerts(server_desk, smtp: SmtpSink) -> None:
    smtp.refuse["hilang@warga.test"] = "550 5.1.1 no such user"
    rt = server_desk()
    server_desk.deliver(mails.citizen("p1", sender="hilang@warga.test"))
    run_once(rt)
    row = OutboundMessage.get(OutboundMessage.purpose == "receipt")
    assert row.state == "failed" and "550" in row.last_error
    assert "letter_failed" in [e.action for e in Request.get().events]
    assert to(smtp, OFFICER) == [
        f"[PPID] Permohonan baru {Request.get().number}",
        f"[PPID] Surat tidak dapat dikirim ({Request.get().number})",
    ]


def test_smtp_outage_is_retried_with_backoff_then_given_up(server_desk, tmp_path: Path) -> None:
    clock = FixedClock(datetime(2026, 11, 30, 2, tzinfo=UTC))
    sink = SmtpSink()
    port = sink.port
    sink.stop()  # the mail server is down
    rt = server_desk(clock, outbox={"port": port, "give_up_hours": 2})
    server_desk.deliver(mails.citizen("o1"))
    first = run_once(rt)
    assert first.flushed.deferred == 2
    row = OutboundMessage.get(OutboundMessage.purpose == "receipt")
    assert row.state == "pending" and row.attempts == 1 and "connection refused" in row.last_error

    clock.advance(seconds=30)
    assert run_once(rt).flushed.deferred == 0  # not due yet: backoff
    clock.advance(minutes=1)
    sink = SmtpSink(port=port)  # the server is back
    try:
        assert run_once(rt).flushed.sent == 2  # receipt and notification
        assert len(sink.wait_to(CITIZEN, 1)) == 1
    finally:
        sink.stop()

    server_desk.deliver(mails.citizen("o2"))
    run_once(rt)  # down again: deferred
    clock.advance(hours=3)
    run_once(rt)
    failed = OutboundMessage.get(
        OutboundMessage.state == "failed", OutboundMessage.purpose == "receipt"
    )
    assert "gave up after 2 h" in failed.last_error
    assert json.loads(Request.get(Request.id == failed.request_id).missing) == []
