"""Several instances on one mailbox and one PostgreSQL database share the work: every message
is processed once, every letter sent once, every job run once."""

from __future__ import annotations

import json
import logging
import time
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from imapclient import IMAPClient

from ppid_mailer.adapters.calendar import build_calendar
from ppid_mailer.adapters.clock import FixedClock
from ppid_mailer.adapters.mailbox import _ImapSession
from ppid_mailer.config import load_settings
from ppid_mailer.service.daemon import run_once
from ppid_mailer.service.runtime import build_runtime
from tests import mails
from tests.conftest import need
from tests.helpers import Daemon, append, folder_count, imap, run_cli, write_settings
from tests.servers import Dovecot, SmtpSink, dovecot_binary

pytestmark = pytest.mark.integration
COUNT = 500


def test_two_daemons_share_500_messages(
    configure: Callable[..., Path],
    tmp_path: Path,
    dovecot: Dovecot,
    imap_user: tuple[str, str],
    smtp: SmtpSink,
    pg_url: str,
) -> None:
    user, password = imap_user
    config = configure(db_url=pg_url)
    # The digest is due at once: both instances try to send it; it must go out once.
    config.write_text(config.read_text().replace("digest_time = 23:59", "digest_time = 00:00"))
    assert run_cli(config, "db", "upgrade").returncode == 0
    client = IMAPClient("127.0.0.1", port=dovecot.port, ssl=False)
    client.login(user, password)
    messages = [
        mails.citizen(f"multi-{i}", sender=f"warga{i}@warga.test", id_card=False)
        for i in range(COUNT)
    ]
    for start in range(0, COUNT, 50):
        client.multiappend("INBOX", messages[start : start + 50])
    client.logout()

    with (
        Daemon(config, tmp_path / "daemon-0.log") as first,
        Daemon(config, tmp_path / "daemon-1.log") as second,
    ):
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline:
            if len([m for m in smtp.messages if m.rcpt_tos[0].startswith("warga")]) >= COUNT:
                break
            time.sleep(0.5)
        time.sleep(3)  # anything sent twice would arrive now
        assert [first.terminate(), second.terminate()] == [0, 0]
    texts = [(tmp_path / f"daemon-{i}.log").read_text() for i in range(2)]
    assert all("registered" in t for t in texts), "both instances did part of the work"
    receipts = Counter(m.rcpt_tos[0] for m in smtp.messages if m.rcpt_tos[0].startswith("warga"))
    assert len(receipts) == COUNT and set(receipts.values()) == {1}
    requests = json.loads(run_cli(config, "requests", "list", "--json").stdout)
    assert len(requests) == COUNT == len({r["number"] for r in requests})
    digests = [m for m in smtp.messages if "Ringkasan harian" in m.message["Subject"]]
    settings = load_settings(config)
    today = datetime.now(ZoneInfo(settings.office.timezone)).date()
    workday = build_calendar(settings.deadlines, range(today.year, today.year + 1)).is_workday(
        today
    )
    assert len(digests) == (1 if workday else 0)  # never twice, whichever instance sends it


def test_sigterm_during_a_batch_leaves_nothing_half_done(
    configure: Callable[..., Path],
    tmp_path: Path,
    dovecot: Dovecot,
    imap_user: tuple[str, str],
    smtp: SmtpSink,
) -> None:
    user, password = imap_user
    config = configure()
    client = IMAPClient("127.0.0.1", port=dovecot.port, ssl=False)
    client.login(user, password)
    client.multiappend(
        "INBOX",
        [
            mails.citizen(f"term-{i}", sender=f"term{i}@warga.test", id_card=False)
            for i in range(60)
        ],
    )
    client.logout()
    with Daemon(config, tmp_path / "daemon.log") as daemon:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and "registered" not in daemon.log():
            time.sleep(0.05)
        assert daemon.terminate() == 0  # in the middle of the batch
    inbound = run_cli(config, "inbound", "list").stdout
    assert "shunted" not in inbound
    assert run_cli(config, "run", "--once").returncode == 0  # a restart finishes the rest
    requests = json.loads(run_cli(config, "requests", "list", "--json").stdout)
    receipts = Counter(m.rcpt_tos[0] for m in smtp.messages if m.rcpt_tos[0].startswith("term"))
    assert len(requests) == 60 and len(receipts) == 60 and set(receipts.values()) == {1}


