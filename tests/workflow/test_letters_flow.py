"""Receipt first, then completeness: an incomplete request is numbered at once, the citizen is
told everything missing, a reply with the KTP completes it. And hostile attachments."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib

from tests import mails
from tests.data.make_letters import ktp
from tests.desk import CITIZEN, Desk


def test_incomplete_request_is_completed_by_a_reply_with_the_ktp(desk: Desk) -> None:
    desk.citizen_writes("incomplete-1", id_card=False)
    assert desk.run().inbox_error == ""  # `run --once` exits 0

    [receipt] = desk.letters(to=CITIZEN)
    request = desk.requests()[0]
    number = request["number"]
    assert request["status"] == "incomplete" and request["missing"] == ["id_document"]
    assert request["due_date"] is None
    assert number in receipt.subject and "belum lengkap" in receipt.subject
    assert "Salinan identitas" in receipt.text and "KTP" in receipt.text
    assert receipt.attachments == ["formulir-permohonan-informasi.txt"]

    desk.citizen_replies(
        receipt,
        "Berikut KTP saya.",
        name="Rina Wulandari",
        attachments=[("ktp-rina.jpg", ktp("3204055508950005", "Rina Wulandari"))],
    )
    assert desk.run().inbox_error == ""

    shown = desk.show(number)
    assert shown["status"] == "registered" and shown["missing"] == [] and shown["due_date"]
    assert shown["fields"]["information"]["source"] == "isi surel"
    assert "anggaran pendidikan" in shown["fields"]["information"]["value"]
    assert shown["fields"]["nik"]["value"] == "3204055508950005"
    assert "OCR" in shown["fields"]["nik"]["source"]
    assert shown["checks"]["id_document"]["verified"] is True
    assert "completed" in [e["action"] for e in shown["events"]]
    assert len(desk.requests()) == 1  # no new number
    done = desk.letters(to=CITIZEN)[-1]
    assert "sudah lengkap" in done.subject and shown["due_date"][:4] in done.text


def test_a_reply_that_completes_nothing_lists_what_is_still_missing(desk: Desk) -> None:
    desk.citizen_writes("incomplete-2", id_card=False, body="Halo PPID")
    desk.run()
    [receipt] = desk.letters(to=CITIZEN)
    desk.citizen_replies(receipt, "Mohon dibantu ya.")
    desk.run()
    letters = desk.letters(to=CITIZEN)
    assert "masih belum lengkap" in letters[-1].subject
    assert "Tujuan penggunaan informasi" in letters[-1].text
    assert desk.requests()[0]["status"] == "incomplete"


def huge_png(width: int = 50_000, height: int = 50_000) -> bytes:
    """A valid PNG header claiming 50,000 x 50,000 pixels, with almost no data."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\0" * 10))
        + chunk(b"IEND", b"")
    )


def zip_bomb_docx() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "word/document.xml", b"<w:document>" + b" " * 60_000_000 + b"</w:document>"
        )
    return out.getvalue()


def encrypted_pdf() -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    writer.encrypt("rahasia")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_hostile_attachments_are_recorded_and_the_request_still_numbered(desk: Desk) -> None:
    files = [
        ("dokumen.pdf", encrypted_pdf()),
        ("surat.docx", zip_bomb_docx()),
        ("foto.png", huge_png()),
        ("../../etc/passwd", b"root:x:0:0"),
        ("nama\x07aneh.pdf", b"%PDF-1.4 rusak"),
    ]
    files += [(f"lampiran-{i}.txt", b"x") for i in range(40)]
    msg = mails.citizen("hostile-1", id_card=False)
    desk.deliver(mails.with_attachments(msg, files))
    result = desk.run()
    assert result.inbox_error == "" and result.processed.shunted == 0
    [receipt] = desk.letters(to=CITIZEN)
    request = desk.requests()[0]
    assert request["number"] in receipt.subject
    text = " ".join(receipt.text.split())
    assert "tidak dapat kami baca" in text
    assert "dokumen.pdf: PDF terenkripsi" in text
    assert "surat.docx: DOCX terlalu besar" in text
    assert "foto.png: gambar terlalu besar (50000 x 50000 piksel)" in text
    shown = desk.show(request["number"])
    names = [a["filename"] for a in shown["attachments"]]
    assert all("/" not in n and "\x07" not in n for n in names)
    assert "attachments_truncated" in [e["action"] for e in shown["events"]]
