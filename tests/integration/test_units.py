"""Work units and complaints: TERUSKAN to a unit, its answer back to the officers and on to the
citizen, a unit reply without the token, and PENGADUAN to the secretariat."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

import pytest

from ppid_mailer.adapters.clock import FixedClock
from ppid_mailer.adapters.models import Complaint, Forwarding, Request
from ppid_mailer.service.daemon import run_once
from ppid_mailer.service.listings import request_detail
from tests import mails
from tests.servers import SmtpSink

pytestmark = pytest.mark.integration
OFFICER = "petugas@kota-uji.go.id"
UNIT = "kabid.industri@kota-uji.go.id"
CITIZEN = "rina.wulandari@warga.test"
SECRETARIAT = "sekretariat@kota-uji.go.id"


@pytest.fixture
def rt(desk, smtp: SmtpSink):  # type: ignore[no-untyped-def]
    runtime = desk(FixedClock(datetime(2026, 11, 30, 2, tzinfo=UTC)))
    runtime.settings = dataclasses.replace(runtime.settings, units={"perindustrian": (UNIT,)})
    desk.deliver(mails.citizen("unit-1"))
    run_once(runtime)
    return runtime


def test_forward_to_a_unit_and_grant_with_its_files(desk, rt, smtp: SmtpSink) -> None:
    [notification] = [m for m in smtp.to(OFFICER) if "Permohonan baru" in m.message["Subject"]]
    assert "perindustrian" in notification.text
    desk.deliver(
        mails.reply(notification.data, OFFICER, "TERUSKAN perindustrian mohon data IKM 2025")
    )
    run_once(rt)
    [to_unit] = smtp.wait_to(UNIT, 1)
    number = Request.get().number
    assert number in to_unit.message["Subject"] and "anggaran pendidikan" in to_unit.text
    assert not list(to_unit.message.iter_attachments())  # never the ID copy
    assert "rina.wulandari" not in to_unit.text  # nor the citizen's contact

    desk.deliver(
        mails.reply(
            to_unit.data,
            UNIT,
            "Terlampir data yang diminta.",
            name="Kabid Industri",
            attachments=[("ikm-2025.xlsx", b"PK\x03\x04 spreadsheet")],
        )
    )
    run_once(rt)
    answer = [m for m in smtp.to(OFFICER) if "Jawaban perindustrian" in m.message["Subject"]]
    assert len(answer) == 1
    assert [p.get_filename() for p in answer[0].message.iter_attachments()] == ["ikm-2025.xlsx"]

    desk.deliver(
        mails.reply(notification.data, OFFICER, "KABULKAN data dari Bidang Perindustrian terlampir")
    )
    run_once(rt)
    decision = smtp.to(CITIZEN)[-1]
    assert "dikabulkan" in decision.message["Subject"]
    assert [p.get_filename() for p in decision.message.iter_attachments()] == ["ikm-2025.xlsx"]
    detail = request_detail(rt.store, rt.settings, number)
    assert detail is not None
    actions = [e["action"] for e in detail["events"]]
    for step in ("registered", "teruskan", "unit_answer", "kabulkan"):
        assert step in actions
    assert detail["units"][0]["unit"] == "perindustrian" and detail["units"][0]["answered_at"]


def test_unit_says_not_held(desk, rt, smtp: SmtpSink) -> None:
    [notification] = [m for m in smtp.to(OFFICER) if "Permohonan baru" in m.message["Subject"]]
    desk.deliver(mails.reply(notification.data, OFFICER, "TERUSKAN perindustrian"))
    run_once(rt)
    [to_unit] = smtp.wait_to(UNIT, 1)
    desk.deliver(mails.reply(to_unit.data, UNIT, "tidak ada, data ini dikuasai BPS.", name="Kabid"))
    run_once(rt)
    assert Forwarding.get().not_held is True
    answer = [m for m in smtp.to(OFFICER) if "Jawaban perindustrian" in m.message["Subject"]][0]
    assert "TIDAK MENGUASAI" in answer.text


def test_unit_reply_without_the_token_changes_nothing(desk, rt, smtp: SmtpSink) -> None:
    [notification] = [m for m in smtp.to(OFFICER) if "Permohonan baru" in m.message["Subject"]]
    desk.deliver(mails.reply(notification.data, OFFICER, "TERUSKAN perindustrian"))
    run_once(rt)
    [to_unit] = smtp.wait_to(UNIT, 1)
    forged = mails.reply(to_unit.data, UNIT, "Data terlampir", name="Kabid").replace(
        to_unit.message["Message-ID"].encode(), b"<ppid.unit.1.00000000000000000000@kota-uji.go.id>"
    )
    desk.deliver(forged)
    run_once(rt)
    assert Forwarding.get().answered_at is None
    assert not [m for m in smtp.to(OFFICER) if "Jawaban" in m.message["Subject"]]


def test_complaint_reaches_the_secretariat_with_a_number(desk, rt, smtp: SmtpSink) -> None:
    desk.deliver(
        mails.citizen(
            "aduan-1",
            body="PENGADUAN\npetugas tidak menjawab telepon selama seminggu.",
            id_card=False,
        )
    )
    run_once(rt)
    [to_secretariat] = smtp.wait_to(SECRETARIAT, 1)
    complaint = Complaint.get()
    assert complaint.number == "0001/PENGADUAN/2026"
    assert complaint.number in to_secretariat.message["Subject"]
    assert "tidak menjawab telepon" in to_secretariat.text
    ack = smtp.to(CITIZEN)[-1]
    assert "Tanda terima pengaduan" in ack.message["Subject"] and complaint.number in ack.text
    assert Request.select().count() == 1  # a complaint is no new request
