"""Read the year's requests, objections and complaints for core.reports."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

from ppid_mailer.adapters.models import Complaint, Objection, Request
from ppid_mailer.core import reports
from ppid_mailer.core.domain import Status
from ppid_mailer.core.workdays import count_workdays

from .runtime import Runtime


def _local(rt: Runtime, moment: datetime | None) -> date | None:
    return moment.replace(tzinfo=UTC).astimezone(rt.zone).date() if moment else None


def request_rows(rt: Runtime, year: int) -> list[reports.RequestRow]:
    rows = []
    for r in Request.select().where(Request.year == year).order_by(Request.seq):
        received = _local(rt, r.received_at)
        assert received is not None
        decided = _local(rt, r.decided_at)
        start = _local(rt, r.completed_at) or received
        fields = {k: v.get("value", "") for k, v in json.loads(r.fields or "{}").items()}
        rows.append(
            reports.RequestRow(
                number=r.number,
                received=received,
                status=Status(r.status),
                decided=decided,
                working_days=count_workdays(rt.calendar, start, decided) if decided else None,
                ground=r.rejection_ground,
                extended=bool(r.extended),
                name=r.requester_name,
                address=fields.get("address", ""),
                phone=fields.get("phone", "") or r.requester_email,
                occupation=fields.get("occupation", ""),
                information=r.information or r.subject,
                purpose=r.purpose,
                how_obtain=fields.get("how_obtain", ""),
                how_receive=fields.get("how_receive", "") or "surel",
                reason=r.decision_reason,
            )
        )
    return rows


def objection_rows(rt: Runtime, year: int) -> list[reports.ObjectionRow]:
    out = []
    for o in Objection.select().where(Objection.year == year).order_by(Objection.seq):
        received = _local(rt, o.received_at)
        assert received is not None
        out.append(
            reports.ObjectionRow(
                o.number,
                o.request.number,
                received,
                o.status,
                o.reason,
                _local(rt, o.decided_at),
                o.decision_text,
                o.basis,
            )
        )
    return out


def annual_report(rt: Runtime, year: int, fmt: str) -> str:
    figures = reports.annual(
        year,
        request_rows(rt, year),
        objection_rows(rt, year),
        Complaint.select().where(Complaint.year == year).count(),
    )
    office = rt.settings.office.name
    if fmt == "csv":
        return reports.to_csv(figures)
    if fmt == "html":
        return reports.to_html(figures, office)
    return reports.to_markdown(figures, office)
