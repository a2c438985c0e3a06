"""Fetch -> store raw -> commit -> acknowledge (docs/ARCHITECTURE.md, step 1).

Nothing is processed here: processing reads from our database, never from the mail server, so
that a message is safe the moment its row commits.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from ppid_mailer.adapters.mailbox import Mailbox
from ppid_mailer.core.parse import header_block, parse_mail
from ppid_mailer.faults import checkpoint

from .runtime import Runtime

log = logging.getLogger(__name__)


@dataclass
class IntakeResult:
    stored: int = 0
    already_stored: int = 0
    duplicates: int = 0


def fetch_and_store(rt: Runtime, mailbox: Mailbox | None = None) -> IntakeResult:
    """Store what waits in one inbox (the main one by default)."""
    mailbox = mailbox or rt.mailbox
    result = IntakeResult()
    with mailbox.session() as box:
        name, validity = mailbox.name, box.uidvalidity
        waiting = box.waiting(rt.store.last_uid(name, validity))
        known = rt.store.known_uids(name, validity, waiting)
        if known:
            # Stored by an earlier pass that stopped before acknowledging: acknowledge only.
            box.acknowledge(sorted(known, key=_uid_order))
            result.already_stored += len(known)
        fresh = [uid for uid in waiting if uid not in known]
        for batch in box.fetch(fresh):
            checkpoint("after_fetch")
            # One commit for the whole batch (one fsync, not one per message); the server is
            # acknowledged only after it.
            with rt.store.atomic():
                for fetched in batch:
                    headers = parse_mail(header_block(fetched.raw))
                    stored = rt.store.store_inbound(
                        mailbox=name,
                        uidvalidity=validity,
                        uid=fetched.uid,
                        raw=fetched.raw,
                        message_id=headers.message_id,
                        sender=headers.from_addr,
                        subject=headers.subject,
                        now=rt.clock.now(),
                    )
                    result.stored += stored.created
                    result.duplicates += stored.state == "duplicate"
            checkpoint("after_store")
            box.acknowledge([fetched.uid for fetched in batch])
            checkpoint("after_ack")
        rt.store.record_fetch(name, validity, rt.clock.now())
    if result.stored or result.already_stored:
        log.info(
            "inbox: stored %d new message(s), %d duplicate(s), acknowledged %d stored earlier",
            result.stored,
            result.duplicates,
            result.already_stored,
        )
    return result


def _uid_order(uid: str) -> tuple[int, str]:
    return (int(uid), "") if uid.isdigit() else (0, uid)
