"""The adapters against real servers over TLS, with AUTH, and when the server says no."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest

from ppid_mailer.adapters.mailbox import ImapMailbox
from ppid_mailer.adapters.transport import SmtpTransport
from ppid_mailer.config import InboxSettings, OutboxSettings, Settings, load_settings
from ppid_mailer.errors import MailboxError, PermanentTransportError, TemporaryTransportError
from tests.helpers import write_settings
from tests.servers import Dovecot, SmtpSink, free_port

pytestmark = pytest.mark.integration


@pytest.fixture
def settings(tmp_path: Path, dovecot: Dovecot, imap_user: tuple[str, str], secret: str) -> Settings:
    user, password = imap_user
    config = write_settings(
        tmp_path,
        imap_port=dovecot.port,
        user=user,
        password=password,
        smtp_port=free_port(),
        db_url="sqlite:///x.sqlite3",
        secret=secret,
    )
    return load_settings(config)


def cert(dovecot: Dovecot) -> Path:
    return dovecot.directory / "cert.pem"


@pytest.mark.parametrize("security", ["ssl", "starttls"])
def test_imap_over_tls_with_the_office_ca(
    settings: Settings, dovecot: Dovecot, security: str
) -> None:
    port = dovecot.ssl_port if security == "ssl" else dovecot.port
    inbox = dataclasses.replace(settings.inbox, security=security, port=port, ca_file=cert(dovecot))
    with ImapMailbox(inbox).session() as box:
        assert box.uidvalidity > 0
        assert box.waiting(0) == []


def test_imap_refuses_an_unverified_certificate(settings: Settings, dovecot: Dovecot) -> None:
    inbox = dataclasses.replace(settings.inbox, security="ssl", port=dovecot.ssl_port)
    with pytest.raises(MailboxError, match="TLS failed"):
        ImapMailbox(inbox).connect()


def test_imap_connection_refused_is_one_clear_line(settings: Settings) -> None:
    inbox: InboxSettings = dataclasses.replace(settings.inbox, port=free_port())
    with pytest.raises(MailboxError, match="connection refused"):
        ImapMailbox(inbox).connect()


@pytest.fixture
def tls_sink(request: pytest.FixtureRequest, dovecot: Dovecot) -> Iterator[SmtpSink]:
    files = (dovecot.directory / "cert.pem", dovecot.directory / "key.pem")
    sink = SmtpSink(tls=request.param, cert=files, auth=("ppid", "rahasia"))
    yield sink
    sink.stop()


@pytest.mark.parametrize("tls_sink", ["starttls", "ssl"], indirect=True)
def test_smtp_over_tls_with_auth(settings: Settings, dovecot: Dovecot, tls_sink: SmtpSink) -> None:
    outbox: OutboxSettings = dataclasses.replace(
        settings.outbox,
        port=tls_sink.port,
        security=tls_sink.tls,
        username="ppid",
        password="rahasia",
        ca_file=cert(dovecot),
    )
    transport = SmtpTransport(outbox)
    transport.send("ppid@kota-uji.go.id", ["warga@warga.test"], b"Subject: uji\r\n\r\nisi\r\n")
    transport.close()
    assert [m.rcpt_tos for m in tls_sink.wait_for(1)] == [["warga@warga.test"]]

    wrong = SmtpTransport(dataclasses.replace(outbox, password="salah"))
    with pytest.raises(PermanentTransportError, match="login refused"):
        wrong.send("ppid@kota-uji.go.id", ["warga@warga.test"], b"Subject: x\r\n\r\nx\r\n")


def test_smtp_refusals_are_sorted_into_temporary_and_permanent(settings: Settings) -> None:
    sink = SmtpSink(
        refuse={
            "hilang@warga.test": "550 5.1.1 no such user",
            "penuh@warga.test": "452 4.2.2 mailbox full",
        }
    )
    try:
        transport = SmtpTransport(dataclasses.replace(settings.outbox, port=sink.port))
        with pytest.raises(PermanentTransportError, match="550"):
            transport.send("ppid@kota-uji.go.id", ["hilang@warga.test"], b"Subject: x\r\n\r\nx\r\n")
        with pytest.raises(TemporaryTransportError, match="452"):
            transport.send("ppid@kota-uji.go.id", ["penuh@warga.test"], b"Subject: x\r\n\r\nx\r\n")
        transport.send("ppid@kota-uji.go.id", ["ada@warga.test"], b"Subject: x\r\n\r\nx\r\n")
        transport.close()
        assert len(sink.wait_for(1)) == 1
    finally:
        sink.stop()
    refused = SmtpTransport(dataclasses.replace(settings.outbox, port=free_port()))
    with pytest.raises(TemporaryTransportError, match="connection refused"):
        refused.send("ppid@kota-uji.go.id", ["ada@warga.test"], b"Subject: x\r\n\r\nx\r\n")
