"""Retention (UU 27/2022 on personal data): once a request has been closed for
`[retention] id_copy_days`, every copy of its ID copy and of the citizen's other files is
deleted: the files, the raw messages, and the stored copies of the letters that carried them
(the officers' notifications, unit forwards and answers, the decision letter). Inbound mail tied
to no request (robots, spam, strangers, held and duplicate mail) goes the same number of days
after it was fetched. The register row, the decision, its files and the audit trail stay, as
the law on public information requires them.

Deleting a row does not take its bytes out of the database files: after a purge `erase` has
the store make them leave (adapters/store.py `erase_freed`). On SQLite that is cheap and
happens after every purge. On PostgreSQL only a rewrite of the tables (VACUUM FULL) removes
them, which locks each table while it runs: the daemon does it at most once a day, at the first
job run of the day that follows a purge, and `ppid-mailer purge` does it at once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import peewee as pw

from ppid_mailer.adapters.models import Event, Request, utcnow_naive
from ppid_mailer.core.domain import Status
from ppid_mailer.core.workflow import CLOSED

from .audit import record
from .runtime import Runtime

PURGED = "purged"  # the event of a purge, on its request (or on none, for unattached mail)
REWRITTEN = "rewritten"  # the event of a rewrite of the byte tables, on no request


@dataclass
class PurgeResult:
    requests: list[str] = field(default_factory=list)
    files: int = 0
    raw_messages: int = 0  # of requests
    letters: int = 0  # stored copies of letters
    unattached: int = 0  # raw messages tied to no request
    bytes_freed: int = 0

    @property
    def removed(self) -> bool:
        return bool(self.files or self.raw_messages or self.letters or self.unattached)

    def summary(self) -> str:
        return (
            f"{self.files} files, {self.raw_messages} raw messages and {self.letters} stored "
            f"letters of {len(self.requests)} closed requests, and {self.unattached} raw "
            f"messages tied to no request ({self.bytes_freed / 1048576:.1f} MB)"
        )


def purge(
    rt: Runtime, now: datetime, dry_run: bool = False, days: int | None = None
) -> PurgeResult:
    """Delete what is past retention, inside the caller's transaction: `days` overrides
    `[retention] id_copy_days` (0: as soon as a request is closed and its letters are sent)."""
    days = rt.settings.retention.id_copy_days if days is None else days
    cutoff = utcnow_naive(now) - timedelta(days=days)
    closed = [s.value for s in CLOSED]
    due = (
        Request.select()
        .where(Request.status.in_(closed), Request.updated_at <= cutoff)
        .order_by(Request.id)
    )
    result = PurgeResult()
    for request in due:
        kept = rt.store.kept_bytes(request)
        counts = len(kept.files), len(kept.raw_messages), len(kept.letters)
        if not any(counts):
            continue
        result.requests.append(request.number)
        result.files += counts[0]
        result.raw_messages += counts[1]
        result.letters += counts[2]
        result.bytes_freed += sum(
            sum(sizes.values()) for sizes in (kept.files, kept.raw_messages, kept.letters)
        )
        if dry_run:
            continue
        rt.store.purge_files(list(kept.files))
        rt.store.purge_raw_messages(list(kept.raw_messages))
        rt.store.purge_letters(list(kept.letters))
        record(
            rt,
            request,
            PURGED,
            f"{counts[0]} files, {counts[1]} raw messages and {counts[2]} stored letters "
            f"deleted after {days} days (status {Status(request.status).value})",
        )
    unattached = rt.store.unattached_raw_messages(cutoff)
    result.unattached = len(unattached)
    result.bytes_freed += sum(unattached.values())
    if unattached and not dry_run:
        rt.store.purge_raw_messages(list(unattached))
        record(
            rt,
            None,
            PURGED,
            f"{len(unattached)} raw messages tied to no request deleted, fetched more than "
            f"{days} days ago",
        )
    return result


def erase(rt: Runtime, now: datetime, purged: bool, rewrite: bool = False) -> bool:
    """Make what purges deleted leave the database files, after the purge's commit; whether
    the byte tables were rewritten.

    `rewrite` rewrites them now (the `purge` command); otherwise the daemon does it on
    PostgreSQL when it is due (`rewrite_due`), and after a purge it only vacuums. A rewrite
    that has to wait (store.erase_freed) is due again on the next pass.
    """
    if rewrite or (rt.store.postgres and rewrite_due(rt, now)):
        if rt.store.erase_freed(rewrite=True):
            with rt.store.atomic():
                record(rt, None, REWRITTEN, "database tables holding files and raw mail rewritten")
            return True
    if purged:
        rt.store.erase_freed()
    return False


def rewrite_pending() -> bool:
    """A purge happened since the byte tables were last rewritten."""
    last_purge = Event.select(pw.fn.MAX(Event.at)).where(Event.action == PURGED).scalar()
    last_rewrite = Event.select(pw.fn.MAX(Event.at)).where(Event.action == REWRITTEN).scalar()
    return last_purge is not None and (last_rewrite is None or last_purge > last_rewrite)


def rewrite_due(rt: Runtime, now: datetime) -> bool:
    """The daemon's rule: a rewrite is pending and none ran today (the office's day), so at
    most one rewrite a day however many purges, and the first one right after a quiet spell."""
    if not rewrite_pending():
        return False
    last = Event.select(pw.fn.MAX(Event.at)).where(Event.action == REWRITTEN).scalar()
    today = now.astimezone(rt.zone).date()
    return last is None or last.replace(tzinfo=UTC).astimezone(rt.zone).date() < today
