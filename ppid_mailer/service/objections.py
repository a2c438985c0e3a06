"""Objections (keberatan, UU 14/2008 Pasal 35-36): create one with its number and clock, the
atasan's decision, and the clock that runs while the atasan has not answered.

The handlers that read the mail (a citizen's KEBERATAN, the atasan's reply) live in
service.handlers.citizen and service.handlers.objections; everything that changes an objection is here.
"""

from __future__ import annotations

from datetime import UTC, datetime

from ppid_mailer.adapters.models import Event, InboundMessage, Objection, Request, utcnow_naive
from ppid_mailer.core.domain import (
    KOMISI_INFORMASI_DAYS,
    OBJECTION_REASONS,
    LetterSpec,
    ObjectionStatus,
    ParsedMail,
    Status,
    objection_reason,
)
from ppid_mailer.core.letters import citizen as citizen_letters
from ppid_mailer.core.letters import officer as officer_letters
from ppid_mailer.core.letters.facts import tanggal, waktu
from ppid_mailer.core.numbers import format_number
from ppid_mailer.core.workdays import add_workdays
from ppid_mailer.core.workflow import DECIDED

from . import request_state
from .audit import event, record
from .letter_queue import letter_number, office_context, queue_letter
from .request_facts import request_facts
from .runtime import Runtime
from .tokens import mint


def has_open(request: Request) -> bool:
    """One objection at a time per request: another waits for the atasan's answer."""
    return (
        Objection.select()
        .where(Objection.request == request, Objection.status == ObjectionStatus.OPEN)
        .exists()
    )


def create(
    rt: Runtime, request: Request, reason: str, row: InboundMessage, mail: ParsedMail
) -> Objection:
    """A keberatan: its own number and clock; the citizen gets a receipt, the atasan is asked."""
    now = rt.clock.now()
    today = rt.local_now()
    seq = rt.store.next_seq("keberatan", today.year)
    objection = Objection.create(
        number=format_number(
            rt.settings.office.objection_number_format, seq, today.year, today.month
        ),
        year=today.year,
        seq=seq,
        request=request,
        requester_email=request.requester_email,
        reason=reason,
        received_at=utcnow_naive(now),
        due_date=add_workdays(
            rt.calendar, today.date(), rt.settings.deadlines.objection_response_days
        ),
        created_at=utcnow_naive(now),
        basis=basis_of(rt, request),
    )
    event(rt, request, row, mail, "objection", f"{objection.number}: {reason}")
    facts = request_facts(rt, request)
    context = objection_context(rt, objection)
    queue_letter(
        rt,
        citizen_letters.objection_receipt(
            facts, office_context(rt, request), context, reply_to=mail.message_id
        ),
        request,
        row.id,
        dedupe_key=f"objection_receipt:{objection.id}",
    )
    settings = rt.settings
    for atasan in settings.officers.atasan or settings.officers.ppid:
        minted = mint(rt, "objection", objection.id, atasan)
        spec = officer_letters.objection_notification(
            context,
            facts,
            atasan,
            office_context(rt, request),
            message_id=minted.message_id,
            reply_to=minted.reply_to,
        )
        queue_letter(
            rt, spec, request, row.id, dedupe_key=f"objection_notify:{objection.id}:{atasan}"
        )
    return objection


def basis_of(rt: Runtime, request: Request) -> str:
    """The UU 14/2008 Pasal 35(1) reason (huruf) an objection to `request` stands on now."""
    today = rt.local_now().date()
    due = request.final_due_date if request.extended else request.due_date
    status = Status(request.status)
    if status in DECIDED:
        decided = (
            request.decided_at.replace(tzinfo=UTC).astimezone(rt.zone).date()
            if request.decided_at
            else today
        )
        return objection_reason(status, due is not None and decided > due)
    return objection_reason(None, due is not None and today > due)


