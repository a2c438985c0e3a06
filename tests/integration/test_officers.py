"""Officers work by email: every keyword, trust, the extension rule, and the citizen's keywords.

Conversation style: a citizen writes, the officer answers the notification from a mail client
(Re: subject, In-Reply-To, the notification quoted below), and we look at what arrived.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from ppid_mailer.adapters.clock import FixedClock
from ppid_mailer.adapters.models import Event, InboundMessage, Objection, Request
from ppid_mailer.service.daemon import run_once
from ppid_mailer.service.listings import request_detail
from tests import mails
from tests.servers import SmtpSink

pytestmark = pytest.mark.integration
OFFICER = "petugas@kota-uji.go.id"
ATASAN = "sekretaris@kota-uji.go.id"
CITIZEN = "rina.wulandari@warga.test"


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 11, 30, 2, tzinfo=UTC))  # Monday 09:00 WIB


@pytest.fixture
def registered(desk, smtp: SmtpSink, clock: FixedClock):  # type: ignore[no-untyped-def]
    """A registered request: returns (runtime, the officer's notification)."""
    rt = desk(clock, officers={"atasan": (ATASAN,)})
    desk.deliver(mails.citizen("req-1"))
    run_once(rt)
    [notification] = smtp.wait_to(OFFICER, 1)
    return rt, notification


def officer_says(desk, rt, notification, body: str, **kwargs):  # type: ignore[no-untyped-def]
    desk.deliver(mails.reply(notification.data, OFFICER, body, **kwargs))
    return run_once(rt)


def letters_to(smtp: SmtpSink, address: str) -> list[str]:
    return [m.message["Subject"] for m in smtp.to(address)]


def request() -> Request:
    return Request.get()


def test_notification_carries_everything_and_a_token(registered, smtp: SmtpSink) -> None:
    rt, notification = registered
    number = request().number
    assert notification.message["Subject"] == f"[PPID] Permohonan baru {number}"
    text = notification.text
    assert number in text and "Rina Wulandari" in text and "anggaran pendidikan" in text
    assert "KABULKAN" in text and "pasal17a" in text and "Batas waktu" in text
    assert notification.message["Message-ID"].startswith(f"<ppid.notify.{request().id}.")


@pytest.mark.parametrize(
    ("body", "status", "citizen_subject", "citizen_text"),
    [
        ("PROSES", "in_process", "sedang diproses", "sedang diproses"),
        (
            "#perpanjang: data masih dihimpun dari tiga bidang",
            "registered",
            "Perpanjangan",
            "data masih dihimpun dari tiga bidang",
        ),
        (
            "KLARIFIKASI Tahun anggaran berapa yang dimaksud?",
            "clarification",
            "klarifikasi",
            "Tahun anggaran berapa",
        ),
        (
            "SEBAGIAN data per sekolah dihitamkan karena memuat data pribadi siswa",
            "partially_granted",
            "dikabulkan sebagian",
            "KEBERATAN",
        ),
        ("TOLAK pasal17h memuat data pribadi", "rejected", "ditolak", "rahasia pribadi"),
        (
            "TIDAK-DIKUASAI Dinas Pendidikan Provinsi",
            "not_held",
            "tidak dikuasai",
            "Dinas Pendidikan Provinsi",
        ),
    ],
)
def test_each_keyword_moves_the_request_and_writes_to_the_citizen(
    desk,
    registered,
    smtp: SmtpSink,
    body: str,
    status: str,
    citizen_subject: str,
    citizen_text: str,
) -> None:
    rt, notification = registered
    officer_says(desk, rt, notification, body)
    assert request().status == status
    citizen = smtp.to(CITIZEN)
    assert len(citizen) == 2  # the receipt, then this letter
    assert citizen_subject.lower() in citizen[-1].message["Subject"].lower()
    assert citizen_text in " ".join(citizen[-1].text.split())
    [result] = [m for m in smtp.to(OFFICER) if "Hasil perintah" in m.message["Subject"]]
    assert "Dilaksanakan" in result.text and "TIDAK dilaksanakan" not in result.text


def test_grant_sends_the_officers_files_and_the_duty_to_cite(
    desk, registered, smtp: SmtpSink
) -> None:
    rt, notification = registered
    officer_says(
        desk,
        rt,
        notification,
        "Kabulkan: data terlampir dalam format Excel.",
        attachments=[("anggaran-2025.xlsx", b"PK\x03\x04 spreadsheet")],
        quote_style="outlook",
    )
    assert request().status == "granted"
    letter = smtp.to(CITIZEN)[-1]
    files = [part.get_filename() for part in letter.message.iter_attachments()]
    assert files == ["anggaran-2025.xlsx"]
    assert "wajib" in letter.text and "sumber informasi" in " ".join(letter.text.split())
    assert (
        "dikirim" in smtp.to(OFFICER)[-1].text.lower()
        or "anggaran-2025.xlsx" in smtp.to(OFFICER)[-1].text
    )


def test_clarification_answer_returns_the_request_to_in_process(
    desk, registered, smtp: SmtpSink
) -> None:
    rt, notification = registered
    officer_says(desk, rt, notification, "KLARIFIKASI Tahun anggaran berapa?")
    question = smtp.to(CITIZEN)[-1]
    desk.deliver(mails.reply(question.data, CITIZEN, "Tahun anggaran 2025, Pak.", name="Rina"))
    run_once(rt)
    assert request().status == "in_process"
    assert "follow_up" in [e.action for e in request().events]


def test_note_and_help_send_nothing_to_the_citizen(desk, registered, smtp: SmtpSink) -> None:
    rt, notification = registered
    officer_says(desk, rt, notification, "CATATAN sudah dikonfirmasi ke bidang anggaran")
    officer_says(desk, rt, notification, "BANTUAN")
    assert len(smtp.to(CITIZEN)) == 1
    assert [e.detail for e in Event.select().where(Event.action == "note")] == [
        "sudah dikonfirmasi ke bidang anggaran"
    ]
    assert "PERPANJANG" in smtp.to(OFFICER)[-1].text


def test_keyword_only_in_the_quoted_part_is_ignored(desk, registered, smtp: SmtpSink) -> None:
    rt, notification = registered
    officer_says(desk, rt, notification, "Terima kasih, akan saya cek dulu.")
    assert request().status == "registered"
    assert len(smtp.to(CITIZEN)) == 1
    result = smtp.to(OFFICER)[-1]
    assert "tidak dikenal" in result.text and "TIDAK dilaksanakan" in result.text


def test_unknown_keyword_and_missing_reason_change_nothing(
    desk, registered, smtp: SmtpSink
) -> None:
    rt, notification = registered
    officer_says(desk, rt, notification, "SETUJU")
    officer_says(desk, rt, notification, "TOLAK")
    officer_says(desk, rt, notification, "TOLAK pasal99 alasan")
    assert request().status == "registered"
    texts = [m.text for m in smtp.to(OFFICER)[1:]]
    assert "SETUJU" in texts[0] and "TOLAK memerlukan" in texts[1] and "pasal99" in texts[2]
    assert all("PROSES" in t for t in texts)  # the help table comes with every refusal


def test_commands_without_trust_change_nothing(desk, registered, smtp: SmtpSink) -> None:
    rt, notification = registered
    # 1. An officer address, but a new mail, not a reply to the notification.
    desk.deliver(mails.citizen("tanpa-token", sender=OFFICER, body="KABULKAN"))
    # 2. A citizen who got hold of the notification replies to it with the token.
    desk.deliver(mails.reply(notification.data, "penyusup@warga.test", "KABULKAN", name="X"))
    # 3. A forged token: the officer's address with another officer's (made-up) token.
    forged = mails.reply(notification.data, OFFICER, "KABULKAN").replace(
        notification.message["Message-ID"].encode(),
        notification.message["Message-ID"].split(".")[0].encode()
        + b".notify."
        + str(request().id).encode()
        + b".0123456789abcdef0123@kota-uji.go.id>",
    )
    desk.deliver(forged)
    run_once(rt)
    assert request().status == "registered"
    assert len(smtp.to(CITIZEN)) == 1
    assert smtp.to("penyusup@warga.test") == []  # an outsider is never answered
    refusals = [m.text for m in smtp.to(OFFICER)[1:]]
    assert len(refusals) == 2
    assert "bukan balasan atas pemberitahuan" in " ".join(refusals[0].split())
    assert "token pemberitahuan tidak cocok" in " ".join(refusals[1].split())
    kinds = {r.kind for r in InboundMessage.select() if "refused" in r.reason}
    assert kinds == {"officer_mail", "forged_command"}
    refused_events = [
        (e.actor, e.detail[:30]) for e in Event.select().where(Event.action == "command_refused")
    ]
    assert len(refused_events) == 3, refused_events


def test_authentication_results_can_be_required(desk, smtp: SmtpSink, clock: FixedClock) -> None:
    rt = desk(
        clock, officers={"require_auth": ("dkim", "dmarc"), "authserv_id": "mx.kota-uji.go.id"}
    )
    desk.deliver(mails.citizen("auth-1"))
    run_once(rt)
    [notification] = smtp.wait_to(OFFICER, 1)
    desk.deliver(
        mails.reply(
            notification.data,
            OFFICER,
            "PROSES",
            extra={"Authentication-Results": "mx.kota-uji.go.id; dkim=fail; dmarc=fail"},
        )
    )
    run_once(rt)
    assert request().status == "registered"
    desk.deliver(
        mails.reply(
            notification.data,
            OFFICER,
            "PROSES\n",
            extra={
                "Authentication-Results": "mx.kota-uji.go.id; dkim=pass header.d=kota-uji.go.id; spf=pass; dmarc=pass"
            },
        )
    )
    run_once(rt)
    assert request().status == "in_process"


def test_extension_only_once_and_only_before_the_first_deadline(
    desk, registered, smtp: SmtpSink, clock: FixedClock
) -> None:
    rt, notification = registered
    officer_says(desk, rt, notification, "PERPANJANG data tersebar di beberapa bidang")
    assert request().extended and request().due_date == request().final_due_date
    officer_says(desk, rt, notification, "PERPANJANG lagi")
    assert "hanya dapat dilakukan satu kali" in " ".join(smtp.to(OFFICER)[-1].text.split())


def test_extension_after_the_deadline_is_refused(
    desk, registered, smtp: SmtpSink, clock: FixedClock
) -> None:
    rt, notification = registered
    clock.advance(days=20)
    officer_says(desk, rt, notification, "PERPANJANG terlambat")
    assert not request().extended
    assert "sudah lewat" in " ".join(smtp.to(OFFICER)[-1].text.split())


def test_decision_only_once(desk, registered, smtp: SmtpSink) -> None:
    rt, notification = registered
    officer_says(desk, rt, notification, "KABULKAN")
    officer_says(desk, rt, notification, "TOLAK pasal17a terlambat berubah pikiran")
    assert request().status == "granted"
    assert "keputusan hanya dapat diberikan sekali" in " ".join(smtp.to(OFFICER)[-1].text.split())


def test_citizen_status_withdraw_and_objection(desk, registered, smtp: SmtpSink) -> None:
    rt, notification = registered
    receipt = smtp.to(CITIZEN)[0]
    number = request().number
    desk.deliver(mails.reply(receipt.data, CITIZEN, "STATUS", name="Rina"))
    run_once(rt)
    status = smtp.to(CITIZEN)[-1]
    assert status.message["Subject"] == f"Status permohonan informasi {number}"
    assert "Terdaftar" in status.text and "permohonan dicatat" in status.text

    # Someone else asking about the same number learns nothing.
    desk.deliver(mails.citizen("intip", sender="orang.lain@warga.test", body=f"STATUS {number}"))
    run_once(rt)
    assert number not in smtp.to("orang.lain@warga.test")[-1].text

    officer_says(desk, rt, notification, "TOLAK pasal17h memuat data pribadi")
    rejection = smtp.to(CITIZEN)[-1]
    desk.deliver(
        mails.reply(
            rejection.data, CITIZEN, "KEBERATAN data agregat tidak memuat data pribadi", name="Rina"
        )
    )
    run_once(rt)
    objection = Objection.get()
    assert objection.number == "0001/KEBERATAN/2026" and objection.status == "open"
    assert "data agregat" in objection.reason
    assert "Tanda terima keberatan" in smtp.to(CITIZEN)[-1].message["Subject"]
    [to_atasan] = smtp.wait_to(ATASAN, 1)
    assert objection.number in to_atasan.message["Subject"]

    desk.deliver(
        mails.reply(
            to_atasan.data,
            ATASAN,
            "KABULKAN data agregat diberikan dalam 5 hari kerja",
            name="Sekretaris",
        )
    )
    run_once(rt)
    assert Objection.get().status == "granted"
    decision = smtp.to(CITIZEN)[-1]
    assert "DITERIMA" in decision.text and "Komisi Informasi" in decision.text
    assert "14 hari kerja" in " ".join(decision.text.split())


def test_citizen_withdraws(desk, registered, smtp: SmtpSink) -> None:
    rt, _ = registered
    desk.deliver(mails.reply(smtp.to(CITIZEN)[0].data, CITIZEN, "BATAL", name="Rina"))
    run_once(rt)
    assert request().status == "withdrawn"
    assert "dibatalkan" in smtp.to(CITIZEN)[-1].message["Subject"]
    assert "dibatalkan oleh pemohon" in smtp.to(OFFICER)[-1].message["Subject"]


def test_requests_show_lists_the_audit_trail(desk, registered, smtp: SmtpSink) -> None:
    rt, notification = registered
    officer_says(desk, rt, notification, "PROSES")
    officer_says(desk, rt, notification, "KABULKAN")
    detail = request_detail(rt.store, rt.settings, request().number)
    assert detail is not None
    actions = [e["action"] for e in detail["events"]]
    assert actions[0] == "registered" and "proses" in actions and "kabulkan" in actions
    assert all(e["actor"] for e in detail["events"])
    assert json.dumps(detail)  # serialisable as the CLI prints it
