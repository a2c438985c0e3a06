"""Officers work by email: every keyword, trust, the extension rule, and the citizen's keywords.

Conversation style: a citizen writes, the officer answers the notification from a mail client
(Re: subject, In-Reply-To, the notification quoted below), and we look at what was sent.
"""

from __future__ import annotations

import json

import pytest

from ppid_mailer.adapters.models import Event, Objection
from tests import mails
from tests.desk import ATASAN, CITIZEN, OFFICER, Desk, Letter


@pytest.fixture
def notification(desk: Desk) -> Letter:
    """A registered request (an atasan is configured): the officer's notification."""
    desk.configure(officers={"atasan": ATASAN})
    desk.citizen_writes("req-1")
    desk.run()
    [notification] = desk.letters(to=OFFICER)
    return notification


def officer_says(desk: Desk, notification: Letter, body: str, **kwargs):  # type: ignore[no-untyped-def]
    desk.officer_replies(notification, body, **kwargs)
    return desk.run()


def events(action: str) -> list[Event]:
    """Audit events, also those on no request (a refused command names none)."""
    return list(Event.select().where(Event.action == action))


def test_notification_carries_everything_and_a_token(desk: Desk, notification: Letter) -> None:
    number = desk.request().number
    assert notification.subject == f"[PPID] Permohonan baru {number}"
    text = notification.text
    assert number in text and "Rina Wulandari" in text and "anggaran pendidikan" in text
    assert "KABULKAN" in text and "pasal17a" in text and "Batas waktu" in text
    assert notification.message_id.startswith(f"<ppid.notify.{desk.request().id}.")


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
            "SEBAGIAN data per sekolah dihitamkan karena memuat data pribadi siswa; rekap "
            "per kecamatan dapat diambil di kantor PPID",
            "partially_granted",
            "dikabulkan sebagian",
            "KEBERATAN",
        ),
        (
            "TOLAK pasal17h daftar memuat nama dan NIK siswa penerima bantuan",
            "rejected",
            "ditolak",
            "rahasia pribadi",
        ),
        (
            "TIDAK-DIKUASAI Dinas Pendidikan Provinsi",
            "not_held",
            "tidak dikuasai",
            "Dinas Pendidikan Provinsi",
        ),
    ],
)
def test_each_keyword_moves_the_request_and_writes_to_the_citizen(
    desk: Desk,
    notification: Letter,
    body: str,
    status: str,
    citizen_subject: str,
    citizen_text: str,
) -> None:
    officer_says(desk, notification, body)
    assert desk.request().status == status
    citizen = desk.letters(to=CITIZEN)
    assert len(citizen) == 2  # the receipt, then this letter
    assert citizen_subject.lower() in citizen[-1].subject.lower()
    assert citizen_text in " ".join(citizen[-1].text.split())
    [result] = [m for m in desk.letters(to=OFFICER) if "Hasil perintah" in m.subject]
    assert "Dilaksanakan" in result.text and "TIDAK dilaksanakan" not in result.text


def test_grant_sends_the_officers_files_and_the_duty_to_cite(
    desk: Desk, notification: Letter
) -> None:
    officer_says(
        desk,
        notification,
        "Kabulkan: data terlampir dalam format Excel.",
        attachments=[("anggaran-2025.xlsx", b"PK\x03\x04 spreadsheet")],
        quote_style="outlook",
    )
    assert desk.request().status == "granted"
    letter = desk.letters(to=CITIZEN)[-1]
    assert letter.attachments == ["0001-PPID-2026-lampiran-1.xlsx"]  # named after the request
    assert "(berkas anggaran-2025.xlsx)" in letter.text and "format XLSX" in letter.text
    assert "wajib" in letter.text and "sumber informasi" in " ".join(letter.text.split())
    assert (
        "dikirim" in desk.letters(to=OFFICER)[-1].text.lower()
        or "anggaran-2025.xlsx" in desk.letters(to=OFFICER)[-1].text
    )


def test_clarification_answer_returns_the_request_to_in_process(
    desk: Desk, notification: Letter
) -> None:
    officer_says(desk, notification, "KLARIFIKASI Tahun anggaran berapa?")
    question = desk.letters(to=CITIZEN)[-1]
    desk.citizen_replies(question, "Tahun anggaran 2025, Pak.")
    desk.run()
    assert desk.request().status == "in_process"
    assert "follow_up" in [e.action for e in desk.store.events(desk.request())]


def test_note_and_help_send_nothing_to_the_citizen(desk: Desk, notification: Letter) -> None:
    officer_says(desk, notification, "CATATAN sudah dikonfirmasi ke bidang anggaran")
    officer_says(desk, notification, "BANTUAN")
    assert len(desk.letters(to=CITIZEN)) == 1
    assert [e.detail for e in events("note")] == ["sudah dikonfirmasi ke bidang anggaran"]
    assert "PERPANJANG" in desk.letters(to=OFFICER)[-1].text


