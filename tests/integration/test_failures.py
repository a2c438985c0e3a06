"""A real SMTP server says no, or is not there: a refused recipient fails the letter for good,
an outage is retried with backoff and then given up.

These run the pipeline in this process against real Dovecot and aiosmtpd, with a FixedClock so
that retries and give-up times can be stepped through. The conversations with robots, big mail
and bugs, which need no server, are in tests/workflow/test_failures.py.
"""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime
from pathlib import Path

import pytest

from ppid_mailer.adapters.clock import FixedClock
from ppid_mailer.adapters.models import InboundMessage, OutboundMessage, Request
from ppid_mailer.adapters.transport import SmtpTransport
from ppid_mailer.service.daemon import run_once
from ppid_mailer.service.listings import inbound_table
from ppid_mailer.service.outbox import flush
from ppid_mailer.service.repair import replay_inbound
from tests import mails
from tests.servers import SmtpSink, free_port

pytestmark = pytest.mark.integration
OFFICER = "petugas@kota-uji.go.id"
CITIZEN = "rina.wulandari@warga.test"
SHUNT_ALERT = "[PPID] Pesan masuk tidak dapat diproses"


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


def queue_alerts(rt, count: int) -> None:  # type: ignore[no-untyped-def]
    with rt.store.atomic():
        for i in range(count):
            rt.store.queue_outbound(
                request=None,
                cause_id=None,
                dedupe_key=f"letter:{i}",
                purpose="alert",
                message_id=f"<letter-{i}@ppid.test>",
                mail_from="ppid@kota-uji.go.id",
                recipients=[OFFICER],
                raw=f"Message-ID: <letter-{i}@ppid.test>\r\nSubject: {i}\r\n\r\nisi\r\n".encode(),
                now=rt.clock.now(),
            )


def test_an_unreachable_server_costs_one_attempt_and_one_warning(
    server_desk, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """Connection refused: the pass stops trying; every letter due is deferred, not one
    connection attempt (up to `timeout_seconds` each) and one warning per letter."""
    rt = server_desk(outbox={"port": free_port()})  # nothing listens there
    queue_alerts(rt, 6)
    connects: list[int] = []
    connect = SmtpTransport.connect
    monkeypatch.setattr(SmtpTransport, "connect", lambda self: connects.append(1) or connect(self))
    with caplog.at_level(logging.DEBUG, logger="ppid_mailer"):
        result = flush(rt)
    assert (result.sent, result.deferred, result.failed, result.outage) == (0, 6, 0, True)
    assert len(connects) == 1
    warnings = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(warnings) == 1 and "connection refused" in warnings[0], warnings
    assert "6 letter(s)" in warnings[0]
    rows = OutboundMessage.select()
    assert {(r.state, r.attempts, r.claimed_by) for r in rows} == {("pending", 1, "")}
    assert all("connection refused" in r.last_error for r in rows)

    sink = SmtpSink(port=rt.settings.outbox.port)  # back: after the backoff all six go
    try:
        rt.clock.advance(minutes=2)
        assert flush(rt).sent == 6
        assert len(sink.wait_for(6)) == 6
    finally:
        sink.stop()


def test_an_unexpected_error_in_one_letter_fails_only_that_letter(
    server_desk, smtp: SmtpSink, monkeypatch: pytest.MonkeyPatch
) -> None:
    rt = server_desk()
    queue_alerts(rt, 3)
    send = SmtpTransport.send

    def buggy(self, mail_from: str, recipients: list[str], raw: bytes) -> None:  # type: ignore[no-untyped-def]
        if b"<letter-0@" in raw:
            raise RuntimeError("a bug in one letter")
        send(self, mail_from, recipients, raw)

    monkeypatch.setattr(SmtpTransport, "send", buggy)
    result = flush(rt)
    assert (result.sent, result.failed) == (2, 1)
    failed = OutboundMessage.get(OutboundMessage.state == "failed")
    assert failed.message_id == "<letter-0@ppid.test>"
    assert failed.last_error == "unexpected error: RuntimeError: a bug in one letter"
    assert len(smtp.wait_for(2)) == 2


SHUNT_ALERT = "[PPID] Pesan masuk tidak dapat diproses"


def test_a_message_over_its_time_budget_is_shunted_and_the_next_goes_on(
    server_desk, smtp: SmtpSink, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A runaway regex (the fault hook's) in one message: interrupted at the budget, rolled
    back, shunted with the reason; the message behind it is processed in the same pass, and the
    slow one is processed once when replayed without the fault."""
    rt = server_desk(limits={"message_seconds": 3})
    monkeypatch.setenv("PPID_MAILER_STALL_ON", "lambat")
    server_desk.deliver(mails.citizen("lambat-1"))
    server_desk.deliver(mails.citizen("biasa-1"))
    result = run_once(rt)

    assert result.processed.shunted == 1
    assert [o.split(" (")[0] for o in result.processed.outcomes] == [
        f"registered {Request.get().number}"
    ]
    slow = InboundMessage.get(InboundMessage.state == "shunted")
    assert slow.subject == "Permohonan informasi lambat-1"
    assert slow.reason == "processing took longer than 3 s"
    assert "Overtime: processing took longer than 3 s" in slow.error
    assert "in stall" in slow.error  # the traceback shows where it was interrupted
    assert "processing took longer than 3 s" in inbound_table(rt.store, "shunted")
    assert Request.select().count() == 1  # nothing of the slow one was kept
    alerts = [m for m in smtp.wait_for(3) if m.message["Subject"] == SHUNT_ALERT]
    assert len(alerts) == 1 and "processing took longer than 3 s" in alerts[0].text

    monkeypatch.delenv("PPID_MAILER_STALL_ON")
    assert replay_inbound(rt.store, slow.id).startswith("inbound")
    assert run_once(rt).processed.shunted == 0
    assert InboundMessage.get_by_id(slow.id).state == "done"
    assert Request.select().count() == 2
    assert len(smtp.wait_to(CITIZEN, 3, timeout=1)) == 2  # one receipt each, none twice
