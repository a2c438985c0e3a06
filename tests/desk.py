"""A whole desk without a mail server: a Maildir inbox, a pickup outbox and a SQLite file.

`Desk` is what the `desk` fixture (tests/conftest.py) gives a test. It writes an ordinary
settings.ini into the test's tmp_path (`protocol = maildir`, `transport = pickup`, SQLite) and
reaches the daemon only through its public entry points: `load_settings` and `build_runtime` to
start it, `run_once` for a pass (`run --once`, but on a FixedClock the test can move), the
store's own methods, the functions behind `requests list/show --json`, and the real
`ppid-mailer` command in a child process for anything else.

    desk.configure(officers={"atasan": ATASAN}, units={"perindustrian": UNIT})
    desk.citizen_writes("req-1")                      # a letter lands in the Maildir
    desk.run()                                        # one pass
    [notification] = desk.letters(to=OFFICER)         # what was written to the pickup folder
    desk.officer_replies(notification, "KABULKAN")    # the officer answers from a mail client
    desk.run()
    assert "dikabulkan" in desk.letters(to=CITIZEN)[-1].subject

Letters are read back from the pickup folder as files and put in the order the outbox queued
(and sent) them; their envelope (sender, recipients), which a pickup file does not carry, comes
from the outbox row with the same Message-ID.
"""

from __future__ import annotations

import email
import email.policy
import json
import mailbox
import os
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import getaddresses
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

import pytest

from ppid_mailer.adapters.clock import FixedClock
from ppid_mailer.config import load_settings
from ppid_mailer.core.domain import Kind
from ppid_mailer.service import handlers
from ppid_mailer.service.daemon import PassResult, run_once
from ppid_mailer.service.listings import request_detail, request_list
from ppid_mailer.service.runtime import Runtime, build_runtime
from tests import mails
from tests.helpers import run_cli

if TYPE_CHECKING:
    from ppid_mailer.adapters.models import Request
    from ppid_mailer.adapters.store import Store

OFFICER = "petugas@kota-uji.go.id"
ATASAN = "sekretaris@kota-uji.go.id"
CITIZEN = "rina.wulandari@warga.test"
UNIT = "kabid.industri@kota-uji.go.id"
SECRETARIAT = "sekretariat@kota-uji.go.id"

# Monday 30 November 2026, 09:00 in Jakarta: a working day, before any deadline.
MONDAY = datetime(2026, 11, 30, 2, tzinfo=UTC)


def at(year: int, month: int, day: int, hour_wib: int = 9) -> datetime:
    """A moment given in Jakarta time (UTC+7), as the office sees it."""
    return datetime(year, month, day, hour_wib, tzinfo=ZoneInfo("Asia/Jakarta")).astimezone(UTC)


# The same office, officers and addresses as the real-server tests (tests/helpers.py SETTINGS),
# so that a test reads the same wherever it runs.
BASE_SECTIONS: dict[str, dict[str, str]] = {
    "office": {
        "name": "Dinas Komunikasi dan Informatika Kota Uji",
        "timezone": "Asia/Jakarta",
        "complaints_to": SECRETARIAT,
    },
    "inbox": {
        "protocol": "maildir",
        "path": "Maildir",
        "processed_folder": "Processed",
        "idle": "no",
        "poll_seconds": "1",
    },
    "outbox": {
        "transport": "pickup",
        "path": "outbox",
        "from_address": "ppid@kota-uji.go.id",
        "from_name": "PPID Kota Uji",
    },
    "database": {"url": "sqlite:///ppid.sqlite3"},
    "officers": {"ppid": OFFICER},
    # the daily digest is tested on its own; elsewhere it would be one more letter to count
    "deadlines": {"digest_time": "23:59"},
}


def _ini_value(value: object) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list | tuple):
        return ", ".join(_ini_value(v) for v in value)
    return str(value)


