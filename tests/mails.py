"""Letters and robots written inline for the tests: what citizens, phones and MTAs really send."""

from __future__ import annotations

from email.message import EmailMessage
from email.policy import SMTP, SMTPUTF8


def tiny_png() -> bytes:
    """A real (blank) PNG: decodable, so it stands for a phone photo of a KTP."""
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("L", (40, 25), 255).save(out, format="PNG")
    return out.getvalue()


LETTER_BODY = (
    "Dengan hormat,\n\nSaya mohon data realisasi anggaran pendidikan tahun 2025 untuk "
    "keperluan penelitian skripsi. Salinan KTP terlampir.\n\nHormat saya,\nRina Wulandari\n"
)


def citizen(
    tag: str,
    sender: str = "rina.wulandari@warga.test",
    extra: dict[str, str] | None = None,
    body: str = LETTER_BODY,
    attachment: bytes | None = None,
    id_card: bool = True,
) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"Rina Wulandari <{sender}>"
    msg["To"] = "ppid@kota-uji.go.id"
    msg["Subject"] = f"Permohonan informasi {tag}"
    msg["Message-ID"] = f"<{tag}@warga.test>"
    msg["Date"] = "Mon, 30 Nov 2026 09:00:00 +0700"
    for name, value in (extra or {}).items():
        msg[name] = value
    msg.set_content(body)
    if id_card:
        msg.add_attachment(tiny_png(), maintype="image", subtype="png", filename="ktp.png")
    if attachment is not None:
        msg.add_attachment(attachment, maintype="application", subtype="pdf", filename="scan.pdf")
    # from an internationalized address, as the citizen's SMTPUTF8 server delivers it (RFC 6532)
    return msg.as_bytes(policy=SMTP if sender.isascii() else SMTPUTF8)


def delivered(raw: bytes, route: str) -> bytes:
    """The same mail as one route delivers it: that route's Received header on top, the rest
    byte for byte (a mail sent to two of our addresses, or relayed by a backup MX)."""
    return (
        f"Received: from {route} ({route} [192.0.2.25])\r\n"
        f"\tby mx.kota-uji.go.id (Postfix) with ESMTPS id {route.split('.')[0].upper()}1;\r\n"
        "\tMon, 30 Nov 2026 09:00:05 +0700 (WIB)\r\n"
    ).encode() + raw


def without_message_id(raw: bytes) -> bytes:
    """The mail as a careless script sends it, with no Message-ID."""
    head, _, body = raw.partition(b"\r\n\r\n")
    lines = [line for line in head.split(b"\r\n") if not line.lower().startswith(b"message-id:")]
    return b"\r\n".join(lines) + b"\r\n\r\n" + body


def dsn(
    returned: bytes,
    recipient: str,
    status: str = "5.1.1",
    diagnostic: str = "550 5.1.1 <rina.wulandari@warga.test>: Recipient address rejected: User unknown",
    to: str = "ppid@kota-uji.go.id",
) -> bytes:
    """An RFC 3464 report as Postfix sends it, returning the headers of our letter; its own
    Message-ID differs for each letter and recipient it reports on, as a real one does."""
    import hashlib

    headers = returned.split(b"\r\n\r\n", 1)[0].decode()
    tag = hashlib.sha256(returned + recipient.encode()).hexdigest()[:16]
    return (
        "From: MAILER-DAEMON@mx.warga.test (Mail Delivery System)\r\n"
        f"To: {to}\r\n"
        "Subject: Undelivered Mail Returned to Sender\r\n"
        f"Message-ID: <20261130.{tag}@mx.warga.test>\r\n"
        "Auto-Submitted: auto-replied\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="B"\r\n\r\n'
        "--B\r\nContent-Type: text/plain\r\n\r\n"
        "I'm sorry to have to inform you that your message could not be delivered.\r\n"
        "--B\r\nContent-Type: message/delivery-status\r\n\r\n"
        "Reporting-MTA: dns; mx.warga.test\r\n\r\n"
        f"Final-Recipient: rfc822; {recipient}\r\nAction: failed\r\nStatus: {status}\r\n"
        f"Diagnostic-Code: smtp; {diagnostic}\r\n"
        "--B\r\nContent-Type: text/rfc822-headers\r\n\r\n"
        f"{headers}\r\n"
        "--B--\r\n"
    ).encode()


