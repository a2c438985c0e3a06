"""The letters a PPID signs, by mail end to end (issue #16): the written notice's contents of
UU 14/2008 Pasal 22(7), the TOLAK grammar, receipts that restate the request and keep their
dates, the atasan's answer to an objection, threading, and every command line answered."""

from __future__ import annotations

from datetime import date

import pytest

from tests.desk import ATASAN, CITIZEN, OFFICER, Desk, Letter, at

ATASAN_NAME = "Drs. Bambang Setiawan, M.M."
ATASAN_TITLE = "Kepala Dinas Komunikasi dan Informatika Kota Uji"


@pytest.fixture
def notification(desk: Desk) -> Letter:
    desk.configure(
        officers={"atasan": ATASAN},
        office={
            "city": "Kota Uji",
            "ppid_name": "Sri Rahayu, S.Sos.",
            "atasan_name": ATASAN_NAME,
            "atasan_title": ATASAN_TITLE,
            "komisi_informasi": "Komisi Informasi Provinsi Jawa Barat",
        },
    )
    desk.citizen_writes("notice-1")
    desk.run()
    [notification] = desk.letters(to=OFFICER)
    return notification


def says(desk: Desk, letter: Letter, body: str, **kwargs: object) -> str:
    """The officer replies; returns the text of the hasil perintah, on one line."""
    desk.officer_replies(letter, body, **kwargs)
    desk.run()
    result = [m for m in desk.letters(to=OFFICER) if "Hasil perintah" in m.subject][-1]
    return " ".join(result.text.split())


def flat(letter: Letter) -> str:
    return " ".join(letter.text.split())


def test_a_refusal_carries_its_ground_statute_and_consequence_test(
    desk: Desk, notification: Letter
) -> None:
    result = says(desk, notification, "TOLAK pasal17h memuat data pribadi")
    assert "pengujian konsekuensi" in result and "TIDAK dilaksanakan" in result
    result = says(desk, notification, "TOLAK pasal17j daftar memuat data pemilih seluruh kota")
    assert "undang-undang yang melarang pengungkapannya" in result
    assert desk.request().status == "registered" and len(desk.letters(to=CITIZEN)) == 1

    says(
        desk,
        notification,
        "TOLAK pasal17j UU No. 24 Tahun 2013 Pasal 79; daftar memuat NIK dan alamat warga "
        "yang bila dibuka dapat disalahgunakan",
    )
    assert desk.request().status == "rejected"
    text = flat(desk.letters(to=CITIZEN)[-1])
    assert text.startswith("Dinas Komunikasi dan Informatika Kota Uji")
    assert "Kota Uji, 30 November 2026" in text and "Nomor : 0001/SRT-PPID/2026" in text
    assert "Yth. Saudara Rina Wulandari" in text
    assert "dikuasai oleh Dinas Komunikasi dan Informatika Kota Uji" in text  # held (a)
    assert "Pasal 17 huruf j, yaitu informasi yang tidak boleh diungkapkan berdasarkan" in text
    assert "dalam hal ini UU No. 24 Tahun 2013 Pasal 79." in text
    assert "Pasal 19" in text and "dapat disalahgunakan." in text  # the consequence test
    assert "Tidak ada biaya" in text
    assert f"kepada {ATASAN_TITLE} ({ATASAN_NAME})" in text
    assert "Pasal 35 ayat (1) huruf a, paling lambat Jumat, 15 Januari 2027" in text
    assert "Hormat kami, PPID Dinas Komunikasi dan Informatika Kota Uji Sri Rahayu, S.Sos." in text


def test_not_documented_is_a_not_held_notice(desk: Desk, notification: Letter) -> None:
    result = says(desk, notification, "TOLAK belum-didokumentasikan rekap belum dibuat")
    assert "bukan alasan penolakan" in result and "TIDAK-DIKUASAI belum-didokumentasikan" in result
    says(desk, notification, "TIDAK-DIKUASAI belum-didokumentasikan rekap 2025 disusun Maret 2027")
    assert desk.request().status == "not_held"
    text = flat(desk.letters(to=CITIZEN)[-1])
    assert "belum didokumentasikan" in text and "DITOLAK" not in text
    assert "Pasal 22 ayat (7) huruf a dan b" in text and "bukan penolakan" in text
    assert "rekap 2025 disusun Maret 2027." in text


