"""A request belongs to the one valid mailbox in From; anything else is held, never answered."""

from __future__ import annotations

import pytest

from ppid_mailer.core.addresses import valid_mailbox
from ppid_mailer.core.classify import Facts, classify
from ppid_mailer.core.domain import Kind
from ppid_mailer.core.parse import parse_mail

FACTS = Facts(
    our_addresses=frozenset({"ppid@kota-uji.go.id"}),
    officer_addresses=frozenset({"petugas@kota-uji.go.id"}),
)


@pytest.mark.parametrize(
    "address",
    [
        "rina@warga.test",
        "rina.wulandari+ppid@mail.warga.test",
        "jörg@bücher.example",
        "o'brien@example.co.id",
    ],
)
def test_valid_mailboxes(address: str) -> None:
    assert valid_mailbox(address)


@pytest.mark.parametrize(
    "address",
    [
        "",
        "rina",
        "rina@localhost",
        "@warga.test",
        "rina@",
        "a@b@warga.test",
        '"a,b"@warga.test',
        '"victim@x.test,"@evil.test',
        "rina wulandari@warga.test",
        "rina..w@warga.test",
        ".rina@warga.test",
        "rina@-warga.test",
        "rina@warga..test",
        "rina@127.0.0.1",
        "rina@warga.test\r\nbcc:x@y.test",
        "rina\ufffd@warga.test",
        "x" * 65 + "@warga.test",
    ],
)
def test_invalid_mailboxes(address: str) -> None:
    assert not valid_mailbox(address)


def _mail(from_header: bytes) -> bytes:
    return (
        b"From: " + from_header + b"\r\nTo: ppid@kota-uji.go.id\r\nSubject: Permohonan\r\n"
        b"Message-ID: <x@warga.test>\r\n\r\nDengan hormat, saya mohon data anggaran 2025.\r\n"
    )


@pytest.mark.parametrize(
    "from_header",
    [
        b"Rina <rina@warga.test>, Eve <eve@evil.test>",
        b'"victim@x.test, other@y.test" <"a,b"@evil.test>',
        b"nobody",
        b"Rina <rina@\xff\xfe.test>",
        b"",
    ],
)
def test_a_from_that_is_not_one_valid_mailbox_is_held(from_header: bytes) -> None:
    decision = classify(parse_mail(_mail(from_header)), FACTS)
    assert decision.kind == Kind.BAD_SENDER, decision


def test_reply_to_does_not_change_who_asks() -> None:
    raw = _mail(b"Eve <eve@evil.test>").replace(
        b"To:", b"Reply-To: Rina <rina@warga.test>\r\nTo:", 1
    )
    parsed = parse_mail(raw)
    assert parsed.from_addr == "eve@evil.test"
    assert classify(parsed, FACTS).kind == Kind.NEW_REQUEST
