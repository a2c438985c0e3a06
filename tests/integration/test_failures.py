"""Never lose, never duplicate, never loop: conversations with robots, bad servers and bugs.

These run the pipeline in this process against real Dovecot and aiosmtpd, with a FixedClock so
that retries and give-up times can be stepped through.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from ppid_mailer.adapters.clock import FixedClock
from ppid_mailer.adapters.db import InboundMessage, OutboundMessage, Request
from ppid_mailer.core.domain import Kind
from ppid_mailer.service import handlers
from ppid_mailer.service.daemon import run_once
from ppid_mailer.service.reports import inbound_table, replay_inbound
from tests import mails
from tests.servers import SmtpSink

pytestmark = pytest.mark.integration
OFFICER = "petugas@kota-uji.go.id"
CITIZEN = "rina.wulandari@warga.test"
SHUNT_ALERT = "[PPID] Pesan masuk tidak dapat diproses"


def to(smtp: SmtpSink, address: str) -> list[str]:
    return [m.message["Subject"] for m in smtp.messages if address in m.rcpt_tos]


def test_bounce_of_a_receipt_marks_the_address_and_tells_officers(desk, smtp: SmtpSink) -> None:
    rt = desk()
    desk.deliver(mails.citizen("b1"))
    run_once(rt)
    [receipt] = smtp.wait_to(CITIZEN, 1)

    desk.deliver(mails.dsn(receipt.data, "rina.wulandari@warga.test"))
    result = run_once(rt)

    assert result.processed.outcomes[0].startswith("bounce: not answered: bounce of outbox #1")
    request = Request.get()
    assert request.contact_undeliverable is True
    assert OutboundMessage.get_by_id(1).state == "bounced"
    alerts = to(smtp, OFFICER)
    assert alerts == [
        f"[PPID] Permohonan baru {request.number}",
        f"[PPID] Surel kepada pemohon tidak terkirim ({request.number})",
    ]
    assert "5.1.1" in smtp.messages[-1].text
    assert not any(
        "mx.warga.test" in r or "mailer-daemon" in r.lower()
        for m in smtp.messages
        for r in m.rcpt_tos
    )
    assert len(smtp.messages) == 3


def test_bounce_matched_by_verp_return_path(desk, smtp: SmtpSink) -> None:
    rt = desk(outbox={"verp": True})
    desk.deliver(mails.citizen("v1"))
    run_once(rt)
    [receipt] = smtp.wait_to(CITIZEN, 1)
    assert receipt.mail_from == "ppid+b1@kota-uji.go.id"

    # A bounce that returns no headers at all, only to the VERP address.
    bare = mails.dsn(
        b"Subject: x\r\n\r\n", "rina.wulandari@warga.test", to="ppid+b1@kota-uji.go.id"
    )
    desk.deliver(bare)
    run_once(rt)
    assert Request.get().contact_undeliverable is True
    assert len(to(smtp, OFFICER)) == 2  # the notification, then the bounce alert


@pytest.mark.parametrize("name", sorted(mails.AUTO_REPLIES))
def test_robots_are_never_answered(desk, smtp: SmtpSink, name: str) -> None:
    rt = desk()
    desk.deliver(mails.AUTO_REPLIES[name].encode())
    result = run_once(rt)
    assert len(result.processed.outcomes) == 1
    assert "not answered" in result.processed.outcomes[0]
    assert Request.select().count() == 0
    assert smtp.wait_for(1, timeout=0.3) == []


def test_spam_is_held_and_not_answered(desk, smtp: SmtpSink) -> None:
    rt = desk()
    desk.deliver(mails.citizen("s1", extra={"X-Spam-Flag": "YES"}))
    desk.deliver(mails.citizen("s2", extra={"X-Spam-Status": "Yes, score=7.3 required=5.0"}))
    desk.deliver(mails.citizen("s3", extra={"X-Spam-Score": "1.2"}))
    run_once(rt)
    states = [(r.state, r.kind) for r in InboundMessage.select().order_by(InboundMessage.id)]
    assert states == [("held", "spam"), ("held", "spam"), ("done", "new_request")]
    assert len(smtp.wait_to(CITIZEN, 2, timeout=0.5)) == 1


def test_a_robot_that_looks_human_is_braked_after_the_daily_limit(desk, smtp: SmtpSink) -> None:
    rt = desk(limits={"auto_replies_per_sender_per_day": 3})
    for i in range(5):
        desk.deliver(mails.citizen(f"loop-{i}", sender="robot@loop.test"))
    run_once(rt)
    assert Request.select().count() == 5  # every letter is still a registered request
    assert len(smtp.wait_to("robot@loop.test", 4, timeout=0.5)) == 3
    events = [e.action for r in Request.select() for e in r.events]
    assert events.count("auto_reply_suppressed") == 2


def test_oversized_message_is_kept_and_the_sender_told_the_limit(desk, smtp: SmtpSink) -> None:
    rt = desk(limits={"max_message_mb": 1})
    raw = mails.citizen("big", attachment=b"%PDF-1.4 " + b"x" * (1536 * 1024))
    desk.deliver(raw)
    run_once(rt)
    row = InboundMessage.get()
    assert (row.state, row.kind) == ("held", "too_large")
    assert len(rt.store.inbound_raw(row.id)) == row.size >= len(raw)
    [letter] = smtp.wait_to(CITIZEN, 1)
    assert letter.message["Subject"] == "Surel Anda terlalu besar untuk diproses"
    assert "melebihi batas 1 MB" in " ".join(letter.text.split())
    assert Request.select().count() == 0


def test_a_bug_shunts_one_message_alerts_and_replay_recovers(
    desk, smtp: SmtpSink, monkeypatch: pytest.MonkeyPatch
) -> None:
    rt = desk()
    original = handlers.HANDLERS[Kind.NEW_REQUEST]

    def broken(rt_, row, mail, decision, replied):  # type: ignore[no-untyped-def]
        if "bug" in mail.subject:
            raise ValueError("simulated bug in a handler")
        return original(rt_, row, mail, decision, replied)

    monkeypatch.setitem(handlers.HANDLERS, Kind.NEW_REQUEST, broken)
    desk.deliver(mails.citizen("bug-1"))
    desk.deliver(mails.citizen("ok-1"))
    result = run_once(rt)

    assert result.processed.shunted == 1
    shunted = InboundMessage.get(InboundMessage.state == "shunted")
    assert "ValueError: simulated bug" in shunted.error
    assert Request.select().count() == 1  # the other message went through; nothing half-done
    subjects = [m.message["Subject"] for m in smtp.wait_for(3)]
    assert "[PPID] Pesan masuk tidak dapat diproses" in subjects

    monkeypatch.setitem(handlers.HANDLERS, Kind.NEW_REQUEST, original)
    assert replay_inbound(rt.store, shunted.id).startswith("inbound")
    run_once(rt)
    assert Request.select().count() == 2
    assert InboundMessage.get_by_id(shunted.id).state == "done"


def test_a_message_over_its_time_budget_is_shunted_and_the_next_goes_on(
    desk, smtp: SmtpSink, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A runaway regex (the fault hook's) in one message: interrupted at the budget, rolled
    back, shunted with the reason; the message behind it is processed in the same pass, and the
    slow one is processed once when replayed without the fault."""
    rt = desk(limits={"message_seconds": 3})
    monkeypatch.setenv("PPID_MAILER_STALL_ON", "lambat")
    desk.deliver(mails.citizen("lambat-1"))
    desk.deliver(mails.citizen("biasa-1"))
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


