"""peewee models, connection by URL (SQLite | PostgreSQL) and versioned migrations.

One storage code path serves both databases. Timestamps are stored as naive UTC. SQLite runs in
WAL mode with `BEGIN IMMEDIATE` transactions, so that two writers queue instead of failing
half-way; PostgreSQL uses row locks (`FOR UPDATE SKIP LOCKED`) so that several instances can
share the work.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import unquote, urlparse

import peewee as pw
from playhouse.migrate import SchemaMigrator, migrate

from ppid_mailer.errors import StoreError

log = logging.getLogger(__name__)
database_proxy = pw.DatabaseProxy()


def utcnow_naive(moment: datetime) -> datetime:
    """Aware -> naive UTC, the form every timestamp column holds."""
    return moment.astimezone(UTC).replace(tzinfo=None)


class BaseModel(pw.Model):
    class Meta:
        database = database_proxy
        # save() writes only the fields that changed: marking a row done must not send its
        # megabytes of raw message (or a letter's body) to the database again.
        only_save_dirty = True


class SchemaVersion(BaseModel):
    version = pw.IntegerField(primary_key=True)
    applied_at = pw.DateTimeField()

    class Meta:
        table_name = "schema_version"


class MailboxState(BaseModel):
    """The UID high-water mark per (mailbox, UIDVALIDITY)."""

    mailbox = pw.CharField(max_length=500)
    uidvalidity = pw.BigIntegerField()
    last_uid = pw.BigIntegerField(default=0)
    last_fetch_at = pw.DateTimeField(null=True)

    class Meta:
        primary_key = pw.CompositeKey("mailbox", "uidvalidity")
        table_name = "mailbox_state"


class NumberSequence(BaseModel):
    """Gap-free registration numbers: one row per (scope, year), bumped inside the request's transaction."""

    scope = pw.CharField(max_length=100)
    year = pw.IntegerField()
    last = pw.IntegerField(default=0)

    class Meta:
        primary_key = pw.CompositeKey("scope", "year")
        table_name = "number_sequence"


class Request(BaseModel):
    number = pw.CharField(max_length=100, unique=True)
    scope = pw.CharField(max_length=100, default="ppid")
    year = pw.IntegerField()
    seq = pw.IntegerField()
    status = pw.CharField(max_length=30, index=True)
    requester_name = pw.CharField(max_length=300, default="")
    requester_email = pw.CharField(max_length=300, index=True)
    received_at = pw.DateTimeField()
    due_date = pw.DateField(null=True)
    final_due_date = pw.DateField(null=True)
    extended = pw.BooleanField(default=False)
    information = pw.TextField(default="")
    purpose = pw.TextField(default="")
    missing = pw.TextField(default="[]")  # JSON list of missing codes
    subject = pw.TextField(default="")
    letter_text = pw.TextField(default="")
    calendar_fingerprint = pw.CharField(max_length=40, default="")
    contact_undeliverable = pw.BooleanField(default=False)  # migration 2
    decided_at = pw.DateTimeField(null=True)  # migration 3
    decision_reason = pw.TextField(default="")  # migration 3
    rejection_ground = pw.CharField(max_length=40, default="")  # migration 3
    fields = pw.TextField(default="{}")  # migration 4: {field: {"value", "source"}}
    checks = pw.TextField(default="{}")  # migration 4: id document, notes, unreadable parts
    completed_at = pw.DateTimeField(null=True)  # migration 4: when nothing was missing any more
    handled_by = pw.CharField(max_length=100, default="ppid")  # migration 6: the desk answering it
    created_at = pw.DateTimeField()
    updated_at = pw.DateTimeField()

    class Meta:
        table_name = "request"
        indexes = ((("scope", "year", "seq"), True),)


class InboundMessage(BaseModel):
    mailbox = pw.CharField(max_length=500)
    uidvalidity = pw.BigIntegerField()
    uid = pw.CharField(max_length=300)
    message_id = pw.CharField(max_length=1000, default="", index=True)
    sha256 = pw.CharField(max_length=64, index=True)
    size = pw.IntegerField()  # of the raw bytes, kept in InboundRaw (0 once purged)
    sender = pw.CharField(max_length=300, default="")
    subject = pw.TextField(default="")
    state = pw.CharField(max_length=20, index=True)
    kind = pw.CharField(max_length=30, default="")
    reason = pw.TextField(default="")
    error = pw.TextField(default="")
    attempts = pw.IntegerField(default=0)
    request = pw.ForeignKeyField(Request, null=True, backref="inbound", on_delete="SET NULL")
    fetched_at = pw.DateTimeField()
    processed_at = pw.DateTimeField(null=True)

    class Meta:
        table_name = "inbound_message"
        indexes = ((("mailbox", "uidvalidity", "uid"), True),)


