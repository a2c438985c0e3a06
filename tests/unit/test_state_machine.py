"""One state machine: every status change is a row of core.workflow.TRANSITIONS, written by
service.request_state alone; objections change only in service.objections."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from ppid_mailer.core.commands import Keyword
from ppid_mailer.core.domain import Status
from ppid_mailer.core.workflow import DECISIONS, RequestState, SystemEvent, decide

SERVICE = Path(__file__).resolve().parents[2] / "ppid_mailer" / "service"
ASSIGNS_STATUS = re.compile(r"^\s*\w+\.status\s*=(?!=)", re.M)
WRITERS = {"request_state.py": "request", "objections.py": "objection"}


def test_only_the_state_modules_assign_a_status() -> None:
    offenders = [
        f"{path.name}: {m.group(0).strip()}"
        for path in sorted(SERVICE.rglob("*.py"))
        if path.name not in WRITERS
        for m in ASSIGNS_STATUS.finditer(path.read_text())
    ]
    assert offenders == []


def test_state_modules_write_only_their_own_status() -> None:
    for name, subject in WRITERS.items():
        targets = {
            m.group(0).split(".")[0].strip()
            for m in ASSIGNS_STATUS.finditer((SERVICE / name).read_text())
        }
        assert targets == {subject}, (name, targets)


def test_system_events_are_transitions() -> None:
    today = date(2026, 12, 1)
    incomplete = RequestState(Status.INCOMPLETE, False, None)
    assert decide(incomplete, SystemEvent.COMPLETED, today).to is Status.REGISTERED
    assert decide(incomplete, SystemEvent.DECLARED_COMPLETE, today).to is Status.REGISTERED
    assert decide(incomplete, SystemEvent.LAPSED, today).to is Status.LAPSED
    asked = RequestState(Status.CLARIFICATION, False, today)
    assert decide(asked, SystemEvent.CLARIFIED, today).to is Status.IN_PROCESS
    registered = RequestState(Status.REGISTERED, False, today)
    for event in SystemEvent:
        if event not in (SystemEvent.CLARIFIED, SystemEvent.OBJECTION_GRANTED):
            assert not decide(registered, event, today).ok, event
    assert not decide(RequestState(Status.GRANTED, False, today), SystemEvent.LAPSED, today).ok
    # an accepted objection puts a decided (or late) request back in the PPID's hands
    for status in (Status.REJECTED, Status.NOT_HELD, Status.REGISTERED):
        state = RequestState(status, False, today)
        assert decide(state, SystemEvent.OBJECTION_GRANTED, today).to is Status.IN_PROCESS
    withdrawn = RequestState(Status.WITHDRAWN, False, today)
    assert not decide(withdrawn, SystemEvent.OBJECTION_GRANTED, today).ok


def test_decisions_are_read_from_the_table() -> None:
    assert DECISIONS == {
        Keyword.KABULKAN: Status.GRANTED,
        Keyword.SEBAGIAN: Status.PARTIALLY_GRANTED,
        Keyword.TOLAK: Status.REJECTED,
        Keyword.TIDAK_DIKUASAI: Status.NOT_HELD,
    }


def test_the_pasal_35_reason_of_an_objection() -> None:
    from ppid_mailer.core.domain import objection_reason

    assert objection_reason(Status.REJECTED, False) == "a"
    assert objection_reason(Status.PARTIALLY_GRANTED, True) == "a"
    assert objection_reason(Status.NOT_HELD, False) == "e"
    assert objection_reason(Status.GRANTED, False) == "d"
    assert objection_reason(Status.GRANTED, True) == "g"  # given, but late
    assert objection_reason(None, True) == "c"  # not answered in time
    assert objection_reason(None, False) == ""
