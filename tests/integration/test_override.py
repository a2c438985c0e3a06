"""A person overrules the requirement check, by mail, on the real servers: an officer declares an
incomplete request complete (LENGKAP) or acts on it directly; the clock then runs from the day
the request was received and the citizen gets a corrected receipt."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from ppid_mailer.adapters.clock import FixedClock
from ppid_mailer.adapters.models import Event, Request
from ppid_mailer.service.daemon import run_once
from tests import mails
from tests.servers import SmtpSink

pytestmark = pytest.mark.integration
OFFICER = "petugas@kota-uji.go.id"
CITIZEN = "rina.wulandari@warga.test"
NO_PURPOSE = (
    "Dengan hormat,\n\nSaya mohon data jumlah penduduk miskin per kelurahan tahun 2025. "
    "Salinan KTP terlampir.\n\nHormat saya,\nRina Wulandari\n"
)


@pytest.fixture
def incomplete(server_desk, smtp: SmtpSink):  # type: ignore[no-untyped-def]
    """An incomplete request received on Monday 30 November; the officer acts on Thursday."""
    rt = server_desk(FixedClock(datetime(2026, 11, 30, 2, tzinfo=UTC)))
    server_desk.deliver(mails.citizen("incomplete-1", body=NO_PURPOSE))
    run_once(rt)
    [receipt] = smtp.wait_to(CITIZEN, 1)
    assert "belum lengkap" in receipt.text.lower()
    [notification] = smtp.wait_to(OFFICER, 1)
    assert Request.get().status == "incomplete"
    later = server_desk(FixedClock(datetime(2026, 12, 3, 2, tzinfo=UTC)))
    return later, notification


def test_notification_of_an_incomplete_request_says_how_to_overrule(incomplete) -> None:  # type: ignore[no-untyped-def]
    _, notification = incomplete
    text = notification.text
    assert "BELUM LENGKAP" in text and "Tujuan penggunaan informasi" in text  # titles, not codes
    assert "balas dengan LENGKAP [catatan]" in text and "sejak diterima" in text


def test_lengkap_declares_complete_since_the_day_received(
    server_desk, smtp: SmtpSink, incomplete
) -> None:  # type: ignore[no-untyped-def]
    rt, notification = incomplete
    server_desk.deliver(
        mails.reply(notification.data, OFFICER, "LENGKAP tujuan jelas dari konteks")
    )
    run_once(rt)
    request = Request.get()
    assert request.status == "registered"
    # counted from Monday 30 November (received), not from Thursday 3 December (the decision)
    assert request.due_date == date(2026, 12, 14)
    assert request.final_due_date == date(2026, 12, 23)
    letters = smtp.wait_to(CITIZEN, 2)
    correction = letters[-1]
    assert (
        correction.message["Subject"]
        == f"Ralat tanda terima: permohonan {request.number} dinyatakan lengkap"
    )
    assert request.number in correction.text and "14 Desember 2026" in correction.text
    assert "23 Desember 2026" in correction.text
    [event] = Event.select().where(Event.action == "declared_complete")
    assert "purpose" in event.detail and "tujuan jelas dari konteks" in event.detail
    result = smtp.wait_to(OFFICER, 2)[-1]
    assert "LENGKAP" in result.text and "ralat tanda terima" in result.text


def test_an_officer_decides_an_incomplete_request_directly(
    server_desk, smtp: SmtpSink, incomplete
) -> None:  # type: ignore[no-untyped-def]
    rt, notification = incomplete
    server_desk.deliver(
        mails.reply(
            notification.data,
            OFFICER,
            "KABULKAN data terlampir",
            attachments=[("data-penduduk-miskin.pdf", b"%PDF-1.4 data")],
        )
    )
    run_once(rt)
    request = Request.get()
    assert request.status == "granted"
    assert request.due_date == date(2026, 12, 14)
    subjects = [m.message["Subject"] for m in smtp.wait_to(CITIZEN, 3)]
    assert any(s.startswith("Ralat tanda terima") for s in subjects)
    assert subjects[1].startswith("Ralat tanda terima")  # the correction comes before the decision
    assert request.decided_at is not None and "dikabulkan" in subjects[2].lower()


def test_lengkap_on_a_complete_request_is_refused(server_desk, smtp: SmtpSink) -> None:  # type: ignore[no-untyped-def]
    rt = server_desk()
    server_desk.deliver(mails.citizen("complete-1"))
    run_once(rt)
    [notification] = smtp.wait_to(OFFICER, 1)
    server_desk.deliver(mails.reply(notification.data, OFFICER, "LENGKAP"))
    run_once(rt)
    assert Request.get().status == "registered"
    result = smtp.wait_to(OFFICER, 2)[-1]
    assert "LENGKAP" in result.text and "tidak dapat dipakai" in result.text
