"""Small helpers shared by the integration tests: settings files, the CLI, IMAP access, letters."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from imapclient import IMAPClient

from tests.servers import Dovecot

SETTINGS = """\
[office]
name = Dinas Komunikasi dan Informatika Kota Uji
timezone = Asia/Jakarta
complaints_to = sekretariat@kota-uji.go.id

[inbox]
protocol = imap
host = 127.0.0.1
port = {imap_port}
security = none
username = {user}
password = {password}
folder = {folder}
processed_folder = Processed
idle = no
poll_seconds = 1
timeout_seconds = 10

[outbox]
transport = smtp
host = 127.0.0.1
port = {smtp_port}
security = none
from_address = ppid@kota-uji.go.id
from_name = PPID Kota Uji
timeout_seconds = 10
{outbox_extra}

[database]
url = {db_url}

[officers]
ppid = petugas@kota-uji.go.id
secret_key = {secret}

[deadlines]
# the daily digest is tested on its own; elsewhere it would be one more mail to count
digest_time = 23:59
"""


def letter(tag: str) -> bytes:
    """A complete request: letter in the body (information and purpose) and a KTP photo."""
    from tests.mails import citizen

    return citizen(tag)


def write_settings(
    path: Path,
    *,
    imap_port: int,
    user: str,
    password: str,
    smtp_port: int,
    db_url: str,
    secret: str,
    folder: str = "INBOX",
    outbox_extra: str = "",
) -> Path:
    config = path / "settings.ini"
    config.touch(mode=0o600)  # it holds the secret key and a password (`check` warns otherwise)
    config.write_text(
        SETTINGS.format(
            imap_port=imap_port,
            user=user,
            password=password,
            smtp_port=smtp_port,
            db_url=db_url,
            secret=secret,
            folder=folder,
            outbox_extra=outbox_extra,
        ),
        encoding="utf-8",
    )
    return config


def run_cli(
    config: Path, *args: str, crash_at: str | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "PPID_MAILER_CRASH_AT"}
    if crash_at:
        env["PPID_MAILER_CRASH_AT"] = crash_at
    return subprocess.run(
        [sys.executable, "-m", "ppid_mailer", "--config", str(config), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
    )


def imap(dovecot: Dovecot, user: str, password: str) -> IMAPClient:
    client = IMAPClient("127.0.0.1", port=dovecot.port, ssl=False, timeout=10)
    client.login(user, password)
    return client


def append(dovecot: Dovecot, user: str, password: str, raw: bytes, folder: str = "INBOX") -> None:
    client = imap(dovecot, user, password)
    try:
        if not client.folder_exists(folder):
            client.create_folder(folder)
        client.append(folder, raw)
    finally:
        client.logout()


def folder_count(dovecot: Dovecot, user: str, password: str, folder: str) -> int:
    client = imap(dovecot, user, password)
    try:
        if not client.folder_exists(folder):
            return 0
        return int(client.select_folder(folder, readonly=True)[b"EXISTS"])
    finally:
        client.logout()


class Daemon:
    """`ppid-mailer run` as a child process, its output in a log file; always stopped on exit."""

    def __init__(self, config: Path, log_path: Path) -> None:
        self.config, self.log_path = config, log_path

    def __enter__(self) -> Daemon:
        self.log_file = self.log_path.open("w")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "ppid_mailer", "--config", str(self.config), "run"],
            stdout=self.log_file,
            stderr=subprocess.STDOUT,
        )
        return self

    def log(self) -> str:
        return self.log_path.read_text()

    def terminate(self, timeout: float = 60) -> int:
        """SIGTERM, as systemd stops it; the exit code."""
        self.process.send_signal(signal.SIGTERM)
        return self.process.wait(timeout=timeout)

    def __exit__(self, *exc: object) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        self.log_file.close()
