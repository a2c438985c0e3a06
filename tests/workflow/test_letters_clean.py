"""Every letter a desk writes in a long life of requests, by mail, read with the rules of
tests/unit/test_letters.py: what the catalog checks on fixed facts holds on real ones too."""

from __future__ import annotations

from tests import mails
from tests.desk import ATASAN, CITIZEN, OFFICER, SECRETARIAT, UNIT, Desk, at
from tests.letter_catalog import Entry
from tests.unit.test_letters import problems

OTHER = "budi.santoso@warga.test"


def test_every_letter_of_a_busy_desk_reads_clean(desk: Desk) -> None:
    desk.configure(
        officers={"atasan": ATASAN},
        units={"bidang-industri": UNIT},
        limits={"max_message_mb": 1},
        deadlines={"digest_time": "07:30"},
    )
    # 1. incomplete, completed by a reply; the officer processes, extends, asks, forwards
    desk.citizen_writes("life-1", id_card=False, body="Halo, mohon data.")
    desk.run()
    receipt = desk.letters(to=CITIZEN)[0]
    desk.clock.moment = at(2026, 12, 1)
    desk.citizen_replies(
        receipt,
        mails.LETTER_BODY,
        attachments=[("ktp.png", mails.tiny_png())],
        name="Rina Wulandari",
    )
    desk.run()
    notification = [m for m in desk.letters(to=OFFICER) if "Permohonan baru" in m.subject][0]
    desk.officer_replies(notification, "PROSES\nPERPANJANG data dihimpun dari tiga bidang")
    desk.run()
    desk.officer_replies(notification, "KLARIFIKASI Tahun anggaran berapa?")
    desk.run()
    desk.citizen_replies(desk.letters(to=CITIZEN)[-1], "Tahun 2025.")
    desk.run()
    desk.citizen_replies(desk.letters(to=CITIZEN)[-1], "STATUS")
    desk.run()
    desk.officer_replies(notification, "TERUSKAN bidang-industri mohon rekap")
    desk.run()
    desk.unit_replies(
        desk.letters(to=UNIT)[-1], "Terlampir.", attachments=[("rekap.xlsx", b"PK\x03\x04")]
    )
    desk.run()
    # 2. refused without the consequence test, then refused properly; objection; the atasan
    desk.officer_replies(notification, "TOLAK pasal17h data pribadi")
    desk.run()
    desk.officer_replies(notification, "TOLAK pasal17h rekap memuat NIK dan alamat pemilik usaha")
    desk.run()
    desk.citizen_replies(desk.letters(to=CITIZEN)[-1], "KEBERATAN data agregat saja")
    desk.run()
    desk.reply(desk.letters(to=ATASAN)[-1], ATASAN, "KABULKAN data agregat diberikan", name="A")
    desk.run()
    desk.officer_replies(notification, "SEBAGIAN pasal17h kolom NIK dihitamkan; rekap terlampir")
    desk.run()
    # 3. another citizen: oversized, a complaint, withdrawn; a third lapses; the clock runs late
    desk.citizen_writes("life-2", sender=OTHER, attachment=b"%PDF-1.4 " + b"x" * 1_200_000)
    desk.citizen_writes("life-3", sender=OTHER)
    desk.run()
    desk.citizen_writes("aduan", sender=OTHER, body="PENGADUAN\npetugas lambat", id_card=False)
    desk.run()
    third = [m for m in desk.letters(to=OTHER) if "Tanda terima" in m.subject][-1]
    desk.citizen_replies(third, "BATAL", sender=OTHER)
    desk.run()
    desk.citizen_writes("life-4", sender="c@warga.test", id_card=False, body="Halo")
    desk.run()
    for day in (4, 10, 16, 21, 28):
        desk.clock.moment = at(2026, 12, day, 9)
        desk.run()

    letters = desk.letters()
    assert len(letters) > 40
    kinds = {str(m.message["X-PPID-Mailer"]) for m in letters}
    assert {"receipt", "completion", "decision_rejected", "objection_decision", "too_large"} <= (
        kinds
    )
    found = []
    for letter in letters:
        audience = (
            "officer"
            if {OFFICER, ATASAN, SECRETARIAT} & set(letter.recipients)
            else "unit"
            if UNIT in letter.recipients
            else "citizen"
        )
        entry = Entry(letter.subject, None, None, False, audience)  # type: ignore[arg-type]
        text = f"Subject: {letter.subject}\n\n{letter.text}"
        found += [f"{letter.subject}: {p}" for p in problems(entry, text)]
    assert found == []
