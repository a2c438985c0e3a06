"""Parsing never raises, and robots are recognised before anything could answer them."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ppid_mailer.core.classify import Facts, classify
from ppid_mailer.core.domain import Kind
from ppid_mailer.core.parse import html_to_text, parse_mail
from ppid_mailer.core.redact import redact
from tests import mails

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"
FACTS = Facts(
    our_addresses=frozenset({"ppid@kota-uji.go.id"}),
    officer_addresses=frozenset({"petugas@kota-uji.go.id"}),
)


def mail(headers: str, body: str = "Dengan hormat, saya mohon data.") -> bytes:
    return (
        (headers.strip() + "\r\n\r\n" + body).replace("\r\n", "\n").replace("\n", "\r\n").encode()
    )


BASE = "From: Rina <rina@warga.test>\nTo: ppid@kota-uji.go.id\nSubject: Permohonan\nMessage-ID: <a@warga.test>"


def test_plain_letter() -> None:
    parsed = parse_mail(mail(BASE))
    assert parsed.from_addr == "rina@warga.test" and parsed.from_name == "Rina"
    assert parsed.message_id == "<a@warga.test>"
    assert "mohon data" in parsed.text
    assert classify(parsed, FACTS).kind == Kind.NEW_REQUEST


def test_html_only_letter_becomes_readable_text() -> None:
    raw = mail(
        BASE + "\nContent-Type: text/html; charset=utf-8",
        "<html><head><style>p{}</style></head><body><p>Baris satu</p><p>Baris <b>dua</b></p></body></html>",
    )
    assert parse_mail(raw).text == "Baris satu\n\nBaris dua"
    assert html_to_text("<script>alert(1)</script>Halo") == "Halo"


def test_encoded_words_and_undeclared_charset() -> None:
    raw = (
        b"From: =?utf-8?B?U8OtdGk=?= <siti@warga.test>\r\nSubject: =?iso-8859-1?Q?Caf=E9?=\r\n"
        b"Content-Type: text/plain\r\n\r\n"
    ) + "Permohonan ß".encode()
    parsed = parse_mail(raw)
    assert parsed.from_name == "Síti" and parsed.subject == "Café"
    assert parsed.text == "Permohonan ß"


def test_unnamed_binary_part_is_kept() -> None:
    raw = mail(
        BASE + '\nContent-Type: multipart/mixed; boundary="b"',
        "--b\r\nContent-Type: text/plain\r\n\r\nsurat\r\n--b\r\nContent-Type: image/jpeg\r\n"
        "Content-Transfer-Encoding: base64\r\n\r\n/9j/4AAQ\r\n--b--\r\n",
    )
    parsed = parse_mail(raw)
    assert [(a.filename, a.content_type) for a in parsed.attachments] == [
        ("part-1.jpg", "image/jpeg")
    ]


def test_crlf_in_headers_never_survives() -> None:
    raw = b"From: a@b.test\r\nSubject: Halo\r\n =?utf-8?Q?x=0D=0ABcc:_evil@x.test?=\r\n\r\nbody"
    parsed = parse_mail(raw)
    assert "\r" not in parsed.subject and "\n" not in parsed.subject


@pytest.mark.parametrize(
    ("extra", "kind"),
    [
        ("Auto-Submitted: auto-replied", Kind.AUTO_REPLY),
        ("Precedence: bulk", Kind.AUTO_REPLY),
        ("List-Id: <warga.lists.test>", Kind.AUTO_REPLY),
        ("X-Autoreply: yes", Kind.AUTO_REPLY),
        ("Return-Path: <>", Kind.BOUNCE),
        ("X-PPID-Mailer: receipt", Kind.OWN_LOOP),
        ("Auto-Submitted: no", Kind.NEW_REQUEST),
    ],
)
def test_robots_are_never_new_requests(extra: str, kind: Kind) -> None:
    assert classify(parse_mail(mail(BASE + "\n" + extra)), FACTS).kind == kind


def test_mailer_daemon_and_report_are_bounces() -> None:
    raw = mail("From: MAILER-DAEMON@mx.test\nTo: ppid@kota-uji.go.id\nSubject: Undelivered Mail")
    assert classify(parse_mail(raw), FACTS).kind == Kind.BOUNCE
    report = mail(
        BASE + '\nContent-Type: multipart/report; report-type=delivery-status; boundary="r"',
        "--r\r\nContent-Type: text/plain\r\n\r\ngagal\r\n--r\r\n"
        "Content-Type: message/delivery-status\r\n\r\nStatus: 5.1.1\r\n--r--\r\n",
    )
    assert classify(parse_mail(report), FACTS).kind == Kind.BOUNCE


@pytest.mark.parametrize(
    "name",
    [
        "lotus-notes-auto",
        "exchange-oof-null-envelope",
        "gateway-null-automatic-response",
        "gateway-mailer-daemon-automatic-response",
        "x-post-messageclass",
        "outlook-polish",
        "outlook-automatic-reply-en",
        "outlook-balasan-otomatis",
    ],
)
def test_auto_reply_families_are_auto_replies_not_bounces(name: str) -> None:
    """An auto-reply taken for a bounce would mark the citizen's address undeliverable."""
    decision = classify(parse_mail(mails.AUTO_REPLIES[name].encode()), FACTS)
    assert decision.kind == Kind.AUTO_REPLY, decision.reason


