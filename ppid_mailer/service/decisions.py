"""Apply one trusted officer command to a request: status, audit event, the citizen's letter.

Runs inside the officer mail's transaction; the decision rules themselves are core.workflow.
"""

from __future__ import annotations

from ppid_mailer.adapters.models import InboundMessage, Request, utcnow_naive
from ppid_mailer.core import outcome_letters
from ppid_mailer.core.commands import Command, Keyword
from ppid_mailer.core.domain import Attachment, LetterSpec, ParsedMail, Status
from ppid_mailer.core.workdays import add_workdays
from ppid_mailer.core.workflow import RequestState, decide

from .audit import event
from .letters import office_context, queue_letter
from .outcome import Outcome
from .requests import request_facts
from .runtime import Runtime
from .units import forward, unit_files

DECISIONS = {
    Keyword.KABULKAN: Status.GRANTED,
    Keyword.SEBAGIAN: Status.PARTIALLY_GRANTED,
    Keyword.TOLAK: Status.REJECTED,
    Keyword.TIDAK_DIKUASAI: Status.NOT_HELD,
}


def apply_command(
    rt: Runtime,
    request: Request,
    command: Command,
    mail: ParsedMail,
    row: InboundMessage,
    outcome: Outcome,
) -> None:
    keyword = command.keyword
    today = rt.local_now().date()
    state = RequestState(Status(request.status), bool(request.extended), request.due_date)
    verdict = decide(state, keyword, today)
    if not verdict.ok:
        outcome.refused.append(f"{keyword.value}: {verdict.reason}")
        event(rt, request, row, mail, "command_refused", f"{keyword.value}: {verdict.reason}")
        return
    if keyword is Keyword.BANTUAN:
        outcome.show_help = True
        outcome.applied.append("BANTUAN: tabel kata kunci di bawah")
        return
    if keyword is Keyword.TERUSKAN:
        forward(rt, request, command, mail, row, outcome)
        return
    if keyword is Keyword.CATATAN:
        event(rt, request, row, mail, "note", command.argument)
        outcome.applied.append("CATATAN disimpan (tidak dikirim ke pemohon)")
        return
    files = (
        tuple(a for a in mail.attachments if not a.inline)
        if keyword in (Keyword.KABULKAN, Keyword.SEBAGIAN)
        else ()
    )
    if keyword in (Keyword.KABULKAN, Keyword.SEBAGIAN) and not files:
        files = unit_files(rt.store, request)
    limit = rt.settings.limits.max_message_mb * 1024 * 1024
    if sum(a.size for a in files) > limit:
        outcome.refused.append(
            f"{keyword.value}: lampiran {sum(a.size for a in files) / 1048576:.1f} MB melebihi batas "
            f"{rt.settings.limits.max_message_mb} MB; tidak ada yang dikirim. Kirim dalam beberapa "
            "bagian atau berikan tautan unduhan dalam catatan."
        )
        return
    spec = _letter(rt, request, command, files, today)
    if verdict.extend:
        request.extended = True
        request.due_date = request.final_due_date
    if verdict.to is not None:
        request.status = verdict.to
    if keyword in DECISIONS:
        request.decided_at = utcnow_naive(rt.clock.now())
        request.decision_reason = command.argument
        request.rejection_ground = command.ground
        rt.store.add_files(request, row.id, files, rt.clock.now(), role="decision")
    request.updated_at = utcnow_naive(rt.clock.now())
    request.save()
    event(
        rt,
        request,
        row,
        mail,
        keyword.value.lower(),
        (f"{command.ground}: " if command.ground else "") + command.argument,
    )
    outcome.applied.append(
        f"{keyword.value}: status {Status(request.status).label}"
        + (f", batas waktu {request.due_date.isoformat()}" if verdict.extend else "")
    )
    if spec is not None and queue_letter(
        rt, spec, request, row.id, dedupe_key=f"{spec.purpose}:{request.id}:{row.id}"
    ):
        names = ", ".join(a.filename for a in spec.attachments)
        outcome.sent.append(
            f"{spec.template.split('/')[-1]} ke {request.requester_email}"
            + (f" dengan lampiran {names}" if names else "")
        )


def _letter(
    rt: Runtime, request: Request, command: Command, files: tuple[Attachment, ...], today: object
) -> LetterSpec | None:
    facts = request_facts(rt, request)
    office = office_context(rt)
    keyword = command.keyword
    if keyword is Keyword.PROSES:
        return outcome_letters.in_process(facts, office)
    if keyword is Keyword.PERPANJANG:
        return outcome_letters.extension(facts, office, command.argument)
    if keyword is Keyword.KLARIFIKASI:
        return outcome_letters.clarification(facts, office, command.argument)
    if keyword in DECISIONS:
        days = rt.settings.deadlines.objection_days
        deadline = add_workdays(rt.calendar, rt.local_now().date(), days)
        return outcome_letters.decision(
            facts,
            office,
            DECISIONS[keyword],
            command.argument,
            command.ground,
            files,
            deadline,
            days,
        )
    return None
