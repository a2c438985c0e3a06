"""The document pool ([limits] workers): what it reads does not depend on how many workers read
it or in which order they finish, and a message read ahead is not read twice."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ppid_mailer.adapters.documents import DocumentReader
from ppid_mailer.core.domain import Attachment
from tests.data.make_letters import ktp, photographed, scanned_pages, text_pdf

PAGE_1 = (
    "Dengan hormat, saya yang bertanda tangan di bawah ini mohon data realisasi anggaran "
    "pendidikan tahun 2025 untuk penelitian."
)
PAGE_2 = "Tujuan penggunaan informasi: penyusunan skripsi. Hormat saya, Rina Wulandari."


def files() -> list[Attachment]:
    return [
        Attachment("ktp.jpg", "image/jpeg", photographed(ktp("3204055508950005", "Rina"), 3)),
        Attachment("surat.pdf", "application/pdf", scanned_pages([PAGE_1, PAGE_2])),
        Attachment("lampiran.pdf", "application/pdf", text_pdf("Saya mohon data pasar 2025.")),
        Attachment("catatan.txt", "text/plain", b"catatan pemohon"),
    ]


@pytest.fixture
def readers() -> Iterator[tuple[DocumentReader, DocumentReader]]:
    one, two = DocumentReader(workers=1), DocumentReader(workers=2)
    yield one, two
    one.stop()
    two.stop()


def test_two_workers_read_what_one_reads_in_the_same_order(
    readers: tuple[DocumentReader, DocumentReader],
) -> None:
    one, two = readers
    if not one.ocr.available:
        pytest.skip("tesseract is not installed")
    alone, shared = one.read_all(files()), two.read_all(files())
    assert [(t.source, t.text, t.problem) for t in alone] == [
        (t.source, t.text, t.problem) for t in shared
    ]
    labels = [t.source for t in shared]
    assert labels == [
        "lampiran ktp.jpg (OCR)",
        "lampiran surat.pdf",
        "lampiran surat.pdf (OCR pindaian, halaman 1)",
        "lampiran surat.pdf (OCR pindaian, halaman 2)",
        "lampiran lampiran.pdf",
        "lampiran catatan.txt",
    ]
    assert "3204055508950005" in shared[0].text
    assert "anggaran" in shared[2].text and "skripsi" in shared[3].text
    assert len(two.pool.pids()) == 2  # both workers took part


def test_a_message_read_ahead_is_read_once(readers: tuple[DocumentReader, DocumentReader]) -> None:
    _, two = readers
    first = files()
    two.read_ahead(first)
    texts = two.read_all(first)
    served = sum(w.served for w in two.pool.workers)
    # ktp OCR, surat.pdf, its two pages, lampiran.pdf: five jobs, none repeated
    assert served == 5 and len(texts) == 6
    assert two.ahead() == 0


def test_files_read_ahead_are_matched_by_their_bytes_not_their_names(
    readers: tuple[DocumentReader, DocumentReader],
) -> None:
    _, two = readers
    if not two.ocr.available:
        pytest.skip("tesseract is not installed")
    rina = Attachment("ktp.jpg", "image/jpeg", photographed(ktp("3204055508950005", "Rina"), 2))
    budi = Attachment("ktp.jpg", "image/jpeg", photographed(ktp("3273011203880001", "Budi"), -2))
    two.read_ahead([rina])
    two.read_ahead([budi])
    [read_budi] = two.read_all([budi])
    [read_rina] = two.read_all([rina])
    assert "3273011203880001" in read_budi.text and "3204055508950005" in read_rina.text
