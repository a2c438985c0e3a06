"""A citizen's letter in a real IMAP inbox becomes one numbered request and one receipt, and
the officer's reply a decision letter; killed at any step, nothing is lost or repeated.

Conversation style: write the letter, put it in Dovecot, run the real command, look at what the
SMTP server received.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from ppid_mailer.adapters.migrations import LATEST_VERSION
from tests import mails
from tests.helpers import append, folder_count, imap, letter, run_cli
from tests.servers import Dovecot, SmtpSink, free_port

pytestmark = pytest.mark.integration
CITIZEN = "rina.wulandari@warga.test"
OFFICER = "petugas@kota-uji.go.id"


def notifications(smtp: SmtpSink) -> list[object]:
    return [m for m in smtp.to(OFFICER) if "Permohonan baru" in m.message["Subject"]]


def requests_json(config: Path) -> list[dict[str, object]]:
    result = run_cli(config, "requests", "list", "--json")
    assert result.returncode == 0, result.stderr
    return list(json.loads(result.stdout))


def test_letter_becomes_one_request_and_one_receipt(
    config: Path, dovecot: Dovecot, imap_user: tuple[str, str], smtp: SmtpSink
) -> None:
    user, password = imap_user
    append(dovecot, user, password, letter("first-1"))

    result = run_cli(config, "run", "--once")
    assert result.returncode == 0, result.stderr

    requests = requests_json(config)
    assert len(requests) == 1
    number = str(requests[0]["number"])
    assert number.endswith("/PPID/2026") or "/PPID/" in number
    assert requests[0]["status"] == "registered"
    assert requests[0]["requester_email"] == "rina.wulandari@warga.test"
    assert requests[0]["due_date"]

    received = smtp.wait_to(CITIZEN, 1)
    assert len(received) == 1
    receipt = received[0]
    assert receipt.rcpt_tos == ["rina.wulandari@warga.test"]
    assert number in receipt.message["Subject"]
    assert number in receipt.text
    assert receipt.message["In-Reply-To"] == "<first-1@warga.test>"
    assert "<first-1@warga.test>" in receipt.message["References"]
    assert receipt.message["Auto-Submitted"] == "auto-replied"
    assert "17 hari kerja" in receipt.text and "tidak dipungut biaya" in receipt.text

    assert folder_count(dovecot, user, password, "INBOX") == 0
    assert folder_count(dovecot, user, password, "Processed") == 1

    again = run_cli(config, "run", "--once")
    assert again.returncode == 0, again.stderr
    assert len(requests_json(config)) == 1
    assert len(smtp.wait_to(CITIZEN, 2, timeout=1)) == 1
    assert len(notifications(smtp)) == 1  # and the officer was notified once


def test_from_the_citizens_letter_to_the_decision_letter(
    config: Path, dovecot: Dovecot, imap_user: tuple[str, str], smtp: SmtpSink
) -> None:
    """The full path on the real servers, with the real command: a letter in Dovecot, the
    receipt and the notification on aiosmtpd, the officer's reply from a mail client back in
    Dovecot, the decision letter with the officer's file. (Every keyword and rule has its own
    test in tests/workflow/, on a Maildir and a pickup folder.)"""
    user, password = imap_user
    append(dovecot, user, password, letter("e2e-1"))
    assert run_cli(config, "run", "--once").returncode == 0
    [receipt] = smtp.wait_to(CITIZEN, 1)
    [notification] = notifications(smtp)
    number = str(requests_json(config)[0]["number"])
    assert number in receipt.message["Subject"] and number in notification.message["Subject"]

    append(
        dovecot,
        user,
        password,
        mails.reply(
            notification.data,
            OFFICER,
            "KABULKAN data terlampir.",
            attachments=[("anggaran-2025.xlsx", b"PK\x03\x04 spreadsheet")],
        ),
    )
    assert run_cli(config, "run", "--once").returncode == 0
    decision = smtp.wait_to(CITIZEN, 2)[-1]
    assert "dikabulkan" in decision.message["Subject"] and number in decision.text
    assert [p.get_filename() for p in decision.message.iter_attachments()] == [
        number.replace("/", "-") + "-lampiran-1.xlsx"  # named after the request
    ]
    assert "(berkas anggaran-2025.xlsx)" in decision.text
    assert decision.message["In-Reply-To"] == "<e2e-1@warga.test>"
    assert any("Hasil perintah" in m.message["Subject"] for m in smtp.to(OFFICER))
    assert [r["status"] for r in requests_json(config)] == ["granted"]
    assert folder_count(dovecot, user, password, "INBOX") == 0
    assert folder_count(dovecot, user, password, "Processed") == 2


@pytest.mark.parametrize("crash_at", ["after_fetch", "after_store", "after_ack", "after_process"])
def test_crash_loses_and_repeats_nothing(
    config: Path, dovecot: Dovecot, imap_user: tuple[str, str], smtp: SmtpSink, crash_at: str
) -> None:
    user, password = imap_user
    append(dovecot, user, password, letter(f"crash-{crash_at}"))

    crashed = run_cli(config, "run", "--once", crash_at=crash_at)
    assert crashed.returncode == -9, crashed.stderr
    assert smtp.messages == []
    if crash_at in ("after_fetch", "after_store"):  # not yet acknowledged on the server
        assert folder_count(dovecot, user, password, "INBOX") == 1

    for _ in range(2):
        result = run_cli(config, "run", "--once")
        assert result.returncode == 0, result.stderr

    assert len(requests_json(config)) == 1
    assert len(smtp.wait_to(CITIZEN, 2, timeout=1)) == 1
    assert len(notifications(smtp)) == 1
    assert folder_count(dovecot, user, password, "INBOX") == 0
    assert folder_count(dovecot, user, password, "Processed") == 1


def test_crash_after_send_is_the_documented_ambiguity(
    config: Path, dovecot: Dovecot, imap_user: tuple[str, str], smtp: SmtpSink
) -> None:
    """Killed between SMTP accepting the receipt and our commit: sent again, same Message-ID."""
    user, password = imap_user
    append(dovecot, user, password, letter("crash-after-send"))
    assert run_cli(config, "run", "--once", crash_at="after_send").returncode == -9
    assert run_cli(config, "run", "--once").returncode == 0
    assert run_cli(config, "run", "--once").returncode == 0
    assert len(requests_json(config)) == 1
    received = smtp.wait_to(CITIZEN, 3, timeout=1)
    assert len(received) == 2
    assert received[0].message["Message-ID"] == received[1].message["Message-ID"]


def test_uidvalidity_change_creates_nothing_twice(
    configure: Callable[..., Path], dovecot: Dovecot, imap_user: tuple[str, str], smtp: SmtpSink
) -> None:
    user, password = imap_user
    config = configure(folder="Permohonan")
    raw = letter("uidvalidity-1")
    append(dovecot, user, password, raw, folder="Permohonan")
    assert run_cli(config, "run", "--once").returncode == 0

    # The server loses its UID state: the folder is recreated (new UIDVALIDITY) and the same
    # message shows up again, as after a restore from backup or a migration.
    client = imap(dovecot, user, password)
    old_validity = client.select_folder("Permohonan")[b"UIDVALIDITY"]
    client.close_folder()
    client.delete_folder("Permohonan")
    client.create_folder("Permohonan")
    client.append("Permohonan", raw)
    new_validity = client.select_folder("Permohonan")[b"UIDVALIDITY"]
    client.logout()
    assert new_validity != old_validity

    result = run_cli(config, "run", "--once")
    assert result.returncode == 0, result.stderr
    assert len(requests_json(config)) == 1
    assert len(smtp.wait_to(CITIZEN, 2, timeout=1)) == 1
    inbound = run_cli(config, "inbound", "list", "--state", "duplicate")
    assert "same Message-ID and content" in inbound.stdout


def test_one_mail_delivered_twice_creates_nothing_twice(
    config: Path, dovecot: Dovecot, imap_user: tuple[str, str], smtp: SmtpSink
) -> None:
    """The same letter by two routes (a backup MX, two of our addresses): same Message-ID and
    From, other Received headers, other bytes."""
    user, password = imap_user
    raw = letter("two-routes")
    append(dovecot, user, password, mails.delivered(raw, "mx1.warga.test"))
    append(dovecot, user, password, mails.delivered(raw, "mx2.warga.test"))
    assert run_cli(config, "run", "--once").returncode == 0
    append(dovecot, user, password, mails.delivered(raw, "backup-mx.warga.test"))
    assert run_cli(config, "run", "--once").returncode == 0

    assert len(requests_json(config)) == 1
    assert len(smtp.wait_to(CITIZEN, 2, timeout=1)) == 1
    assert len(notifications(smtp)) == 1
    inbound = run_cli(config, "inbound", "list", "--state", "duplicate")
    assert inbound.stdout.count("same Message-ID and From (another delivery)") == 2


def test_postgres_end_to_end(
    configure: Callable[..., Path],
    dovecot: Dovecot,
    imap_user: tuple[str, str],
    smtp: SmtpSink,
    pg_url: str,
) -> None:
    user, password = imap_user
    config = configure(db_url=pg_url)
    append(dovecot, user, password, letter("pg-1"))

    # PostgreSQL is upgraded only on purpose: an empty one fails `check` and `run`.
    before = run_cli(config, "check")
    assert before.returncode == 1
    assert "FAIL  database" in before.stdout and "db upgrade" in before.stdout
    refused = run_cli(config, "run", "--once")
    assert refused.returncode == 1
    assert "run `ppid-mailer db upgrade`" in refused.stderr

    upgraded = run_cli(config, "db", "upgrade")
    assert upgraded.returncode == 0 and f"schema version {LATEST_VERSION}" in upgraded.stdout

    assert run_cli(config, "run", "--once").returncode == 0
    requests = requests_json(config)
    assert [r["status"] for r in requests] == ["registered"]
    received = smtp.wait_to(CITIZEN, 1)
    assert len(received) == 1 and str(requests[0]["number"]) in received[0].text

    shown = run_cli(config, "requests", "show", str(requests[0]["number"]), "--json")
    detail = json.loads(shown.stdout)
    assert [e["action"] for e in detail["events"]] == [
        "registered",
        "letter_queued",
        "letter_queued",
        "letter_sent",
        "letter_sent",
    ]


def test_check_reports_each_part(config: Path, tmp_path: Path) -> None:
    # A fresh installation: the SQLite database is empty, which `run` fills in (not an error).
    before = run_cli(config, "check")
    assert before.returncode == 0, before.stdout + before.stderr
    assert f"empty, `run` will create the schema (version {LATEST_VERSION})" in before.stdout
    assert [line.split()[0] for line in before.stdout.splitlines()] == ["ok"] * 4
    assert run_cli(config, "db", "upgrade").returncode == 0

    result = run_cli(config, "check")
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert [line.split()[0] for line in lines] == ["ok"] * 8
    assert (
        "last successful fetch: never" in result.stdout and "shunted messages: 0" in result.stdout
    )
    assert any("inbox imap://" in line for line in lines)

    broken = re.sub(r"port = \d+", f"port = {free_port()}", config.read_text(), count=1)
    bad = tmp_path / "bad.ini"
    bad.write_text(broken)
    failed = run_cli(bad, "check")
    assert failed.returncode == 1
    assert any(line.startswith("FAIL  inbox") for line in failed.stdout.splitlines())
