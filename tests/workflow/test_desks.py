"""Several desks in one instance: PPID Utama ([inbox]) and a PPID Pelaksana ([inbox:dinkes]),
each with its own mailbox, numbering and officers; a request handed from one to the other."""

from __future__ import annotations

from tests import mails
from tests.desk import OFFICER, Desk

DINKES = "petugas.dinkes@kota-uji.go.id"


def test_two_desks_number_apart_and_hand_over(desk: Desk) -> None:
    dinkes = desk.add_desk("dinkes", title="PPID Pelaksana Dinas Kesehatan", ppid=DINKES)
    desk.citizen_writes("desk-utama", sender="a@warga.test")
    desk.deliver(mails.citizen("desk-dinkes", sender="b@warga.test"), maildir=dinkes)
    desk.run()

    numbers = {r.requester_email: r.number for r in desk.store.requests()}
    assert numbers == {"a@warga.test": "0001/PPID/2026", "b@warga.test": "0001/DINKES/2026"}
    assert desk.subjects(to=OFFICER) == ["[PPID] Permohonan baru 0001/PPID/2026"]
    assert desk.subjects(to=DINKES) == ["[PPID] Permohonan baru 0001/DINKES/2026"]

    # The main desk hands its request to the health office, which holds the data.
    due = desk.request("0001/PPID/2026").due_date
    [notification] = desk.letters(to=OFFICER)
    desk.officer_replies(notification, "TERUSKAN dinkes data ada di Dinkes")
    desk.run()
    request = desk.request("0001/PPID/2026")
    assert request.handled_by == "dinkes" and request.due_date == due  # the clock keeps running
    told = desk.letters(to="a@warga.test")[-1]
    assert "diteruskan kepada PPID Pelaksana Dinas Kesehatan" in told.subject
    handed = [m for m in desk.letters(to=DINKES) if "0001/PPID/2026" in m.subject]
    assert len(handed) == 1

    # A grant that gives nothing (the file forgotten) goes back to the officer with what to add.
    desk.deliver(mails.reply(handed[0].raw, DINKES, "KABULKAN data terlampir"), maildir=dinkes)
    desk.run()
    assert desk.request("0001/PPID/2026").status == "registered"
    refused = desk.letters(to=DINKES)[-1]
    assert "Hasil perintah" in refused.subject
    assert "tanpa lampiran, tautan, atau cara memperoleh" in " ".join(refused.text.split())

    desk.deliver(
        mails.reply(
            handed[0].raw,
            DINKES,
            "KABULKAN data puskesmas terlampir",  # a new mail (its own Message-ID), not a copy
            attachments=[("data-puskesmas.xlsx", b"PK\x03\x04 spreadsheet")],
        ),
        maildir=dinkes,
    )
    desk.run()
    assert desk.request("0001/PPID/2026").status == "granted"
    granted = desk.letters(to="a@warga.test")[-1]
    assert "dikabulkan" in granted.subject
    assert granted.attachments == ["0001-PPID-2026-lampiran-1.xlsx"]
    text = " ".join(granted.text.split())
    assert "dikuasai oleh PPID Pelaksana Dinas Kesehatan" in text  # the desk that holds it
    assert "Hormat kami, PPID Pelaksana Dinas Kesehatan" in text  # and signs
