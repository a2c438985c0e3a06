"""Citizens writing from internationalized addresses (RFC 6531): jörg@… and warga@bücher.…

Their letters go out with SMTPUTF8 where the server offers it; without it a non-ASCII domain goes
in IDNA, and a letter to a non-ASCII local part fails alone, with its reason, while every other
letter of the pass still goes. Real Dovecot and aiosmtpd, on SQLite and PostgreSQL.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from ppid_mailer.adapters import connection, migrations
from ppid_mailer.adapters.clock import FixedClock
from ppid_mailer.adapters.models import OutboundMessage, Request
from ppid_mailer.config import load_settings
from ppid_mailer.service.daemon import run_once
from ppid_mailer.service.runtime import Runtime, build_runtime
from tests import mails
from tests.helpers import append, run_cli
from tests.servers import Dovecot, SmtpSink

pytestmark = pytest.mark.integration
OFFICER = "petugas@kota-uji.go.id"
CITIZEN = "rina.wulandari@warga.test"
JORG = "jörg@warga.test"
BUCHER = "warga@bücher.example"
BUCHER_IDNA = "warga@xn--bcher-kva.example"
NOW = datetime(2026, 11, 30, 2, tzinfo=UTC)


@pytest.fixture
def utf8_smtp() -> Iterator[SmtpSink]:
    sink = SmtpSink(smtputf8=True)
    yield sink
    sink.stop()


def runtime(configure: Callable[..., Path], db_url: str, smtp_port: int) -> Runtime:
    settings = load_settings(configure(db_url=db_url))
    migrations.upgrade(connection.open_database(db_url), NOW)  # PostgreSQL is upgraded on purpose
    outbox = dataclasses.replace(settings.outbox, port=smtp_port)
    return build_runtime(dataclasses.replace(settings, outbox=outbox), FixedClock(NOW))


def header_line(raw: bytes, name: bytes) -> bytes:
    """One header exactly as it went on the wire (unfolded lines only: ours are short)."""
    head = raw.split(b"\r\n\r\n", 1)[0]
    return next(line for line in head.split(b"\r\n") if line.lower().startswith(name + b":"))


def test_with_smtputf8_every_letter_arrives_at_its_address(
    configure: Callable[..., Path],
    db_url: str,
    dovecot: Dovecot,
    imap_user: tuple[str, str],
    utf8_smtp: SmtpSink,
) -> None:
    rt = runtime(configure, db_url, utf8_smtp.port)
    for tag, sender in (("idn-1", JORG), ("idn-2", BUCHER), ("idn-3", CITIZEN)):
        append(dovecot, *imap_user, mails.citizen(tag, sender=sender))
    result = run_once(rt)
    assert result.flushed.failed == 0 and result.flushed.deferred == 0

    [jorg] = utf8_smtp.to(JORG)
    assert jorg.rcpt_tos == [JORG] and jorg.smtputf8
    assert header_line(jorg.data, b"to") == f"To: {JORG}".encode()  # RFC 6532, no encoded-word
    assert jorg.message["Subject"].startswith("Tanda terima")
    [bucher] = utf8_smtp.to(BUCHER)
    assert bucher.rcpt_tos == [BUCHER] and bucher.smtputf8
    assert header_line(bucher.data, b"to") == f"To: {BUCHER_IDNA}".encode()
    [plain] = utf8_smtp.to(CITIZEN)
    assert not plain.smtputf8  # plain ASCII letters stay as they were
    assert {row.state for row in OutboundMessage.select()} == {"sent"}
    rt.store.db.close()


def test_without_smtputf8_the_letter_to_jorg_fails_alone(
    configure: Callable[..., Path],
    db_url: str,
    dovecot: Dovecot,
    imap_user: tuple[str, str],
    smtp: SmtpSink,
) -> None:
    """jörg's receipt comes first in the outbox; the pass goes on, and the next one too."""
    config = configure(db_url=db_url)
    assert run_cli(config, "db", "upgrade").returncode == 0
    append(dovecot, *imap_user, mails.citizen("idn-4", sender=JORG))
    append(dovecot, *imap_user, mails.citizen("idn-5"))
    once = run_cli(config, "run", "--once")
    assert once.returncode == 0, once.stderr
    assert "Traceback" not in once.stderr

    assert smtp.to(JORG) == []
    assert [m.message["Subject"] for m in smtp.to(CITIZEN)][0].startswith("Tanda terima")
    failed = run_cli(config, "outbox", "list", "--state", "failed").stdout
    assert "receipt" in failed and JORG in failed, failed
    settings = load_settings(config)
    rt = build_runtime(settings, auto_upgrade=False)
    row = OutboundMessage.get(OutboundMessage.recipients == JORG)
    assert row.state == "failed" and row.attempts == 1
    assert "not ASCII" in row.last_error and "SMTPUTF8" in row.last_error
    number = Request.get_by_id(row.request_id).number
    alerts = [m for m in smtp.to(OFFICER) if "tidak dapat dikirim" in m.message["Subject"]]
    assert [m.message["Subject"] for m in alerts] == [
        f"[PPID] Surat tidak dapat dikirim ({number})"
    ]
    assert JORG in alerts[0].text and "SMTPUTF8" in alerts[0].text
    rt.store.db.close()

    # a later pass is not stuck behind jörg's letter either
    append(dovecot, *imap_user, mails.citizen("idn-6", sender="budi@warga.test"))
    again = run_cli(config, "run", "--once")
    assert again.returncode == 0, again.stderr
    assert len(smtp.wait_to("budi@warga.test", 1)) == 1
    requests = json.loads(run_cli(config, "requests", "list", "--json").stdout)
    assert len(requests) == 3  # jörg's request is registered; only its receipt could not go


def test_an_idn_domain_goes_in_punycode_to_a_server_without_smtputf8(
    server_desk, smtp: SmtpSink
) -> None:
    rt = server_desk()
    server_desk.deliver(mails.citizen("idn-7", sender=BUCHER))
    result = run_once(rt)
    assert result.flushed.failed == 0
    [receipt] = smtp.to(BUCHER_IDNA)
    assert receipt.rcpt_tos == [BUCHER_IDNA] and not receipt.smtputf8
    assert header_line(receipt.data, b"to") == f"To: {BUCHER_IDNA}".encode()
    assert receipt.data.split(b"\r\n\r\n", 1)[0].isascii()


def test_pickup_writes_letters_to_international_addresses(server_desk, tmp_path: Path) -> None:
    """The pickup folder (the demo's outbox, a local MTA's pickup) gets valid headers too: the
    IDN domain in IDNA, the non-ASCII local part in UTF-8 (RFC 6532), never an encoded-word."""
    folder = tmp_path / "pickup"
    rt = server_desk(outbox={"transport": "pickup", "path": folder})
    server_desk.deliver(mails.citizen("idn-8", sender=JORG))
    server_desk.deliver(mails.citizen("idn-9", sender=BUCHER))
    result = run_once(rt)
    assert result.flushed.failed == 0 and result.flushed.sent == 4
    to_lines = sorted(header_line(path.read_bytes(), b"to") for path in folder.glob("*.eml"))
    assert to_lines == sorted(
        [f"To: {OFFICER}".encode()] * 2 + [f"To: {JORG}".encode(), f"To: {BUCHER_IDNA}".encode()]
    )
