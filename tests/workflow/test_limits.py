"""Limits everywhere (#15.5): every automatic letter counts per mailbox and day, family by
family, and the admin hears about shunted messages in batches.

A robot we fail to recognise trades letters with us until a limit stops it; these tests play
such robots against the desk and count what left.
"""

from __future__ import annotations

import pytest

from ppid_mailer.adapters.models import Event
from ppid_mailer.core.domain import Kind
from ppid_mailer.service import handlers
from ppid_mailer.service.repair import replay_inbound, retry_outbound
from tests import mails
from tests.desk import CITIZEN, OFFICER, SECRETARIAT, Desk, break_new_requests

LOOP = "robot@loop.test"


def suppressed(desk: Desk) -> list[str]:
    return [row.purpose for row in desk.store.outbound_rows("suppressed")]


def test_a_looping_sender_gets_at_most_the_limit_of_each_kind(desk: Desk) -> None:
    desk.configure(
        limits={
            "auto_replies_per_sender_per_day": 2,
            "command_results_per_officer_per_day": 2,
            "alerts_per_address_per_day": 2,
        }
    )
    for i in range(4):
        desk.citizen_writes(f"loop-{i}", sender=LOOP)
        desk.citizen_writes(
            f"aduan-{i}", sender=LOOP, body=f"PENGADUAN\nkeluhan ke-{i}", id_card=False
        )
    desk.run()
    [first_notification, *_] = desk.letters(to=OFFICER)
    # The officer's mail system loops too: four replies, four command results.
    for i in range(4):
        desk.officer_replies(first_notification, f"CATATAN catatan ke-{i}")
    # Four citizens whose receipts bounce: four alerts to the officer.
    for i in range(4):
        desk.citizen_writes(f"bounce-{i}", sender=f"warga{i}@warga.test")
    desk.run()
    for i in range(4):
        [receipt] = desk.letters(to=f"warga{i}@warga.test")
        desk.deliver(mails.dsn(receipt.raw, f"warga{i}@warga.test"))
    desk.run()

    sent_to_loop = [m.subject for m in desk.letters(to=LOOP)]
    assert sum("Tanda terima pengaduan" in s for s in sent_to_loop) == 2
    assert len(sent_to_loop) == 4  # two receipts and two complaint receipts
    to_officer = desk.subjects(to=OFFICER)
    assert sum(s.startswith("[PPID] Hasil perintah") for s in to_officer) == 2
    assert sum("tidak terkirim" in s for s in to_officer) == 2
    # Every request was registered and every complaint forwarded: only the letters stopped.
    assert len(desk.store.requests()) == 8
    assert len(desk.letters(to=SECRETARIAT)) == 4
    assert sorted(suppressed(desk)) == sorted(
        ["receipt", "receipt", "complaint_receipt", "complaint_receipt"]
        + ["result", "result", "alert", "alert"]
    )
    assert Event.select().where(Event.action == "auto_reply_suppressed").count() == 8


def test_one_mailbox_however_it_is_spelled_has_one_count(desk: Desk) -> None:
    desk.configure(limits={"auto_replies_per_sender_per_day": 3})
    for i, sender in enumerate(
        ["Rina+x@Warga.test", "rina@warga.test", "RINA+ppid@warga.test", "rina@warga.test"]
    ):
        desk.citizen_writes(f"ejaan-{i}", sender=sender)
    desk.run()
    assert len(desk.store.requests()) == 4
    assert len(desk.letters()) - len(desk.letters(to=OFFICER)) == 3
    assert suppressed(desk) == ["receipt"]
    [event] = Event.select().where(Event.action == "auto_reply_suppressed")
    assert "to rina@warga.test in 24 h (limit 3" in event.detail


def test_gmail_spellings_share_one_count(desk: Desk) -> None:
    desk.configure(limits={"auto_replies_per_sender_per_day": 1})
    desk.citizen_writes("g-1", sender="rina.wulandari@gmail.com")
    desk.citizen_writes("g-2", sender="rinawulandari+ppid@googlemail.com")
    desk.run()
    assert suppressed(desk) == ["receipt"]


def test_a_suppressed_letter_is_kept_and_can_be_sent_by_hand(desk: Desk) -> None:
    desk.configure(limits={"auto_replies_per_sender_per_day": 1})
    desk.citizen_writes("r-1")
    desk.citizen_writes("r-2")
    desk.run()
    [row] = desk.store.outbound_rows("suppressed")
    assert "limit 1" in row.last_error
    assert len(desk.letters(to=CITIZEN)) == 1
    # `outbox retry ID`, on the desk's clock
    assert retry_outbound(desk.store, row.id, desk.clock.now()).startswith("outbox")
    desk.run()
    assert len(desk.letters(to=CITIZEN)) == 2


def test_fifty_shunted_messages_make_one_alert_then_one_an_hour(
    desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(handlers.HANDLERS, Kind.NEW_REQUEST, lambda *args: 1 / 0)
    for i in range(50):
        desk.citizen_writes(f"bug-{i}", id_card=False)
    result = desk.run()
    assert result.processed.shunted == 50
    [first] = desk.letters(to=OFFICER)  # the admin is the ppid officer unless set
    assert first.subject == "[PPID] Pesan masuk tidak dapat diproses"
    assert "1 pesan masuk tidak dapat diproses" in first.text
    assert "ZeroDivisionError" in first.text

    desk.clock.advance(minutes=30)
    desk.run()
    assert len(desk.letters(to=OFFICER)) == 1  # the rest wait for the hour
    desk.clock.advance(minutes=31)
    desk.run()
    [_, second] = desk.letters(to=OFFICER)
    text = " ".join(second.text.split())
    assert "49 pesan masuk tidak dapat diproses sejak pemberitahuan sebelumnya" in text
    assert "dan 29 pesan lainnya" in text

    desk.clock.advance(hours=3)
    desk.run()
    assert len(desk.letters(to=OFFICER)) == 2  # nothing new was shunted


def test_a_shunt_soon_after_an_alert_waits_even_when_the_first_was_repaired(
    desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    repair = break_new_requests(monkeypatch)
    desk.citizen_writes("bug-1")
    desk.run()
    [shunted] = desk.store.inbound_rows("shunted")
    repair()
    assert replay_inbound(desk.store, shunted.id).startswith(f"inbound #{shunted.id} queued")
    desk.run()
    assert list(desk.store.inbound_rows("shunted")) == []

    desk.clock.advance(minutes=10)
    break_new_requests(monkeypatch)  # the bug is back
    desk.citizen_writes("bug-2")
    desk.run()
    alerts = [m for m in desk.letters(to=OFFICER) if "tidak dapat diproses" in m.subject]
    assert len(alerts) == 1
    desk.clock.advance(minutes=51)
    desk.run()
    alerts = [m for m in desk.letters(to=OFFICER) if "tidak dapat diproses" in m.subject]
    assert len(alerts) == 2
    [second] = desk.store.inbound_rows("shunted")
    assert "1 pesan masuk tidak dapat diproses" in alerts[1].text
    assert f"Pesan masuk #{second.id}:" in alerts[1].text
    assert f"Pesan masuk #{shunted.id}:" not in alerts[1].text  # repaired, told before
