"""The request state machine: which trigger may move a request from which status, and where to.

A trigger is an officer's or citizen's keyword, or a system event (the requirement check passed,
the citizen answered a clarification, an incomplete request lapsed, an officer declared it
complete). Every status change is a row of one table (data), so the README, the help text and the
tests read the same rules. `decide` is pure: it takes the request's facts and a trigger and
returns a Decision; `service.request_state.apply` is the one place that writes the new status.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from .commands import Keyword
from .domain import Status
from .letters.facts import tanggal

OPEN = frozenset({Status.REGISTERED, Status.IN_PROCESS, Status.CLARIFICATION})
# What the requirement check alone decided; an officer may overrule it (LENGKAP, or any keyword
# in OVERRULING, which first declares the request complete since the day it was received).
MACHINE_JUDGED = frozenset({Status.INCOMPLETE, Status.LAPSED})
DECIDED = frozenset({Status.GRANTED, Status.PARTIALLY_GRANTED, Status.REJECTED, Status.NOT_HELD})
CLOSED = DECIDED | {Status.WITHDRAWN, Status.LAPSED}
ANY = frozenset(Status)


class SystemEvent(StrEnum):
    """Status changes that no keyword names: the desk itself, or a reply, causes them."""

    COMPLETED = "completed"  # the requirement check passed (at intake or after a follow-up)
    DECLARED_COMPLETE = "declared_complete"  # an officer overruled the check
    CLARIFIED = "clarified"  # the citizen answered a clarification
    LAPSED = "lapsed"  # incomplete for `incomplete_days` working days
    # the atasan accepted an objection (UU 14/2008 Pasal 36): the PPID acts on the request again
    OBJECTION_GRANTED = "objection_granted"


Trigger = Keyword | SystemEvent


@dataclass(frozen=True)
class Transition:
    allowed_from: frozenset[Status]
    to: Status | None  # None: the status stays as it is


TRANSITIONS: Mapping[Trigger, Transition] = {
    Keyword.PROSES: Transition(frozenset({Status.REGISTERED}), Status.IN_PROCESS),
    Keyword.PERPANJANG: Transition(OPEN, None),
    Keyword.KLARIFIKASI: Transition(
        frozenset({Status.REGISTERED, Status.IN_PROCESS}), Status.CLARIFICATION
    ),
    Keyword.KABULKAN: Transition(OPEN, Status.GRANTED),
    Keyword.SEBAGIAN: Transition(OPEN, Status.PARTIALLY_GRANTED),
    Keyword.TOLAK: Transition(OPEN, Status.REJECTED),
    Keyword.TIDAK_DIKUASAI: Transition(OPEN, Status.NOT_HELD),
    Keyword.TERUSKAN: Transition(OPEN, None),
    Keyword.CATATAN: Transition(ANY, None),
    Keyword.BANTUAN: Transition(ANY, None),
    Keyword.BERKAS: Transition(ANY, None),
    Keyword.BATAL: Transition(OPEN | {Status.INCOMPLETE}, Status.WITHDRAWN),
    Keyword.LENGKAP: Transition(MACHINE_JUDGED, Status.REGISTERED),
    SystemEvent.COMPLETED: Transition(frozenset({Status.INCOMPLETE}), Status.REGISTERED),
    SystemEvent.DECLARED_COMPLETE: Transition(MACHINE_JUDGED, Status.REGISTERED),
    SystemEvent.CLARIFIED: Transition(frozenset({Status.CLARIFICATION}), Status.IN_PROCESS),
    SystemEvent.LAPSED: Transition(frozenset({Status.INCOMPLETE}), Status.LAPSED),
    SystemEvent.OBJECTION_GRANTED: Transition(DECIDED | OPEN, Status.IN_PROCESS),
}

# Officer keywords that act on a request the check called incomplete: it is declared complete
# (since the day it was received) and the keyword then acts as on a registered request.
OVERRULING = frozenset(
    {
        Keyword.PROSES,
        Keyword.PERPANJANG,
        Keyword.KLARIFIKASI,
        Keyword.KABULKAN,
        Keyword.SEBAGIAN,
        Keyword.TOLAK,
        Keyword.TIDAK_DIKUASAI,
        Keyword.TERUSKAN,
    }
)

# The keywords that decide a request (a written notice of UU 14/2008 Pasal 22(7)), and to what.
DECISIONS: Mapping[Trigger, Status] = {
    trigger: t.to for trigger, t in TRANSITIONS.items() if t.to is not None and t.to in DECIDED
}


@dataclass(frozen=True)
class RequestState:
    status: Status
    extended: bool
    due_date: date | None


@dataclass(frozen=True)
class Decision:
    ok: bool
    to: Status | None = None  # new status when it changes
    extend: bool = False
    declare_complete: bool = False  # the officer overrules the check first (see OVERRULING)
    reason: str = ""  # why refused, in Indonesian (sent to the officer or citizen)


def decide(state: RequestState, keyword: Trigger, today: date) -> Decision:
    """May `keyword` act on a request in `state` today? Pure; the caller applies the answer."""
    if state.status in MACHINE_JUDGED and keyword in OVERRULING:
        registered = RequestState(Status.REGISTERED, state.extended, None)
        verdict = decide(registered, keyword, today)
        return replace(verdict, declare_complete=True) if verdict.ok else verdict
    transition = TRANSITIONS.get(keyword)
    if transition is None:
        return Decision(False, reason=f"{keyword.value} tidak berlaku untuk permohonan")
    if state.status not in transition.allowed_from:
        if state.status in DECIDED and keyword in TRANSITIONS and transition.to in DECIDED:
            return Decision(
                False,
                reason=f"permohonan sudah diputus ({state.status.label}); "
                "keputusan hanya dapat diberikan sekali",
            )
        return Decision(
            False, reason=f"{keyword.value} tidak dapat dipakai saat status {state.status.label}"
        )
    if keyword is Keyword.PERPANJANG:
        if state.extended:
            return Decision(
                False,
                reason="jangka waktu sudah pernah diperpanjang; perpanjangan "
                "hanya dapat dilakukan satu kali",
            )
        if state.due_date is not None and today > state.due_date:
            return Decision(
                False,
                reason=f"batas waktu pertama ({tanggal(state.due_date)}) sudah "
                "lewat; perpanjangan harus diberitahukan sebelum batas itu",
            )
        return Decision(True, extend=True)
    return Decision(True, to=transition.to)
