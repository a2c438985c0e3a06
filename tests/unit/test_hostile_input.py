"""Hostile and broken messages: parsing stays bounded and every oddity becomes a defect."""

from __future__ import annotations

from ppid_mailer.core.classify import Facts, classify
from ppid_mailer.core.domain import Kind
from ppid_mailer.core.parse import MAX_DEPTH, MAX_PARTS, parse_mail

FACTS = Facts(our_addresses=frozenset({"ppid@kota-uji.go.id"}), officer_addresses=frozenset())
HEAD = "From: Rina <rina@warga.test>\r\nTo: ppid@kota-uji.go.id\r\nSubject: x\r\n"


def test_deep_nesting_is_cut_off() -> None:
    depth = MAX_DEPTH + 20
    opening = "".join(
        f'Content-Type: multipart/mixed; boundary="b{i}"\r\n\r\n--b{i}\r\n' for i in range(depth)
    )
    closing = "".join(f"\r\n--b{i}--\r\n" for i in reversed(range(depth)))
    raw = (HEAD + opening + "Content-Type: text/plain\r\n\r\ninti\r\n" + closing).encode()
    parsed = parse_mail(raw)
    assert "nesting-too-deep" in parsed.defects
    assert classify(parsed, FACTS).kind == Kind.NEW_REQUEST


def test_thousands_of_parts_are_bounded() -> None:
    parts = "".join(
        f"--b\r\nContent-Type: application/octet-stream\r\n\r\n{i}\r\n" for i in range(3000)
    )
    raw = (
        HEAD + 'Content-Type: multipart/mixed; boundary="b"\r\n\r\n' + parts + "--b--\r\n"
    ).encode()
    parsed = parse_mail(raw)
    assert "too-many-parts" in parsed.defects
    assert len(parsed.attachments) == MAX_PARTS


def test_giant_encoded_word_header_is_truncated() -> None:
    word = "=?utf-8?B?" + "QUFB" * 50_000 + "?="
    parsed = parse_mail((HEAD.replace("Subject: x", f"Subject: {word}") + "\r\nisi").encode())
    assert len(parsed.subject) <= 8192


def test_nul_bytes_and_raw_utf8_in_headers() -> None:
    raw = ("From: Sïti \x00<sïti@désa.test>\r\nSubject: per\x00mohonan \udcff\r\n\r\nisi").encode(
        "utf-8", "surrogateescape"
    )
    parsed = parse_mail(raw)
    assert "\x00" not in parsed.subject and "\x00" not in parsed.from_name
    assert parsed.subject.startswith("permohonan")
    assert parsed.from_addr == "sïti@désa.test"


def test_broken_boundary_keeps_the_text() -> None:
    raw = (
        HEAD + 'Content-Type: multipart/mixed; boundary="ada"\r\n\r\n--tidak-ada\r\n'
        "Content-Type: text/plain\r\n\r\nSaya mohon data.\r\n"
    ).encode()
    parsed = parse_mail(raw)
    assert parsed.defects
    assert "Saya mohon data." in parsed.text or parsed.attachments


def test_malformed_header_line() -> None:
    raw = (HEAD + "this line has no colon\r\nX-Other: y\r\n\r\nisi surat").encode()
    parsed = parse_mail(raw)
    assert parsed.from_addr == "rina@warga.test"
    assert "MissingHeaderBodySeparatorDefect" in parsed.defects or "isi surat" in parsed.text


def test_attachment_names_are_only_names() -> None:
    raw = (
        HEAD + 'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n'
        "Content-Type: application/pdf\r\nContent-Disposition: attachment; "
        'filename="../../etc/passwd\r\n"\r\n\r\nx\r\n--b--\r\n'
    ).encode()
    parsed = parse_mail(raw)
    [attachment] = parsed.attachments
    assert "\r" not in attachment.filename and "\n" not in attachment.filename


def test_a_from_with_several_addresses_names_nobody() -> None:
    raw = b"From: petugas@kota-uji.go.id, evil@x.test\r\nSubject: KABULKAN\r\n\r\nKABULKAN"
    parsed = parse_mail(raw)
    assert parsed.from_addr == "" and "several-from-addresses" in parsed.defects
    assert classify(parsed, FACTS).kind == Kind.BAD_SENDER  # no usable sender: held, never answered


def test_winmail_dat_is_unwrapped() -> None:
    from pathlib import Path

    import pytest

    sample = (
        Path(__file__).resolve().parents[3]
        / "shared"
        / "corpus"
        / "tnef-wrapped"
        / "testdata__attachments.tnef"
    )
    if not sample.exists():
        pytest.skip(f"corpus sample {sample} not found")
    parsed = parse_mail(sample.read_bytes())
    names = [a.filename for a in parsed.attachments]
    assert names[0] == "zappa_av1.jpg" and "bookmark.htm" in names and "winmail.dat" in names
    assert parsed.attachments[0].content_type == "image/jpeg"


def test_broken_tnef_is_a_defect() -> None:
    raw = (
        HEAD
        + 'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nisi\r\n'
        '--b\r\nContent-Type: application/ms-tnef; name="winmail.dat"\r\n\r\nnot tnef\r\n--b--\r\n'
    ).encode()
    parsed = parse_mail(raw)
    assert "bad-tnef" in parsed.defects and [a.filename for a in parsed.attachments] == [
        "winmail.dat"
    ]
