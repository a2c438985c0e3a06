"""Citizen keywords: STATUS, BATAL, KEBERATAN, and PENGADUAN (to the secretariat).

A citizen may only ask about, withdraw or object to a request made from the same address: the
registration number alone proves nothing.
"""

from __future__ import annotations

from ppid_mailer.adapters.models import (
    Complaint,
    Event,
    InboundMessage,
    Request,
    utcnow_naive,
)
from ppid_mailer.core.classify import Classification, citizen_command
from ppid_mailer.core.commands import Command, Keyword
from ppid_mailer.core.domain import InboundState, ParsedMail, Status
from ppid_mailer.core.letters import citizen as citizen_letters
from ppid_mailer.core.letters import facts
from ppid_mailer.core.letters import officer as officer_letters
from ppid_mailer.core.numbers import format_number
from ppid_mailer.service import objections, request_state
from ppid_mailer.service.audit import event
from ppid_mailer.service.handlers.inbound import Inbound
from ppid_mailer.service.letter_queue import office_context, queue_letter
from ppid_mailer.service.request_facts import registration_numbers, request_facts
from ppid_mailer.service.runtime import Runtime


def handle_citizen_command(rt: Runtime, inbound: Inbound) -> str:
    row, mail, decision, replied = inbound.row, inbound.mail, inbound.decision, inbound.replied
    command = citizen_command(mail, inbound.facts)
    assert command is not None  # the classifier found it
    if command.keyword is Keyword.PENGADUAN:
        return _complain(rt, row, mail, decision, command, replied)
    request = _find_request(rt, mail, command, replied)
    if request is None:
        return _fail(
            rt,
            row,
            mail,
            decision,
            command,
            None,
            "kami tidak menemukan permohonan atas nama alamat surel Saudara",
        )
    handler = {Keyword.STATUS: _status, Keyword.BATAL: _withdraw, Keyword.KEBERATAN: _object}
    return handler[command.keyword](rt, row, mail, decision, command, request)


def _find_request(
    rt: Runtime, mail: ParsedMail, command: Command, replied: Request | None
) -> Request | None:
    senders = {mail.from_addr}
    numbers = registration_numbers(rt, f"{command.argument} {mail.subject}")
    candidates = [Request.get_or_none(Request.number == n) for n in numbers]
    candidates += [replied]
    if not numbers and replied is None:
        candidates.append(
            Request.select()
            .where(Request.requester_email.in_(list(senders)))
            .order_by(Request.id.desc())
            .first()
        )
    for request in candidates:
        if request is not None and request.requester_email in senders:
            return request
    return None


def _status(
    rt: Runtime,
    row: InboundMessage,
    mail: ParsedMail,
    decision: Classification,
    command: Command,
    request: Request,
) -> str:
    last = (
        Event.select()
        .where(
            Event.request == request,
            Event.action.in_(list(ACTIONS)),
        )
        .order_by(Event.id.desc())
        .first()
    )
    spec = citizen_letters.status_letter(
        request_facts(rt, request),
        office_context(rt, request),
        _describe(last.action) if last else "belum ada",
        reply_to=mail.message_id,
    )
    queue_letter(rt, spec, request, row.id, dedupe_key=f"status:{row.id}")
    event(rt, request, row, mail, "status_asked", "")
    return _done(rt, row, decision, request, f"STATUS of {request.number} answered")


def _withdraw(
    rt: Runtime,
    row: InboundMessage,
    mail: ParsedMail,
    decision: Classification,
    command: Command,
    request: Request,
) -> str:
    verdict = request_state.check(rt, request, Keyword.BATAL)
    if not verdict.ok:
        return _fail(rt, row, mail, decision, command, request, verdict.reason)
    request_state.apply(rt, request, verdict)
    request.save()
    event(rt, request, row, mail, "withdrawn", command.argument)
    queue_letter(
        rt,
        citizen_letters.withdrawn(
            request_facts(rt, request), office_context(rt, request), reply_to=mail.message_id
        ),
        request,
        row.id,
        dedupe_key=f"withdrawn:{request.id}",
    )
    notice = officer_letters.request_closed_notice(
        rt.settings.inbox_named(request.handled_by).officers or rt.settings.officers.ppid,
        request.number,
        "dibatalkan",
        rt.local_now().date(),
    )
    queue_letter(rt, notice, request, row.id, dedupe_key=f"withdrawn-notice:{request.id}")
    return _done(rt, row, decision, request, f"{request.number} withdrawn by the requester")


