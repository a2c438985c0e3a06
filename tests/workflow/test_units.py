"""Work units and complaints: TERUSKAN to a unit, its answer back to the officers and on to the
citizen, a unit reply without the token, and PENGADUAN to the secretariat."""

from __future__ import annotations

import pytest

from ppid_mailer.adapters.models import Complaint
from tests import mails
from tests.desk import CITIZEN, OFFICER, SECRETARIAT, UNIT, Desk, Letter


@pytest.fixture
def notification(desk: Desk) -> Letter:
    """A registered request on a desk with one work unit: the officer's notification."""
    desk.configure(
        units={"perindustrian": UNIT}, unit_titles={"perindustrian": "Kepala Bidang Perindustrian"}
    )
    desk.citizen_writes("unit-1")
    desk.run()
    [notification] = [m for m in desk.letters(to=OFFICER) if "Permohonan baru" in m.subject]
    return notification


def test_forward_to_a_unit_and_grant_with_its_files(desk: Desk, notification: Letter) -> None:
    assert "perindustrian" in notification.text
    desk.officer_replies(notification, "TERUSKAN perindustrian mohon data IKM 2025")
    desk.run()
    [to_unit] = desk.letters(to=UNIT)
    number = desk.request().number
    assert number in to_unit.subject and "anggaran pendidikan" in to_unit.text
    text = " ".join(to_unit.text.split())
    # greeted by its title ([unit_titles]), with its own deadline 3 working days before the
    # citizen's (Monday 14 December 2026)
    assert text.startswith("Yth. Kepala Bidang Perindustrian,")
    assert "Jawaban unit paling lambat: Rabu, 9 Desember 2026" in text
    assert "pemberitahuan tertulis kepada pemohon (Senin, 14 Desember 2026)" in text
    assert not to_unit.attachments  # never the ID copy
    assert "rina.wulandari" not in to_unit.text  # nor the citizen's contact

    desk.unit_replies(
        to_unit,
        "Terlampir data yang diminta.",
        attachments=[("ikm-2025.xlsx", b"PK\x03\x04 spreadsheet")],
    )
    desk.run()
    answer = [m for m in desk.letters(to=OFFICER) if "Jawaban perindustrian" in m.subject]
    assert len(answer) == 1
    assert answer[0].attachments == ["ikm-2025.xlsx"]

    desk.officer_replies(notification, "KABULKAN data dari Bidang Perindustrian terlampir")
    desk.run()
    decision = desk.letters(to=CITIZEN)[-1]
    assert "dikabulkan" in decision.subject
    assert decision.attachments == ["0001-PPID-2026-lampiran-1.xlsx"]
    assert "(berkas ikm-2025.xlsx)" in decision.text
    detail = desk.show(number)
    actions = [e["action"] for e in detail["events"]]
    for step in ("registered", "teruskan", "unit_answer", "kabulkan"):
        assert step in actions
    assert detail["units"][0]["unit"] == "perindustrian" and detail["units"][0]["answered_at"]


def test_a_units_forwarded_mail_never_reaches_the_citizen(desk: Desk, notification: Letter) -> None:
    """#15.6 on the units' side: a unit answers with its file and, attached, the mail it was
    sent (its token in the Message-ID) and a forward of the officer's notification (the
    citizen's ID copy inside). A grant without files of its own sends the unit's file only."""
    desk.officer_replies(notification, "TERUSKAN perindustrian")
    desk.run()
    [to_unit] = desk.letters(to=UNIT)
    desk.unit_replies(
        to_unit,
        "Terlampir data yang diminta.",
        attachments=[("ikm-2025.xlsx", b"PK\x03\x04 spreadsheet")],
        messages=[to_unit.raw, notification.raw],
    )
    desk.run()
    [answer] = [m for m in desk.letters(to=OFFICER) if "Jawaban perindustrian" in m.subject]
    assert answer.attachments == ["ikm-2025.xlsx"]
    desk.officer_replies(notification, "KABULKAN data dari Bidang Perindustrian terlampir")
    desk.run()
    decision = desk.letters(to=CITIZEN)[-1]
    assert decision.attachments == ["0001-PPID-2026-lampiran-1.xlsx"]  # the unit's one file
    for blob in (decision.raw, *decision.files.values()):
        assert to_unit.message_id.strip("<>").encode() not in blob
        assert notification.message_id.strip("<>").encode() not in blob
    withheld = [e["detail"] for e in desk.show(desk.request().number)["events"]]
    assert any("ktp.png" in d for d in withheld)


def test_unit_says_not_held(desk: Desk, notification: Letter) -> None:
    desk.officer_replies(notification, "TERUSKAN perindustrian")
    desk.run()
    [to_unit] = desk.letters(to=UNIT)
    desk.unit_replies(to_unit, "tidak ada, data ini dikuasai BPS.", name="Kabid")
    desk.run()
    assert desk.show(desk.request().number)["units"][0]["not_held"] is True
    answer = [m for m in desk.letters(to=OFFICER) if "Jawaban perindustrian" in m.subject][0]
    assert "TIDAK MENGUASAI" in answer.text


def test_unit_reply_without_the_token_changes_nothing(desk: Desk, notification: Letter) -> None:
    desk.officer_replies(notification, "TERUSKAN perindustrian")
    desk.run()
    [to_unit] = desk.letters(to=UNIT)
    forged = mails.reply(to_unit.raw, UNIT, "Data terlampir", name="Kabid").replace(
        to_unit.message_id.encode(), b"<ppid.unit.1.00000000000000000000@kota-uji.go.id>"
    )
    desk.deliver(forged)
    desk.run()
    assert desk.show(desk.request().number)["units"][0]["answered_at"] is None
    assert not [m for m in desk.letters(to=OFFICER) if "Jawaban" in m.subject]


def test_complaint_reaches_the_secretariat_with_a_number(desk: Desk, notification: Letter) -> None:
    desk.citizen_writes(
        "aduan-1",
        body="PENGADUAN\npetugas tidak menjawab telepon selama seminggu.",
        id_card=False,
    )
    desk.run()
    [to_secretariat] = desk.letters(to=SECRETARIAT)
    complaint = Complaint.get()
    assert complaint.number == "0001/PENGADUAN/2026"
    assert complaint.number in to_secretariat.subject
    assert "tidak menjawab telepon" in to_secretariat.text
    ack = desk.letters(to=CITIZEN)[-1]
    assert "Tanda terima pengaduan" in ack.subject and complaint.number in ack.text
    assert len(desk.store.requests()) == 1  # a complaint is no new request


def test_a_unit_is_reminded_of_its_own_deadline(desk: Desk, notification: Letter) -> None:
    """The unit's deadline comes unit_lead_days (3) working days before the citizen's (Monday
    14 December): Wednesday 9 December; the reminder goes remind_days (2) before it."""
    from tests.desk import at

    desk.officer_replies(notification, "TERUSKAN perindustrian")
    desk.run()
    desk.clock.moment = at(2026, 12, 4)  # 3 working days left: no reminder yet
    desk.run()
    assert [s for s in desk.subjects(to=UNIT) if "Pengingat" in s] == []
    desk.clock.moment = at(2026, 12, 7)
    desk.run()
    desk.run()
    [reminder] = [m for m in desk.letters(to=UNIT) if "Pengingat" in m.subject]
    assert "Jawaban unit paling lambat: Rabu, 9 Desember 2026" in reminder.text
    assert "14 Desember" not in reminder.text  # never the citizen's date as the unit's
