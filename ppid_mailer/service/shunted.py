"""The admin hears about shunted messages in batches, never once per message.

A bug in a new release can shunt every message that arrives; one alert each would bury the
admin's mailbox (and pass the daily limit of alerts, hiding the others). The first shunt is
told at once; after it, at most one alert per `core.limits.SHUNT_ALERT_PERIOD` lists the
messages shunted meanwhile. The pipeline asks after each shunt and the periodic jobs ask every
few minutes, so the last batch goes out even when nothing more is shunted.

Which shunts were told is read from the audit trail: each shunt records a `shunted` event and
each alert a `shunted_reported` event; the shunts after the last report are the news. Event
ids only grow, so this holds on a clock that stands still (tests) and on two instances (the
alert's dedupe key names the last shunt it reports).
"""

from __future__ import annotations

from datetime import UTC, datetime

from ppid_mailer.adapters.models import Event, utcnow_naive
from ppid_mailer.core.domain import InboundState
from ppid_mailer.core.limits import SHUNT_ALERT_PERIOD, alert_due

from .audit import record
from .letter_queue import alert
from .runtime import Runtime

SHUNTED = "shunted"
REPORTED = "shunted_reported"
LISTED = 20  # messages named in one alert; the rest are counted


def record_shunt(rt: Runtime, inbound_id: int, last_line: str) -> None:
    record(rt, None, SHUNTED, f"inbound #{inbound_id}: {last_line}", cause_id=inbound_id)


def report_shunted(rt: Runtime, now: datetime) -> int:
    """Queue one alert about the messages shunted since the last one, when one may go now;
    1 when it was queued."""
    shunted = {row.id: row for row in rt.store.inbound_rows(InboundState.SHUNTED)}
    if not shunted:
        return 0
    oldest = min(row.fetched_at for row in shunted.values())
    # The last report that matters: one in the period (it holds the next back), or one after
    # the oldest message still shunted (the shunts before it were told).
    period_start = utcnow_naive(now - SHUNT_ALERT_PERIOD)
    last = (
        Event.select(Event.id, Event.at)
        .where(Event.action == REPORTED, Event.at >= min(oldest, period_start))
        .order_by(Event.id.desc())
        .first()
    )
    if not alert_due(last.at.replace(tzinfo=UTC) if last else None, now):
        return 0
    news = (
        Event.select(Event.id, Event.inbound)
        .where(Event.action == SHUNTED, Event.at >= oldest, Event.id > (last.id if last else 0))
        .order_by(Event.id)
    )
    events = [e for e in news if e.inbound_id in shunted]
    ids = list(dict.fromkeys(e.inbound_id for e in events))
    if not ids:
        return 0
    lines = [
        f"{len(ids)} pesan masuk tidak dapat diproses"
        + (" sejak pemberitahuan sebelumnya" if last else "")
    ]
    lines += [f"Pesan masuk #{i}: {_last_line(shunted[i].error)}" for i in ids[:LISTED]]
    if len(ids) > LISTED:
        lines.append(f"... dan {len(ids) - LISTED} pesan lainnya")
    alert(
        rt,
        "Pesan masuk tidak dapat diproses",
        lines,
        "Pesan tersimpan utuh. Lihat `ppid-mailer inbound list --state shunted`; setelah "
        "diperbaiki, jalankan `ppid-mailer inbound replay ID` untuk setiap pesan. Pesan lain "
        "yang gagal diproses dilaporkan paling cepat satu jam lagi, dalam satu surel.",
        dedupe_key=f"shunted:{events[-1].id}",
        cause_id=ids[0],
        technical=True,
    )
    record(rt, None, REPORTED, "admin told of inbound " + ", ".join(f"#{i}" for i in ids))
    return 1


def _last_line(error: str) -> str:
    return error.strip().splitlines()[-1][:300] if error.strip() else "unknown error"
