"""One stored inbound message -> one transaction -> one outcome; shunt on unexpected error.

The loop never dies because of one message: an error that is not an outage rolls the message's
transaction back and marks it `shunted` with the traceback, visible in `inbound list` and put
back by `inbound replay`. Outages (the database gone) stop the pass instead, because shunting
every message while the database is down would be wrong. Nor does the loop wait for ever on one
message: past `[limits] message_seconds` its processing is interrupted (service.watchdog) and
it is shunted the same way, with the place it had reached in the traceback.
"""

from __future__ import annotations

import logging
import threading
import traceback
from dataclasses import dataclass, field

import peewee as pw

from ppid_mailer.errors import StoreError
from ppid_mailer.faults import checkpoint

from .handlers import handle_inbound
from .read_ahead import ReadAhead
from .runtime import Runtime
from .shunted import record_shunt, report_shunted
from .watchdog import Overtime, time_budget

log = logging.getLogger(__name__)


@dataclass
class ProcessResult:
    outcomes: list[str] = field(default_factory=list)
    shunted: int = 0


def process_pending(rt: Runtime, stop: threading.Event | None = None) -> ProcessResult:
    """Process stored messages one transaction each; on `stop`, return after the current one."""
    result = ProcessResult()
    ahead = ReadAhead(rt)
    while stop is None or not stop.is_set():
        inbound_id: int | None = None
        try:
            ahead.top_up()
            with rt.store.atomic():
                row = rt.store.claim_inbound()
                if row is None:
                    break
                inbound_id = row.id
                # The budget ends inside the transaction, before the commit: a message is
                # either committed in time or rolled back and shunted, never both.
                with time_budget(rt.settings.limits.message_seconds):
                    outcome = handle_inbound(rt, row)
            checkpoint("after_process")
            result.outcomes.append(outcome)
            log.info("inbound #%d: %s", inbound_id, outcome)
        except (pw.OperationalError, pw.InterfaceError) as exc:
            raise StoreError(
                f"database error while processing inbound #{inbound_id}: {exc}"
            ) from exc
        except Overtime as exc:
            if inbound_id is None:  # pragma: no cover - the budget covers handle_inbound only
                raise
            shunt(rt, inbound_id, traceback.format_exc(), reason=str(exc))
            result.shunted += 1
        except Exception:  # noqa: BLE001 - any bug in one message must not stop the desk
            if inbound_id is None:
                raise
            shunt(rt, inbound_id, traceback.format_exc())
            result.shunted += 1
    return result


def shunt(rt: Runtime, inbound_id: int, error: str, reason: str = "") -> None:
    """Mark the message shunted with its traceback and tell the admin (in batches, see
    service.shunted), in one transaction."""
    last_line = reason or (error.strip().splitlines()[-1] if error.strip() else "unknown error")
    with rt.store.atomic():
        now = rt.clock.now()
        rt.store.shunt_inbound(inbound_id, error, now, last_line)
        record_shunt(rt, inbound_id, last_line)
        report_shunted(rt, now)
    log.error(
        "inbound #%d shunted: %s (see `ppid-mailer inbound list --state shunted`)",
        inbound_id,
        last_line,
    )
