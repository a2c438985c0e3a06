"""The one place that writes a request's status: decisions of core.workflow, applied.

Keywords (officers', citizens') and system events (complete, clarified, lapsed, declared
complete) all pass through `core.workflow.decide`; what it allows is written here and nowhere
else, so the transition table is the whole truth about how a request moves (a test checks that no
other module assigns a status).
"""

from __future__ import annotations

from ppid_mailer.adapters.db import Request, utcnow_naive
from ppid_mailer.core.domain import Status
from ppid_mailer.core.workflow import Decision, RequestState, SystemEvent, Trigger, decide

from .runtime import Runtime


def state_of(request: Request) -> RequestState:
    return RequestState(Status(request.status), bool(request.extended), request.due_date)


def check(rt: Runtime, request: Request, trigger: Trigger) -> Decision:
    """May `trigger` act on `request` today? Nothing is written."""
    return decide(state_of(request), trigger, rt.local_now().date())


def apply(rt: Runtime, request: Request, verdict: Decision) -> None:
    """Write an allowed decision (status, the one extension); the caller saves the row."""
    if not verdict.ok:
        raise ValueError(f"refused transition applied: {verdict.reason}")
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