def test_a_grant_that_gives_nothing_goes_back_to_the_officer(
    desk: Desk, notification: Letter
) -> None:
    result = says(desk, notification, "KABULKAN")
    assert "tanpa lampiran, tautan, atau cara memperoleh" in result
    assert desk.request().status == "registered" and len(desk.letters(to=CITIZEN)) == 1
    says(desk, notification, "KABULKAN data dapat diunduh di https://data.kota-uji.go.id/apbd")
    text = flat(desk.letters(to=CITIZEN)[-1])
    assert desk.request().status == "granted"
    assert "dapat diunduh melalui tautan" in text and "https://data.kota-uji.go.id/apbd" in text


def test_every_command_line_is_applied_or_answered(desk: Desk, notification: Letter) -> None:
    result = says(desk, notification, "PROSES\nPERPANJANG data dihimpun dari tiga bidang")
    request = desk.request()
    assert request.status == "in_process" and request.extended
    assert "PROSES: status Diproses" in result and "PERPANJANG" in result
    assert "batas waktu Rabu, 23 Desember 2026" in result  # never an ISO date

    result = says(desk, notification, "CATATAN dicek\n\nTerima kasih.\n\nKABULKAN")
    assert "KABULKAN: kata kunci setelah teks biasa tidak dibaca" in result
    assert "CATATAN: tidak dilaksanakan karena ada kesalahan lain" in result
    assert desk.request().status == "in_process"


def test_answers_thread_to_the_mail_they_answer(desk: Desk, notification: Letter) -> None:
    receipt = desk.letters(to=CITIZEN)[0]
    asked = desk.citizen_replies(receipt, "STATUS")
    desk.run()
    status = desk.letters(to=CITIZEN)[-1]
    asked_id = _message_id(asked)
    assert status.message["In-Reply-To"] == asked_id
    assert asked_id in str(status.message["References"])
    assert status.message["Auto-Submitted"] == "auto-replied"
    assert "Kegiatan terakhir : permohonan dicatat" in flat(status)

    says(desk, notification, "TOLAK pasal17h daftar memuat NIK dan alamat rumah siswa")
    objected = desk.citizen_replies(desk.letters(to=CITIZEN)[-1], "KEBERATAN data agregat saja")
    desk.run()
    receipt = desk.letters(to=CITIZEN)[-1]
    assert "Tanda terima keberatan" in receipt.subject
    assert receipt.message["In-Reply-To"] == _message_id(objected)
    assert "Pasal 35 ayat (1) huruf a" in flat(receipt)  # refused under Pasal 17

    [to_atasan] = desk.letters(to=ATASAN)
    desk.reply(to_atasan, ATASAN, "TOLAK data per sekolah memuat NIK siswa", name="Sekretaris")
    desk.run()
    decision = desk.letters(to=CITIZEN)[-1]
    assert decision.message["In-Reply-To"] == _message_id(objected)  # it answers the objection


def test_the_atasan_signs_the_objection_decision_and_the_ppid_acts_on_it(
    desk: Desk, notification: Letter
) -> None:
    says(desk, notification, "TOLAK pasal17h daftar memuat NIK dan alamat rumah siswa")
    desk.citizen_replies(desk.letters(to=CITIZEN)[-1], "KEBERATAN data agregat saja")
    desk.run()
    [to_atasan] = desk.letters(to=ATASAN)
    desk.clock.moment = at(2026, 12, 2)
    desk.reply(
        to_atasan, ATASAN, "KABULKAN data agregat per kecamatan diberikan", name="Sekretaris"
    )
    desk.run()

    decision = desk.letters(to=CITIZEN)[-1]
    text = flat(decision)
    assert "keberatan Saudara DITERIMA" in text
    assert f"Hormat kami, {ATASAN_TITLE} {ATASAN_NAME}" in text  # the atasan's letter
    assert "Nomor : 0002/SRT-PPID/2026" in text
    assert "paling lambat Rabu, 16 Desember 2026" in text  # objection_execution_days = 10
    assert "Komisi Informasi Provinsi Jawa Barat paling lambat" in text

    [told] = [m for m in desk.letters(to=OFFICER) if "oleh atasan PPID" in m.subject]
    assert "DITERIMA" in told.text and "Rabu, 16 Desember 2026" in flat(told)
    request = desk.request()
    assert request.status == "in_process" and request.due_date == date(2026, 12, 16)

    # The PPID now gives the information: a new written notice.
    says(
        desk,
        notification,
        "KABULKAN rekap per kecamatan terlampir",
        attachments=[("rekap.xlsx", b"PK\x03\x04")],
    )
    assert desk.request().status == "granted"
    assert desk.letters(to=CITIZEN)[-1].attachments == ["0001-PPID-2026-lampiran-1.xlsx"]