@dataclass
class Letter:
    """One letter the desk wrote to its pickup folder, parsed."""

    path: Path
    raw: bytes
    message: EmailMessage
    mail_from: str = ""  # the envelope, from the outbox row
    recipients: list[str] = field(default_factory=list)

    @property
    def subject(self) -> str:
        return str(self.message["Subject"] or "")

    @property
    def to(self) -> list[str]:
        """The addresses of the To header."""
        return [address for _, address in getaddresses([str(self.message["To"] or "")])]

    @property
    def message_id(self) -> str:
        return str(self.message["Message-ID"] or "").strip()

    @property
    def text(self) -> str:
        """The plain-text body."""
        body = self.message.get_body(preferencelist=("plain",))
        return body.get_content().replace("\r\n", "\n") if body is not None else ""

    @property
    def attachments(self) -> list[str]:
        """The attached files' names, in order."""
        return [str(part.get_filename()) for part in self.message.iter_attachments()]

    @property
    def files(self) -> dict[str, bytes]:
        return {
            str(part.get_filename()): bytes(part.get_payload(decode=True) or b"")
            for part in self.message.iter_attachments()
        }


class Desk:
    """One desk in a folder: settings.ini, Maildir/, outbox/ and ppid.sqlite3."""

    def __init__(self, root: Path, secret: str, clock: FixedClock | None = None) -> None:
        self.root = root
        self.config = root / "settings.ini"
        self.maildir = root / "Maildir"
        self.outbox = root / "outbox"
        self.clock = clock or FixedClock(MONDAY)
        self.sections: dict[str, dict[str, str]] = {
            name: dict(keys) for name, keys in BASE_SECTIONS.items()
        }
        self.sections["officers"]["secret_key"] = secret
        self._rt: Runtime | None = None
        self._delivered = 0
        self._parsed: dict[Path, tuple[int, Letter]] = {}
        self._write()

    # --- settings ---------------------------------------------------------------------------

    def configure(self, **sections: dict[str, object]) -> Desk:
        """Set keys of settings.ini sections, e.g. configure(limits={"max_message_mb": 1}).

        The file is rewritten and the next step starts the daemon again on it, as a restart
        after editing the settings would.
        """
        for name, keys in sections.items():
            section = self.sections.setdefault(name, {})
            section.update({key: _ini_value(value) for key, value in keys.items()})
        self._write()
        self.restart()
        return self

    def add_desk(self, name: str, **keys: object) -> Path:
        """Another desk ([inbox:NAME]) on a Maildir of its own; returns that Maildir."""
        path = self.root / f"Maildir-{name}"
        self.configure(**{f"inbox:{name}": {"path": path.name, **keys}})
        return path

    def _write(self) -> None:
        lines = []
        for name, keys in self.sections.items():
            lines.append(f"[{name}]")
            lines.extend(f"{key} = {value}" for key, value in keys.items())
            lines.append("")
        self.config.write_text("\n".join(lines), encoding="utf-8")

    # --- the daemon -------------------------------------------------------------------------

    @property
    def rt(self) -> Runtime:
        """The daemon's runtime on this desk's settings and clock, started on first use."""
        if self._rt is None:
            self._rt = build_runtime(load_settings(self.config), self.clock)
        return self._rt

    @property
    def store(self) -> Store:
        """The store's methods read what the daemon recorded (requests, events, inbound rows)."""
        return self.rt.store

    def restart(self) -> None:
        if self._rt is not None:
            self._rt.store.db.close()
            self._rt = None

    def run(self, **kwargs: Any) -> PassResult:
        """One pass: fetch, process, due jobs, flush the outbox (`run --once` on our clock)."""
        return run_once(self.rt, **kwargs)

    def cli(self, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        """The real `ppid-mailer --config settings.ini ARGS` in a child process (system clock)."""
        return run_cli(self.config, *args, timeout=timeout)

    # --- mail in ----------------------------------------------------------------------------

    def deliver(self, raw: bytes, maildir: Path | None = None) -> bytes:
        """Put a message in the inbox as a local MTA delivers it: written to tmp/, renamed into
        new/. The names sort in delivery order (as IMAP UIDs grow), so that messages delivered
        before one pass are processed in the order they were delivered."""
        folder = maildir or self.maildir
        mailbox.Maildir(folder, create=True)  # cur/, new/, tmp/
        self._delivered += 1
        name = f"{time.time_ns():020d}.P{os.getpid()}Q{self._delivered:06d}.ppid-test"
        (folder / "tmp" / name).write_bytes(raw)
        os.replace(folder / "tmp" / name, folder / "new" / name)
        return raw

    def citizen_writes(self, tag: str, **kwargs: Any) -> bytes:
        """A citizen's letter (tests/mails.py `citizen`): complete unless told otherwise."""
        return self.deliver(mails.citizen(tag, **kwargs))

    def reply(self, letter: Letter, sender: str, body: str, **kwargs: Any) -> bytes:
        """`sender` answers one of our letters from a mail client (tests/mails.py `reply`)."""
        return self.deliver(mails.reply(letter.raw, sender, body, **kwargs))

    def officer_replies(self, letter: Letter, body: str, **kwargs: Any) -> bytes:
        return self.reply(letter, kwargs.pop("sender", OFFICER), body, **kwargs)

    def citizen_replies(self, letter: Letter, body: str, **kwargs: Any) -> bytes:
        kwargs.setdefault("name", "Rina")
        return self.reply(letter, kwargs.pop("sender", CITIZEN), body, **kwargs)

    def unit_replies(self, letter: Letter, body: str, **kwargs: Any) -> bytes:
        kwargs.setdefault("name", "Kabid Industri")
        return self.reply(letter, kwargs.pop("sender", UNIT), body, **kwargs)

    # --- mail out ---------------------------------------------------------------------------

    def letters(self, to: str | None = None) -> list[Letter]:
        """The letters written to the pickup folder, in the order the outbox queued and sent
        them; `to` keeps those whose envelope names that address, as an SMTP server would
        deliver them."""
        written: dict[str, Letter] = {}
        for path in sorted(self.outbox.glob("*.eml")):
            parsed = self._parse(path)
            written[parsed.message_id.strip("<>")] = parsed
        out = []
        for row in self.store.outbound_rows():
            letter = written.get(row.message_id.strip().strip("<>"))
            if letter is None:
                continue  # not sent (yet)
            letter.mail_from = row.mail_from
            letter.recipients = [r for r in row.recipients.split(",") if r]
            out.append(letter)
        return [m for m in out if to is None or to in m.recipients]

    def subjects(self, to: str | None = None) -> list[str]:
        return [m.subject for m in self.letters(to)]

    def _parse(self, path: Path) -> Letter:
        stamp = path.stat().st_mtime_ns
        cached = self._parsed.get(path)
        if cached is None or cached[0] != stamp:
            raw = path.read_bytes()
            message = email.message_from_bytes(raw, policy=email.policy.default)
            assert isinstance(message, EmailMessage)
            cached = (stamp, Letter(path, raw, message))
            self._parsed[path] = cached
        return cached[1]

    # --- the register -----------------------------------------------------------------------

    def requests(self, status: str | None = None, overdue: bool = False) -> list[dict[str, Any]]:
        """What `requests list --json` prints."""
        return list(
            json.loads(json.dumps(request_list(self.store, self.rt.settings, status, overdue)))
        )

    def show(self, number: str) -> dict[str, Any]:
        """What `requests show NUMBER --json` prints."""
        detail = request_detail(self.store, self.rt.settings, number)
        assert detail is not None, f"no request numbered {number}"
        return dict(json.loads(json.dumps(detail)))

    def request(self, number: str | None = None) -> Request:
        """One request's row, as the store gives it: the first one unless `number` is given."""
        row = self.store.request_by_number(number) if number else self.store.requests()[0]
        assert row is not None, f"no request numbered {number}"
        return row

    def close(self) -> None:
        self.restart()


def break_new_requests(monkeypatch: pytest.MonkeyPatch, word: str = "bug") -> Callable[[], None]:
    """A bug in the new-request handler for mail whose subject holds `word` (every other mail is
    handled as usual); returns the repair."""
    original = handlers.HANDLERS[Kind.NEW_REQUEST]

    def broken(rt: Runtime, inbound: Any) -> str:
        if word in inbound.mail.subject:
            raise ValueError("simulated bug in a handler")
        return original(rt, inbound)

    monkeypatch.setitem(handlers.HANDLERS, Kind.NEW_REQUEST, broken)
    return lambda: monkeypatch.setitem(handlers.HANDLERS, Kind.NEW_REQUEST, original)