def test_keyword_only_in_the_quoted_part_is_ignored(desk: Desk, notification: Letter) -> None:
    officer_says(desk, notification, "Terima kasih, akan saya cek dulu.")
    assert desk.request().status == "registered"
    assert len(desk.letters(to=CITIZEN)) == 1
    result = desk.letters(to=OFFICER)[-1]
    assert "tidak dikenal" in result.text and "TIDAK dilaksanakan" in result.text


def test_unknown_keyword_and_missing_reason_change_nothing(
    desk: Desk, notification: Letter
) -> None:
    officer_says(desk, notification, "SETUJU")
    officer_says(desk, notification, "TOLAK")
    officer_says(desk, notification, "TOLAK pasal99 alasan")
    assert desk.request().status == "registered"
    texts = [m.text for m in desk.letters(to=OFFICER)[1:]]
    assert "SETUJU" in texts[0] and "TOLAK memerlukan" in texts[1] and "pasal99" in texts[2]
    assert all("PROSES" in t for t in texts)  # the help table comes with every refusal


def test_commands_without_trust_change_nothing(desk: Desk, notification: Letter) -> None:
    # 1. An officer address, but a new mail, not a reply to the notification.
    desk.citizen_writes("tanpa-token", sender=OFFICER, body="KABULKAN")
    # 2. A citizen who got hold of the notification replies to it with the token.
    desk.reply(notification, "penyusup@warga.test", "KABULKAN", name="X")
    # 3. A forged token: the officer's address with another officer's (made-up) token.
    forged = mails.reply(notification.raw, OFFICER, "KABULKAN").replace(
        notification.message_id.encode(),
        notification.message_id.split(".")[0].encode()
        + b".notify."
        + str(desk.request().id).encode()
        + b".0123456789abcdef0123@kota-uji.go.id>",
    )
    desk.deliver(forged)
    desk.run()
    assert desk.request().status == "registered"
    assert len(desk.letters(to=CITIZEN)) == 1
    assert desk.letters(to="penyusup@warga.test") == []  # an outsider is never answered
    refusals = [m.text for m in desk.letters(to=OFFICER)[1:]]
    assert len(refusals) == 2
    assert "bukan balasan atas pemberitahuan" in " ".join(refusals[0].split())
    assert "token pemberitahuan tidak cocok" in " ".join(refusals[1].split())
    kinds = {r.kind for r in desk.store.inbound_rows() if "refused" in r.reason}
    assert kinds == {"officer_mail", "forged_command"}
    refused_events = [(e.actor, e.detail[:30]) for e in events("command_refused")]
    assert len(refused_events) == 3, refused_events


def test_authentication_results_can_be_required(desk: Desk) -> None:
    desk.configure(officers={"require_auth": "dkim, dmarc", "authserv_id": "mx.kota-uji.go.id"})
    desk.citizen_writes("auth-1")
    desk.run()
    [notification] = desk.letters(to=OFFICER)
    desk.officer_replies(
        notification,
        "PROSES",
        extra={"Authentication-Results": "mx.kota-uji.go.id; dkim=fail; dmarc=fail"},
    )
    desk.run()
    assert desk.request().status == "registered"
    desk.officer_replies(
        notification,
        "PROSES\n",
        extra={
            "Authentication-Results": "mx.kota-uji.go.id; dkim=pass header.d=kota-uji.go.id; spf=pass; dmarc=pass"
        },
    )
    desk.run()
    assert desk.request().status == "in_process"


def test_extension_only_once_and_only_before_the_first_deadline(
    desk: Desk, notification: Letter
) -> None:
    officer_says(desk, notification, "PERPANJANG data tersebar di beberapa bidang")
    assert desk.request().extended and desk.request().due_date == desk.request().final_due_date
    officer_says(desk, notification, "PERPANJANG lagi")
    assert "hanya dapat dilakukan satu kali" in " ".join(desk.letters(to=OFFICER)[-1].text.split())


def test_extension_after_the_deadline_is_refused(desk: Desk, notification: Letter) -> None:
    desk.clock.advance(days=20)
    officer_says(desk, notification, "PERPANJANG terlambat")
    assert not desk.request().extended
    assert "sudah lewat" in " ".join(desk.letters(to=OFFICER)[-1].text.split())


def test_decision_only_once(desk: Desk, notification: Letter) -> None:
    officer_says(desk, notification, "KABULKAN data ada di https://data.kota-uji.go.id/apbd")
    officer_says(desk, notification, "TOLAK pasal17a berkas perkara sedang disidik kejaksaan")
    assert desk.request().status == "granted"
    assert "keputusan hanya dapat diberikan sekali" in " ".join(
        desk.letters(to=OFFICER)[-1].text.split()
    )