# Auto-replies as the common clients and phones send them (RFC 3834 headers or not).
AUTO_REPLIES = {
    "gmail-vacation-id": (
        "From: Budi <budi@gmail.test>\r\nTo: ppid@kota-uji.go.id\r\n"
        "Subject: Sedang cuti\r\nAuto-Submitted: auto-replied\r\nMessage-ID: <v1@gmail.test>\r\n\r\n"
        "Terima kasih, saya sedang cuti sampai tanggal 7 Desember.\r\n"
    ),
    "outlook-automatic-reply-en": (
        "From: Ann <ann@outlook.test>\r\nTo: ppid@kota-uji.go.id\r\n"
        "Subject: Automatic reply: Tanda terima permohonan informasi\r\n"
        "X-Auto-Response-Suppress: All\r\nMessage-ID: <v2@outlook.test>\r\n\r\nI am out of the office.\r\n"
    ),
    "outlook-balasan-otomatis": (
        "From: Sari <sari@instansi.test>\r\nTo: ppid@kota-uji.go.id\r\n"
        "Subject: Balasan otomatis: Tanda terima\r\nMessage-ID: <v3@instansi.test>\r\n\r\n"
        "Saya sedang dinas luar kota.\r\n"
    ),
    "exchange-oof-precedence": (
        "From: Joko <joko@corp.test>\r\nTo: ppid@kota-uji.go.id\r\nSubject: Out of Office: Permohonan\r\n"
        "Precedence: bulk\r\nMessage-ID: <v4@corp.test>\r\n\r\nAway.\r\n"
    ),
    "mailing-list": (
        "From: Forum <forum@lists.test>\r\nTo: ppid@kota-uji.go.id\r\nSubject: [forum] digest\r\n"
        "List-Id: <forum.lists.test>\r\nMessage-ID: <v5@lists.test>\r\n\r\nDigest.\r\n"
    ),
    "x-autoreply-yahoo": (
        "From: Dina <dina@yahoo.test>\r\nTo: ppid@kota-uji.go.id\r\nSubject: Re: Permohonan\r\n"
        "X-Autoreply: yes\r\nMessage-ID: <v6@yahoo.test>\r\n\r\nPesan otomatis.\r\n"
    ),
    "null-sender": (
        "Return-Path: <>\r\nFrom: System <system@host.test>\r\nTo: ppid@kota-uji.go.id\r\n"
        "Subject: Notification\r\nMessage-ID: <v7@host.test>\r\n\r\nx\r\n"
    ),
    # Lotus Notes / HCL Domino: no header says it, only the subject, always in capitals.
    "lotus-notes-auto": (
        "From: Budi Santoso <budi.santoso@pemprov.test>\r\nTo: ppid@kota-uji.go.id\r\n"
        "Subject: AUTO: Budi Santoso is out of the office (returning 07/12/2026)\r\n"
        "Message-ID: <OF1234.ON5678@pemprov.test>\r\n\r\n"
        "I am out of the office until 07/12/2026.\r\n"
    ),
    # Exchange's out-of-office in the writer's words, from a null envelope sender.
    "exchange-oof-null-envelope": (
        "Return-Path: <>\r\nFrom: Sari Dewi <sari@instansi.test>\r\nTo: ppid@kota-uji.go.id\r\n"
        "Subject: Terima kasih atas surel Anda\r\nX-Auto-Response-Suppress: All\r\n"
        "X-MS-Exchange-Inbox-Rules-Loop: sari@instansi.test\r\n"
        "Message-ID: <oof-1@instansi.test>\r\n\r\nSaya sedang dinas luar sampai Senin.\r\n"
    ),
    # A gateway (helpdesk, fax-to-mail) answering from a null envelope sender...
    "gateway-null-automatic-response": (
        "Return-Path: <>\r\nFrom: Layanan Pengaduan <layanan@dinas.test>\r\n"
        "To: ppid@kota-uji.go.id\r\nSubject: Automatic Response: Tanda terima permohonan\r\n"
        "Message-ID: <gw-1@dinas.test>\r\n\r\nPesan Anda telah kami terima.\r\n"
    ),
    # ... or from MAILER-DAEMON, the words after the subject it answers.
    "gateway-mailer-daemon-automatic-response": (
        "Return-Path: <MAILER-DAEMON@gw.instansi.test>\r\nFrom: Helpdesk <helpdesk@instansi.test>\r\n"
        "To: ppid@kota-uji.go.id\r\nSubject: Re: Tanda terima permohonan [Automatic Response]\r\n"
        "Message-ID: <gw-2@instansi.test>\r\n\r\nTiket Anda: 4411.\r\n"
    ),
    "x-post-messageclass": (
        "From: Kantor Hukum <kantor@hukum.test>\r\nTo: ppid@kota-uji.go.id\r\n"
        "Subject: Re: Tanda terima permohonan\r\nX-POST-MessageClass: 9; Autoresponder\r\n"
        "Message-ID: <ar-1@hukum.test>\r\n\r\nTerima kasih, kami akan membalas segera.\r\n"
    ),
    "outlook-polish": (
        "From: Piotr <piotr@urzad.test>\r\nTo: ppid@kota-uji.go.id\r\n"
        "Subject: =?utf-8?q?Automatyczna_odpowied=C5=BA=3A_Tanda_terima?=\r\n"
        "Message-ID: <pl-1@urzad.test>\r\n\r\nJestem na urlopie.\r\n"
    ),
}


