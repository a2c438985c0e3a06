"""#15.6: only what an officer attached goes to the citizen. The parser says which parts lie
inside an attached message; core.trust.releasable keeps the rest back, with the reason."""

from __future__ import annotations

from email.message import EmailMessage
from email.policy import SMTP

from ppid_mailer.core.domain import Attachment
from ppid_mailer.core.parse import parse_mail
from ppid_mailer.core.trust import carries_our_mark, notification_message_id, releasable

TOKEN_ID = notification_message_id(
    "secret", "notify", 7, "petugas@kota-uji.go.id", "kota-uji.go.id"
)


def _notification() -> EmailMessage:
    """Our notification of request 7, with the citizen's ID copy, as it reached the officer."""
    msg = EmailMessage()
    msg["From"] = "PPID Kota Uji <ppid@kota-uji.go.id>"
    msg["To"] = "petugas@kota-uji.go.id"
    msg["Subject"] = "[PPID] Permohonan baru 0007/PPID/2026"
    msg["Message-ID"] = TOKEN_ID
    msg.set_content("Permohonan informasi baru telah diterima.")
    msg.add_attachment(b"\x89PNG\r\n\x1a\nktp", maintype="image", subtype="png", filename="ktp.png")
    return msg


def _reply() -> bytes:
    reply = EmailMessage()
    reply["From"] = "Petugas <petugas@kota-uji.go.id>"
    reply["To"] = "ppid@kota-uji.go.id"
    reply["Subject"] = "Re: [PPID] Permohonan baru 0003/PPID/2026"
    reply.set_content("KABULKAN")
    reply.add_attachment(b"%PDF-1.4 data", maintype="application", subtype="pdf", filename="a.pdf")
    outer = EmailMessage()  # a forward of a forward: nesting two deep
    outer["From"] = "Kabid <kabid@kota-uji.go.id>"
    outer["Subject"] = "Fwd: notifikasi"
    outer.set_content("lihat lampiran")
    outer.add_attachment(_notification())
    reply.add_attachment(outer)
    return reply.as_bytes(policy=SMTP)


def test_the_parser_marks_what_lies_inside_an_attached_message() -> None:
    parsed = parse_mail(_reply())
    marks = {a.filename: (a.content_type, a.nested) for a in parsed.attachments}
    assert marks["a.pdf"] == ("application/pdf", False)
    assert marks["ktp.png"] == ("image/png", True)
    headers = [a for a in parsed.attachments if a.content_type == "text/rfc822-headers"]
    assert len(headers) == 2 and all(a.nested for a in headers)  # both attached messages
    assert parsed.text.startswith("KABULKAN")


def test_only_top_level_files_without_our_marks_are_released() -> None:
    parsed = parse_mail(_reply())
    kept, left_out = releasable(parsed.attachments)
    assert [a.filename for a in kept] == ["a.pdf"]
    assert (
        "ktp.png: berada di dalam surel yang dilampirkan, bukan lampiran Anda sendiri" in left_out
    )
    assert sum("surel yang dilampirkan (mis." in line for line in left_out) == 2


def test_a_file_holding_our_token_or_an_eml_is_never_released() -> None:
    pasted = f"Message-ID: {TOKEN_ID}\nisi pemberitahuan".encode()
    reply_address = b"Balas ke ppid+t-notify-7-0123456789abcdef0123@kota-uji.go.id"
    files = [
        Attachment("catatan.txt", "text/plain", pasted),
        Attachment("alamat.txt", "text/plain", reply_address),
        Attachment("pemberitahuan.eml", "application/octet-stream", b"From: x\n\nisi"),
        Attachment("data.xlsx", "application/vnd.ms-excel", b"PK\x03\x04 data ppid.notify"),
    ]
    kept, left_out = releasable(files)
    assert [a.filename for a in kept] == ["data.xlsx"]
    assert [line.split(":")[0] for line in left_out] == [
        "catatan.txt",
        "alamat.txt",
        "pemberitahuan.eml",
    ]
    assert carries_our_mark(pasted) and carries_our_mark(reply_address)
    assert not carries_our_mark(b"kontak: ppid@kota-uji.go.id")