def test_permanent_refusal_fails_the_letter_and_alerts(desk, smtp: SmtpSink) -> None:
    smtp.refuse["hilang@warga.test"] = "550 5.1.1 no such user"
    rt = desk()
    desk.deliver(mails.citizen("p1", sender="hilang@warga.test"))
    run_once(rt)
    row = OutboundMessage.get(OutboundMessage.purpose == "receipt")
    assert row.state == "failed" and "550" in row.last_error
    assert "letter_failed" in [e.action for e in Request.get().events]
    assert to(smtp, OFFICER) == [
        f"[PPID] Permohonan baru {Request.get().number}",
        f"[PPID] Surat tidak dapat dikirim ({Request.get().number})",
    ]


def test_smtp_outage_is_retried_with_backoff_then_given_up(desk, tmp_path: Path) -> None:
    clock = FixedClock(datetime(2026, 11, 30, 2, tzinfo=UTC))
    sink = SmtpSink()
    port = sink.port
    sink.stop()  # the mail server is down
    rt = desk(clock, outbox={"port": port, "give_up_hours": 2})
    desk.deliver(mails.citizen("o1"))
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

    desk.deliver(mails.citizen("o2"))
    run_once(rt)  # down again: deferred
    clock.advance(hours=3)
    run_once(rt)
    failed = OutboundMessage.get(
        OutboundMessage.state == "failed", OutboundMessage.purpose == "receipt"
    )
    assert "gave up after 2 h" in failed.last_error
    assert json.loads(Request.get(Request.id == failed.request_id).missing) == []