class InboundRaw(BaseModel):
    """The bytes of an inbound message, exactly as fetched, in a row that is never updated.

    Apart from their message row because SQLite rewrites a whole row on every UPDATE: marking a
    25 MB scan done rewrote (and held in memory) all of it.
    """

    inbound = pw.ForeignKeyField(InboundMessage, primary_key=True, on_delete="CASCADE")
    raw = pw.BlobField()

    class Meta:
        table_name = "inbound_raw"


class AttachmentRow(BaseModel):
    request = pw.ForeignKeyField(Request, backref="attachments", on_delete="CASCADE")
    inbound = pw.ForeignKeyField(InboundMessage, null=True, on_delete="SET NULL")
    filename = pw.CharField(max_length=500)
    content_type = pw.CharField(max_length=200)
    size = pw.IntegerField()
    sha256 = pw.CharField(max_length=64)
    data = pw.BlobField(null=True)  # None once purged
    role = pw.CharField(max_length=30, default="")
    created_at = pw.DateTimeField()

    class Meta:
        table_name = "attachment"


class BlobPiece(BaseModel):
    """The bytes of a large blob past its first megabyte, a megabyte a row.

    One large value costs several times its size on the way in and out (SQLite copies a bound
    blob twice; psycopg2 sends and receives bytea as hex text inside the statement): a 34 MB
    message cost 250 MB on PostgreSQL. The first megabyte stays in the owner's own column
    (`inbound_raw.raw`, `outbound_raw.raw`, `attachment.data`), so that "has its bytes" and
    "purged" read as before.
    """

    kind = pw.CharField(max_length=20)  # inbound | outbound | attachment
    owner = pw.BigIntegerField()  # the owner row's id
    seq = pw.IntegerField()  # 1, 2, ... after the owner's own first piece
    data = pw.BlobField()

    class Meta:
        table_name = "blob_piece"
        primary_key = pw.CompositeKey("kind", "owner", "seq")


class Event(BaseModel):
    """The audit trail: who did what, when, because of which message."""

    request = pw.ForeignKeyField(Request, null=True, backref="events", on_delete="CASCADE")
    inbound = pw.ForeignKeyField(InboundMessage, null=True, on_delete="SET NULL")
    at = pw.DateTimeField(index=True)
    actor = pw.CharField(max_length=300)
    action = pw.CharField(max_length=50)
    detail = pw.TextField(default="")

    class Meta:
        table_name = "event"


class OutboundMessage(BaseModel):
    """The outbox: mail leaves only through these rows."""

    request = pw.ForeignKeyField(Request, null=True, backref="outbound", on_delete="SET NULL")
    cause = pw.ForeignKeyField(InboundMessage, null=True, on_delete="SET NULL")
    dedupe_key = pw.CharField(max_length=300, unique=True)
    purpose = pw.CharField(max_length=50)
    message_id = pw.CharField(max_length=300, unique=True)
    mail_from = pw.CharField(max_length=300)
    recipients = pw.TextField()  # comma-separated
    state = pw.CharField(max_length=20, index=True)
    attempts = pw.IntegerField(default=0)
    next_attempt_at = pw.DateTimeField()
    last_error = pw.TextField(default="")
    created_at = pw.DateTimeField()
    sent_at = pw.DateTimeField(null=True)
    # The lease of the sender sending it now ("host:pid"): no database lock is held while the
    # SMTP server takes a letter, so the rest of the work goes on meanwhile.
    claimed_until = pw.DateTimeField(null=True)
    claimed_by = pw.CharField(max_length=300, default="")

    class Meta:
        table_name = "outbound_message"


class OutboundRaw(BaseModel):
    """The rendered bytes of an outbound letter (apart for the reason given at InboundRaw)."""

    outbound = pw.ForeignKeyField(OutboundMessage, primary_key=True, on_delete="CASCADE")
    raw = pw.BlobField()

    class Meta:
        table_name = "outbound_raw"