def _object(
    rt: Runtime,
    row: InboundMessage,
    mail: ParsedMail,
    decision: Classification,
    command: Command,
    request: Request,
) -> str:
    """A keberatan: its own number and 30-working-day clock; the atasan is asked to answer."""
    if request.status in (Status.INCOMPLETE, Status.WITHDRAWN, Status.LAPSED):
        return _fail(
            rt,
            row,
            mail,
            decision,
            command,
            request,
            f"permohonan berstatus {Status(request.status).label}; keberatan tidak dapat diajukan",
        )
    if objections.has_open(request):
        return _fail(
            rt,
            row,
            mail,
            decision,
            command,
            request,
            "keberatan atas permohonan ini sedang diproses",
        )
    reason = (
        command.argument.replace(request.number, "").strip(" ,.:-") or "(tanpa alasan tertulis)"
    )
    objection = objections.create(rt, request, reason, row, mail)
    return _done(rt, row, decision, request, f"objection {objection.number} on {request.number}")


def _complain(
    rt: Runtime,
    row: InboundMessage,
    mail: ParsedMail,
    decision: Classification,
    command: Command,
    replied: Request | None,
) -> str:
    """PENGADUAN: a complaint about the service goes to the secretariat, with its own number."""
    if not command.argument.strip():
        return _fail(
            rt,
            row,
            mail,
            decision,
            command,
            None,
            "isi pengaduan kosong; tulis pengaduan Saudara setelah kata PENGADUAN",
        )
    now = rt.clock.now()
    today = rt.local_now()
    request = (
        _find_request(rt, mail, command, replied)
        if replied or registration_numbers(rt, command.argument)
        else None
    )
    seq = rt.store.next_seq("pengaduan", today.year)
    number = format_number(rt.settings.office.complaint_number_format, seq, today.year, today.month)
    Complaint.create(
        number=number,
        year=today.year,
        seq=seq,
        request=request,
        sender=mail.from_addr,
        text=command.argument[:20000],
        received_at=utcnow_naive(now),
    )
    to = (
        (rt.settings.office.complaints_to,)
        if rt.settings.office.complaints_to
        else rt.settings.officers.ppid
    )
    queue_letter(
        rt,
        officer_letters.complaint(
            to, number, mail.from_addr, command.argument, request.number if request else ""
        ),
        request,
        row.id,
        dedupe_key=f"complaint:{number}",
    )
    ack = citizen_letters.complaint_receipt(
        mail.from_addr, office_context(rt), number, facts.waktu(today), mail.message_id
    )
    queue_letter(rt, ack, request, row.id, dedupe_key=f"complaint_receipt:{number}")
    if request is not None:
        event(rt, request, row, mail, "complaint", f"{number}: {command.argument[:500]}")
    return _done(rt, row, decision, request, f"complaint {number} forwarded to {', '.join(to)}")


def _fail(
    rt: Runtime,
    row: InboundMessage,
    mail: ParsedMail,
    decision: Classification,
    command: Command,
    request: Request | None,
    problem: str,
) -> str:
    spec = citizen_letters.command_failed(
        mail.from_addr, office_context(rt), command.keyword.value, problem, mail.message_id
    )
    queue_letter(rt, spec, request, row.id, dedupe_key=f"command_failed:{row.id}")
    if request is not None:
        event(rt, request, row, mail, "command_refused", f"{command.keyword.value}: {problem}")
    return _done(rt, row, decision, request, f"{command.keyword.value} refused: {problem}")


def _done(
    rt: Runtime, row: InboundMessage, decision: Classification, request: Request | None, reason: str
) -> str:
    rt.store.finish_inbound(row, InboundState.DONE, decision.kind, reason, rt.clock.now(), request)
    return reason


# The steps a citizen is told of when asking STATUS (internal ones, notes, letters sent, refused
# commands, are not).
ACTIONS = {
    "registered": "permohonan dicatat",
    "completed": "permohonan dinyatakan lengkap",
    "declared_complete": "permohonan dinyatakan lengkap oleh petugas",
    "proses": "permohonan diproses",
    "perpanjang": "jangka waktu diperpanjang",
    "klarifikasi": "menunggu klarifikasi dari Saudara",
    "clarified": "klarifikasi dari Saudara diterima",
    "follow_up": "surel Saudara diterima dan dilampirkan pada permohonan",
    "teruskan": "data diminta kepada unit kerja",
    "unit_answer": "unit kerja telah menjawab",
    "transferred": "permohonan diteruskan kepada PPID yang menguasai informasi",
    "deadline_recomputed": "batas waktu disesuaikan dengan kalender hari libur",
    "lapsed": "permohonan ditutup karena belum lengkap",
    "kabulkan": "permohonan dikabulkan",
    "sebagian": "permohonan dikabulkan sebagian",
    "tolak": "permohonan ditolak",
    "tidak-dikuasai": "informasi tidak dikuasai",
    "withdrawn": "permohonan dibatalkan",
    "objection": "keberatan diajukan",
    "objection_granted": "keberatan diterima",
    "objection_rejected": "keberatan ditolak",
}


def _describe(action: str) -> str:
    return ACTIONS.get(action, "permohonan sedang ditangani petugas PPID")
