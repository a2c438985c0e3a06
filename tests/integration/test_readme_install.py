"""The README's "Install as a service" section, followed as written, ends in a working desk.

The commands are parsed out of the section's ```sh code block(s) at test time, so that this test
follows the README as it is and breaks when a step changes into one it does not know. Every
step is carried out, or checked, inside this test's tmp_path, which stands for the machine's
root: /etc/ppid-mailer, /var/lib/ppid-mailer and /opt/ppid-mailer become folders below it.

- `apt-get install`, `systemctl`, and copying the unit to /etc/systemd: not run (the test
  machine has the packages, and no systemd of ours to talk to); the unit is read instead, to
  check that it starts the same command on the same settings file and may write the database.
- `useradd --home H --create-home`: H is created; the commands `sudo -u` that user run as the
  user running the tests.
- `python3 -m venv /opt/ppid-mailer` and its `pip install /path/to/ppid-mailer`: not repeated.
  The `ppid-mailer` entry point of the interpreter running the tests is used as
  /opt/ppid-mailer/bin/ppid-mailer. A fresh virtualenv would build a wheel and download every
  dependency from the package index on each run (network, a minute or more) and would test pip
  rather than the README's sequence; the test checks instead that this entry point runs this
  checkout's code.
- `install -d`, `install` of the settings, `cp`: done (without the owner, which needs root and
  the service user).
- "then edit it": the copied settings.example.ini is pointed at this test's Dovecot (IMAPS with
  the server's certificate as `ca_file`) and aiosmtpd (STARTTLS and AUTH), with the passwords in
  the `password_file`s the example names and a fresh `secret_key`; nothing else is changed.
- every `ppid-mailer` command: run as written (paths below tmp_path), and must exit 0.

A citizen's letter waits in the inbox before the first command, as in an office's mailbox.
"""

from __future__ import annotations

import configparser
import os
import re
import shlex
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests import mails
from tests.helpers import append
from tests.servers import Dovecot, SmtpSink

pytestmark = pytest.mark.integration
ROOT = Path(__file__).resolve().parents[2]
VENV = "/opt/ppid-mailer"
SYSTEM_PATHS = ("/etc/ppid-mailer", "/var/lib/ppid-mailer", VENV)
CITIZEN = "rina.wulandari@warga.test"


def install_commands(readme: str) -> list[list[str]]:
    """The commands of the install section's sh blocks, one token list per command."""
    match = re.search(r"^## Install as a service\n(.*?)(?=^## )", readme, flags=re.M | re.S)
    assert match, "README.md has no '## Install as a service' section"
    blocks = re.findall(r"^```sh\n(.*?)^```", match.group(1), flags=re.M | re.S)
    assert blocks, "the install section has no ```sh block"
    commands: list[list[str]] = []
    for block in blocks:
        for line in block.replace("\\\n", " ").splitlines():
            tokens = shlex.split(line, comments=True)
            while tokens:
                end = tokens.index("&&") if "&&" in tokens else len(tokens)
                commands.append(tokens[:end])
                tokens = tokens[end + 1 :]
    return [c for c in commands if c]