class Objection(BaseModel):
    """A keberatan (UU 14/2008 Pasal 35): its own number, clock and decision by the atasan."""

    number = pw.CharField(max_length=100, unique=True)
    year = pw.IntegerField()
    seq = pw.IntegerField()
    request = pw.ForeignKeyField(Request, backref="objections", on_delete="CASCADE")
    requester_email = pw.CharField(max_length=300)
    reason = pw.TextField(default="")
    status = pw.CharField(max_length=20, default="open")  # core.domain.ObjectionStatus
    received_at = pw.DateTimeField()
    due_date = pw.DateField()
    decided_at = pw.DateTimeField(null=True)
    decision_text = pw.TextField(default="")
    created_at = pw.DateTimeField()

    class Meta:
        table_name = "objection"


class Forwarding(BaseModel):
    """TERUSKAN: a work unit asked for the data of a request, and its answer."""

    request = pw.ForeignKeyField(Request, backref="forwardings", on_delete="CASCADE")
    unit = pw.CharField(max_length=100)
    note = pw.TextField(default="")
    asked_by = pw.CharField(max_length=300)
    asked_at = pw.DateTimeField()
    answered_at = pw.DateTimeField(null=True)
    answered_by = pw.CharField(max_length=300, default="")
    answer = pw.TextField(default="")
    not_held = pw.BooleanField(default=False)

    class Meta:
        table_name = "forwarding"


class Complaint(BaseModel):
    """PENGADUAN: a complaint about the service, forwarded to the secretariat."""

    number = pw.CharField(max_length=100, unique=True)
    year = pw.IntegerField()
    seq = pw.IntegerField()
    request = pw.ForeignKeyField(Request, null=True, backref="complaints", on_delete="SET NULL")
    sender = pw.CharField(max_length=300)
    text = pw.TextField(default="")
    received_at = pw.DateTimeField()

    class Meta:
        table_name = "complaint"


MODELS_V1: list[type[BaseModel]] = [
    MailboxState,
    NumberSequence,
    Request,
    InboundMessage,
    InboundRaw,
    AttachmentRow,
    Event,
    OutboundMessage,
    OutboundRaw,
    BlobPiece,
    Objection,
    Forwarding,
    Complaint,
]


# Each migration takes the database and brings the schema from version N-1 to N. Add new ones
# at the end; never edit one that has shipped; make each idempotent, because a new database
# already has every model column after step 1.
def _v1(db: pw.Database) -> None:
    # A new database gets today's tables at once; the later steps then find their work done.
    db.create_tables(MODELS_V1, safe=True)


def _add_column(db: pw.Database, table: str, name: str, field: pw.Field) -> None:
    """Idempotent: an existing column (a new database made by _v1) is left alone."""
    if name not in {c.name for c in db.get_columns(table)}:
        migrate(SchemaMigrator.from_database(db).add_column(table, name, field))


def _v3(db: pw.Database) -> None:
    _add_column(db, "request", "decided_at", pw.DateTimeField(null=True))
    _add_column(db, "request", "decision_reason", pw.TextField(default=""))
    _add_column(db, "request", "rejection_ground", pw.CharField(max_length=40, default=""))
    db.create_tables([Objection], safe=True)


def _v4(db: pw.Database) -> None:
    _add_column(db, "request", "fields", pw.TextField(default="{}"))
    _add_column(db, "request", "checks", pw.TextField(default="{}"))
    _add_column(db, "request", "completed_at", pw.DateTimeField(null=True))


def _v7(db: pw.Database) -> None:
    """Move the raw bytes of inbound and outbound messages into tables of their own."""
    db.create_tables([InboundRaw, OutboundRaw, BlobPiece], safe=True)
    for table, raw_table, key in (
        ("inbound_message", "inbound_raw", "inbound_id"),
        ("outbound_message", "outbound_raw", "outbound_id"),
    ):
        if "raw" in {c.name for c in db.get_columns(table)}:
            db.execute_sql(f"INSERT INTO {raw_table} ({key}, raw) SELECT id, raw FROM {table}")
            db.execute_sql(f"ALTER TABLE {table} DROP COLUMN raw")


def _v8(db: pw.Database) -> None:
    _add_column(db, "outbound_message", "claimed_until", pw.DateTimeField(null=True))
    _add_column(db, "outbound_message", "claimed_by", pw.CharField(max_length=300, default=""))