def decide(
    rt: Runtime,
    objection: Objection,
    request: Request,
    granted: bool,
    text: str,
    mail: ParsedMail,
    row: InboundMessage,
) -> LetterSpec:
    """The atasan grants or rejects. The citizen gets the atasan's letter (with the Komisi
    Informasi route); an accepted objection puts the request back in the PPID's hands, due in
    `objection_execution_days`, and the desk's officers are told what to do."""
    now = rt.clock.now()
    objection.status = ObjectionStatus.GRANTED if granted else ObjectionStatus.REJECTED
    objection.decided_at = utcnow_naive(now)
    objection.decision_text = text
    objection.save()
    record(
        rt,
        request,
        f"objection_{objection.status}",
        f"{objection.number}: {text}",
        cause_id=row.id,
        actor=mail.from_addr,
    )
    today = rt.local_now().date()
    komisi = add_workdays(rt.calendar, today, KOMISI_INFORMASI_DAYS)
    carry_out_by = None
    if granted:
        carry_out_by = add_workdays(
            rt.calendar, today, rt.settings.deadlines.objection_execution_days
        )
        if request_state.reopen(rt, request, carry_out_by):
            request.save()
            record(
                rt,
                request,
                "objection_reopened",
                f"{objection.number}: back to the PPID, due {carry_out_by.isoformat()}",
                cause_id=row.id,
                actor=mail.from_addr,
            )
    about = request_facts(rt, request)
    office = office_context(rt, request)
    context = objection_context(rt, objection)
    spec = citizen_letters.objection_decision(
        about,
        office,
        context,
        granted,
        text,
        komisi,
        letter_number(rt),
        carry_out_by,
        reply_to=_objection_mail(objection),
    )
    queue_letter(rt, spec, request, row.id, dedupe_key=f"objection_decision:{objection.id}")
    desk = rt.settings.inbox_named(request.handled_by)
    told = officer_letters.objection_decided(
        desk.officers or rt.settings.officers.ppid,
        about,
        office,
        context,
        granted,
        text,
        carry_out_by,
    )
    queue_letter(rt, told, request, row.id, dedupe_key=f"objection_decided:{objection.id}")
    return spec


def _objection_mail(objection: Objection) -> str:
    """The Message-ID of the citizen's KEBERATAN mail, which the atasan's answer answers."""
    raised = (
        Event.select(InboundMessage.message_id)
        .join(InboundMessage)
        .where(
            Event.request == objection.request,
            Event.action == "objection",
            Event.detail.startswith(f"{objection.number}:"),
        )
        .first()
    )
    return raised.inbound.message_id if raised is not None else ""


def objection_context(rt: Runtime, objection: Objection) -> dict[str, object]:

    return {
        "number": objection.number,
        "reason": objection.reason,
        "basis": objection.basis,
        "basis_text": OBJECTION_REASONS.get(objection.basis, ""),
        "received": waktu(objection.received_at.replace(tzinfo=UTC).astimezone(rt.zone)),
        "due_date": tanggal(objection.due_date),
        "days": rt.settings.deadlines.objection_response_days,
        "status": objection.status,
    }


def clocks(rt: Runtime, now: datetime) -> int:
    """An objection the atasan has not answered in time: remind the atasan, tell the citizen."""
    today = rt.local_now().date()
    late = list(
        Objection.select().where(
            Objection.status == ObjectionStatus.OPEN, Objection.due_date < today
        )
    )
    for objection in late:
        request = objection.request
        officers = rt.settings.officers
        spec = officer_letters.alert(
            officers.atasan or officers.ppid,
            "Keberatan melewati batas waktu tanggapan",
            [f"Keberatan {objection.number}", f"Batas: {tanggal(objection.due_date)}"],
            "Balas pemberitahuan keberatan dengan KABULKAN atau TOLAK.",
            number=request.number,
        )
        queue_letter(rt, spec, request, None, dedupe_key=f"objection_late:{objection.id}")
        komisi = add_workdays(rt.calendar, objection.due_date, KOMISI_INFORMASI_DAYS)
        citizen = citizen_letters.to_citizen(
            "citizen/objection_overdue",
            request_facts(rt, request),
            office_context(rt, request),
            "objection_overdue",
            objection_number=objection.number,
            komisi_deadline=tanggal(komisi),
        )
        queue_letter(rt, citizen, request, None, dedupe_key=f"objection_overdue:{objection.id}")
    return len(late)
