"""The storage operations the service layer needs, one code path for SQLite and PostgreSQL.

The storage rule (docs/STORAGE.md). Through the Store go: anything touching bytes (raw messages,
files' bytes, blob pieces), the outbox, the inbound queue's states, mailbox marks and numbering,
statements that change several rows, and any SQL of its own or engine-specific. Service code may
itself read the request tables (Request, Objection, Forwarding, Complaint, their events, the
names and sizes of their files and messages) and create or update one of their rows, inside the
caller's transaction. tests/unit/test_storage_rule.py checks what a scan of the source can.

Methods that change several rows expect to run inside the caller's transaction (`store.atomic()`)
so that a message's whole outcome commits or rolls back together. On SQLite the threads of one
process (processing, and the outbox thread sending alongside) take turns for the one writer
through a TurnLock (`turn_lock.py`). Raw messages, letters and files are kept a megabyte a row
past their first megabyte (`blobs.py`), so that a large scan never sits in memory more than once
or twice.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import peewee as pw

from ppid_mailer.core.addresses import GMAIL_DOMAINS, normalized
from ppid_mailer.core.domain import Attachment, InboundState, OutboundState
from ppid_mailer.errors import StoreError

from . import blobs
from .connection import is_postgres
from .models import (
    AttachmentRow,
    Event,
    InboundMessage,
    InboundRaw,
    MailboxState,
    OutboundMessage,
    OutboundRaw,
    Request,
    utcnow_naive,
)
from .turn_lock import TurnLock

log = logging.getLogger(__name__)


def _insert_new(model: type[pw.Model], fields: dict[str, Any], key: list[Any]) -> int | None:
    """Insert a row unless one with the same `key` exists: its id, or None (one statement)."""
    query = (
        model.insert(**fields)
        .on_conflict(action="nothing", conflict_target=key)
        .returning(model._meta.primary_key)
    )
    return next((row.id for row in query.execute()), None)


@dataclass(frozen=True)
class KeptBytes:
    files: dict[int, int]  # attachment id -> size
    raw_messages: dict[int, int]  # inbound id -> size
    letters: dict[int, int]  # outbound id -> size of its stored copy


# The tables that hold bytes: what a purge empties and what is vacuumed after it.
BYTE_TABLES = ("inbound_raw", "outbound_raw", "attachment", "blob_piece")
# A letter's stored copy may go once the letter is done with: sent, or given up on.
FINISHED_LETTERS = (OutboundState.SENT, OutboundState.FAILED, OutboundState.BOUNCED)
# Inbound mail tied to no request that retention may delete: processed, held or a duplicate.
# `new` mail waits to be processed and `shunted` mail to be repaired (`check` fails while any
# is), so their bytes are still needed.
SETTLED_INBOUND = (InboundState.DONE, InboundState.HELD, InboundState.DUPLICATE)
# How long a rewrite of the byte tables (VACUUM FULL) waits for another transaction's lock
# before it gives up until the next pass: while it waits, every query on the table waits too.
REWRITE_LOCK_TIMEOUT = "10s"


@dataclass(frozen=True)
class StoredInbound:
    id: int
    created: bool
    state: str


class Store:
    def __init__(self, db: pw.Database) -> None:
        self.db = db
        self.postgres = is_postgres(db)
        self._writer = TurnLock()

    @contextmanager
    def atomic(self, urgent: bool = False) -> Iterator[Any]:
        """A transaction; on SQLite, threads of this process also queue for it here.

        SQLite admits one writer at a time, and a connection that finds the database locked
        sleeps in steps of up to 100 ms before it tries again: the outbox thread and the
        processing thread would spend more time asleep than working. A lock of our own hands
        the turn over at once; `urgent` ones (the outbox's) go first. (PostgreSQL locks rows,
        not the database: nothing to queue for.)
        """
        if self.postgres:
            with self.db.atomic() as transaction:
                yield transaction
            return
        with self._writer.hold(urgent), self.db.atomic() as transaction:
            yield transaction

    def try_job_lock(self, name: str) -> bool:
        """On PostgreSQL, only one instance runs a job at a time (lock held to the commit).

        SQLite needs nothing: its write transactions already run one at a time.
        """
        if not self.postgres:
            return True
        cursor = self.db.execute_sql(
            "SELECT pg_try_advisory_xact_lock(hashtext(%s))", (f"ppid-job:{name}",)
        )
        return bool(cursor.fetchone()[0])

    def reconnect(self) -> None:
        """Drop a connection the server closed (restart, failover); the next query reconnects."""
        try:
            if not self.db.is_closed():
                self.db.close()
        except (pw.PeeweeException, OSError) as exc:
            log.debug("closing a broken database connection: %s", exc)
            self.db._state.reset()  # peewee has no public way to forget a dead connection

    # --- inbound ---------------------------------------------------------------------------

    def last_uid(self, mailbox: str, uidvalidity: int) -> int:
        row = MailboxState.get_or_none(mailbox=mailbox, uidvalidity=uidvalidity)
        return int(row.last_uid) if row else 0

    def known_uids(self, mailbox: str, uidvalidity: int, uids: Iterable[str]) -> set[str]:
        wanted = list(uids)
        known: set[str] = set()
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            query = InboundMessage.select(InboundMessage.uid).where(
                InboundMessage.mailbox == mailbox,
                InboundMessage.uidvalidity == uidvalidity,
                InboundMessage.uid.in_(chunk),
            )
            known.update(row.uid for row in query)
        return known

    def store_inbound(
        self,
        *,
        mailbox: str,
        uidvalidity: int,
        uid: str,
        raw: bytes,
        message_id: str,
        sender: str,
        subject: str,
        now: datetime,
    ) -> StoredInbound:
        """Store the raw message once (unique on mailbox, UIDVALIDITY, UID) and move the mark.

        A message we already hold under another UID is kept but marked `duplicate`, so that it
        creates nothing: the same bytes and Message-ID (a UIDVALIDITY change, a second copy),
        or the same Message-ID and From in other bytes (one mail delivered twice, by two routes
        or to two of our addresses: only the Received headers differ). Without a Message-ID
        only the same bytes are the same message: two letters may share their From and lack
        an ID.
        """
        digest = hashlib.sha256(raw).hexdigest()
        message_id, sender = message_id[:1000], sender[:300]
        with self.atomic():
            same = (InboundMessage.sha256 == digest) & (InboundMessage.message_id == message_id)
            if message_id:
                same |= (InboundMessage.message_id == message_id) & (
                    InboundMessage.sender == sender
                )
            twin = (
                InboundMessage.select(InboundMessage.id, InboundMessage.sha256)
                .where(same, InboundMessage.state != InboundState.DUPLICATE)
                .order_by(InboundMessage.id)
                .first()
            )
            state = InboundState.DUPLICATE if twin else InboundState.NEW
            reason = ""
            if twin is not None:
                how = "content" if twin.sha256 == digest else "From (another delivery)"
                reason = f"same Message-ID and {how} as inbound #{twin.id}"
            fields = {
                "mailbox": mailbox,
                "uidvalidity": uidvalidity,
                "uid": uid,
                "message_id": message_id,
                "sha256": digest,
                "size": len(raw),
                "sender": sender,
                "subject": subject,
                "state": state,
                "reason": reason,
                "fetched_at": utcnow_naive(now),
            }
            key = [InboundMessage.mailbox, InboundMessage.uidvalidity, InboundMessage.uid]
            inbound_id = _insert_new(InboundMessage, fields, key)
            if inbound_id is None:  # stored by an earlier pass that stopped before acknowledging
                existing = InboundMessage.get(mailbox=mailbox, uidvalidity=uidvalidity, uid=uid)
                return StoredInbound(existing.id, False, existing.state)
            InboundRaw.insert(inbound=inbound_id, raw=blobs.first_piece(raw)).execute()
            blobs.store_pieces(InboundRaw, inbound_id, raw)
            if uid.isdigit():
                self._raise_mark(mailbox, uidvalidity, int(uid), now)
            return StoredInbound(inbound_id, True, state)

    def inbound_raw(self, inbound_id: int) -> bytes:
        """The message as fetched (b"" once purged)."""
        return blobs.read_bytes(InboundRaw, inbound_id)

    def outbound_raw(self, outbound_id: int) -> bytes:
        return blobs.read_bytes(OutboundRaw, outbound_id)

    def attachment_data(self, attachment_id: int) -> bytes:
        """A stored file's bytes (b"" once purged)."""
        return blobs.read_bytes(AttachmentRow, attachment_id)

    def kept_bytes(self, request: Request) -> KeptBytes:
        """What retention would delete of a request (ids and sizes): its files that still have
        their bytes (not a decision's), its raw messages not yet purged, and the stored copies
        of its letters that are done with (sent or given up on) and not yet purged. The
        officers' notifications carried the ID copy, a decision letter or a unit's answer
        other files: each stored copy is one more copy of them."""
        files = AttachmentRow.select(AttachmentRow.id, AttachmentRow.size).where(
            AttachmentRow.request == request,
            AttachmentRow.data.is_null(False),
            ~AttachmentRow.role.startswith("decision"),
        )
        raws = InboundMessage.select(InboundMessage.id, InboundMessage.size).where(
            InboundMessage.request == request, InboundMessage.size > 0
        )
        # length() reads no blob content (SQLite or PostgreSQL)
        first = pw.fn.length(OutboundRaw.raw)
        letters = {
            row.outbound_id: row.size
            for row in OutboundRaw.select(OutboundRaw.outbound, first.alias("size"))
            .join(OutboundMessage)
            .where(
                OutboundMessage.request == request,
                OutboundMessage.state.in_(FINISHED_LETTERS),
                first > 0,
            )
        }
        for owner, size in blobs.piece_sizes(OutboundRaw, list(letters)).items():
            letters[owner] += size
        return KeptBytes({f.id: f.size for f in files}, {r.id: r.size for r in raws}, letters)

    def unattached_raw_messages(self, fetched_until: datetime) -> dict[int, int]:
        """Raw messages tied to no request (robots, spam, bounces we could not match, mail from
        strangers, held and duplicate mail) fetched until `fetched_until` and not yet purged:
        ids and sizes. A duplicate is a second copy of a request's message, ID copy included."""
        rows = InboundMessage.select(InboundMessage.id, InboundMessage.size).where(
            InboundMessage.request.is_null(),
            InboundMessage.state.in_(SETTLED_INBOUND),
            InboundMessage.fetched_at <= utcnow_naive(fetched_until),
            InboundMessage.size > 0,
        )
        return {r.id: r.size for r in rows}

    def purge_files(self, attachment_ids: list[int]) -> None:
        """Delete these files' bytes (their rows stay, "without their bytes")."""
        blobs.purge_bytes(AttachmentRow, attachment_ids)

    def purge_raw_messages(self, inbound_ids: list[int]) -> None:
        """Delete these messages' raw bytes; their rows stay, with size 0."""
        blobs.purge_bytes(InboundRaw, inbound_ids)
        if inbound_ids:
            InboundMessage.update(size=0).where(InboundMessage.id.in_(inbound_ids)).execute()

    def purge_letters(self, outbound_ids: list[int]) -> None:
        """Delete the stored copies of these letters; their outbox rows stay (who, when,
        what became of it), and `outbox retry` no longer sends them."""
        blobs.purge_bytes(OutboundRaw, outbound_ids)

    def letter_purged(self, outbound_id: int) -> bool:
        """The letter's stored copy was deleted by retention (nothing left to send)."""
        size = (
            OutboundRaw.select(pw.fn.length(OutboundRaw.raw))
            .where(OutboundRaw.outbound == outbound_id)
            .scalar()
        )
        return size == 0

    def erase_freed(self, rewrite: bool = False) -> bool:
        """After a purge has committed, make its bytes leave the database files as well; False
        when a rewrite on PostgreSQL has to wait (another instance is rewriting, or another
        session could still see the purged rows): the next pass tries again. Outside any
        transaction: neither engine vacuums inside one.

        SQLite overwrote the bytes with zeros as they were deleted (`secure_delete`, set on
        every connection); here the pages that freed go back to the file system
        (`incremental_vacuum`, on files created with it; `rewrite` runs VACUUM, which rewrites
        the whole file, shrinks an older one and turns incremental vacuum on for it), and the
        write-ahead log, whose older frames still hold those pages as they were, is emptied.

        PostgreSQL keeps a deleted or updated row in its files; VACUUM prunes it and makes the
        space reusable but leaves the bytes where they lay (whole TOAST pages of them) until
        new rows happen to overwrite them. Only a rewrite removes them: VACUUM FULL
        (`rewrite`) copies the live rows into new files and deletes the old ones, holding an
        exclusive lock on each table meanwhile (it gives up after REWRITE_LOCK_TIMEOUT rather
        than stall the desk behind a long transaction). It also copies the rows any open
        snapshot may still read, so it runs only when no other session holds one
        (`_older_snapshots`).
        """
        if self.db.in_transaction():
            raise StoreError("erase_freed runs after the purge has committed, not inside it")
        if self.postgres:
            return self._vacuum(rewrite)
        with self._writer.hold(urgent=False):
            if rewrite:
                self.db.execute_sql("VACUUM")
            else:  # each step of the statement frees one page: read it to the end
                self.db.execute_sql("PRAGMA incremental_vacuum").fetchall()
            busy, _, _ = self.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if busy:
            log.warning(
                "the write-ahead log could not be emptied (a reader was busy); it still holds "
                "purged pages until the next purge or checkpoint"
            )
        return True

    def _vacuum(self, rewrite: bool) -> bool:
        tables = ", ".join(BYTE_TABLES)
        if not rewrite:
            self.db.execute_sql(f"VACUUM {tables}")
            return True
        lock = "ppid-job:rewrite-byte-tables"
        if not self.db.execute_sql("SELECT pg_try_advisory_lock(hashtext(%s))", (lock,)).fetchone()[
            0
        ]:
            return False
        try:
            if self._older_snapshots():
                log.info("rewrite of the byte tables postponed: a transaction may still see rows")
                return False
            self.db.execute_sql(f"SET lock_timeout = '{REWRITE_LOCK_TIMEOUT}'")
            self.db.execute_sql(f"VACUUM FULL {tables}")
        except pw.OperationalError as exc:
            raise StoreError(f"VACUUM FULL of {tables} failed: {str(exc).strip()}") from None
        finally:
            self.db.execute_sql("RESET lock_timeout")
            self.db.execute_sql("SELECT pg_advisory_unlock(hashtext(%s))", (lock,))
        return True

    def _older_snapshots(self) -> bool:
        """Whether another session could still see the rows a purge deleted: VACUUM FULL
        would then copy them into the new files too (it keeps what any snapshot may read).

        Any transaction or snapshot open in this database (another instance, a report, a
        backup, autovacuum's ANALYZE), a standby's feedback or a replication slot holding
        rows back. One that begins after this check sees the purge done and cannot hold its
        rows, unless an older transaction still runs, which this check sees. pg_stat_activity
        shows these columns of every session to every user.
        """
        cursor = self.db.execute_sql(
            "SELECT EXISTS (SELECT 1 FROM pg_stat_activity WHERE pid <> pg_backend_pid() "
            "AND (backend_xmin IS NOT NULL OR backend_xid IS NOT NULL) "
            "AND (datname = current_database() OR datid IS NULL)) "
            "OR EXISTS (SELECT 1 FROM pg_replication_slots WHERE xmin IS NOT NULL)"
        )
        return bool(cursor.fetchone()[0])

    def _raise_mark(self, mailbox: str, uidvalidity: int, uid: int, now: datetime) -> None:
        raised = (
            MailboxState.update(last_uid=uid, last_fetch_at=utcnow_naive(now))
            .where(
                MailboxState.mailbox == mailbox,
                MailboxState.uidvalidity == uidvalidity,
                MailboxState.last_uid < uid,
            )
            .execute()
        )
        if not raised:  # a mark at or past `uid` already, or none yet for this UIDVALIDITY
            _, created = MailboxState.get_or_create(mailbox=mailbox, uidvalidity=uidvalidity)
            if created:
                self._raise_mark(mailbox, uidvalidity, uid, now)

    def record_fetch(self, mailbox: str, uidvalidity: int, now: datetime) -> None:
        with self.atomic():
            MailboxState.get_or_create(mailbox=mailbox, uidvalidity=uidvalidity)
            (
                MailboxState.update(last_fetch_at=utcnow_naive(now))
                .where(MailboxState.mailbox == mailbox, MailboxState.uidvalidity == uidvalidity)
                .execute()
            )

    def has_pending_work(self) -> bool:
        """Stored messages wait to be processed (worth sending letters alongside)."""
        return bool(
            InboundMessage.select().where(InboundMessage.state == InboundState.NEW).exists()
        )

    def upcoming_inbound(self, limit: int, after: int = 0) -> list[tuple[int, int]]:
        """(id, size) of the oldest `new` messages past id `after`, unlocked: what the next
        claims will most likely return (for reading their documents ahead)."""
        return [
            (row.id, row.size)
            for row in InboundMessage.select(InboundMessage.id, InboundMessage.size)
            .where(InboundMessage.state == InboundState.NEW, InboundMessage.id > after)
            .order_by(InboundMessage.id)
            .limit(limit)
        ]

    def claim_inbound(self) -> InboundMessage | None:
        """The oldest `new` message, locked for this transaction (skipped by other instances)."""
        query = (
            InboundMessage.select()
            .where(InboundMessage.state == InboundState.NEW)
            .order_by(InboundMessage.id)
            .limit(1)
        )
        if self.postgres:
            query = query.for_update("FOR UPDATE SKIP LOCKED")
        return query.first()

    def finish_inbound(
        self,
        row: InboundMessage,
        state: InboundState,
        kind: str,
        reason: str,
        now: datetime,
        request: Request | None = None,
    ) -> None:
        row.state, row.kind, row.reason = state, kind, reason[:2000]
        row.request = request
        row.processed_at = utcnow_naive(now)
        row.save()

    def shunt_inbound(self, inbound_id: int, error: str, now: datetime, reason: str = "") -> None:
        """Shunted with the whole error, and a one-line reason for `inbound list` (by default
        the error's last line)."""
        last_line = error.strip().splitlines()[-1] if error.strip() else ""
        with self.atomic():
            (
                InboundMessage.update(
                    state=InboundState.SHUNTED,
                    error=error[-20000:],
                    reason=(reason or last_line)[:2000],
                    attempts=InboundMessage.attempts + 1,
                    processed_at=utcnow_naive(now),
                )
                .where(InboundMessage.id == inbound_id)
                .execute()
            )

    def requeue_inbound(self, inbound_id: int, states: Iterable[str]) -> str | None:
        """Put a message back in the queue (`new`) if it is in one of `states`: its state
        before, or None when there is no such message."""
        row = InboundMessage.get_or_none(InboundMessage.id == inbound_id)
        if row is None:
            return None
        if row.state in states:
            (
                InboundMessage.update(state=InboundState.NEW, reason=f"replayed from {row.state}")
                .where(InboundMessage.id == inbound_id)
                .execute()
            )
        return str(row.state)

    def inbound_count(self, state: str) -> int:
        return int(InboundMessage.select().where(InboundMessage.state == state).count())

    def last_fetch_at(self) -> datetime | None:
        """When a mailbox was last fetched from (naive UTC), None before the first fetch."""
        last: datetime | None = MailboxState.select(pw.fn.MAX(MailboxState.last_fetch_at)).scalar()
        return last

    def inbound_rows(self, state: str | None = None) -> Iterator[InboundMessage]:
        query = InboundMessage.select(
            InboundMessage.id,
            InboundMessage.state,
            InboundMessage.kind,
            InboundMessage.sender,
            InboundMessage.subject,
            InboundMessage.reason,
            InboundMessage.error,
            InboundMessage.fetched_at,
            InboundMessage.size,
        )
        if state:
            query = query.where(InboundMessage.state == state)
        return iter(query.order_by(InboundMessage.id))

    # --- requests --------------------------------------------------------------------------

    def next_seq(self, scope: str, year: int) -> int:
        """Take the next number of (scope, year); gap-free because it rolls back with the request.

        The upsert takes a row lock that the competing transaction waits on, so two processes
        never read the same value.
        """
        mark = "%s" if self.postgres else "?"
        cursor = self.db.execute_sql(
            f"INSERT INTO number_sequence (scope, year, last) VALUES ({mark}, {mark}, 1) "
            "ON CONFLICT (scope, year) DO UPDATE SET last = number_sequence.last + 1 "
            "RETURNING last",
            (scope, year),
        )
        return int(cursor.fetchone()[0])

    def create_request(self, **fields: Any) -> Request:
        now = fields.pop("now")
        fields["missing"] = json.dumps(list(fields.get("missing", [])))
        fields["received_at"] = utcnow_naive(fields["received_at"])
        return Request.create(created_at=utcnow_naive(now), updated_at=utcnow_naive(now), **fields)

    def request_by_number(self, number: str) -> Request | None:
        return Request.get_or_none(Request.number == number)

    def requests(self, status: str | None = None, overdue_on: date | None = None) -> list[Request]:
        query = Request.select().order_by(Request.year, Request.seq)
        if status:
            query = query.where(Request.status == status)
        if overdue_on:
            query = query.where(Request.due_date < overdue_on)
        return list(query)

    def replied_letter(self, message_ids: Iterable[str]) -> OutboundMessage | None:
        """Which of our letters a reply answers: the first of `message_ids` that is ours.

        Pass In-Reply-To first, then References newest first: the direct parent wins.
        """
        ids = list(dict.fromkeys(m for m in message_ids if m))[:50]
        if not ids:
            return None
        rows = {
            row.message_id: row
            for row in OutboundMessage.select(
                OutboundMessage.id,
                OutboundMessage.message_id,
                OutboundMessage.request,
                OutboundMessage.purpose,
            ).where(OutboundMessage.message_id.in_(ids))
        }
        return next((rows[i] for i in ids if i in rows), None)

    def add_files(
        self,
        request: Request,
        inbound_id: int | None,
        files: Iterable[Attachment],
        now: datetime,
        role: str = "",
    ) -> None:
        """Store files with a request: the citizen's (role ''), a decision's, a unit's answer."""
        for f in files:
            row = AttachmentRow.create(
                request=request,
                inbound=inbound_id,
                filename=f.filename[:500],
                content_type=f.content_type[:200],
                size=f.size,
                sha256=f.sha256,
                data=blobs.first_piece(f.data),
                created_at=utcnow_naive(now),
                role=role,
            )
            blobs.store_pieces(AttachmentRow, row.id, f.data)

    def files_with_bytes(
        self, request: Request, role: str, prefix: bool = False
    ) -> Iterator[AttachmentRow]:
        """A request's files of `role` (or whose role starts with it, `prefix`) that still hold
        their bytes, oldest first, without the bytes: id, file name, content type."""
        which = AttachmentRow.role.startswith(role) if prefix else AttachmentRow.role == role
        return iter(
            AttachmentRow.select(
                AttachmentRow.id, AttachmentRow.filename, AttachmentRow.content_type
            )
            .where(AttachmentRow.request == request, which, AttachmentRow.data.is_null(False))
            .order_by(AttachmentRow.id)
        )

    def file_sizes(self, request: Request, role: str = "") -> list[AttachmentRow]:
        """A request's files of `role`, oldest first, without the bytes: id, file name, size,
        content type, and `purged` (the bytes are gone)."""
        return list(
            AttachmentRow.select(
                AttachmentRow.id,
                AttachmentRow.filename,
                AttachmentRow.size,
                AttachmentRow.content_type,
                # length() reads no blob content (SQLite or PostgreSQL); IS NULL would in SQLite
                pw.fn.length(AttachmentRow.data).is_null().alias("purged"),
            )
            .where(AttachmentRow.request == request, AttachmentRow.role == role)
            .order_by(AttachmentRow.id)
        )

    def add_event(
        self,
        *,
        request: Request | None,
        inbound_id: int | None,
        actor: str,
        action: str,
        detail: str,
        now: datetime,
    ) -> None:
        Event.insert(  # no model instance: five or so of these per message
            request=request,
            inbound=inbound_id,
            actor=actor[:300],
            action=action,
            detail=detail,
            at=utcnow_naive(now),
        ).execute()

    def events(self, request: Request) -> list[Event]:
        return list(Event.select().where(Event.request == request).order_by(Event.at, Event.id))

    # --- outbox ----------------------------------------------------------------------------

    def queue_outbound(
        self,
        *,
        request: Request | None,
        cause_id: int | None,
        dedupe_key: str,
        purpose: str,
        message_id: str,
        mail_from: str,
        recipients: list[str],
        raw: bytes,
        now: datetime,
        suppressed: str = "",
    ) -> OutboundMessage | None:
        """Queue a rendered message; None when one with the same dedupe key exists already.

        A letter `suppressed` (with the reason) is kept but never sent: its dedupe key stands,
        so the job that made it does not make it again every pass, and `outbox retry` sends it.
        """
        fields = {
            "request": request,
            "cause": cause_id,
            "dedupe_key": dedupe_key,
            "purpose": purpose,
            "message_id": message_id,
            "mail_from": mail_from,
            "recipients": ",".join(recipients),
            "state": OutboundState.SUPPRESSED if suppressed else OutboundState.PENDING,
            "last_error": suppressed,
            "next_attempt_at": utcnow_naive(now),
            "created_at": utcnow_naive(now),
        }
        outbound_id = _insert_new(OutboundMessage, fields, [OutboundMessage.dedupe_key])
        if outbound_id is None:
            return None
        OutboundRaw.insert(outbound=outbound_id, raw=blobs.first_piece(raw)).execute()
        blobs.store_pieces(OutboundRaw, outbound_id, raw)
        return OutboundMessage(id=outbound_id, **fields)

    def letters_to(self, address: str, since: datetime, purposes: Iterable[str]) -> int:
        """How many letters of `purposes` were queued for the mailbox of `address` since
        `since` (suppressed ones aside): the count of a daily limit (core.limits).

        Mailboxes are compared normalized (`Rina+x@Warga.test` is rina@warga.test), which SQL
        cannot do alike on both databases: the rows of the window are narrowed by domain in
        SQL and compared in Python. The window is one day of automatic letters.
        """
        target = normalized(address)
        domain = target.rpartition("@")[2]
        domains = GMAIL_DOMAINS if domain in GMAIL_DOMAINS else (domain,)
        same_domain = OutboundMessage.recipients.contains(f"@{domains[0]}")
        for other in domains[1:]:
            same_domain |= OutboundMessage.recipients.contains(f"@{other}")
        query = OutboundMessage.select(OutboundMessage.recipients).where(
            OutboundMessage.purpose.in_(list(purposes)),
            OutboundMessage.created_at >= utcnow_naive(since),
            OutboundMessage.state != OutboundState.SUPPRESSED,
            same_domain,
        )
        return sum(
            1
            for row in query
            if any(normalized(r) == target for r in row.recipients.split(",") if r)
        )

    def outbound_for_bounce(
        self, verp_id: int | None, message_ids: Iterable[str]
    ) -> OutboundMessage | None:
        """The letter a bounce is about: by VERP row id, else by the returned Message-ID."""
        if verp_id is not None:
            row = OutboundMessage.get_or_none(OutboundMessage.id == verp_id)
            if row is not None:
                return row
        ids = list(message_ids)[:50]
        if not ids:
            return None
        return OutboundMessage.select().where(OutboundMessage.message_id.in_(ids)).first()

    def due_outbound_ids(self, now: datetime, limit: int = 1000) -> list[int]:
        query = (
            OutboundMessage.select(OutboundMessage.id)
            .where(
                OutboundMessage.state == OutboundState.PENDING,
                OutboundMessage.next_attempt_at <= utcnow_naive(now),
                OutboundMessage.claimed_until.is_null()
                | (OutboundMessage.claimed_until < utcnow_naive(now)),
            )
            .order_by(OutboundMessage.id)
            .limit(limit)
        )
        return [row.id for row in query]

    def claim_outbound(
        self, outbound_id: int, now: datetime, until: datetime, owner: str
    ) -> OutboundMessage | None:
        """Lease one pending row to `owner` until `until`, in the caller's (short) transaction;
        None when it is gone, sent, or leased to another sender whose lease has not run out.

        The lease, not a lock held through the SMTP conversation, keeps two senders (threads,
        processes, instances) from sending one letter: on PostgreSQL a second UPDATE waits for
        the first to commit and then no longer matches.
        """
        leased = (
            OutboundMessage.update(claimed_until=utcnow_naive(until), claimed_by=owner)
            .where(
                OutboundMessage.id == outbound_id,
                OutboundMessage.state == OutboundState.PENDING,
                OutboundMessage.claimed_until.is_null()
                | (OutboundMessage.claimed_until < utcnow_naive(now)),
            )
            .execute()
        )
        return OutboundMessage.get_or_none(OutboundMessage.id == outbound_id) if leased else None

    def release_dead_claims(self, host: str, alive: Callable[[int], bool]) -> int:
        """Free the leases of this host's processes that died mid-send, now rather than when
        the lease runs out, so that a restarted daemon sends at once."""
        rows = OutboundMessage.select(OutboundMessage.id, OutboundMessage.claimed_by).where(
            OutboundMessage.state == OutboundState.PENDING,
            OutboundMessage.claimed_by.startswith(f"{host}:"),
        )
        pids = {r.id: r.claimed_by.rpartition(":")[2] for r in rows}
        dead = [i for i, pid in pids.items() if not pid.isdigit() or not alive(int(pid))]
        if dead:
            (
                OutboundMessage.update(claimed_until=None, claimed_by="")
                .where(OutboundMessage.id.in_(dead), OutboundMessage.state == OutboundState.PENDING)
                .execute()
            )
        return len(dead)

    def outbound_rows(self, state: str | None = None) -> list[OutboundMessage]:
        query = OutboundMessage.select().order_by(OutboundMessage.id)
        if state:
            query = query.where(OutboundMessage.state == state)
        return list(query)

    def outbound_count(self, state: str, created_before: datetime | None = None) -> int:
        query = OutboundMessage.select().where(OutboundMessage.state == state)
        if created_before is not None:
            query = query.where(OutboundMessage.created_at < utcnow_naive(created_before))
        return int(query.count())

    def letter_for(self, request: Request, purpose: str) -> OutboundMessage | None:
        """The first letter of this purpose queued for a request."""
        return (
            OutboundMessage.select()
            .where(OutboundMessage.request == request, OutboundMessage.purpose == purpose)
            .first()
        )

    def set_return_path(self, row: OutboundMessage, mail_from: str) -> None:
        """A queued letter's envelope sender, once its id is known (VERP)."""
        row.mail_from = mail_from
        row.save()

    def record_attempt(
        self,
        row: OutboundMessage,
        state: OutboundState,
        error: str,
        now: datetime,
        retry_at: datetime | None = None,
    ) -> None:
        """What the server said about a leased letter: one attempt more, the lease freed, and
        `sent` (at `now`), `failed`, or still `pending` until `retry_at`, with the error."""
        row.attempts += 1
        row.claimed_until, row.claimed_by = None, ""
        if state == OutboundState.SENT:
            row.state, row.sent_at = state, utcnow_naive(now)
        elif state == OutboundState.PENDING:
            assert retry_at is not None
            row.next_attempt_at = utcnow_naive(retry_at)
        else:
            row.state = state
        row.last_error = error
        row.save()

    def mark_bounced(self, row: OutboundMessage, error: str) -> None:
        row.state, row.last_error = OutboundState.BOUNCED, error[:2000]
        row.save()

    def requeue_outbound(self, outbound_id: int, now: datetime) -> str | None:
        """Queue a letter that was not sent (failed, bounced, pending) for sending now: its
        state before, or None when there is no such letter. A sent letter is left alone."""
        row = OutboundMessage.get_or_none(OutboundMessage.id == outbound_id)
        if row is None:
            return None
        if row.state != OutboundState.SENT:
            (
                OutboundMessage.update(
                    state=OutboundState.PENDING, next_attempt_at=utcnow_naive(now)
                )
                .where(OutboundMessage.id == outbound_id)
                .execute()
            )
        return str(row.state)
