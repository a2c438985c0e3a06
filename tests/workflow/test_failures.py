"""Never lose, never duplicate, never loop: conversations with robots, big mail and bugs.

These run the pipeline in this process on the desk's Maildir and pickup folder, with a
FixedClock so that the stall alert can be stepped through. What needs a real SMTP server (its
refusals and outages) is in tests/integration/test_failures.py.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from ppid_mailer.core.domain import Kind
from ppid_mailer.service import handlers
from tests import mails
from tests.desk import CITIZEN, OFFICER, Desk, break_new_requests


def test_bounce_of_a_receipt_marks_the_address_and_tells_officers(desk: Desk) -> None:
    desk.citizen_writes("b1")
    desk.run()
    [receipt] = desk.letters(to=CITIZEN)

    desk.deliver(mails.dsn(receipt.raw, "rina.wulandari@warga.test"))
    result = desk.run()

    assert result.processed.outcomes[0].startswith("bounce: not answered: bounce of outbox #1")
    request = desk.request()
    assert request.contact_undeliverable is True
    assert desk.store.outbound_rows()[0].state == "bounced"
    alerts = desk.subjects(to=OFFICER)
    assert alerts == [
        f"[PPID] Permohonan baru {request.number}",
        f"[PPID] Surel kepada pemohon tidak terkirim ({request.number})",
    ]
    assert "5.1.1" in desk.letters()[-1].text
    assert not any(
        "mx.warga.test" in r or "mailer-daemon" in r.lower()
        for m in desk.letters()
        for r in m.recipients
    )
    assert len(desk.letters()) == 3


def test_bounce_matched_by_verp_return_path(desk: Desk) -> None:
    desk.configure(outbox={"verp": True})
    desk.citizen_writes("v1")
    desk.run()
    [receipt] = desk.letters(to=CITIZEN)
    assert receipt.mail_from == "ppid+b1@kota-uji.go.id"

    # A bounce that returns no headers at all, only to the VERP address.
    bare = mails.dsn(
        b"Subject: x\r\n\r\n", "rina.wulandari@warga.test", to="ppid+b1@kota-uji.go.id"
    )
    desk.deliver(bare)
    desk.run()
    assert desk.request().contact_undeliverable is True
    assert len(desk.letters(to=OFFICER)) == 2  # the notification, then the bounce alert


@pytest.mark.parametrize("name", sorted(mails.AUTO_REPLIES))
def test_robots_are_never_answered(desk: Desk, name: str) -> None:
    desk.deliver(mails.AUTO_REPLIES[name].encode())
    result = desk.run()
    assert len(result.processed.outcomes) == 1
    assert "not answered" in result.processed.outcomes[0]
    assert desk.store.requests() == []
    assert desk.letters() == []


def test_spam_is_held_and_not_answered(desk: Desk) -> None:
    desk.citizen_writes("s1", extra={"X-Spam-Flag": "YES"})
    desk.citizen_writes("s2", extra={"X-Spam-Status": "Yes, score=7.3 required=5.0"})
    desk.citizen_writes("s3", extra={"X-Spam-Score": "1.2"})
    desk.run()
    states = [(r.state, r.kind) for r in desk.store.inbound_rows()]
    assert states == [("held", "spam"), ("held", "spam"), ("done", "new_request")]
    assert len(desk.letters(to=CITIZEN)) == 1


def test_a_robot_that_looks_human_is_braked_after_the_daily_limit(desk: Desk) -> None:
    desk.configure(limits={"auto_replies_per_sender_per_day": 3})
    for i in range(5):
        desk.citizen_writes(f"loop-{i}", sender="robot@loop.test")
    desk.run()
    assert len(desk.store.requests()) == 5  # every letter is still a registered request
    assert len(desk.letters(to="robot@loop.test")) == 3
    events = [e.action for r in desk.store.requests() for e in desk.store.events(r)]
    assert events.count("auto_reply_suppressed") == 2


def test_one_mail_delivered_by_two_routes_is_one_request(desk: Desk) -> None:
    raw = mails.citizen("dua-jalur")
    desk.deliver(mails.delivered(raw, "mx1.warga.test"))
    desk.deliver(mails.delivered(raw, "mx2.warga.test"))
    result = desk.run()
    assert (result.intake.stored, result.intake.duplicates) == (2, 1)
    # ... and a third copy that arrives after the first was answered
    desk.deliver(mails.delivered(raw, "backup-mx.warga.test"))
    desk.run()

    assert len(desk.store.requests()) == 1
    assert len(desk.letters(to=CITIZEN)) == 1
    assert len(desk.letters(to=OFFICER)) == 1
    rows = list(desk.store.inbound_rows())
    assert [r.state for r in rows] == ["done", "duplicate", "duplicate"]
    assert rows[1].reason == f"same Message-ID and From (another delivery) as inbound #{rows[0].id}"


def test_mail_without_a_message_id_is_not_taken_for_a_copy(desk: Desk) -> None:
    """Two letters may share their From and lack an ID: only the same bytes are the same mail."""
    raw = mails.without_message_id(mails.citizen("tanpa-id"))
    desk.deliver(mails.delivered(raw, "mx1.warga.test"))
    desk.deliver(mails.delivered(raw, "mx2.warga.test"))
    desk.run()
    assert len(desk.store.requests()) == 2
    assert len(desk.letters(to=CITIZEN)) == 2


def test_oversized_message_is_kept_and_the_sender_told_the_limit(desk: Desk) -> None:
    desk.configure(limits={"max_message_mb": 1})
    raw = desk.citizen_writes("big", attachment=b"%PDF-1.4 " + b"x" * (1536 * 1024))
    desk.run()
    [row] = desk.store.inbound_rows()
    assert (row.state, row.kind) == ("held", "too_large")
    assert len(desk.store.inbound_raw(row.id)) == row.size >= len(raw)
    # UU 14/2008 Pasal 22(5): a request by e-mail gets its number on receipt, whatever its size.
    [request] = desk.store.requests()
    assert (request.number, request.status) == ("0001/PPID/2026", "incomplete")
    assert request.due_date is None  # nothing read yet: the clock has not started
    [letter] = desk.letters(to=CITIZEN)
    assert letter.subject == "Surel terlalu besar: nomor pendaftaran 0001/PPID/2026"
    text = " ".join(letter.text.split())
    assert "melebihi batas 1 MB" in text and "Pasal 22 ayat (5)" in text
    assert "paling lambat Senin, 14 Desember 2026" in text  # incomplete_days to send it again
    [notification] = desk.letters(to=OFFICER)
    assert "melebihi batas 1 MB" in " ".join(notification.text.split())

    # The citizen's reply with smaller files completes the same request: no second number.
    desk.citizen_replies(
        letter, mails.LETTER_BODY, attachments=[("ktp.png", mails.tiny_png())], name="Rina"
    )
    desk.run()
    assert [r.number for r in desk.store.requests()] == ["0001/PPID/2026"]
    assert desk.request().status == "registered"


def test_a_bug_shunts_one_message_alerts_and_replay_recovers(
    desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    repair = break_new_requests(monkeypatch)
    desk.citizen_writes("bug-1")
    desk.citizen_writes("ok-1")
    result = desk.run()

    assert result.processed.shunted == 1
    [shunted] = desk.store.inbound_rows("shunted")
    assert "ValueError: simulated bug" in shunted.error
    assert len(desk.store.requests()) == 1  # the other message went through; nothing half-done
    assert "[PPID] Pesan masuk tidak dapat diproses" in desk.subjects()

    repair()
    replay = desk.cli("inbound", "replay", str(shunted.id))
    assert replay.returncode == 0 and replay.stdout.startswith("inbound"), replay.stderr
    desk.run()
    assert len(desk.store.requests()) == 2
    assert [r.state for r in desk.store.inbound_rows() if r.id == shunted.id] == ["done"]


def test_check_fails_on_shunted_mail_and_a_stalled_inbox_alerts_the_admin(
    desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ppid_mailer.service.daemon import Outage, _alert_on_stall

    desk.clock.moment = datetime(2026, 11, 30, 2, tzinfo=UTC)
    monkeypatch.setitem(handlers.HANDLERS, Kind.NEW_REQUEST, lambda *args: 1 / 0)
    desk.citizen_writes("sick-1")
    desk.run()

    outage = Outage(desk.clock)
    outage.failed("inbox", "IMAP 127.0.0.1: connection refused")
    desk.clock.advance(minutes=10)
    _alert_on_stall(desk.rt, outage)
    assert not [m for m in desk.letters(to=OFFICER) if "tidak dapat dibaca" in m.subject]
    desk.clock.advance(minutes=25)
    _alert_on_stall(desk.rt, outage)
    _alert_on_stall(desk.rt, outage)
    stalls = [
        m for m in desk.letters(to=OFFICER) if "Kotak masuk PPID tidak dapat dibaca" in m.subject
    ]
    assert len(stalls) == 1 and "connection refused" in stalls[0].text

    # `check` opens its own connection, in its own process.
    check = desk.cli("check")
    assert check.returncode == 1
    assert (
        "FAIL  shunted messages: 1 (see `ppid-mailer inbound list --state shunted`)"
        in check.stdout.splitlines()
    )


def test_a_stranger_replying_to_a_citizens_receipt_does_not_join_it(desk: Desk) -> None:
    desk.citizen_writes("asal-1", id_card=False)
    desk.run()
    [receipt] = desk.letters(to=CITIZEN)
    desk.reply(receipt, "orang.lain@warga.test", "BATAL", name="Orang Lain")
    desk.reply(
        receipt,
        "orang.lain@warga.test",
        "Ini KTP saya.",
        name="Orang Lain",
        attachments=[("ktp.png", mails.tiny_png())],
    )
    desk.run()
    [original] = [r for r in desk.store.requests() if r.requester_email == CITIZEN]
    assert original.status == "incomplete"  # neither withdrawn nor completed by a stranger
    assert "follow_up" not in [e.action for e in desk.store.events(original)]


def test_a_bounced_officer_notification_is_not_the_citizens_problem(desk: Desk) -> None:
    desk.citizen_writes("notif-1")
    desk.run()
    [notification] = desk.letters(to=OFFICER)
    desk.deliver(mails.dsn(notification.raw, OFFICER))
    desk.run()
    assert desk.request().contact_undeliverable is False
    assert any("Surel PPID tidak terkirim" in m.subject for m in desk.letters(to=OFFICER))
