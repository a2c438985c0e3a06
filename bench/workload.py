"""Realistic message mixes for the benchmarks: Indonesian letters, photos, scans, and junk."""

from __future__ import annotations

import random
from email.message import EmailMessage
from email.policy import SMTP

LETTER = (
    "Dengan hormat,\n\nSaya yang bertanda tangan di bawah ini:\nNama      : {name}\n"
    "Alamat    : Jl. Merdeka No. {n}, Bandung\nPekerjaan : {job}\n\n"
    "Rincian informasi yang dibutuhkan: {info}.\nTujuan penggunaan informasi: {purpose}.\n\n"
    "Terlampir salinan KTP saya. Atas perhatiannya saya ucapkan terima kasih.\n\nHormat saya,\n{name}\n"
)
NAMES = [
    "Siti Rahmawati",
    "Budi Santoso",
    "Dewi Lestari",
    "Agus Salim",
    "Rina Wulandari",
    "Joko Widodo",
]
JOBS = ["Mahasiswa", "Wiraswasta", "Peneliti", "Wartawan", "Guru"]
INFOS = [
    "jumlah IKM per kecamatan tahun 2025",
    "realisasi anggaran pendidikan 2025",
    "daftar penerima bantuan sosial 2026",
    "data pencari kerja per bulan 2026",
]
PURPOSES = ["penyusunan skripsi", "penelitian lembaga", "pemberitaan", "pemantauan anggaran"]


def letter(i: int, attachment_kb: int = 0, seed: int = 0) -> bytes:
    rng = random.Random(seed * 1_000_003 + i)
    name = rng.choice(NAMES)
    msg = EmailMessage()
    msg["From"] = f"{name} <warga{i}@warga.test>"
    msg["To"] = "ppid@kota-uji.go.id"
    msg["Subject"] = f"Permohonan informasi {i}"
    msg["Message-ID"] = f"<bench-{seed}-{i}@warga.test>"
    msg["Date"] = "Mon, 30 Nov 2026 09:00:00 +0700"
    msg.set_content(
        LETTER.format(
            name=name,
            n=i,
            job=rng.choice(JOBS),
            info=rng.choice(INFOS),
            purpose=rng.choice(PURPOSES),
        )
    )
    if attachment_kb:
        blob = rng.randbytes(attachment_kb * 1024)
        kind = (
            ("image", "jpeg", "ktp.jpg")
            if attachment_kb < 1000
            else ("application", "pdf", "scan.pdf")
        )
        msg.add_attachment(blob, maintype=kind[0], subtype=kind[1], filename=kind[2])
    return msg.as_bytes(policy=SMTP)


NIKS = ["3273014506900002", "3204051203880001", "3578016708920003", "3174020101850004"]


def photo_letter(i: int, ktp_photo: bool, scan: bool, seed: int = 0) -> bytes:
    """A request as a phone sends it: the KTP photographed (a rendered card turned a few
    degrees, JPEG), and/or the letter itself scanned on two pages (no text layer)."""
    from tests.data.make_letters import ktp, photographed, scanned_pages

    rng = random.Random(seed * 1_000_003 + i)
    name = rng.choice(NAMES)
    msg = EmailMessage()
    msg["From"] = f"{name} <warga{i}@warga.test>"
    msg["To"] = "ppid@kota-uji.go.id"
    msg["Subject"] = f"Permohonan informasi {i}"
    msg["Message-ID"] = f"<photo-{seed}-{i}@warga.test>"
    msg["Date"] = "Mon, 30 Nov 2026 09:00:00 +0700"
    info, purpose = rng.choice(INFOS), rng.choice(PURPOSES)
    if scan:
        msg.set_content(f"Dengan hormat,\n\nSurat permohonan saya terlampir.\n\n{name}\n")
    else:
        msg.set_content(
            LETTER.format(name=name, n=i, job=rng.choice(JOBS), info=info, purpose=purpose)
        )
    if ktp_photo:
        card = ktp(rng.choice(NIKS), name)
        photo = photographed(card, rng.choice([-4, -3, -2, 2, 3, 4]) + rng.random())
        msg.add_attachment(photo, maintype="image", subtype="jpeg", filename="ktp.jpg")
    if scan:
        pages = [
            f"Dengan hormat, saya {name}, Jl. Merdeka No. {i}, Bandung, mohon {info}.",
            f"Tujuan penggunaan informasi: {purpose}. Hormat saya, {name}.",
        ]
        msg.add_attachment(
            scanned_pages(pages), maintype="application", subtype="pdf", filename="surat.pdf"
        )
    return msg.as_bytes(policy=SMTP)


def photo_mix(count: int, seed: int = 0) -> list[bytes]:
    """30% with a photographed KTP, 10% with a two-page scanned letter, the rest plain."""
    out = []
    for i in range(count):
        r = i % 10
        out.append(photo_letter(i, ktp_photo=r < 3, scan=r == 9, seed=seed))
    return out


def mix(count: int, seed: int = 0) -> list[bytes]:
    """About 70% small letters, 20% with a ~200 KB photo, 10% with a ~2 MB scan."""
    out = []
    for i in range(count):
        r = i % 10
        out.append(letter(i, 2048 if r == 9 else 200 if r >= 7 else 0, seed))
    return out


def junk(i: int, seed: int = 0) -> bytes:
    """Bounces, auto-replies, spam and broken bytes, in turn."""
    kind = i % 5
    mid = f"<junk-{seed}-{i}@robot.test>"
    if kind == 0:
        return (
            f"From: MAILER-DAEMON@mx.test\r\nTo: ppid@kota-uji.go.id\r\nMessage-ID: {mid}\r\n"
            "Subject: Undelivered Mail Returned to Sender\r\nContent-Type: multipart/report; "
            'report-type=delivery-status; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain'
            "\r\n\r\nfailed\r\n--b\r\nContent-Type: message/delivery-status\r\n\r\n"
            "Final-Recipient: rfc822; x@y.test\r\nStatus: 5.1.1\r\n--b--\r\n"
        ).encode()
    if kind == 1:
        return (
            f"From: Kantor <oof{i}@instansi.test>\r\nTo: ppid@kota-uji.go.id\r\n"
            f"Message-ID: {mid}\r\nSubject: Balasan otomatis\r\nAuto-Submitted: auto-replied\r\n\r\n"
            "Saya sedang cuti.\r\n"
        ).encode()
    if kind == 2:
        return (
            f"From: Promo <promo{i}@spam.test>\r\nTo: ppid@kota-uji.go.id\r\nMessage-ID: {mid}\r\n"
            "Subject: MENANG HADIAH\r\nX-Spam-Flag: YES\r\n\r\nKlik di sini.\r\n"
        ).encode()
    if kind == 3:
        return (
            f"From: List <list@lists.test>\r\nTo: ppid@kota-uji.go.id\r\nMessage-ID: {mid}\r\n"
            "Subject: [list] digest\r\nList-Id: <l.lists.test>\r\nPrecedence: list\r\n\r\nx\r\n"
        ).encode()
    rng = random.Random(i)
    return (
        (
            f'From: <>\r\nMessage-ID: {mid}\r\nContent-Type: multipart/mixed; boundary="q"\r\n\r\n'
            "--q\r\n"
        ).encode()
        + rng.randbytes(300).replace(b"\r", b"").replace(b"\n", b"")
        + b"\r\n"
    )
