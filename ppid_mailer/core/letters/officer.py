"""Every letter to officers, the atasan and the secretariat (templates/officer/): the notification
that carries the trust token, the result of every command (hasil perintah), alerts, objection and
complaint notices, and a unit's answer passed on."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from ppid_mailer.core.commands import ATASAN_KEYWORDS, OFFICER_KEYWORDS, help_table
from ppid_mailer.core.domain import Attachment, LetterSpec

from .facts import RequestFacts, plain_problem, tanggal

# What each letter is, by its outbox `purpose`, as officers read it in alerts (a bounce, a letter
# that could not be sent): never the code itself.
LETTER_NAMES: Mapping[str, str] = {
    "receipt": "tanda terima permohonan",
    "completion": "pemberitahuan kelengkapan permohonan",
    "too_large": "pemberitahuan surel terlalu besar",
    "declared_complete": "ralat tanda terima",
    "files": "berkas pemohon untuk petugas",
    "in_process": "pemberitahuan permohonan diproses",
    "extension": "pemberitahuan perpanjangan",
    "clarification": "permintaan klarifikasi",
    "decision_granted": "pemberitahuan tertulis (dikabulkan)",
    "decision_partially_granted": "pemberitahuan tertulis (dikabulkan sebagian)",
    "decision_rejected": "pemberitahuan tertulis (ditolak)",
    "decision_not_held": "pemberitahuan tertulis (tidak dikuasai)",
    "status": "jawaban STATUS",
    "withdrawn": "pemberitahuan pembatalan",
    "objection_receipt": "tanda terima keberatan",
    "objection_decision": "tanggapan atasan atas keberatan",
    "objection_overdue": "pemberitahuan keberatan belum ditanggapi",
    "command_failed": "jawaban permintaan yang tidak dapat diproses",
    "complaint_receipt": "tanda terima pengaduan",
    "transferred": "pemberitahuan penerusan",
    "deadline_changed": "pemberitahuan perubahan batas waktu",
    "overdue": "pemberitahuan keterlambatan",
    "lapsed": "pemberitahuan permohonan kedaluwarsa",
    "notification": "pemberitahuan permohonan baru untuk petugas",
    "objection_notification": "pemberitahuan keberatan untuk atasan",
    "objection_decided": "pemberitahuan putusan keberatan untuk petugas",
    "result": "hasil perintah",
    "unit_answer": "jawaban unit kerja",
    "complaint": "pengaduan untuk sekretariat",
    "forward": "permintaan data kepada unit kerja",
    "digest": "ringkasan harian",
    "alert": "pemberitahuan untuk petugas",
}


def letter_name(purpose: str) -> str:
    return LETTER_NAMES.get(purpose, "surat")


def notification(
    request: RequestFacts,
    officer: str,
    office: Mapping[str, Any],
    message_id: str,
    reply_to: str,
    attachments: tuple[Attachment, ...],
    skipped: Sequence[tuple[str, str, str]],
    fields: Sequence[tuple[str, str, str]] = (),
    missing: Sequence[Mapping[str, str]] = (),
    notes: Sequence[str] = (),
    units: Sequence[str] = (),
    doubts: Sequence[str] = (),
    max_letter_mb: int = 20,
) -> LetterSpec:
    """Everything an officer needs to decide, in one mail; reply to it with a keyword.

    The citizen's files (the ID copy among them) go only with this notification, and with the
    letters a BERKAS reply asks for. `skipped` lists, as (name, size, kind), the files that did
    not fit under `max_letter_mb`. `missing` holds {code, title, explanation}; a stored code
    alone is named by the template.
    """
    return LetterSpec(
        template="officer/notification",
        to=(officer,),
        context={
            **request.context(),
            "office": office,
            "letter_text": request.letter_text,
            "attachment_names": request.attachment_names,
            "skipped": list(skipped),
            "max_letter_mb": max_letter_mb,
            "fields": list(fields),
            "missing": [{"title": "", "explanation": "", **m} for m in missing],
            "notes": [plain_problem(n) for n in notes],
            "doubts": list(doubts),
            "units": list(units),
            "keywords": help_table(OFFICER_KEYWORDS),
        },
        purpose="notification",
        auto_submitted="auto-generated",
        attachments=attachments,
        message_id=message_id,
        reply_to=reply_to,
    )


def files(
    officer: str,
    number: str,
    listed: Sequence[tuple[str, str, str]],
    index: int,
    count: int,
    attachments: tuple[Attachment, ...],
    max_letter_mb: int,
    split: Sequence[str] = (),
) -> LetterSpec:
    """One of the letters a BERKAS reply asks for: the citizen's files, under the size limit.

    `split` names the files cut into pieces, so that the officer is told how to join them.
    """
    return LetterSpec(
        template="officer/files",
        to=(officer,),
        context={
            "number": number,
            "listed": list(listed),
            "index": index,
            "count": count,
            "max_letter_mb": max_letter_mb,
            "split": list(split),
        },
        purpose="files",
        auto_submitted="auto-replied",
        attachments=attachments,
    )


def objection_notification(
    objection: Mapping[str, Any],
    request: RequestFacts,
    to: str,
    office: Mapping[str, Any],
    message_id: str,
    reply_to: str,
) -> LetterSpec:
    return LetterSpec(
        template="officer/objection_notification",
        to=(to,),
        context={
            **request.context(),
            "office": office,
            "objection": objection,
            "keywords": help_table(ATASAN_KEYWORDS),
        },
        purpose="objection_notification",
        auto_submitted="auto-generated",
        message_id=message_id,
        reply_to=reply_to,
    )


def result(
    to: str,
    number: str,
    applied: list[str],
    refused: list[str],
    sent: list[dict[str, str]],
    show_help: bool,
    atasan: bool,
    reply_to: str,
    left_out: list[str] | None = None,
) -> LetterSpec:
    """Hasil perintah: what was applied, what was refused and why, what the citizen was sent,
    and which of the officer's files were not sent (and why)."""
    return LetterSpec(
        template="officer/result",
        to=(to,),
        context={
            "number": number,
            "applied": applied,
            "refused": refused,
            "sent": sent,
            "left_out": left_out or [],
            "keywords": help_table(ATASAN_KEYWORDS if atasan else OFFICER_KEYWORDS)
            if show_help
            else "",
        },
        in_reply_to=reply_to,
        references=(reply_to,) if reply_to else (),
        purpose="result",
        auto_submitted="auto-replied",
    )


