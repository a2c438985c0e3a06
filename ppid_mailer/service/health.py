"""`ppid-mailer check`: one line per part (settings, database, inbox, outbox), ok or why not."""

from __future__ import annotations

from ppid_mailer.adapters import db as dbmod
from ppid_mailer.adapters.mailbox import ImapMailbox, MaildirMailbox
from ppid_mailer.adapters.transport import open_transport
from ppid_mailer.config import Settings
from ppid_mailer.errors import PpidError


def run_checks(settings: Settings) -> list[tuple[bool, str]]:
    lines: list[tuple[bool, str]] = [(True, f"settings {settings.source}: valid")]
    lines.append(_database(settings))
    lines.append(_inbox(settings))
    lines.append(_outbox(settings))
    return lines


def _database(settings: Settings) -> tuple[bool, str]:
    url = dbmod.redact_url(settings.database.url)
    try:
        db = dbmod.open_database(settings.database.url)
        version = dbmod.schema_version(db)
    except PpidError as exc:
        return False, f"database: {exc}"
    if version < dbmod.LATEST_VERSION:
        return (
            False,
            f"database {url}: schema version {version}, needs {dbmod.LATEST_VERSION} (run `ppid-mailer db upgrade`)",
        )
    return True, f"database {url}: reachable, schema version {version}"


def _inbox(settings: Settings) -> tuple[bool, str]:
    inbox = settings.inbox
    try:
        if inbox.protocol == "imap":
            mailbox = ImapMailbox(inbox)
            client = mailbox.connect()
            try:
                exists = client.folder_exists(inbox.folder)
            finally:
                client.logout()
            if not exists:
                return (
                    False,
                    f"inbox {mailbox.name}: logged in, but folder {inbox.folder!r} does not exist",
                )
            return True, f"inbox {mailbox.name}: logged in, folder {inbox.folder!r} exists"
        maildir = MaildirMailbox(inbox)
        with maildir.session():
            return True, f"inbox {maildir.name}: readable"
    except PpidError as exc:
        return False, f"inbox: {exc}"


def _outbox(settings: Settings) -> tuple[bool, str]:
    try:
        detail = open_transport(settings.outbox).check()
    except PpidError as exc:
        return False, f"outbox: {exc}"
    return True, f"outbox {settings.outbox.transport}: {detail}"