class Machine:
    """tmp_path standing for the machine's root, and the steps carried out in it."""

    def __init__(self, root: Path, dovecot: Dovecot, smtp: SmtpSink, imap_user: tuple[str, str]):
        self.root, self.dovecot, self.smtp, self.imap_user = root, dovecot, smtp, imap_user
        self.entry_point = Path(sys.executable).parent / "ppid-mailer"
        self.outputs: list[tuple[list[str], subprocess.CompletedProcess[str]]] = []
        self.service_user = ""

    def path(self, system_path: str) -> str:
        """Where a path of the README's machine is in this test."""
        if system_path.startswith(SYSTEM_PATHS):
            return str(self.root / system_path.lstrip("/"))
        return system_path

    def unmap(self, path: Path) -> str:
        return "/" + str(path.resolve().relative_to(self.root.resolve()))

    def do(self, command: list[str]) -> None:
        user = ""
        if command[0] == "sudo":
            command = command[1:]
            if command[:1] == ["-u"]:
                user, command = command[1], command[2:]
        program = command[0]
        if program == "apt-get":
            assert command[1] == "install", command
        elif program == "useradd":
            home = command[command.index("--home") + 1]
            assert "--create-home" in command and command[-1] == "ppid-mailer", command
            self.service_user = command[-1]
            Path(self.path(home)).mkdir(parents=True)
        elif command[:3] == ["python3", "-m", "venv"]:
            assert command[3] == VENV, command
        elif program == f"{VENV}/bin/pip":
            assert command[1] == "install", command
            self.check_entry_point()
        elif program == "install" and command[1] == "-d":
            mode = int(command[command.index("-m") + 1], 8)
            folder = Path(self.path(command[-1]))
            folder.mkdir(parents=True)
            folder.chmod(mode)
        elif program == "install" and command[-2] == "settings.example.ini":
            target = Path(self.path(command[-1]))
            shutil.copy(ROOT / command[-2], target)
            target.chmod(int(command[command.index("-m") + 1], 8))
            self.edit_settings(target)
        elif program == "cp" and command[1] == "settings.example.ini":
            target = Path(self.path(command[2]))
            shutil.copy(ROOT / command[1], target)
            self.edit_settings(target)
        elif program == "cp" and command[1].startswith("deploy/"):
            self.unit = (ROOT / command[1]).read_text(encoding="utf-8")
        elif program == "systemctl":
            pass
        elif program == f"{VENV}/bin/ppid-mailer":
            assert user == self.service_user, f"run {command} as the service user"
            self.ppid_mailer(command[1:])
        else:
            pytest.fail(
                f"the README's install section has a step this test does not know: {command}"
            )

    def check_entry_point(self) -> None:
        """The installed `ppid-mailer` runs this checkout (an editable install of it)."""
        assert self.entry_point.exists(), f"{self.entry_point}: install with pip install -e ."
        where = subprocess.run(
            [sys.executable, "-c", "import ppid_mailer; print(ppid_mailer.__file__)"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        assert Path(where).resolve().is_relative_to(ROOT), where

    def edit_settings(self, settings: Path) -> None:
        """ "then edit it": point the example at this test's servers; nothing else."""
        text = settings.read_text(encoding="utf-8")
        parser = configparser.ConfigParser(interpolation=None)
        parser.read_string(text)
        user, password = self.imap_user
        certificate = self.dovecot.directory / "cert.pem"
        values = {
            "inbox": {
                "host": "127.0.0.1",
                "port": str(self.dovecot.ssl_port),
                "security": "ssl",
                "username": user,
                "ca_file": "/etc/ppid-mailer/imap-ca.pem",
            },
            "outbox": {
                "host": "127.0.0.1",
                "port": str(self.smtp.port),
                "security": "starttls",
                "ca_file": "/etc/ppid-mailer/smtp-ca.pem",
            },
            "officers": {"secret_key": os.urandom(16).hex()},
        }
        for section, keys in values.items():
            text = set_keys(text, section, keys)
        for name in ("imap", "smtp"):
            shutil.copy(certificate, self.path(f"/etc/ppid-mailer/{name}-ca.pem"))
        # The passwords go where the example's password_file keys say, mode 0600.
        secrets = {"inbox": password, "outbox": self.smtp_password}
        for section, secret in secrets.items():
            file = Path(self.path(parser[section]["password_file"]))
            file.write_text(secret + "\n", encoding="utf-8")
            file.chmod(0o600)
        for system_path in SYSTEM_PATHS:
            text = text.replace(system_path, self.path(system_path))
        settings.write_text(text, encoding="utf-8")
        self.settings = settings

    smtp_password = "rahasia-smtp"

    def ppid_mailer(self, args: list[str]) -> None:
        args = [self.path(a) for a in args]
        assert args[args.index("--config") + 1] == str(self.settings)
        assert "run" not in args or "--once" in args, (
            "`run` without --once would not return: the README should run one pass"
        )
        result = subprocess.run(
            [str(self.entry_point), *args],
            capture_output=True,
            text=True,
            timeout=180,
            cwd=self.root,
        )
        assert result.returncode == 0, (args, result.stdout, result.stderr)
        self.outputs.append((args, result))


def set_keys(text: str, section: str, keys: dict[str, str]) -> str:
    """Set `key = value` in one section of an ini text, uncommenting `# key = ...` if needed."""
    head, _, rest = text.partition(f"[{section}]\n")
    body, marker, tail = rest.partition("\n[")
    for key, value in keys.items():
        body, count = re.subn(rf"^(# )?{key} =.*$", f"{key} = {value}", body, count=1, flags=re.M)
        assert count == 1, f"[{section}] {key} is not in settings.example.ini"
    return head + f"[{section}]\n" + body + marker + tail


@pytest.fixture
def smtp_with_auth(dovecot: Dovecot) -> SmtpSink:
    files = (dovecot.directory / "cert.pem", dovecot.directory / "key.pem")
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(ROOT / "settings.example.ini", encoding="utf-8")
    sink = SmtpSink(
        tls="starttls", cert=files, auth=(parser["outbox"]["username"], Machine.smtp_password)
    )
    yield sink  # type: ignore[misc]
    sink.stop()


def test_the_install_section_runs_as_written(
    tmp_path: Path, dovecot: Dovecot, imap_user: tuple[str, str], smtp_with_auth: SmtpSink
) -> None:
    commands = install_commands((ROOT / "README.md").read_text(encoding="utf-8"))
    user, password = imap_user
    append(dovecot, user, password, mails.citizen("readme-1"))
    machine = Machine(tmp_path, dovecot, smtp_with_auth, imap_user)
    for command in commands:
        machine.do(command)

    ran = [args[args.index("--config") + 2 :] for args, _ in machine.outputs]
    assert ran[:2] == [["check"], ["run", "--once"]], ran
    check = machine.outputs[0][1].stdout.splitlines()
    assert check and all(line.startswith("ok") for line in check), check
    assert any("database" in line and "empty" in line for line in check), check

    # The one pass answered the letter that was waiting, over STARTTLS with AUTH.
    [receipt] = smtp_with_auth.wait_to(CITIZEN, 1)
    assert "Tanda terima" in receipt.message["Subject"]

    # `run` created the schema: every check is ok now, the queues included.
    again = subprocess.run(
        [str(machine.entry_point), "--config", str(machine.settings), "check"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert again.returncode == 0, again.stdout + again.stderr
    assert len(again.stdout.splitlines()) == 8, again.stdout

    # The database is where the service may write, and only its owner can read it.
    url = next(
        line.split("=", 1)[1].strip()
        for line in machine.settings.read_text().splitlines()
        if line.startswith("url =")
    )
    database = Path(url.removeprefix("sqlite:///"))
    if not database.is_absolute():
        database = machine.settings.parent / database
    assert stat.S_IMODE(database.stat().st_mode) == 0o600
    assert stat.S_IMODE(machine.settings.stat().st_mode) == 0o600  # it holds the secret key
    unit = dict(
        line.split("=", 1) for line in machine.unit.splitlines() if re.match(r"^\w+=", line)
    )
    writable = unit["ReadWritePaths"].split()
    assert any(machine.unmap(database).startswith(folder + "/") for folder in writable), (
        f"the database {machine.unmap(database)} is not in the unit's ReadWritePaths {writable}"
    )
    # The unit starts the same program on the same settings file as the README's commands.
    assert unit["ExecStart"].split()[0] == f"{VENV}/bin/ppid-mailer"
    assert unit["Environment"] == f"PPID_MAILER_CONFIG={machine.unmap(machine.settings)}"
