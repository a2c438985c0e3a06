"""Apply one trusted officer command to a request: status, audit event, the citizen's letter.

Runs inside the officer mail's transaction; the decision rules themselves are core.workflow.
"""

from __future__ import annotations

from ppid_mailer.adapters.models import Forwarding, InboundMessage, Request, utcnow_naive
from ppid_mailer.config import InboxSettings
from ppid_mailer.core import trust
from ppid_mailer.core.commands import Command, Keyword, grant_gap
from ppid_mailer.core.domain import Attachment, LetterSpec, ParsedMail, Status
from ppid_mailer.core.letters import citizen as citizen_letters
from ppid_mailer.core.letters import facts
from ppid_mailer.core.letters import unit as unit_letters
from ppid_mailer.core.workdays import add_workdays, count_workdays
from ppid_mailer.core.workflow import DECISIONS
from ppid_mailer.service import request_state, units
from ppid_mailer.service.audit import event
from ppid_mailer.service.handlers.command_report import CommandReport
from ppid_mailer.service.handlers.notifications import notify_officers, send_files
from ppid_mailer.service.letter_queue import letter_number, office_context, queue_letter
from ppid_mailer.service.request_facts import request_facts
from ppid_mailer.service.runtime import Runtime
from ppid_mailer.service.tokens import mint
from ppid_mailer.service.units import unit_files


def apply_command(
    rt: Runtime,
    request: Request,
    command: Command,
    mail: ParsedMail,
    row: InboundMessage,
    outcome: CommandReport,
) -> None:
    keyword = command.keyword
    today = rt.local_now().date()
    verdict = request_state.check(rt, request, keyword)
    if not verdict.ok:
        outcome.refused.append(f"{keyword.value}: {verdict.reason}")
        event(rt, request, row, mail, "command_refused", f"{keyword.value}: {verdict.reason}")
        return
    if keyword is Keyword.BANTUAN:
        outcome.show_help = True
        outcome.applied.append("BANTUAN: tabel kata kunci di bawah")
        return
    if keyword is Keyword.CATATAN:
        event(rt, request, row, mail, "note", command.argument)
        outcome.applied.append("CATATAN disimpan (tidak dikirim ke pemohon)")
        return
    if keyword is Keyword.BERKAS:
        done, refused = send_files(rt, request, command.argument, mail.from_addr, row.id)
        (outcome.applied if done else outcome.refused).append(done or refused)
        if done:
            event(rt, request, row, mail, "files_sent", done)
        return
    files, left_out = (
        _files_for_citizen(rt, request, mail)
        if keyword in (Keyword.KABULKAN, Keyword.SEBAGIAN)
        else ((), ())
    )
    limit = rt.settings.limits.max_message_mb * 1024 * 1024
    if sum(a.size for a in files) > limit:
        outcome.refused.append(
            f"{keyword.value}: lampiran {sum(a.size for a in files) / 1048576:.1f} MB melebihi batas "
            f"{rt.settings.limits.max_message_mb} MB; tidak ada yang dikirim. Kirim dalam beberapa "
            "bagian atau berikan tautan unduhan dalam catatan."
        )
        return
    gap = (
        grant_gap(keyword, command.argument, len(files))
        if keyword in (Keyword.KABULKAN, Keyword.SEBAGIAN)
        else ""
    )
    if gap:
        outcome.refused.append(gap)
        event(rt, request, row, mail, "command_refused", gap)
        return
    if keyword is Keyword.LENGKAP or verdict.declare_complete:
        declare_complete(rt, request, command, mail, row, outcome)
        if keyword is Keyword.LENGKAP:
            return
        verdict = request_state.check(rt, request, keyword)
    if keyword is Keyword.TERUSKAN:
        forward(rt, request, command, mail, row, outcome)
        return
    spec = _letter(rt, request, command, files, today)
    request_state.apply(rt, request, verdict)
    if keyword in DECISIONS:
        request.decided_at = utcnow_naive(rt.clock.now())
        request.decision_reason = command.argument
        request.rejection_ground = command.ground
        rt.store.add_files(request, row.id, files, rt.clock.now(), role="decision")
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
        + (f", batas waktu {facts.tanggal(request.due_date)}" if verdict.extend else "")
    )
    if left_out:
        event(rt, request, row, mail, "files_withheld", "; ".join(left_out))
        outcome.left_out.extend(left_out)
    if spec is not None and queue_letter(
        rt, spec, request, row.id, dedupe_key=f"{spec.purpose}:{request.id}:{row.id}"
    ):
        outcome.sent_letter(spec, request.requester_email)


def _files_for_citizen(
    rt: Runtime, request: Request, mail: ParsedMail
) -> tuple[tuple[Attachment, ...], tuple[str, ...]]:
    """What a decision sends the citizen: the files the officer attached to the reply, else
    what the units sent; never a forwarded message or what is inside one (core.trust.releasable),
    with a line for each file left out."""
    files, left_out = trust.releasable(a for a in mail.attachments if not a.inline)
    if not files:
        files, more = trust.releasable(unit_files(rt.store, request))
        left_out += more
    return files, left_out