def test_senders_in_one_process_send_each_letter_once(
    configure: Callable[..., Path], db_url: str, smtp: SmtpSink
) -> None:
    """Two outbox threads (as SendAlong runs beside processing) over 40 letters: the lease on
    each row lets exactly one of them send it, on SQLite and on PostgreSQL."""
    import dataclasses

    from ppid_mailer.adapters.clock import FixedClock
    from ppid_mailer.adapters.connection import open_database
    from ppid_mailer.adapters.migrations import upgrade
    from ppid_mailer.adapters.transport import open_transport
    from ppid_mailer.service.outbox import SendAlong
    from ppid_mailer.service.runtime import build_runtime

    now = datetime(2026, 11, 30, 2, tzinfo=ZoneInfo("UTC"))
    settings = load_settings(configure(db_url=db_url))
    upgrade(open_database(db_url), now)
    rt = build_runtime(settings, FixedClock(now))
    with rt.store.atomic():
        for i in range(40):
            rt.store.queue_outbound(
                request=None,
                cause_id=None,
                dedupe_key=f"letter:{i}",
                purpose="alert",
                message_id=f"<letter-{i}@ppid.test>",
                mail_from="ppid@kota-uji.go.id",
                recipients=["petugas@kota-uji.go.id"],
                raw=f"Message-ID: <letter-{i}@ppid.test>\r\nSubject: {i}\r\n\r\nisi\r\n".encode(),
                now=now,
            )
    # each thread its own SMTP connection, as the daemon's one outbox thread has
    senders = [
        SendAlong(dataclasses.replace(rt, transport=open_transport(settings.outbox)))
        for _ in range(2)
    ]
    smtp.wait_for(40, timeout=20)
    results = [sender.finish() for sender in senders]
    assert sum(r.sent for r in results) == 40
    ids = [m.message["Message-ID"] for m in smtp.messages]
    assert len(ids) == 40 and len(set(ids)) == 40
    assert {r.state for r in rt.store.outbound_rows()} == {"sent"}
    assert all(not r.claimed_by for r in rt.store.outbound_rows())
    rt.store.db.close()


@pytest.fixture(scope="module")
def dovecot_without_move() -> Iterator[Dovecot]:
    """A Dovecot that does not offer MOVE: acknowledging is COPY + expunge, and a COPY of a
    message another session already expunged is answered NO [EXPUNGEISSUED]."""
    need(None if dovecot_binary() else "dovecot is not installed (apt-get install dovecot-imapd)")
    server = Dovecot.start(
        settings="imap_capability = IMAP4rev1 LITERAL+ SASL-IR ENABLE IDLE UIDPLUS\n"
    )
    yield server
    server.cleanup()


def test_a_message_another_instance_moved_is_normal_work_not_an_inbox_outage(
    tmp_path: Path,
    dovecot_without_move: Dovecot,
    smtp: SmtpSink,
    secret: str,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    server = dovecot_without_move
    user, password = server.add_user()
    config = write_settings(
        tmp_path,
        imap_port=server.port,
        user=user,
        password=password,
        smtp_port=smtp.port,
        db_url=f"sqlite:///{tmp_path / 'ppid.sqlite3'}",
        secret=secret,
    )
    rt = build_runtime(load_settings(config), FixedClock(datetime(2026, 11, 30, 2, tzinfo=UTC)))
    for i in range(3):
        append(server, user, password, mails.citizen(f"gone-{i}", sender=f"gone{i}@warga.test"))
    other = imap(server, user, password)  # the other instance, on the same mailbox
    other.create_folder("Processed")
    other.select_folder("INBOX")
    fetch = _ImapSession.fetch

    def fetch_while_the_other_instance_moves_uid_1(self, uids):  # type: ignore[no-untyped-def]
        for batch in fetch(self, uids):
            other.copy([1], "Processed")  # it stored message 1 too, and acknowledges it first
            other.delete_messages([1])
            other.uid_expunge([1])
            yield batch

    monkeypatch.setattr(_ImapSession, "fetch", fetch_while_the_other_instance_moves_uid_1)
    with caplog.at_level(logging.INFO, logger="ppid_mailer"):
        result = run_once(rt)
    other.logout()
    assert result.inbox_error == ""
    assert result.intake.stored == 3 and len(result.processed.outcomes) == 3
    assert folder_count(server, user, password, "INBOX") == 0
    assert folder_count(server, user, password, "Processed") == 3  # message 1 once, not twice
    assert "were gone at copy, moved by another instance" in caplog.text
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING], caplog.text
