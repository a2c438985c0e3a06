"""The adapters a running daemon needs, built once from Settings and passed around explicitly."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from zoneinfo import ZoneInfo

from ppid_mailer.adapters.calendar import build_calendar
from ppid_mailer.adapters.clock import Clock, SystemClock
from ppid_mailer.adapters.connection import is_postgres, open_database
from ppid_mailer.adapters.documents import DocumentReader
from ppid_mailer.adapters.mailbox import Mailbox, open_mailbox
from ppid_mailer.adapters.migrations import require_current, schema_version, upgrade
from ppid_mailer.adapters.render import Renderer
from ppid_mailer.adapters.store import Store
from ppid_mailer.adapters.transport import Transport, open_transport
from ppid_mailer.config import InboxSettings, Settings
from ppid_mailer.core.workdays import WorkCalendar


@dataclass
class Runtime:
    settings: Settings
    store: Store
    clock: Clock
    renderer: Renderer
    calendar: WorkCalendar
    mailbox: Mailbox  # the main desk's inbox: the one the daemon IDLEs on
    transport: Transport
    documents: DocumentReader
    mailboxes: list[Mailbox] = field(default_factory=list)

    def desk(self, mailbox_name: str) -> InboxSettings:
        """The inbox settings (desk) a stored message came in through."""
        for mailbox, inbox in zip(self.mailboxes, self.settings.inboxes, strict=False):
            if mailbox.name == mailbox_name:
                return inbox
        return self.settings.inbox

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.settings.office.timezone)

    def local_now(self) -> datetime:
        return self.clock.now().astimezone(self.zone)


def open_store(settings: Settings, clock: Clock, auto_upgrade: bool) -> Store:
    """Connect; create the schema on a new SQLite file when allowed, else insist it is current.

    PostgreSQL is shared by several instances and upgraded on purpose with `db upgrade`.
    """
    db = open_database(settings.database.url)
    if auto_upgrade and not is_postgres(db) and schema_version(db) == 0:
        upgrade(db, clock.now())
    require_current(db)
    return Store(db)


def build_runtime(
    settings: Settings, clock: Clock | None = None, auto_upgrade: bool = True
) -> Runtime:
    clock = clock or SystemClock()
    mailboxes = [open_mailbox(inbox) for inbox in settings.inboxes or (settings.inbox,)]
    year = clock.now().year
    return Runtime(
        settings=settings,
        store=open_store(settings, clock, auto_upgrade),
        clock=clock,
        renderer=Renderer(settings),
        calendar=build_calendar(settings.deadlines, range(year - 1, year + 3)),
        mailbox=mailboxes[0],
        mailboxes=mailboxes,
        transport=open_transport(settings.outbox),
        documents=DocumentReader(workers=settings.limits.workers),
    )
