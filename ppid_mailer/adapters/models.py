"""The peewee models: one table each, bound to `database_proxy` by connection.open_database.

Timestamps are stored as naive UTC (`utcnow_naive`). The schema they make is reached through
the versioned migrations (`migrations.py`).
"""

from __future__ import annotations

from datetime import UTC, datetime

import peewee as pw

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
    basis = pw.CharField(max_length=10, default="")  # migration 9: Pasal 35(1) huruf a-g

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
