"""Several desks in one instance: PPID Utama ([inbox]) and a PPID Pelaksana ([inbox:dinkes]),
each with its own mailbox, numbering and officers; a request handed from one to the other."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from ppid_mailer.adapters.models import Request
from ppid_mailer.config import load_settings
from ppid_mailer.service.daemon import run_once
from ppid_mailer.service.runtime import build_runtime
from tests import mails
from tests.helpers import append
from tests.servers import Dovecot, SmtpSink

pytestmark = pytest.mark.integration
OFFICER = "petugas@kota-uji.go.id"
DINKES = "petugas.dinkes@kota-uji.go.id"


def test_two_desks_number_apart_and_hand_over(
    configure: Callable[..., Path],
    desk,
    dovecot: Dovecot,
    imap_user: tuple[str, str],
    smtp: SmtpSink,
) -> None:
    dinkes_user, dinkes_password = dovecot.add_user()
    config = configure()
    config.write_text(
        config.read_text()
        + f"""
[inbox:dinkes]
username = {dinkes_user}
password = {dinkes_password}
title = PPID Pelaksana Dinas Kesehatan
ppid = {DINKES}
"""
    )
    rt = build_runtime(load_settings(config))
    user, password = imap_user
    append(dovecot, user, password, mails.citizen("desk-utama", sender="a@warga.test"))
    append(
        dovecot, dinkes_user, dinkes_password, mails.citizen("desk-dinkes", sender="b@warga.test")
    )
    run_once(rt)

    numbers = {r.requester_email: r.number for r in Request.select()}
    assert numbers == {"a@warga.test": "0001/PPID/2026", "b@warga.test": "0001/DINKES/2026"}
    assert [m.message["Subject"] for m in smtp.to(OFFICER)] == [
        "[PPID] Permohonan baru 0001/PPID/2026"
    ]
    assert [m.message["Subject"] for m in smtp.to(DINKES)] == [
        "[PPID] Permohonan baru 0001/DINKES/2026"
    ]

    # The main desk hands its request to the health office, which holds the data.
    due = Request.get(Request.number == "0001/PPID/2026").due_date
    [notification] = smtp.to(OFFICER)
    append(
        dovecot,
        user,
        password,
        mails.reply(notification.data, OFFICER, "TERUSKAN dinkes data ada di Dinkes"),
    )
    run_once(rt)
    request = Request.get(Request.number == "0001/PPID/2026")
    assert request.handled_by == "dinkes" and request.due_date == due  # the clock keeps running
    told = smtp.to("a@warga.test")[-1]
    assert "diteruskan kepada PPID Pelaksana Dinas Kesehatan" in told.message["Subject"]
    handed = [m for m in smtp.to(DINKES) if "0001/PPID/2026" in m.message["Subject"]]
    assert len(handed) == 1

    append(
        dovecot,
        dinkes_user,
        dinkes_password,
        mails.reply(handed[0].data, DINKES, "KABULKAN data terlampir"),
    )
    run_once(rt)
    assert Request.get(Request.number == "0001/PPID/2026").status == "granted"
    assert "dikabulkan" in smtp.to("a@warga.test")[-1].message["Subject"]