@pytest.mark.parametrize(
    "headers",
    [
        "From: MAILER-DAEMON <>\nSubject: Mail delivery failed",  # DragonFly: no domain at all
        "From: Mail Delivery Subsystem <MAILER-DAEMON>\nSubject: Returned mail",
        "From: post_master@vtext.test\nSubject: Re:Test message",  # Verizon's gateway
        "Return-Path: <MAILER-DAEMON@mx.test>\nFrom: x@mx.test\nSubject: Notice",
    ],
)
def test_mail_systems_without_a_report_are_bounces(headers: str) -> None:
    assert classify(parse_mail(mail(headers)), FACTS).kind == Kind.BOUNCE


@pytest.mark.parametrize(
    "extra",
    [
        # Outlook and ticketing systems put it on ordinary mail: alone it proves nothing.
        "X-Auto-Response-Suppress: All",
        "X-Auto-Response-Suppress: DR, RN, NRN, OOF, AutoReply",
        # Notes writes AUTO: in capitals; a citizen's 'Auto:' is a word of the subject.
        "Subject: Auto: data kendaraan bermotor 2025",
        "Subject: Data sistem balasan otomatis layanan pengaduan",
        "Subject: Re: Out-of-pocket biaya salinan informasi",
        "Return-Path: <rina@warga.test>",
    ],
)
def test_people_stay_answerable(extra: str) -> None:
    if extra.startswith("Subject:"):
        headers = BASE.replace("Subject: Permohonan", extra)
    else:
        headers = BASE + "\n" + extra
    raw = mail(headers)
    decision = classify(parse_mail(raw), FACTS)
    assert decision.kind == Kind.NEW_REQUEST, decision.reason


@pytest.mark.parametrize(
    "sender",
    ["gmail-noreply@google.test", "do_not_reply@winxp.test", "ne-pas-repondre@email.test"],
)
def test_no_reply_senders_are_robots(sender: str) -> None:
    raw = mail(BASE.replace("Rina <rina@warga.test>", sender))
    assert classify(parse_mail(raw), FACTS).kind == Kind.AUTO_REPLY


def test_officer_and_follow_up() -> None:
    officer = parse_mail(mail(BASE.replace("rina@warga.test", "petugas@kota-uji.go.id")))
    assert classify(officer, FACTS).kind == Kind.OFFICER_MAIL
    replied = Facts(FACTS.our_addresses, FACTS.officer_addresses, replied_request="0001/PPID/2026")
    assert classify(parse_mail(mail(BASE)), replied).kind == Kind.FOLLOW_UP