def test_check_fails_on_shunted_mail_and_a_stalled_inbox_alerts_the_admin(
    desk, smtp: SmtpSink, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ppid_mailer.service.daemon import Outage, _alert_on_stall
    from ppid_mailer.service.health import run_checks

    clock = FixedClock(datetime(2026, 11, 30, 2, tzinfo=UTC))
    rt = desk(clock)
    monkeypatch.setitem(handlers.HANDLERS, Kind.NEW_REQUEST, lambda *args: 1 / 0)
    desk.deliver(mails.citizen("sick-1"))
    run_once(rt)

    outage = Outage(clock)
    outage.failed("inbox", "IMAP 127.0.0.1: connection refused")
    clock.advance(minutes=10)
    _alert_on_stall(rt, outage)
    assert not [m for m in smtp.to(OFFICER) if "tidak dapat dibaca" in m.message["Subject"]]
    clock.advance(minutes=25)
    _alert_on_stall(rt, outage)
    _alert_on_stall(rt, outage)
    stalls = [
        m for m in smtp.to(OFFICER) if "Kotak masuk PPID tidak dapat dibaca" in m.message["Subject"]
    ]
    assert len(stalls) == 1 and "connection refused" in stalls[0].text

    # `check` opens its own connection (as the command does in its own process): last.
    lines = run_checks(rt.settings)
    assert (False, "shunted messages: 1 (see `ppid-mailer inbound list --state shunted`)") in lines


def test_a_stranger_replying_to_a_citizens_receipt_does_not_join_it(desk, smtp: SmtpSink) -> None:
    rt = desk()
    desk.deliver(mails.citizen("asal-1", id_card=False))
    run_once(rt)
    [receipt] = smtp.wait_to(CITIZEN, 1)
    desk.deliver(mails.reply(receipt.data, "orang.lain@warga.test", "BATAL", name="Orang Lain"))
    desk.deliver(
        mails.reply(
            receipt.data,
            "orang.lain@warga.test",
            "Ini KTP saya.",
            name="Orang Lain",
            attachments=[("ktp.png", mails.tiny_png())],
        )
    )
    run_once(rt)
    original = Request.get(Request.requester_email == CITIZEN)
    assert original.status == "incomplete"  # neither withdrawn nor completed by a stranger
    assert "follow_up" not in [e.action for e in original.events]


def test_a_bounced_officer_notification_is_not_the_citizens_problem(desk, smtp: SmtpSink) -> None:
    rt = desk()
    desk.deliver(mails.citizen("notif-1"))
    run_once(rt)
    [notification] = smtp.wait_to(OFFICER, 1)
    desk.deliver(mails.dsn(notification.data, OFFICER))
    run_once(rt)
    assert Request.get().contact_undeliverable is False
    assert any("Surel PPID tidak terkirim" in m.message["Subject"] for m in smtp.to(OFFICER))
