"""One stored inbound message -> one transaction -> one outcome; shunt on unexpected error.

The loop never dies because of one message: an error that is not an outage rolls the message's
transaction back and marks it `shunted` with the traceback, visible in `inbound list` and put
back by `inbound replay`. Outages (the database gone) stop the pass instead, because shunting
every message while the database is down would be wrong.
"""

from __future__ import annotations

import logging
import traceback
from dataclasses import dataclass, field

import peewee as pw

from ppid_mailer.errors import StoreError
from ppid_mailer.faults import checkpoint

from .handlers import handle_inbound
from .runtime import Runtime

log = logging.getLogger(__name__)


@dataclass
class ProcessResult:
    outcomes: list[str] = field(default_factory=list)
    shunted: int = 0


def process_pending(rt: Runtime) -> ProcessResult:
    result = ProcessResult()
    while True:
        inbound_id: int | None = None
        try:
            with rt.store.atomic():
                row = rt.store.claim_inbound()
                if row is None:
                    break
                inbound_id = row.id
                outcome = handle_inbound(rt, row)
            checkpoint("after_process")
            result.outcomes.append(outcome)
            log.info("inbound #%d: %s", inbound_id, outcome)
        except (pw.OperationalError, pw.InterfaceError) as exc:
            raise StoreError(
                f"database error while processing inbound #{inbound_id}: {exc}"
            ) from exc
        except Exception:  # noqa: BLE001 - any bug in one message must not stop the desk
            if inbound_id is None:
                raise
            rt.store.shunt_inbound(inbound_id, traceback.format_exc(), rt.clock.now())
            result.shunted += 1
            log.error(
                "inbound #%d shunted: %s (see `ppid-mailer inbound list --state shunted`)",
                inbound_id,
                traceback.format_exc(limit=1).strip().splitlines()[-1],
            )
    return result
