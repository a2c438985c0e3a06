"""`ppid-mailer check`: one line per part (settings, database, inbox, outbox), ok or why not,
and a warning for each file with a secret that others may read."""

from __future__ import annotations

import stat
from datetime import UTC, datetime, timedelta

from ppid_mailer.adapters.connection import is_postgres, open_database, redact_url
from ppid_mailer.adapters.mailbox import ImapMailbox, MaildirMailbox
from ppid_mailer.adapters.migrations import LATEST_VERSION, schema_version
from ppid_mailer.adapters.store import Store
from ppid_mailer.adapters.transport import open_transport
from ppid_mailer.config import InboxSettings, Settings
from ppid_mailer.core.domain import InboundState, OutboundState
from ppid_mailer.errors import PpidError


def run_checks(settings: Settings) -> list[tuple[bool, str]]:
    lines: list[tuple[bool, str]] = [(True, f"settings {settings.source}: valid")]
    database, current = _database(settings)
    lines.append(database)
    for inbox in settings.inboxes or (settings.inbox,):
        lines.append(_inbox(settings, inbox))
    lines.append(_outbox(settings))
    if current:
        lines.extend(_queues(settings))
    return lines


def exposed_secrets(settings: Settings) -> list[str]:
    """One line per file holding a secret that its group or other users may read.

    A warning, not a failure: `check` runs from monitoring, where a failure means the desk does
    not work, and it works; but the secret key lets whoever reads it forge officers' commands,
    and a password lets them read the citizens' mail. A file that cannot be read is reported
    where it is read (settings, inbox, outbox).
    """
    lines = []
    for path in settings.secret_files:
        try:
            mode = stat.S_IMODE(path.stat().st_mode)
        except OSError:
            continue
        who = [name for bit, name in ((0o040, "its group"), (0o004, "all users")) if mode & bit]
        if who:
            what = "settings file" if path == settings.source else "file"
            lines.append(
                f"{what} {path} holds a secret and is readable by {' and '.join(who)} "
                f"(mode {mode:04o}): chmod 600 it, owned by the user the daemon runs as"
            )
    return lines


def _queues(settings: Settings) -> list[tuple[bool, str]]:
    """The daemon's own health, read from the database: fetching, shunted mail, stuck letters."""
    store = Store(open_database(settings.database.url))
    now = datetime.now(UTC).replace(tzinfo=None)
    last = store.last_fetch_at()
    stall = settings.inbox.stall_alert_minutes
    if last is None:
        fetch = (True, "last successful fetch: never (the daemon has not run yet)")
    else:
        minutes = (now - last).total_seconds() / 60
        fetch = (
            minutes <= stall,
            f"last successful fetch: {minutes:.0f} min ago"
            + (
                ""
                if minutes <= stall
                else f" (more than {stall} min: is `ppid-mailer run` running?)"
            ),
        )
    shunted = store.inbound_count(InboundState.SHUNTED)
    failed = store.outbound_count(OutboundState.FAILED)
    stuck = store.outbound_count(
        OutboundState.PENDING, created_before=datetime.now(UTC) - timedelta(hours=1)
    )
    store.db.close()
    return [
        fetch,
        (
            shunted == 0,
            f"shunted messages: {shunted}"
            + (" (see `ppid-mailer inbound list --state shunted`)" if shunted else ""),
        ),
        (
            stuck == 0,
            f"letters waiting more than an hour: {stuck}"
            + (" (see `ppid-mailer outbox list`)" if stuck else ""),
        ),
        (
            True,
            f"letters failed permanently: {failed}"
            + (" (officers were told; `ppid-mailer outbox list --state failed`)" if failed else ""),
        ),
    ]


def _database(settings: Settings) -> tuple[tuple[bool, str], bool]:
    """The database's line, and whether its schema is current (then the queues can be read).

    A new, empty SQLite database is fine: `run` creates the schema on it (runtime.open_store).
    PostgreSQL is only ever upgraded by `db upgrade`, so there an empty database fails.
    """
    url = redact_url(settings.database.url)
    latest = LATEST_VERSION
    try:
        db = open_database(settings.database.url)
        version = schema_version(db)
    except PpidError as exc:
        return (False, f"database: {exc}"), False
    if version == 0 and not is_postgres(db):
        return (
            True,
            f"database {url}: empty, `run` will create the schema (version {latest})",
        ), False
    if version < latest:
        return (
            False,
            f"database {url}: schema version {version}, needs {latest} (run `ppid-mailer db upgrade`)",
        ), False
    return (True, f"database {url}: reachable, schema version {version}"), True


def _inbox(settings: Settings, inbox: InboxSettings) -> tuple[bool, str]:
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
