"""The daemon rides out outages: IMAP down, SMTP down, PostgreSQL dropping its connections.

One real `ppid-mailer run` process works through all of them; at the end every letter became
exactly one request and exactly one receipt, and SIGTERM stops it cleanly.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import time
from pathlib import Path

import psycopg2
import pytest

from tests import mails
from tests.helpers import Daemon, append, run_cli, write_settings
from tests.servers import PG_DSN, Dovecot, SmtpSink

pytestmark = pytest.mark.integration
CITIZEN = "rina.wulandari@warga.test"


def wait_until(condition, timeout: float = 30.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.2)
    raise AssertionError("condition not met in time")


def restart_postgres(db_url: str) -> str:
    """Restart the PostgreSQL server for real where we may (root, Debian's pg_ctlcluster, as in
    CI); elsewhere kill every session of the test database, which is what a restart does to us."""
    versions = (
        sorted(Path("/etc/postgresql").glob("*/main")) if Path("/etc/postgresql").is_dir() else []
    )
    if os.geteuid() == 0 and shutil.which("pg_ctlcluster") and versions:
        version = versions[-1].parent.name
        subprocess.run(
            ["pg_ctlcluster", "--skip-systemctl-redirect", version, "main", "restart"],
            check=True,
            capture_output=True,
            timeout=120,
        )
        wait_until(lambda: subprocess.run(["pg_isready", "-h", "127.0.0.1", "-q"]).returncode == 0)
        return "restarted"
    assert drop_connections(db_url) >= 1
    return "sessions killed"


def drop_connections(db_url: str) -> int:
    """What a PostgreSQL restart does to its clients: every session of the database is killed."""
    name = db_url.rsplit("/", 1)[1]
    conn = psycopg2.connect(PG_DSN)
    conn.autocommit = True
    with conn.cursor() as cur:
        cur.execute(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
            "WHERE datname = %s AND pid <> pg_backend_pid()",
            (name,),
        )
        killed = int(cur.fetchone()[0])
    conn.close()
    return killed


def test_daemon_survives_imap_smtp_and_database_outages(
    tmp_path: Path, dovecot: Dovecot, imap_user: tuple[str, str], pg_url: str, secret: str
) -> None:
    user, password = imap_user
    smtp = SmtpSink()
    port = smtp.port
    config = write_settings(
        tmp_path,
        imap_port=dovecot.port,
        user=user,
        password=password,
        smtp_port=port,
        db_url=pg_url,
        secret=secret,
        outbox_extra="retry_seconds = 1",
    )
    assert run_cli(config, "db", "upgrade").returncode == 0
    try:
        with Daemon(config, tmp_path / "daemon.log") as daemon:
            append(dovecot, user, password, mails.citizen("out-1"))
            wait_until(lambda: len(smtp.to(CITIZEN)) == 1)

            # IMAP down, then back.
            dovecot.stop()
            time.sleep(2.5)
            dovecot.restart()
            append(dovecot, user, password, mails.citizen("out-2"))
            wait_until(lambda: len(smtp.to(CITIZEN)) == 2)

            # SMTP down: the request is registered, the receipt waits in the outbox.
            smtp.stop()
            append(dovecot, user, password, mails.citizen("out-3"))
            wait_until(lambda: "pending" in run_cli(config, "outbox", "list").stdout)
            smtp = SmtpSink(port=port)
            wait_until(lambda: len(smtp.to(CITIZEN)) == 1)

            # PostgreSQL restarts under the running daemon.
            restart_postgres(pg_url)
            append(dovecot, user, password, mails.citizen("out-4"))
            wait_until(lambda: len(smtp.to(CITIZEN)) == 2)

            assert daemon.terminate(timeout=30) == 0
    finally:
        smtp.stop()
    output = daemon.log()
    requests = json.loads(run_cli(config, "requests", "list", "--json").stdout)
    assert len(requests) == 4, output
    assert sorted(r["subject"] for r in requests) == [
        f"Permohonan informasi out-{i}" for i in range(1, 5)
    ]
    outbox = run_cli(config, "outbox", "list", "--state", "sent").stdout
    assert outbox.count("receipt") == 4 and outbox.count("notification") == 4
    assert "inbox unavailable" in output and "inbox available again" in output
    assert output.count("inbox unavailable") == 1  # one clear line, not one per retry
    assert "database unavailable" in output and "database available again" in output
    assert "Traceback" not in output
    assert "ppid-mailer stopped" in output
