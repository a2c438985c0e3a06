"""Receipt first, then completeness: an incomplete request is numbered at once, the citizen is
told everything missing, a reply with the KTP completes it. And hostile attachments."""

from __future__ import annotations

import io
import json
import struct
import zipfile
import zlib
from pathlib import Path

import pytest

from tests import mails
from tests.data.make_letters import ktp
from tests.helpers import append, run_cli
from tests.servers import Dovecot, SmtpSink

pytestmark = pytest.mark.integration
CITIZEN = "rina.wulandari@warga.test"


def test_incomplete_request_is_completed_by_a_reply_with_the_ktp(
    config: Path, dovecot: Dovecot, imap_user: tuple[str, str], smtp: SmtpSink
) -> None:
    user, password = imap_user
    append(dovecot, user, password, mails.citizen("incomplete-1", id_card=False))
    assert run_cli(config, "run", "--once").returncode == 0

    [receipt] = smtp.wait_to(CITIZEN, 1)
    request = json.loads(run_cli(config, "requests", "list", "--json").stdout)[0]
    number = request["number"]
    assert request["status"] == "incomplete" and request["missing"] == ["id_document"]
    assert request["due_date"] is None
    assert number in receipt.message["Subject"] and "belum lengkap" in receipt.message["Subject"]
    assert "Salinan identitas" in receipt.text and "KTP" in receipt.text
    assert [p.get_filename() for p in receipt.message.iter_attachments()] == [
        "formulir-permohonan-informasi.txt"
    ]

    reply = mails.reply(
        receipt.data,
        CITIZEN,
        "Berikut KTP saya.",
        name="Rina Wulandari",
        attachments=[("ktp-rina.jpg", ktp("3204055508950005", "Rina Wulandari"))],
    )
    append(dovecot, user, password, reply)
    assert run_cli(config, "run", "--once").returncode == 0

    shown = json.loads(run_cli(config, "requests", "show", number, "--json").stdout)
    assert shown["status"] == "registered" and shown["missing"] == [] and shown["due_date"]
    assert shown["fields"]["information"]["source"] == "isi surel"
    assert "anggaran pendidikan" in shown["fields"]["information"]["value"]
    assert shown["fields"]["nik"]["value"] == "3204055508950005"
    assert "OCR" in shown["fields"]["nik"]["source"]
    assert shown["checks"]["id_document"]["verified"] is True
    assert "completed" in [e["action"] for e in shown["events"]]
    assert (
        len(json.loads(run_cli(config, "requests", "list", "--json").stdout)) == 1
    )  # no new number
    done = smtp.wait_to(CITIZEN, 2)[-1]
    assert "sudah lengkap" in done.message["Subject"] and shown["due_date"][:4] in done.text


def test_a_reply_that_completes_nothing_lists_what_is_still_missing(
    config: Path, dovecot: Dovecot, imap_user: tuple[str, str], smtp: SmtpSink
) -> None:
    user, password = imap_user
    append(dovecot, user, password, mails.citizen("incomplete-2", id_card=False, body="Halo PPID"))
    run_cli(config, "run", "--once")
    [receipt] = smtp.wait_to(CITIZEN, 1)
    append(
        dovecot,
        user,
        password,
        mails.reply(receipt.data, CITIZEN, "Mohon dibantu ya.", name="Rina"),
    )
    run_cli(config, "run", "--once")
    letters = smtp.wait_to(CITIZEN, 2)
    assert "masih belum lengkap" in letters[-1].message["Subject"]
    assert "Tujuan penggunaan informasi" in letters[-1].text
    assert (
        json.loads(run_cli(config, "requests", "list", "--json").stdout)[0]["status"]
        == "incomplete"
    )


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


def test_hostile_attachments_are_recorded_and_the_request_still_numbered(
    config: Path, dovecot: Dovecot, imap_user: tuple[str, str], smtp: SmtpSink
) -> None:
    user, password = imap_user
    files = [
        ("dokumen.pdf", encrypted_pdf()),
        ("surat.docx", zip_bomb_docx()),
        ("foto.png", huge_png()),
        ("../../etc/passwd", b"root:x:0:0"),
        ("nama\x07aneh.pdf", b"%PDF-1.4 rusak"),
    ]
    files += [(f"lampiran-{i}.txt", b"x") for i in range(40)]
    msg = mails.citizen("hostile-1", id_card=False)
    raw = mails.with_attachments(msg, files)
    append(dovecot, user, password, raw)
    result = run_cli(config, "run", "--once", timeout=300)
    assert result.returncode == 0, result.stderr
    [receipt] = smtp.wait_to(CITIZEN, 1)
    request = json.loads(run_cli(config, "requests", "list", "--json").stdout)[0]
    assert request["number"] in receipt.message["Subject"]
    text = " ".join(receipt.text.split())
    assert "tidak dapat kami baca" in text
    assert "dokumen.pdf: PDF terenkripsi" in text
    assert "surat.docx: DOCX terlalu besar" in text
    assert "foto.png: gambar terlalu besar (50000 x 50000 piksel)" in text
    shown = json.loads(run_cli(config, "requests", "show", request["number"], "--json").stdout)
    names = [a["filename"] for a in shown["attachments"]]
    assert all("/" not in n and "\x07" not in n for n in names)
    assert "attachments_truncated" in [e["action"] for e in shown["events"]]
