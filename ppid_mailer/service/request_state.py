"""The one place that writes a request's status: decisions of core.workflow, applied.

Keywords (officers', citizens') and system events (complete, clarified, lapsed, declared
complete) all pass through `core.workflow.decide`; what it allows is written here and nowhere
else, so the transition table is the whole truth about how a request moves (a test checks that no
other module assigns a status).
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from ppid_mailer.adapters.models import Request, utcnow_naive
from ppid_mailer.core.domain import Status
from ppid_mailer.core.workdays import add_workdays
from ppid_mailer.core.workflow import Decision, RequestState, SystemEvent, Trigger, decide

from .runtime import Runtime


def state_of(request: Request) -> RequestState:
    return RequestState(Status(request.status), bool(request.extended), request.due_date)


def check(rt: Runtime, request: Request, trigger: Trigger) -> Decision:
    """May `trigger` act on `request` today? Nothing is written."""
    return decide(state_of(request), trigger, rt.local_now().date())


def apply(rt: Runtime, request: Request, verdict: Decision) -> None:
    """Write an allowed decision (status, the one extension); the caller saves the row.

    A decision that overrules the requirement check (`declare_complete`) first declares the
    request complete since the day it was received.
    """
    if not verdict.ok:
        raise ValueError(f"refused transition applied: {verdict.reason}")
    if verdict.declare_complete:
        declare_complete(rt, request)
    if verdict.extend:
        request.extended = True
        request.due_date = request.final_due_date
    if verdict.to is not None:
        request.status = verdict.to
    request.updated_at = utcnow_naive(rt.clock.now())


def advance(rt: Runtime, request: Request, event: SystemEvent) -> bool:
    """Apply a system event when the table allows it from the request's status; False if not."""
    verdict = check(rt, request, event)
    if verdict.ok:
        apply(rt, request, verdict)
    return verdict.ok


def received_on(rt: Runtime, request: Request) -> date:
    """The day the request was received, in the office's time zone."""
    return request.received_at.replace(tzinfo=UTC).astimezone(rt.zone).date()


def complete_by(rt: Runtime, request: Request) -> date:
    """The last day an incomplete request may be completed: `incomplete_days` working days after
    it was received. It lapses on the next day's first pass of the jobs (service.jobs)."""
    return add_workdays(
        rt.calendar, received_on(rt, request), rt.settings.deadlines.incomplete_days
    )


def start_clock(rt: Runtime, request: Request, start: date, completed_at: datetime) -> None:
    """The notice is due `response_days` working days after `start`, at the latest
    `response_days + extension_days` with the one extension."""
    d = rt.settings.deadlines
    request.completed_at = utcnow_naive(completed_at)
    request.due_date = add_workdays(rt.calendar, start, d.response_days)
    request.final_due_date = add_workdays(rt.calendar, start, d.response_days + d.extension_days)


def complete(rt: Runtime, request: Request, start: date, at: datetime) -> bool:
    """The requirement check passed: registered, and the clock runs from `start`."""
    if not advance(rt, request, SystemEvent.COMPLETED):
        return False
    start_clock(rt, request, start, at)
    return True


def declare_complete(rt: Runtime, request: Request) -> bool:
    """An officer overrules the check: the request was complete when it arrived, so its clock
    runs from the day it was received (not from the officer's decision)."""
    if not advance(rt, request, SystemEvent.DECLARED_COMPLETE):
        return False
    start_clock(rt, request, received_on(rt, request), request.received_at.replace(tzinfo=UTC))
    return True


def reopen(rt: Runtime, request: Request, due: date) -> bool:
    """The atasan accepted an objection: the request is in the PPID's hands again, to be answered
    by `due` (no further extension)."""
    if not advance(rt, request, SystemEvent.OBJECTION_GRANTED):
        return False
    request.due_date = request.final_due_date = due
    request.extended = True
    return True
