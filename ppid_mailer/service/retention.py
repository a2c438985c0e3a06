"""Retention (UU 27/2022 on personal data): once a request has been closed for
`[retention] id_copy_days`, its ID copy, the citizen's other files and the raw messages are
deleted. The register row, the decision and the audit trail stay, as the law on public
information requires them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from ppid_mailer.adapters.models import Request, utcnow_naive
from ppid_mailer.core.domain import Status
from ppid_mailer.core.workflow import CLOSED

from .audit import record
from .runtime import Runtime


@dataclass
class PurgeResult:
    requests: list[str]
    files: int = 0
    raw_messages: int = 0
    bytes_freed: int = 0


def purge(rt: Runtime, now: datetime, dry_run: bool = False) -> PurgeResult:
    cutoff = utcnow_naive(now) - timedelta(days=rt.settings.retention.id_copy_days)
    closed = [s.value for s in CLOSED]
    due = (
        Request.select()
        .where(Request.status.in_(closed), Request.updated_at < cutoff)
        .order_by(Request.id)
    )
    result = PurgeResult(requests=[])
    for request in due:
        kept = rt.store.kept_bytes(request)
        count_files, count_raw = len(kept.files), len(kept.raw_messages)
        if not count_files and not count_raw:
            continue
        result.requests.append(request.number)
        result.files += count_files
        result.raw_messages += count_raw
        result.bytes_freed += sum(kept.files.values()) + sum(kept.raw_messages.values())
        if dry_run:
            continue
        rt.store.purge_files(list(kept.files))
        rt.store.purge_raw_messages(list(kept.raw_messages))
        record(
            rt,
            request,
            "purged",
            f"{count_files} files and {count_raw} raw messages deleted after "
            f"{rt.settings.retention.id_copy_days} days (status {Status(request.status).value})",
        )
    return result
