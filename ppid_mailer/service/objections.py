"""Objections (keberatan, UU 14/2008 Pasal 35-36): create one with its number and clock, the
atasan's decision, and the clock that runs while the atasan has not answered.

The handlers that read the mail (a citizen's KEBERATAN, the atasan's reply) live in
service.handlers.citizen and service.handlers.objections; everything that changes an objection is here.
"""

from __future__ import annotations

from datetime import UTC, datetime

from ppid_mailer.adapters.models import InboundMessage, Objection, Request, utcnow_naive
from ppid_mailer.core.domain import KOMISI_INFORMASI_DAYS, ObjectionStatus, ParsedMail
from ppid_mailer.core.letters import citizen as citizen_letters
from ppid_mailer.core.letters import officer as officer_letters
from ppid_mailer.core.letters.facts import tanggal, waktu
from ppid_mailer.core.numbers import format_number
from ppid_mailer.core.workdays import add_workdays

from .audit import event, record
from .letter_queue import office_context, queue_letter
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
    )
    event(rt, request, row, mail, "objection", f"{objection.number}: {reason}")
    facts = request_facts(rt, request)
    context = objection_context(rt, objection)
    queue_letter(
        rt,
        citizen_letters.objection_receipt(facts, office_context(rt), context),
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
            office_context(rt),
            message_id=minted.message_id,
            reply_to=minted.reply_to,
        )
        queue_letter(
            rt, spec, request, row.id, dedupe_key=f"objection_notify:{objection.id}:{atasan}"
        )
    return objection


def decide(
    rt: Runtime,
    objection: Objection,
    request: Request,
    granted: bool,
    text: str,
    mail: ParsedMail,
    row: InboundMessage,
) -> None:
    """The atasan grants or rejects; the citizen is told, with the Komisi Informasi route."""
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
    komisi = add_workdays(rt.calendar, rt.local_now().date(), KOMISI_INFORMASI_DAYS)
    spec = citizen_letters.objection_decision(
        request_facts(rt, request),
        office_context(rt),
        objection_context(rt, objection),
        granted,
        text,
        komisi,
    )
    queue_letter(rt, spec, request, row.id, dedupe_key=f"objection_decision:{objection.id}")


def objection_context(rt: Runtime, objection: Objection) -> dict[str, object]:

    return {
        "number": objection.number,
        "reason": objection.reason,
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
            office_context(rt),
            "objection_overdue",
            objection_number=objection.number,
            komisi_deadline=tanggal(komisi),
        )
        queue_letter(rt, citizen, request, None, dedupe_key=f"objection_overdue:{objection.id}")
    return len(late)
