"""Periodic jobs, each an idempotent function of `now` (huey's Scheduler.loop(now) idea).

Every job looks at the state of the database, not at when it last ran, so it catches up after
downtime; and every letter it queues has a dedupe key naming the thing and the date it is
about, so running a job twice — or on two instances — never sends anything twice.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta

import peewee as pw

from ppid_mailer.adapters.models import Objection, Request
from ppid_mailer.core.domain import LetterSpec, ObjectionStatus, Status
from ppid_mailer.core.letters import citizen as citizen_letters
from ppid_mailer.core.letters import facts
from ppid_mailer.core.letters import officer as officer_letters
from ppid_mailer.core.workdays import add_workdays, count_workdays
from ppid_mailer.core.workflow import OPEN, SystemEvent
from ppid_mailer.errors import PpidError

from . import objections, request_state, retention
from .audit import record
from .letter_queue import alert, letter_number, office_context, queue_letter
from .request_facts import request_facts
from .runtime import Runtime
from .shunted import report_shunted
from .units import open_forwardings, unit_due

log = logging.getLogger(__name__)
Job = Callable[[Runtime, datetime], int]


def open_requests() -> list[Request]:
    return list(
        Request.select().where(Request.status.in_([s.value for s in OPEN])).order_by(Request.id)
    )


def recompute_deadlines(rt: Runtime, now: datetime) -> int:
    """When the holiday calendar changed, move open deadlines; tell citizens whose date moved later."""
    changed = 0
    fingerprint = rt.calendar.fingerprint
    d = rt.settings.deadlines
    stale = Request.select().where(
        Request.status.in_([s.value for s in OPEN | {Status.INCOMPLETE}]),
        Request.calendar_fingerprint != fingerprint,
    )
    for request in stale:
        if request.due_date is None:  # incomplete: no clock yet, nothing to move
            request.calendar_fingerprint = fingerprint
            request.save()
            continue
        # the clock counts from the day the request was complete (received, or completed later)
        start = request_facts(rt, request).clock_start or request_state.received_on(rt, request)
        due = add_workdays(rt.calendar, start, d.response_days)
        final = add_workdays(rt.calendar, start, d.response_days + d.extension_days)
        new_due = final if request.extended else due
        old_due = request.due_date
        request.calendar_fingerprint = fingerprint
        if (new_due, final) != (request.due_date, request.final_due_date):
            request.due_date, request.final_due_date = new_due, final
            record(
                rt,
                request,
                "deadline_recomputed",
                f"holiday calendar changed: {old_due} -> {new_due}",
            )
            if old_due is not None and new_due > old_due:
                spec = _to_citizen(
                    rt,
                    request,
                    "citizen/deadline_changed",
                    "deadline_changed",
                    old_due=facts.tanggal(old_due),
                )
                queue_letter(
                    rt, spec, request, None, dedupe_key=f"deadline_changed:{request.id}:{new_due}"
                )
            changed += 1
        request.save()
    return changed


def remind_officers(rt: Runtime, now: datetime) -> int:
    """One reminder per request and due date, `remind_days` working days before it."""
    today = rt.local_now().date()
    sent = 0
    for request in open_requests():
        due = request.due_date
        if due is None or due < today:
            continue
        left = count_workdays(rt.calendar, today, due)
        if left <= rt.settings.deadlines.remind_days:
            alert(
                rt,
                "Pengingat batas waktu",
                [
                    f"Batas waktu: {facts.tanggal(due)} ({left} hari kerja lagi)",
                    f"Status: {Status(request.status).label}",
                    f"Perihal: {request.subject or 'tanpa perihal'}",
                ],
                "Balas pemberitahuan permohonan dengan kata kunci keputusan, atau PERPANJANG "
                "sebelum batas waktu.",
                dedupe_key=f"reminder:{request.id}:{due}",
                request=request,
            )
            sent += 1
    return sent


def remind_units(rt: Runtime, now: datetime) -> int:
    """A unit that has not answered is reminded once, `remind_days` working days before its own
    deadline (ahead of the citizen's: service.units.unit_due)."""
    today = rt.local_now().date()
    sent = 0
    for forwarding in open_forwardings():
        request = forwarding.request
        asked_on = forwarding.asked_at.replace(tzinfo=UTC).astimezone(rt.zone).date()
        due = unit_due(rt, request.due_date, asked_on)
        if request.status not in OPEN or due is None or due < today:
            continue
        left = count_workdays(rt.calendar, today, due)
        if left > rt.settings.deadlines.remind_days:
            continue
        addresses = rt.settings.units.get(forwarding.unit, ())
        if addresses:
            spec = officer_letters.alert(
                addresses,
                f"Pengingat: data untuk permohonan {request.number}",
                [
                    f"Jawaban unit paling lambat: {facts.tanggal(due)} ({left} hari kerja lagi)",
                    f"Informasi diminta: {request.information or request.subject or 'lihat permintaan data'}",
                ],
                'Balas surel permintaan data dari PPID dengan datanya, atau tulis "tidak ada".',
                number=request.number,
            )
            queue_letter(rt, spec, request, None, dedupe_key=f"unit-reminder:{forwarding.id}:{due}")
            sent += 1
    return sent


def handle_overdue(rt: Runtime, now: datetime) -> int:
    """Past the due date without a decision: escalate to the atasan, tell the citizen their rights."""
    today = rt.local_now().date()
    late = [r for r in open_requests() if r.due_date is not None and r.due_date < today]
    for request in late:
        days = rt.settings.deadlines.objection_days
        spec = _to_citizen(
            rt,
            request,
            "citizen/overdue",
            "overdue",
            objection_deadline=facts.tanggal(add_workdays(rt.calendar, request.due_date, days)),
            objection_days=days,
        )
        queue_letter(rt, spec, request, None, dedupe_key=f"overdue:{request.id}:{request.due_date}")
    if late:
        officers = rt.settings.officers
        lines = [
            f"{r.number}: batas {facts.tanggal(r.due_date)}, status {Status(r.status).label}, "
            f"{r.requester_email}"
            for r in late
        ]
        spec = officer_letters.alert(
            officers.atasan or officers.ppid,
            f"{len(late)} permohonan melewati batas waktu",
            lines,
            "Pastikan PPID segera memberikan pemberitahuan tertulis.",
        )
        queue_letter(rt, spec, None, None, dedupe_key=f"escalation:{today}")
    return len(late)


def lapse_incomplete(rt: Runtime, now: datetime) -> int:
    """Requests still incomplete after the day they had to be completed by (`incomplete_days`
    working days after receipt, the date their letters give) lapse, with a letter."""
    today = rt.local_now().date()
    lapsed = 0
    for request in Request.select().where(Request.status == Status.INCOMPLETE):
        last_day = request_state.complete_by(rt, request)
        if today <= last_day:
            continue
        request_state.advance(rt, request, SystemEvent.LAPSED)
        request.save()
        record(
            rt,
            request,
            "lapsed",
            f"incomplete for {rt.settings.deadlines.incomplete_days} working days",
        )
        queue_letter(
            rt,
            _to_citizen(
                rt,
                request,
                "citizen/lapsed",
                "lapsed",
                letter_number=letter_number(rt),
                complete_by=facts.tanggal(last_day),
            ),
            request,
            None,
            dedupe_key=f"lapsed:{request.id}",
        )
        lapsed += 1
    return lapsed


def daily_digest(rt: Runtime, now: datetime) -> int:
    """Once a working day after `digest_time`: counts, due today, due this week, late. No ID copies."""
    local = rt.local_now()
    hour, minute = (int(x) for x in rt.settings.deadlines.digest_time.split(":"))
    if local.time() < time(hour, minute) or not rt.calendar.is_workday(local.date()):
        return 0
    today = local.date()
    week_end = today + timedelta(days=6 - today.weekday())
    requests = open_requests()
    counts: dict[str, int] = {}
    for request in Request.select(Request.status):
        counts[request.status] = counts.get(request.status, 0) + 1
    spec = LetterSpec(
        template="officer/digest",
        to=rt.settings.officers.ppid,
        context={
            "today": facts.tanggal(today),
            "counts": [(Status(s).label, n) for s, n in sorted(counts.items())],
            "due_today": [_line(r) for r in requests if r.due_date == today],
            "due_week": [
                _line(r) for r in requests if r.due_date and today < r.due_date <= week_end
            ],
            "late": [_line(r) for r in requests if r.due_date and r.due_date < today],
            "unanswered_units": [
                f"{f.unit}: permohonan {f.request.number}, diminta {facts.tanggal(f.asked_at.date())}"
                for f in open_forwardings()
            ],
            "open_objections": [
                f"{o.number} (permohonan {o.request.number}), batas {facts.tanggal(o.due_date)}"
                for o in Objection.select().where(Objection.status == ObjectionStatus.OPEN)
            ],
        },
        purpose="digest",
        auto_submitted="auto-generated",
    )
    return int(queue_letter(rt, spec, None, None, dedupe_key=f"digest:{today}"))


def _line(request: Request) -> str:
    due: date = request.due_date
    return f"{request.number} — batas {facts.tanggal(due)} — {Status(request.status).label} — {request.subject[:60]}"


def _to_citizen(
    rt: Runtime, request: Request, template: str, purpose: str, **extra: object
) -> LetterSpec:
    about = request_facts(rt, request)
    return citizen_letters.to_citizen(
        template, about, office_context(rt, request), purpose, **extra
    )


def purge_expired(rt: Runtime, now: datetime) -> int:
    """Retention: what the purge deleted (requests, and messages tied to none)."""
    result = retention.purge(rt, now)
    return len(result.requests) + result.unattached


JOBS: tuple[tuple[str, Job], ...] = (
    ("recompute_deadlines", recompute_deadlines),
    ("remind_officers", remind_officers),
    ("remind_units", remind_units),
    ("handle_overdue", handle_overdue),
    ("lapse_incomplete", lapse_incomplete),
    ("objection_clocks", objections.clocks),
    ("daily_digest", daily_digest),
    ("purge_expired", purge_expired),
    ("report_shunted", report_shunted),
)


def run_jobs(rt: Runtime) -> dict[str, int]:
    """Run every job once, each in its own transaction; one failing job does not stop the rest."""
    now = rt.clock.now()
    done: dict[str, int] = {}
    for name, job in JOBS:
        try:
            with rt.store.atomic():
                done[name] = job(rt, now) if rt.store.try_job_lock(name) else 0
        except Exception:  # noqa: BLE001 - a broken job must not stop the desk; it is logged
            log.exception("job %s failed; it runs again on the next pass", name)
            done[name] = -1
    try:
        # not a job: VACUUM cannot run inside a transaction, so it follows the purge's commit
        retention.erase(rt, now, purged=done.get("purge_expired", 0) > 0)
    except (PpidError, pw.PeeweeException) as exc:
        log.error("erasing purged bytes from the database files failed: %s", exc)
    acted = {k: v for k, v in done.items() if v}
    if acted:
        log.info("jobs: %s", ", ".join(f"{k}={v}" for k, v in acted.items()))
    return done
