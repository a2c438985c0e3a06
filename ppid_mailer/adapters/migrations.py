"""Versioned migrations: the schema version a database is at, and the upgrade to the latest."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

import peewee as pw
from playhouse.migrate import SchemaMigrator, migrate

from ppid_mailer.errors import StoreError

from .connection import is_postgres
from .models import (
    AttachmentRow,
    BaseModel,
    BlobPiece,
    Complaint,
    Event,
    Forwarding,
    InboundMessage,
    InboundRaw,
    MailboxState,
    NumberSequence,
    Objection,
    OutboundMessage,
    OutboundRaw,
    Request,
    utcnow_naive,
)

log = logging.getLogger(__name__)


class SchemaVersion(BaseModel):
    version = pw.IntegerField(primary_key=True)
    applied_at = pw.DateTimeField()

    class Meta:
        table_name = "schema_version"


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