def declare_complete(
    rt: Runtime,
    request: Request,
    command: Command,
    mail: ParsedMail,
    row: InboundMessage,
    outcome: CommandReport,
) -> None:
    """An officer overrules the requirement check (LENGKAP, or a keyword acting on an incomplete
    request): complete since the day it was received, and the citizen gets a corrected receipt."""
    thought_missing = request.missing or "[]"
    request_state.declare_complete(rt, request)
    request.missing = "[]"
    request.save()
    event(
        rt,
        request,
        row,
        mail,
        "declared_complete",
        f"check had found missing {thought_missing}"
        + (
            f"; {command.argument}"
            if command.keyword is Keyword.LENGKAP and command.argument
            else ""
        ),
    )
    due = request.due_date
    outcome.applied.append(
        f"LENGKAP: permohonan dinyatakan lengkap sejak diterima; batas waktu {facts.tanggal(due)}"
    )
    spec = citizen_letters.declared_complete(
        request_facts(rt, request), office_context(rt, request)
    )
    if queue_letter(rt, spec, request, row.id, dedupe_key=f"declared_complete:{request.id}"):
        outcome.sent_letter(spec, request.requester_email)


def _letter(
    rt: Runtime, request: Request, command: Command, files: tuple[Attachment, ...], today: object
) -> LetterSpec | None:
    """The citizen's letter for a keyword; a numbered notice for the decisions and the
    extension (UU 14/2008 Pasal 22(7) and (8))."""
    about = request_facts(rt, request)
    office = office_context(rt, request)
    keyword = command.keyword
    today = rt.local_now().date()
    if keyword is Keyword.PROSES:
        return citizen_letters.in_process(about, office)
    if keyword is Keyword.PERPANJANG:
        return citizen_letters.extension(about, office, command.argument, letter_number(rt))
    if keyword is Keyword.KLARIFIKASI:
        reply_by = add_workdays(rt.calendar, today, rt.settings.deadlines.clarification_days)
        due = request.due_date
        return citizen_letters.clarification(
            about, office, command.argument, min(reply_by, due) if due else reply_by
        )
    if keyword in DECISIONS:
        days = rt.settings.deadlines.objection_days
        notice = citizen_letters.Notice(
            DECISIONS[keyword],
            command.argument,
            command.ground,
            command.statute,
            letter_number(rt),
        )
        deadline = add_workdays(rt.calendar, today, days)
        return citizen_letters.decision(about, office, notice, files, deadline, days)
    return None


def forward(
    rt: Runtime,
    request: Request,
    command: Command,
    mail: ParsedMail,
    row: InboundMessage,
    outcome: CommandReport,
) -> None:
    """TERUSKAN <unit> [catatan]: one mail to each address of the unit, each with its own token."""
    name, _, note = command.argument.partition(" ")
    unit = name.lower().strip(",.:;")
    desks = {d.name: d for d in rt.settings.inboxes}
    if unit in desks and unit not in rt.settings.units:
        transfer(rt, request, desks[unit], note.strip(), mail, row, outcome)
        return
    if unit not in rt.settings.units:
        known = ", ".join(sorted(rt.settings.units)) or "(belum ada; isi [units] di settings.ini)"
        outcome.refused.append(f"TERUSKAN: unit {name!r} tidak dikenal; unit yang ada: {known}")
        return
    now = rt.clock.now()
    forwarding = Forwarding.create(
        request=request,
        unit=unit,
        note=note.strip(),
        asked_by=mail.from_addr,
        asked_at=utcnow_naive(now),
    )
    about = request_facts(rt, request)
    today = rt.local_now().date()
    settings = rt.settings
    lead = settings.deadlines.unit_lead_days
    unit_due = units.unit_due(rt, request.due_date, today)
    days_left = count_workdays(rt.calendar, today, unit_due) if unit_due else None
    for address in settings.units[unit]:
        minted = mint(rt, "unit", forwarding.id, address)
        spec = unit_letters.unit_request(
            about,
            unit,
            address,
            note.strip(),
            days_left,
            mail.from_addr,
            message_id=minted.message_id,
            reply_to=minted.reply_to,
            unit_title=settings.unit_title(unit),
            unit_due=unit_due,
            lead_days=lead,
        )
        queue_letter(rt, spec, request, row.id, dedupe_key=f"forward:{forwarding.id}:{address}")
    event(rt, request, row, mail, "teruskan", f"{unit}: {note.strip()}")
    outcome.applied.append(f"TERUSKAN: diteruskan ke {unit} ({', '.join(settings.units[unit])})")


def transfer(
    rt: Runtime,
    request: Request,
    desk: InboxSettings,
    note: str,
    mail: ParsedMail,
    row: InboundMessage,
    outcome: CommandReport,
) -> None:
    """UU 14/2008 Pasal 22(7)b: hand the request to the desk that holds the information.

    The number and the clock stay; the citizen is told; the desk's officers get the notification.
    """
    if desk.name == request.handled_by:
        outcome.refused.append(f"TERUSKAN: permohonan sudah ditangani {desk.title}")
        return
    signed_by = office_context(rt, request)  # the desk handing it over signs the letter
    request.handled_by = desk.name
    request.save()
    event(rt, request, row, mail, "transferred", f"{desk.name}: {note}")
    spec = citizen_letters.to_citizen(
        "citizen/transferred",
        request_facts(rt, request),
        signed_by,
        "transferred",
        letter_number=letter_number(rt),
        note=note,
    )
    queue_letter(rt, spec, request, row.id, dedupe_key=f"transferred:{request.id}:{desk.name}")
    notify_officers(rt, request, row.id, dedupe=f"notify-{desk.name}")
    outcome.applied.append(
        f"TERUSKAN: permohonan diserahkan kepada {desk.title}; nomor dan batas waktu tetap"
    )
    outcome.sent_letter(spec, request.requester_email)
