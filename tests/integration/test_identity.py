"""Only the requester acts for a request: Reply-To is recorded, never trusted, never written to."""

from __future__ import annotations

import pytest

from ppid_mailer.adapters.models import Event, InboundMessage, Request
from ppid_mailer.service.daemon import run_once
from tests import mails
from tests.servers import SmtpSink

pytestmark = pytest.mark.integration
CITIZEN = "rina.wulandari@warga.test"
STRANGER = "eve@evil.test"


def test_reply_to_a_citizen_gives_a_stranger_no_authority(server_desk, smtp: SmtpSink) -> None:  # type: ignore[no-untyped-def]
    rt = server_desk()
    server_desk.deliver(mails.citizen("rina-1"))
    run_once(rt)
    [receipt] = smtp.wait_to(CITIZEN, 1)
    number = Request.get().number
    for body in ("BATAL", f"KEBERATAN {number} saya keberatan", "Tambahan: data tahun 2024 juga"):
        forged = mails.reply(
            receipt.data,
            STRANGER,
            body,
            name="Rina Wulandari",
            extra={"Reply-To": f"Rina Wulandari <{CITIZEN}>"},
        )
        server_desk.deliver(forged)
        run_once(rt)
    request = Request.get(Request.number == number)
    assert request.status == "registered"
    assert "2024" not in request.letter_text
    assert (
        not Event.select().where(Event.action.in_(("withdrawn", "objection", "follow_up"))).exists()
    )
    assert len(smtp.to(CITIZEN)) == 1  # only the receipt: nothing the stranger caused


def test_a_new_request_belongs_to_from_and_never_mails_reply_to(
    server_desk, smtp: SmtpSink
) -> None:  # type: ignore[no-untyped-def]
    rt = server_desk()
    server_desk.deliver(
        mails.citizen(
            "eve-1",
            sender=STRANGER,
            extra={"Reply-To": f"Victim <{CITIZEN}>"},
        )
    )
    run_once(rt)
    request = Request.get()
    assert request.requester_email == STRANGER
    assert smtp.wait_to(STRANGER, 1)
    assert smtp.to(CITIZEN) == []
    registered = Event.get(Event.action == "registered")
    assert f"Reply-To {CITIZEN} recorded, not used" in registered.detail


def test_a_from_with_two_addresses_is_held_and_not_answered(server_desk, smtp: SmtpSink) -> None:  # type: ignore[no-untyped-def]
    rt = server_desk()
    raw = mails.citizen("two-1").replace(
        b"From: Rina Wulandari <rina.wulandari@warga.test>",
        b"From: Rina <rina.wulandari@warga.test>, Eve <eve@evil.test>",
    )
    server_desk.deliver(raw)
    run_once(rt)
    row = InboundMessage.get()
    assert (row.state, row.kind) == ("held", "bad_sender")
    assert not Request.select().exists()
    assert smtp.to(CITIZEN) == [] and smtp.to(STRANGER) == []


def test_a_letter_whose_subject_starts_with_a_keyword_is_a_new_request(
    server_desk, smtp: SmtpSink
) -> None:  # type: ignore[no-untyped-def]
    rt = server_desk()
    server_desk.deliver(mails.citizen("rina-1"))
    run_once(rt)
    server_desk.deliver(
        mails.citizen("status-tanah", sender="warga.baru@warga.test").replace(
            b"Subject: Permohonan informasi status-tanah",
            b"Subject: Status tanah di Kelurahan Sukajadi",
        )
    )
    server_desk.deliver(
        mails.citizen("keberatan-warga").replace(
            b"Subject: Permohonan informasi keberatan-warga",
            b"Subject: Keberatan warga atas rencana pembangunan pasar",
        )
    )
    run_once(rt)
    assert Request.select().count() == 3  # both are new requests, each with its number
    kinds = [row.kind for row in InboundMessage.select().order_by(InboundMessage.id)]
    assert kinds == ["new_request", "new_request", "new_request"]
