"""Versioned migrations: the schema version a database is at, and the upgrade to the latest."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

import peewee as pw
from playhouse.migrate import SchemaMigrator, migrate

from ppid_mailer.errors import StoreError

from .connection import is_postgres
from .models import BaseModel, utcnow_naive

log = logging.getLogger(__name__)


class SchemaVersion(BaseModel):
    version = pw.IntegerField(primary_key=True)
    applied_at = pw.DateTimeField()

    class Meta:
        table_name = "schema_version"


# The tables each migration creates, frozen as they were when it shipped: a model in models.py
# may change later (in a new migration), these never do. They are declared afresh for each run,
# under their models' class names (which peewee's index names are made of), and bound to the
# database being upgraded only while their migration runs.
class _Frozen(pw.Model):
    pass


def _v1_tables() -> dict[str, type[pw.Model]]:
    """The first schema (migration 1), as it shipped."""

    class MailboxState(_Frozen):
        mailbox = pw.CharField(max_length=500)
        uidvalidity = pw.BigIntegerField()
        last_uid = pw.BigIntegerField(default=0)
        last_fetch_at = pw.DateTimeField(null=True)

        class Meta:
            primary_key = pw.CompositeKey("mailbox", "uidvalidity")
            table_name = "mailbox_state"

    class NumberSequence(_Frozen):
        scope = pw.CharField(max_length=100)
        year = pw.IntegerField()
        last = pw.IntegerField(default=0)

        class Meta:
            primary_key = pw.CompositeKey("scope", "year")
            table_name = "number_sequence"

    class Request(_Frozen):
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
        missing = pw.TextField(default="[]")
        subject = pw.TextField(default="")
        letter_text = pw.TextField(default="")
        calendar_fingerprint = pw.CharField(max_length=40, default="")
        created_at = pw.DateTimeField()
        updated_at = pw.DateTimeField()

        class Meta:
            table_name = "request"
            indexes = ((("scope", "year", "seq"), True),)

    class InboundMessage(_Frozen):
        mailbox = pw.CharField(max_length=500)
        uidvalidity = pw.BigIntegerField()
        uid = pw.CharField(max_length=300)
        message_id = pw.CharField(max_length=1000, default="", index=True)
        sha256 = pw.CharField(max_length=64, index=True)
        raw = pw.BlobField()  # moved to inbound_raw by migration 7
        size = pw.IntegerField()
        sender = pw.CharField(max_length=300, default="")
        subject = pw.TextField(default="")
        state = pw.CharField(max_length=20, index=True)
        kind = pw.CharField(max_length=30, default="")
        reason = pw.TextField(default="")
        error = pw.TextField(default="")
        attempts = pw.IntegerField(default=0)
        request = pw.ForeignKeyField(Request, null=True, backref="+", on_delete="SET NULL")
        fetched_at = pw.DateTimeField()
        processed_at = pw.DateTimeField(null=True)

        class Meta:
            table_name = "inbound_message"
            indexes = ((("mailbox", "uidvalidity", "uid"), True),)

    class AttachmentRow(_Frozen):
        request = pw.ForeignKeyField(Request, backref="+", on_delete="CASCADE")
        inbound = pw.ForeignKeyField(InboundMessage, null=True, backref="+", on_delete="SET NULL")
        filename = pw.CharField(max_length=500)
        content_type = pw.CharField(max_length=200)
        size = pw.IntegerField()
        sha256 = pw.CharField(max_length=64)
        data = pw.BlobField(null=True)
        role = pw.CharField(max_length=30, default="")
        created_at = pw.DateTimeField()

        class Meta:
            table_name = "attachment"

    class Event(_Frozen):
        request = pw.ForeignKeyField(Request, null=True, backref="+", on_delete="CASCADE")
        inbound = pw.ForeignKeyField(InboundMessage, null=True, backref="+", on_delete="SET NULL")
        at = pw.DateTimeField(index=True)
        actor = pw.CharField(max_length=300)
        action = pw.CharField(max_length=50)
        detail = pw.TextField(default="")

        class Meta:
            table_name = "event"

    class OutboundMessage(_Frozen):
        request = pw.ForeignKeyField(Request, null=True, backref="+", on_delete="SET NULL")
        cause = pw.ForeignKeyField(InboundMessage, null=True, backref="+", on_delete="SET NULL")
        dedupe_key = pw.CharField(max_length=300, unique=True)
        purpose = pw.CharField(max_length=50)
        message_id = pw.CharField(max_length=300, unique=True)
        mail_from = pw.CharField(max_length=300)
        recipients = pw.TextField()
        raw = pw.BlobField()  # moved to outbound_raw by migration 7
        state = pw.CharField(max_length=20, index=True)
        attempts = pw.IntegerField(default=0)
        next_attempt_at = pw.DateTimeField()
        last_error = pw.TextField(default="")
        created_at = pw.DateTimeField()
        sent_at = pw.DateTimeField(null=True)

        class Meta:
            table_name = "outbound_message"

    return {
        m.__name__: m
        for m in (
            MailboxState,
            NumberSequence,
            Request,
            InboundMessage,
            AttachmentRow,
            Event,
            OutboundMessage,
        )
    }


def _v3_tables(v1: dict[str, type[pw.Model]]) -> list[type[pw.Model]]:
    Request = v1["Request"]

    class Objection(_Frozen):
        number = pw.CharField(max_length=100, unique=True)
        year = pw.IntegerField()
        seq = pw.IntegerField()
        request = pw.ForeignKeyField(Request, backref="+", on_delete="CASCADE")
        requester_email = pw.CharField(max_length=300)
        reason = pw.TextField(default="")
        status = pw.CharField(max_length=20, default="open")
        received_at = pw.DateTimeField()
        due_date = pw.DateField()
        decided_at = pw.DateTimeField(null=True)
        decision_text = pw.TextField(default="")
        created_at = pw.DateTimeField()

        class Meta:
            table_name = "objection"

    return [Objection]


def _v5_tables(v1: dict[str, type[pw.Model]]) -> list[type[pw.Model]]:
    Request = v1["Request"]

    class Forwarding(_Frozen):
        request = pw.ForeignKeyField(Request, backref="+", on_delete="CASCADE")
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

    class Complaint(_Frozen):
        number = pw.CharField(max_length=100, unique=True)
        year = pw.IntegerField()
        seq = pw.IntegerField()
        request = pw.ForeignKeyField(Request, null=True, backref="+", on_delete="SET NULL")
        sender = pw.CharField(max_length=300)
        text = pw.TextField(default="")
        received_at = pw.DateTimeField()

        class Meta:
            table_name = "complaint"

    return [Forwarding, Complaint]


def _v7_tables(v1: dict[str, type[pw.Model]]) -> list[type[pw.Model]]:
    InboundMessage, OutboundMessage = v1["InboundMessage"], v1["OutboundMessage"]

    class InboundRaw(_Frozen):
        inbound = pw.ForeignKeyField(
            InboundMessage, primary_key=True, backref="+", on_delete="CASCADE"
        )
        raw = pw.BlobField()

        class Meta:
            table_name = "inbound_raw"

    class OutboundRaw(_Frozen):
        outbound = pw.ForeignKeyField(
            OutboundMessage, primary_key=True, backref="+", on_delete="CASCADE"
        )
        raw = pw.BlobField()

        class Meta:
            table_name = "outbound_raw"

    class BlobPiece(_Frozen):
        kind = pw.CharField(max_length=20)
        owner = pw.BigIntegerField()
        seq = pw.IntegerField()
        data = pw.BlobField()

        class Meta:
            table_name = "blob_piece"
            primary_key = pw.CompositeKey("kind", "owner", "seq")

    return [InboundRaw, OutboundRaw, BlobPiece]


def _create(db: pw.Database, models: list[type[pw.Model]]) -> None:
    """Create frozen tables on `db`; a table that exists already is left alone."""
    with db.bind_ctx(models, bind_refs=False, bind_backrefs=False):
        db.create_tables(models, safe=True)


# Each migration takes the database and brings the schema from version N-1 to N: a new database
# runs them all in order, like an old one. Add new ones at the end, with frozen tables of their
# own; never edit one that has shipped. Keep each idempotent: databases made before version 1
# was frozen got the tables and columns of their day in step 1 already.
def _v1(db: pw.Database) -> None:
    _create(db, list(_v1_tables().values()))


def _add_column(db: pw.Database, table: str, name: str, field: pw.Field) -> None:
    """Idempotent: an existing column (made by step 1 before it was frozen) is left alone."""
    if name not in {c.name for c in db.get_columns(table)}:
        migrate(SchemaMigrator.from_database(db).add_column(table, name, field))


def _v3(db: pw.Database) -> None:
    _add_column(db, "request", "decided_at", pw.DateTimeField(null=True))
    _add_column(db, "request", "decision_reason", pw.TextField(default=""))
    _add_column(db, "request", "rejection_ground", pw.CharField(max_length=40, default=""))
    _create(db, _v3_tables(_v1_tables()))


def _v4(db: pw.Database) -> None:
    _add_column(db, "request", "fields", pw.TextField(default="{}"))
    _add_column(db, "request", "checks", pw.TextField(default="{}"))
    _add_column(db, "request", "completed_at", pw.DateTimeField(null=True))


def _v7(db: pw.Database) -> None:
    """Move the raw bytes of inbound and outbound messages into tables of their own."""
    _create(db, _v7_tables(_v1_tables()))
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
        lambda db: _create(db, _v5_tables(_v1_tables())),
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
    (
        9,
        "objection.basis: the UU 14/2008 Pasal 35(1) reason (huruf a-g) it stands on",
        lambda db: _add_column(db, "objection", "basis", pw.CharField(max_length=10, default="")),
    ),
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