def test_the_receipt_restates_the_request_and_names_every_route(desk: Desk) -> None:
    desk.configure(office={"complaints_to": ""})
    desk.citizen_writes("receipt-1")
    desk.run()
    text = flat(desk.letters(to=CITIZEN)[0])
    assert "Nomor pendaftaran : 0001/PPID/2026" in text
    assert "Informasi yang diminta : data realisasi anggaran pendidikan tahun 2025" in text
    assert "Tujuan penggunaan : keperluan penelitian skripsi" in text
    assert "Cara mendapatkan salinan : tidak disebutkan; dikirim melalui surel ini" in text
    assert "Paling lambat Senin, 14 Desember 2026 (10 hari kerja)" in text
    assert "Rabu, 23 Desember 2026" in text and "paling lama 17 hari kerja" in text
    assert "PENGADUAN" in text  # the complaint route, also without complaints_to
    assert "UU No. 27 Tahun 2022" in text and "dihapus 365 hari" in text


def test_an_incomplete_request_is_told_its_last_day_and_lapses_after_it(desk: Desk) -> None:
    desk.citizen_writes("lapse-2", id_card=False)
    desk.run()
    receipt = desk.letters(to=CITIZEN)[0]
    assert "paling lambat Senin, 14 Desember 2026" in flat(receipt)
    assert "Kedaluwarsa" in flat(receipt)
    desk.clock.moment = at(2026, 12, 14, 16)  # the last day: still open
    desk.run()
    assert desk.request().status == "incomplete"
    desk.clock.moment = at(2026, 12, 15, 8)
    desk.run()
    assert desk.request().status == "lapsed"
    lapsed = desk.letters(to=CITIZEN)[-1]
    assert "batas waktu Senin, 14 Desember 2026" in flat(lapsed)


def test_a_request_completed_later_counts_from_that_day(desk: Desk) -> None:
    desk.citizen_writes("later-1", id_card=False)
    desk.run()
    receipt = desk.letters(to=CITIZEN)[0]
    desk.clock.moment = at(2026, 12, 2)  # Wednesday
    from tests.data.make_letters import ktp

    desk.citizen_replies(
        receipt,
        "Berikut KTP saya.",
        name="Rina Wulandari",
        attachments=[("ktp-rina.jpg", ktp("3204055508950005", "Rina Wulandari"))],
    )
    desk.run()
    done = desk.letters(to=CITIZEN)[-1]
    assert "sudah lengkap" in done.subject
    text = flat(done)
    assert "Paling lambat Rabu, 16 Desember 2026" in text
    assert "permohonan dinyatakan lengkap (Rabu, 2 Desember 2026;" in text


def test_a_clarification_says_by_when_and_what_happens_to_the_clock(
    desk: Desk, notification: Letter
) -> None:
    says(desk, notification, "KLARIFIKASI Tahun anggaran berapa yang dimaksud?")
    text = flat(desk.letters(to=CITIZEN)[-1])
    assert "paling lambat Senin, 7 Desember 2026" in text
    assert "tetap berjalan" in text and "Senin, 14 Desember 2026" in text


def _message_id(raw: bytes) -> str:
    import email
    import email.policy

    return str(email.message_from_bytes(raw, policy=email.policy.default)["Message-ID"])