def test_redact_masks_nik_and_passport_numbers() -> None:
    assert redact("NIK 3273014506900002 ok") == "NIK 3273************ ok"
    assert redact("NIK: 3273 0145 0690 0002") == "NIK: 3273************"
    assert redact("paspor A1234567") == "paspor A*******"
    assert redact("nomor 0001/PPID/2026") == "nomor 0001/PPID/2026"


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=3000))
def test_parser_never_raises_on_bytes(raw: bytes) -> None:
    parsed = parse_mail(raw)
    classify(parsed, FACTS)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300), st.text(max_size=300))
def test_parser_never_raises_on_hostile_headers(subject: str, sender: str) -> None:
    raw = f"From: {sender}\r\nSubject: {subject}\r\n\r\nbody".encode("utf-8", "surrogateescape")
    parsed = parse_mail(raw)
    assert "\n" not in parsed.subject and "\x00" not in parsed.subject


def test_real_world_corpus_parses_and_keeps_parts() -> None:
    files = sorted(p for p in CORPUS.glob("*/*") if p.is_file()) if CORPUS.is_dir() else []
    if not files:
        pytest.skip(f"corpus not found at {CORPUS} (it ships beside the repository, not in it)")
    robots = 0
    for path in files:
        parsed = parse_mail(path.read_bytes())
        robots += classify(parsed, FACTS).kind in (Kind.BOUNCE, Kind.AUTO_REPLY)
    assert len(files) > 1000
    assert robots > 100  # sisimai and bounce_email are mostly bounces


def test_setting_long_bodies_aside_changes_nothing_that_is_parsed(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Every corpus message parses to the same result with every 2-byte run set aside as with
    none: the placeholders never change the MIME structure, the text or a file's bytes."""
    from ppid_mailer.core import parse

    files = sorted(p for p in CORPUS.glob("*/*") if p.is_file()) if CORPUS.is_dir() else []
    if not files:
        pytest.skip(f"corpus not found at {CORPUS} (it ships beside the repository, not in it)")
    set_aside = 0
    for path in files:
        raw = path.read_bytes()
        monkeypatch.setattr(parse, "SET_ASIDE_BYTES", 10**9)
        whole = parse_mail(raw)
        monkeypatch.setattr(parse, "SET_ASIDE_BYTES", 2)
        set_aside += bool(parse.set_aside(raw)[1].spans)
        reduced = parse_mail(raw)
        assert reduced.text == whole.text and reduced.html == whole.html, path
        assert reduced.headers == whole.headers, path
        assert [(a.filename, a.content_type, a.data) for a in reduced.attachments] == [
            (a.filename, a.content_type, a.data) for a in whole.attachments
        ], path
    assert set_aside > 100


def test_a_large_scan_is_decoded_from_the_raw_bytes() -> None:
    import random
    from email.message import EmailMessage
    from email.policy import SMTP

    from ppid_mailer.core import parse

    scan = random.Random(1).randbytes(3_000_000)
    msg = EmailMessage()
    msg["From"] = "rina@warga.test"
    msg.set_content("Saya mohon data.")
    msg.add_attachment(scan, maintype="application", subtype="pdf", filename="scan.pdf")
    raw = msg.as_bytes(policy=SMTP)
    reduced, aside = parse.set_aside(raw)
    assert len(reduced) < 2_000 and len(aside.spans) == 1
    parsed = parse_mail(raw)
    assert parsed.text == "Saya mohon data." and parsed.attachments[0].data == scan
    # a body cut short (bad padding) still yields what can be decoded, with a defect
    end = raw.rfind(b"\r\n\r\n--")
    broken = parse_mail(raw[: end - 1] + raw[end:])
    assert broken.attachments[0].data[:1000] == scan[:1000] and "bad-base64" in broken.defects
