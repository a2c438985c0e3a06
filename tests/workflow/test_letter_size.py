"""Letters sized to what mail servers accept: the officers' notification carries the citizen's
files only up to `[outbox] max_letter_mb` (after encoding), lists the rest with their size and
kind, and an officer gets them by replying BERKAS, in letters each under the limit (a file too
large for any one letter in numbered pieces that join back into it)."""

from __future__ import annotations

import random
from email.message import EmailMessage
from email.policy import SMTP

import pytest

from tests.desk import OFFICER, Desk, Letter
from tests.mails import LETTER_BODY, tiny_png

LIMIT = 1024 * 1024  # max_letter_mb = 1


def files_letter(tag: str, files: list[tuple[str, str, bytes]]) -> bytes:
    """A citizen's request with a KTP photo and the given (name, type, bytes) files."""
    msg = EmailMessage()
    msg["From"] = "Rina Wulandari <rina.wulandari@warga.test>"
    msg["To"] = "ppid@kota-uji.go.id"
    msg["Subject"] = f"Permohonan informasi {tag}"
    msg["Message-ID"] = f"<{tag}@warga.test>"
    msg["Date"] = "Mon, 30 Nov 2026 09:00:00 +0700"
    msg.set_content(LETTER_BODY)
    msg.add_attachment(tiny_png(), maintype="image", subtype="png", filename="ktp.png")
    for name, ctype, data in files:
        maintype, _, subtype = ctype.partition("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return msg.as_bytes(policy=SMTP)


def blob(size: int, seed: int) -> bytes:
    return random.Random(seed).randbytes(size)


SMALL = blob(300 * 1024, 1)  # 0.4 MB encoded: fits beside the KTP
MIDDLE = blob(600 * 1024, 2)  # fits in a letter of its own, not beside SMALL
LARGE = blob(2_500_000, 3)  # larger than any one letter: sent in pieces


@pytest.fixture
def notification(desk: Desk) -> Letter:
    desk.configure(outbox={"max_letter_mb": 1})
    desk.deliver(
        files_letter(
            "besar-1",
            [
                ("lampiran.pdf", "application/pdf", SMALL),
                ("foto-lokasi.jpg", "image/jpeg", MIDDLE),
                ("pindaian besar.pdf", "application/pdf", LARGE),
            ],
        )
    )
    desk.run()
    [notification] = desk.letters(to=OFFICER)
    return notification


def test_the_notification_stays_under_the_limit_and_lists_what_it_leaves_out(
    notification: Letter,
) -> None:
    assert len(notification.raw) < LIMIT
    assert notification.attachments == ["ktp.png", "lampiran.pdf"]
    assert notification.files["lampiran.pdf"] == SMALL
    text = notification.text
    assert "melebihi 1 MB" in text
    assert "foto-lokasi.jpg (600 KB, gambar JPEG)" in text
    assert "pindaian besar.pdf (2,4 MB, PDF)" in text
    assert "BERKAS" in text


def test_berkas_sends_every_file_in_letters_under_the_limit(
    desk: Desk, notification: Letter
) -> None:
    desk.officer_replies(notification, "BERKAS")
    desk.run()
    sent = [m for m in desk.letters(to=OFFICER) if "Berkas pemohon" in m.subject]
    assert len(sent) >= 4  # the 2.4 MB scan alone needs three letters
    assert all(len(m.raw) < LIMIT for m in sent)
    assert all(m.recipients == [OFFICER] for m in sent)
    received: dict[str, bytes] = {}
    for m in sent:
        received.update(m.files)
    pieces = sorted(n for n in received if n.startswith("pindaian besar.pdf."))
    assert pieces == [f"pindaian besar.pdf.{i:03d}" for i in range(1, len(pieces) + 1)]
    assert b"".join(received[n] for n in pieces) == LARGE  # joined back, byte for byte
    assert received["foto-lokasi.jpg"] == MIDDLE and received["lampiran.pdf"] == SMALL
    assert received["ktp.png"] == tiny_png()
    assert any("7-Zip" in m.text and "pindaian besar.pdf" in m.text for m in sent)
    assert f"(surel 1 dari {len(sent)})" in sent[0].subject
    result = desk.letters(to=OFFICER)[-1]
    assert "Hasil perintah" in result.subject
    assert f"BERKAS: 4 berkas dikirim kepada Anda dalam {len(sent)} surel" in result.text


def test_berkas_with_a_name_sends_that_file_only(desk: Desk, notification: Letter) -> None:
    desk.officer_replies(notification, "BERKAS foto-lokasi.jpg")
    desk.run()
    [sent] = [m for m in desk.letters(to=OFFICER) if "Berkas pemohon" in m.subject]
    assert sent.files == {"foto-lokasi.jpg": MIDDLE}
    assert "surel 1 dari" not in sent.subject


def test_berkas_naming_no_file_sends_nothing_and_says_which_there_are(
    desk: Desk, notification: Letter
) -> None:
    desk.officer_replies(notification, "BERKAS ktp-suami.jpg")
    desk.run()
    assert not [m for m in desk.letters(to=OFFICER) if "Berkas pemohon" in m.subject]
    result = desk.letters(to=OFFICER)[-1]
    assert "TIDAK dilaksanakan" in result.text
    assert "ktp-suami.jpg" in result.text and "foto-lokasi.jpg" in result.text


def test_files_under_the_default_limit_go_with_the_notification(desk: Desk) -> None:
    """20 MB after encoding by default: a 6 MB scan travels with the notification."""
    scan = blob(6 * 1024 * 1024, 4)
    desk.deliver(files_letter("enam-mb", [("pindaian.pdf", "application/pdf", scan)]))
    desk.run()
    [notification] = desk.letters(to=OFFICER)
    assert notification.attachments == ["ktp.png", "pindaian.pdf"]
    assert "Tidak dilampirkan" not in notification.text
