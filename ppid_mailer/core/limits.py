"""How many automatic letters one mailbox may get in 24 hours, family by family, and how often
the admin hears about shunted messages.

The last defence against loops: a robot we failed to recognise (an autoresponder without any
sign, a mail system answering each of our letters) would otherwise trade letters with us
forever. Each family has its own count, so a citizen whose receipts reached the limit still
gets the receipt of a complaint, and an officer's command results never eat into the alerts.
Letters a person decides (decisions, notices of extension) and the officers' notifications of
new requests are never limited: each is caused by a person or by one new request, never by
a loop. Addresses are counted in their `addresses.normalized` form.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass(frozen=True)
class Limit:
    """One family of automatic letters and the `[limits]` key that holds its daily number."""

    family: str
    purposes: frozenset[str]
    setting: str


LIMITS: tuple[Limit, ...] = (
    Limit(
        "automatic answers",
        frozenset({"receipt", "completion", "status", "command_failed", "too_large"}),
        "auto_replies_per_sender_per_day",
    ),
    Limit(
        "complaint receipts", frozenset({"complaint_receipt"}), "auto_replies_per_sender_per_day"
    ),
    Limit("command results", frozenset({"result"}), "command_results_per_officer_per_day"),
    Limit("alerts", frozenset({"alert"}), "alerts_per_address_per_day"),
)

WINDOW = timedelta(hours=24)

# Shunted messages: the first alert at once, then at most one per period with all that were
# shunted meanwhile; a broken release that shunts every message must not mail the admin once
# per message.
SHUNT_ALERT_PERIOD = timedelta(hours=1)


def limit_for(purpose: str) -> Limit | None:
    """The family a letter's purpose belongs to; None for letters that are never limited."""
    return next((limit for limit in LIMITS if purpose in limit.purposes), None)


def alert_due(last_alert: datetime | None, now: datetime) -> bool:
    """Whether a batched alert may go now: none yet, or the last one a period ago."""
    return last_alert is None or now - last_alert >= SHUNT_ALERT_PERIOD
