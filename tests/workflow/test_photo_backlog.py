"""A backlog of photographed KTPs and scanned letters read by two workers, ahead of their turn:
every request gets the NIK of its own card and the text of its own letter."""

from __future__ import annotations

from tests.data.make_letters import ktp, mail, photographed, scanned_pages
from tests.desk import Desk

PEOPLE = [
    ("Siti Rahmawati", "3273014506900002"),
    ("Budi Santoso", "3204051203880001"),
    ("Dewi Lestari", "3578016708920003"),
    ("Agus Salim", "3174020101850004"),
]


def test_each_request_reads_its_own_documents(desk: Desk) -> None:
    desk.configure(limits={"workers": 2})
    for i, (name, nik) in enumerate(PEOPLE):
        files = [("ktp.jpg", photographed(ktp(nik, name), (-1) ** i * (2 + i)))]
        body = "Dengan hormat, permohonan saya terlampir.\n\nHormat saya,\n" + name
        if i % 2:
            pages = [
                f"Dengan hormat, saya {name} mohon data realisasi anggaran pendidikan tahun "
                f"202{i} untuk penelitian.",
                f"Tujuan penggunaan informasi: penyusunan skripsi. Hormat saya, {name}.",
            ]
            files.append(("surat.pdf", scanned_pages(pages)))
        desk.deliver(mail(i, name, f"warga{i}@warga.test", f"Permohonan {i}", body, files))
    desk.run()
    requests = {r["requester_email"]: r for r in desk.requests()}
    assert len(requests) == len(PEOPLE)
    for i, (_, nik) in enumerate(PEOPLE):
        shown = desk.show(requests[f"warga{i}@warga.test"]["number"])
        assert shown["fields"]["nik"]["value"] == nik
        if i % 2:
            assert f"202{i}" in shown["fields"]["information"]["value"]