def objection_decided(
    to: tuple[str, ...],
    request: RequestFacts,
    office: Mapping[str, Any],
    objection: Mapping[str, Any],
    granted: bool,
    text: str,
    carry_out_by: date | None,
) -> LetterSpec:
    """The atasan decided an objection: the officers are told, and on an accepted one what they
    must now do and by when."""
    return LetterSpec(
        template="officer/objection_decided",
        to=to,
        context={
            **request.context(),
            "office": office,
            "objection": objection,
            "granted": granted,
            "text": text,
            "carry_out_by": tanggal(carry_out_by) if carry_out_by else "",
        },
        purpose="objection_decided",
        auto_submitted="auto-generated",
    )


def request_closed_notice(to: tuple[str, ...], number: str, what: str, when: date) -> LetterSpec:
    """Tell the officers that the citizen withdrew (or otherwise closed) a request."""
    return LetterSpec(
        template="officer/alert",
        to=to,
        context={
            "title": f"Permohonan {what} oleh pemohon",
            "number": number,
            "lines": [f"Tanggal: {tanggal(when)}"],
            "action": "Tidak ada tindakan lebih lanjut.",
        },
        purpose="alert",
        auto_submitted="auto-generated",
    )


def unit_answer(
    to: tuple[str, ...],
    number: str,
    unit: str,
    sender: str,
    text: str,
    not_held: bool,
    files: tuple[Attachment, ...],
) -> LetterSpec:
    """The unit's answer, passed on to the PPID officers with its files."""
    return LetterSpec(
        template="officer/unit_answer",
        to=to,
        context={
            "number": number,
            "unit": unit,
            "sender": sender,
            "text": text,
            "not_held": not_held,
            "files": [f.filename for f in files],
        },
        purpose="unit_answer",
        auto_submitted="auto-generated",
        attachments=files,
    )


def complaint(
    to: tuple[str, ...], number: str, sender: str, text: str, request_number: str
) -> LetterSpec:
    return LetterSpec(
        template="officer/complaint",
        to=to,
        context={
            "complaint_number": number,
            "sender": sender,
            "text": text,
            "number": request_number,
        },
        purpose="complaint",
        auto_submitted="auto-generated",
    )


def alert(
    to: tuple[str, ...], title: str, lines: list[str], action: str, number: str = ""
) -> LetterSpec:
    """A note to officers or the admin: something needs a person (never sent to a citizen)."""
    return LetterSpec(
        template="officer/alert",
        to=to,
        context={"title": title, "lines": lines, "action": action, "number": number},
        purpose="alert",
        auto_submitted="auto-generated",
    )