MIGRATIONS: list[tuple[int, str, Callable[[pw.Database], None]]] = [
    (1, "initial schema", _v1),
    (
        2,
        "request.contact_undeliverable: the requester's address bounced",
        lambda db: _add_column(
            db, "request", "contact_undeliverable", pw.BooleanField(default=False)
        ),
    ),
    (3, "decisions on requests, and the objection table", lambda db: _v3(db)),
    (4, "extracted fields, checks and completion time of requests", lambda db: _v4(db)),
    (
        5,
        "forwarding to work units, and complaints",
        lambda db: db.create_tables([Forwarding, Complaint], safe=True),
    ),
    (
        6,
        "request.handled_by: the desk (inbox) answering a request",
        lambda db: _add_column(
            db, "request", "handled_by", pw.CharField(max_length=100, default="ppid")
        ),
    ),
    (7, "raw message bytes in tables of their own (inbound_raw, outbound_raw, blob_piece)", _v7),
    (8, "outbound_message.claimed_until/claimed_by: a sender's lease on a letter", _v8),
]
LATEST_VERSION = MIGRATIONS[-1][0]


def open_database(url: str) -> pw.Database:
    """Connect to `url` and bind the models to it; raise StoreError with the reason on failure."""
    if url.startswith("sqlite:///"):
        if sqlite3.sqlite_version_info < (3, 35, 0):
            raise StoreError(
                f"SQLite {sqlite3.sqlite_version} is too old: ppid-mailer needs 3.35 or newer "
                "(Debian 12 and Ubuntu 22.04 have it), or use PostgreSQL"
            )
        path = url[len("sqlite:///") :]
        if path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        db: pw.Database = pw.SqliteDatabase(
            path,
            lock_type="IMMEDIATE",
            timeout=30,
            pragmas={
                "journal_mode": "wal",
                "foreign_keys": 1,
                "busy_timeout": 30000,
                "synchronous": "normal",
            },
        )
    else:
        parsed = urlparse(url)
        db = pw.PostgresqlDatabase(
            (parsed.path or "/postgres").lstrip("/"),
            user=unquote(parsed.username or "postgres"),
            password=unquote(parsed.password) if parsed.password else None,
            host=parsed.hostname or "127.0.0.1",
            port=parsed.port or 5432,
            connect_timeout=10,
        )
    try:
        db.connect(reuse_if_open=True)
    except pw.OperationalError as exc:
        raise StoreError(f"cannot open database {redact_url(url)}: {str(exc).strip()}") from None
    if url.startswith("sqlite:///") and path != ":memory:":
        _restrict(Path(path))
    database_proxy.initialize(db)
    return db


def _restrict(path: Path) -> None:
    """The database holds ID copies: only the service user may read it."""
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        if candidate.exists():
            os.chmod(candidate, 0o600)


def redact_url(url: str) -> str:
    parsed = urlparse(url)
    if parsed.password:
        return url.replace(f":{parsed.password}@", ":***@")
    return url


def is_postgres(db: pw.Database) -> bool:
    return isinstance(db, pw.PostgresqlDatabase)


def schema_version(db: pw.Database) -> int:
    if not db.table_exists("schema_version"):
        return 0
    row = SchemaVersion.select(pw.fn.MAX(SchemaVersion.version)).scalar()
    return int(row or 0)


def upgrade(db: pw.Database, now: datetime) -> list[int]:
    """Apply every migration newer than the schema; return the versions applied.

    On PostgreSQL an advisory lock keeps two instances from upgrading at once.
    """
    applied: list[int] = []
    with db.atomic():
        if is_postgres(db):
            db.execute_sql("SELECT pg_advisory_xact_lock(7451001)")
        db.create_tables([SchemaVersion], safe=True)
        current = schema_version(db)
        for version, description, migrate in MIGRATIONS:
            if version > current:
                log.info("database: applying migration %d (%s)", version, description)
                migrate(db)
                SchemaVersion.create(version=version, applied_at=utcnow_naive(now))
                applied.append(version)
    return applied


def require_current(db: pw.Database) -> None:
    version = schema_version(db)
    if version < LATEST_VERSION:
        raise StoreError(
            f"database schema is at version {version}, this ppid-mailer needs "
            f"{LATEST_VERSION}: run `ppid-mailer db upgrade`"
        )