def test_citizen_status_withdraw_and_objection(desk: Desk, notification: Letter) -> None:
    receipt = desk.letters(to=CITIZEN)[0]
    number = desk.request().number
    desk.citizen_replies(receipt, "STATUS")
    desk.run()
    status = desk.letters(to=CITIZEN)[-1]
    assert status.subject == f"Status permohonan informasi {number}"
    assert "Terdaftar" in status.text and "permohonan dicatat" in status.text

    # Someone else asking about the same number learns nothing.
    desk.citizen_writes("intip", sender="orang.lain@warga.test", body=f"STATUS {number}")
    desk.run()
    assert number not in desk.letters(to="orang.lain@warga.test")[-1].text

    officer_says(desk, notification, "TOLAK pasal17h daftar memuat nama dan NIK siswa penerima")
    rejection = desk.letters(to=CITIZEN)[-1]
    desk.citizen_replies(rejection, "KEBERATAN data agregat tidak memuat data pribadi")
    desk.run()
    objection = Objection.get()
    assert objection.number == "0001/KEBERATAN/2026" and objection.status == "open"
    assert "data agregat" in objection.reason
    assert "Tanda terima keberatan" in desk.letters(to=CITIZEN)[-1].subject
    [to_atasan] = desk.letters(to=ATASAN)
    assert objection.number in to_atasan.subject

    desk.reply(
        to_atasan, ATASAN, "KABULKAN data agregat diberikan dalam 5 hari kerja", name="Sekretaris"
    )
    desk.run()
    assert Objection.get().status == "granted"
    decision = desk.letters(to=CITIZEN)[-1]
    assert "DITERIMA" in decision.text and "Komisi Informasi" in decision.text
    assert "14 hari kerja" in " ".join(decision.text.split())


def test_citizen_withdraws(desk: Desk, notification: Letter) -> None:
    desk.citizen_replies(desk.letters(to=CITIZEN)[0], "BATAL")
    desk.run()
    assert desk.request().status == "withdrawn"
    assert "dibatalkan" in desk.letters(to=CITIZEN)[-1].subject
    assert "dibatalkan oleh pemohon" in desk.letters(to=OFFICER)[-1].subject


def test_requests_show_lists_the_audit_trail(desk: Desk, notification: Letter) -> None:
    officer_says(desk, notification, "PROSES")
    officer_says(desk, notification, "KABULKAN salinan cetak dapat diambil di loket PPID")
    detail = desk.show(desk.request().number)
    actions = [e["action"] for e in detail["events"]]
    assert actions[0] == "registered" and "proses" in actions and "kabulkan" in actions
    assert all(e["actor"] for e in detail["events"])
    assert json.dumps(detail)  # serialisable as the CLI prints it


@pytest.mark.parametrize("forwarded_as", ["message/rfc822", "a file named .eml"])
def test_a_decision_sends_only_what_the_officer_attached(
    desk: Desk, notification: Letter, forwarded_as: str
) -> None:
    """#15.6: the officer grants with a PDF and, by mistake, another request's notification
    attached (its ID copy inside, its token in the Message-ID): only the PDF reaches the
    citizen, and the officer is told what was left out and why."""
    other = "budi.santoso@warga.test"
    desk.citizen_writes("req-2", sender=other)
    desk.run()
    [other_notification] = [
        n for n in desk.letters(to=OFFICER) if n.message_id != notification.message_id
    ]
    assert "ktp.png" in other_notification.attachments  # the ID copy goes only to officers
    ktp = other_notification.files["ktp.png"]
    token = other_notification.message_id.strip("<>").encode()
    pdf = b"%PDF-1.4 realisasi anggaran pendidikan 2025"
    officer_says(
        desk,
        notification,
        "KABULKAN data terlampir.",
        attachments=[("realisasi-2025.pdf", pdf)]
        + (
            [("notifikasi.eml", other_notification.raw)] if forwarded_as != "message/rfc822" else []
        ),
        messages=[other_notification.raw] if forwarded_as == "message/rfc822" else None,
    )
    first = desk.request(desk.requests()[0]["number"])
    assert first.status == "granted"
    decision = desk.letters(to=CITIZEN)[-1]
    assert "dikabulkan" in decision.subject.lower()
    # the one file the officer attached, named after the request (issue #16)
    assert decision.attachments == ["0001-PPID-2026-lampiran-1.pdf"]
    assert decision.files["0001-PPID-2026-lampiran-1.pdf"] == pdf
    for letter in desk.letters(to=CITIZEN):  # neither the ID copy nor the token, in any form
        for blob in (letter.raw, letter.text.encode(), *letter.files.values()):
            assert ktp not in blob and token not in blob
    [result] = [m for m in desk.letters(to=OFFICER) if "Hasil perintah" in m.subject]
    text = " ".join(result.text.split())
    assert "TIDAK dikirim kepada pemohon" in text
    if forwarded_as == "message/rfc822":
        assert "ktp.png: berada di dalam surel yang dilampirkan" in text
    else:
        assert "notifikasi.eml: surel yang dilampirkan" in text
    assert "0001-PPID-2026-lampiran-1.pdf" in text  # sent, with the decision
    assert [e.detail for e in events("files_withheld")]