def reply(
    original: bytes,
    sender: str,
    body: str,
    attachments: list[tuple[str, bytes]] | None = None,
    name: str = "Petugas PPID",
    quote_style: str = "gmail",
    extra: dict[str, str] | None = None,
    messages: list[bytes] | None = None,
) -> bytes:
    """A reply as a mail client makes it: Re: subject, threading headers, the original quoted;
    `messages` are attached as mail clients attach a mail (message/rfc822, "forward as
    attachment")."""
    import email
    import email.policy

    parent = email.message_from_bytes(original, policy=email.policy.default)
    parent_body = parent.get_body(preferencelist=("plain",))
    quoted_text = parent_body.get_content() if parent_body is not None else ""
    msg = EmailMessage()
    msg["From"] = f"{name} <{sender}>"
    msg["To"] = str(parent["Reply-To"] or parent["From"])
    msg["Subject"] = "Re: " + str(parent["Subject"])
    msg["Message-ID"] = f"<reply-{abs(hash((sender, body))) % 10**12}@reply.test>"
    msg["In-Reply-To"] = str(parent["Message-ID"])
    msg["References"] = " ".join(
        filter(None, [str(parent.get("References", "")), str(parent["Message-ID"])])
    )
    for key, value in (extra or {}).items():
        msg[key] = value
    if quote_style == "outlook":
        quote = (
            "\n\n________________________________\nFrom: PPID Kota Uji <ppid@kota-uji.go.id>\n"
            "Sent: Monday, November 30, 2026 10:00 AM\nTo: "
            + sender
            + "\nSubject: "
            + str(parent["Subject"])
            + "\n\n"
            + quoted_text
        )
    else:
        quote = (
            "\n\nPada Sen, 30 Nov 2026 pukul 10.00 PPID Kota Uji <ppid@kota-uji.go.id> menulis:\n"
            + "\n".join("> " + line for line in quoted_text.splitlines())
        )
    msg.set_content(body + quote)
    for filename, data in attachments or []:
        msg.add_attachment(data, maintype="application", subtype="octet-stream", filename=filename)
    for raw in messages or []:
        msg.add_attachment(email.message_from_bytes(raw, policy=email.policy.default))
    return msg.as_bytes(policy=SMTP)


def with_attachments(raw: bytes, files: list[tuple[str, bytes]]) -> bytes:
    """Add files to a message, named exactly as given (hostile names included)."""
    import email
    import email.policy

    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for filename, data in files:
        msg.add_attachment(data, maintype="application", subtype="octet-stream", filename=filename)
    return msg.as_bytes(policy=SMTP)
