"""The officers' notification of a request: one per officer of the desk, each with its own HMAC
token (with the BERKAS letters, the only mail that carries the citizen's ID copy), the files
that do not fit in it listed, and sent on an officer's BERKAS in letters mail servers accept."""

from __future__ import annotations

import json

from ppid_mailer.adapters.models import Request
from ppid_mailer.core.domain import Attachment
from ppid_mailer.core.extract import FIELD_LABELS_ID
from ppid_mailer.core.letter_size import (
    FileRef,
    attach_within,
    kind_label,
    size_label,
    spread,
)
from ppid_mailer.core.letters import officer as officer_letters
from ppid_mailer.core.letters.facts import RequestFacts
from ppid_mailer.service.handlers.completeness import CheckResult
from ppid_mailer.service.letter_queue import office_context, queue_letter
from ppid_mailer.service.request_facts import request_facts
from ppid_mailer.service.runtime import Runtime
from ppid_mailer.service.tokens import mint


def file_refs(rt: Runtime, request: Request) -> tuple[list[FileRef], list[str]]:
    """The citizen's files still held (sizes only, the bytes stay in the database), and the
    names of those already purged."""
    held: list[FileRef] = []
    purged: list[str] = []
    for row in rt.store.file_sizes(request):
        if row.purged:
            purged.append(row.filename)
        else:
            held.append(FileRef(row.id, row.filename, row.content_type, row.size))
    return held, purged


def citizen_files(
    rt: Runtime, request: Request, id_name: str, letter_text: str = ""
) -> tuple[tuple[Attachment, ...], tuple[tuple[str, str, str], ...]]:
    """The ID copy first, then the citizen's other files while the notification stays under
    `[outbox] max_letter_mb`; the others as (name, size, kind) for the letter to list.

    Mail servers refuse larger mail (a 25 MB scan makes a 34 MB letter): an officer who needs
    the files left out replies BERKAS and gets them in letters each under the limit.
    """
    held, purged = file_refs(rt, request)
    held.sort(key=lambda f: f.filename != id_name)
    limit = rt.settings.outbox.max_letter_mb * 1024 * 1024
    # Sizes first, data only for the files that go: a 25 MB scan is never read back here.
    attached, left = attach_within(held, limit, letter_text)
    files = tuple(
        Attachment(f.filename, f.content_type, rt.store.attachment_data(f.key)) for f in attached
    )
    listed = [(f.filename, size_label(f.size), kind_label(f.content_type)) for f in left]
    listed += [(name, "-", "sudah dihapus (masa retensi)") for name in purged]
    return files, tuple(listed)


def notify_officers(
    rt: Runtime,
    request: Request,
    cause_id: int | None,
    result: CheckResult | None = None,
    dedupe: str = "notify",
    facts: RequestFacts | None = None,
) -> None:
    """One notification per officer of the desk handling the request, each with its own token.

    Without a fresh check result (a request moved to another desk), the fields, missing items and
    notes come from what was recorded on the request.
    """
    settings = rt.settings
    facts = facts or request_facts(rt, request)
    checks = json.loads(request.checks or "{}")
    if result is not None:
        document = result.extraction.id_document
        id_name = document.filename if document else ""
        fields = [
            (FIELD_LABELS_ID[n], v.value, v.source)
            for n, v in result.extraction.fields.items()
            if n in FIELD_LABELS_ID
        ]
        missing = [
            {"code": m.code, "title": m.title, "explanation": m.explanation} for m in result.missing
        ]
    else:
        id_name = (checks.get("id_document") or {}).get("filename", "")
        fields = [
            (FIELD_LABELS_ID[n], v.get("value", ""), v.get("source", ""))
            for n, v in json.loads(request.fields or "{}").items()
            if n in FIELD_LABELS_ID
        ]
        missing = [{"code": code} for code in json.loads(request.missing or "[]")]
    notes = list(checks.get("notes", [])) + [
        f"tidak terbaca: {u}" for u in checks.get("unreadable", [])
    ]
    if checks.get("id_document"):
        doc = checks["id_document"]
        notes.append(f"identitas: {doc['filename']} ({doc['kind']}; {doc['evidence']})")
    files, skipped = citizen_files(rt, request, id_name, facts.letter_text)
    desk = settings.inbox_named(request.handled_by)
    for officer in desk.officers or settings.officers.ppid:
        minted = mint(rt, "notify", request.id, officer)
        spec = officer_letters.notification(
            facts,
            officer,
            office_context(rt, request),
            message_id=minted.message_id,
            reply_to=minted.reply_to,
            attachments=files,
            skipped=skipped,
            max_letter_mb=settings.outbox.max_letter_mb,
            fields=fields,
            missing=missing,
            notes=notes,
            doubts=list(checks.get("doubts", [])),
            units=sorted(settings.units)
            + [d.name for d in settings.inboxes if d.name != desk.name],
        )
        queue_letter(rt, spec, request, cause_id, dedupe_key=f"{dedupe}:{request.id}:{officer}")


def send_files(
    rt: Runtime, request: Request, wanted: str, officer: str, cause_id: int
) -> tuple[str, str]:
    """BERKAS [nama berkas]: the citizen's files (all, or those named) to the officer who asked,
    in letters each under `[outbox] max_letter_mb`; a file larger than that in numbered pieces.

    Returns the line for the officer's result mail: (what was done, '') or ('', why not).
    """
    held, purged = file_refs(rt, request)
    if wanted:
        named = [f for f in held if f.filename.lower() in wanted.lower()]
        gone = [n for n in purged if n.lower() in wanted.lower()]
        if not named:
            names = ", ".join(f.filename for f in held) or "(tidak ada)"
            why = "sudah dihapus (masa retensi)" if gone else "tidak ditemukan"
            return "", f"BERKAS: berkas {wanted!r} {why}; berkas pemohon: {names}"
        held = named
    if not held:
        return "", "BERKAS: pemohon tidak melampirkan berkas, atau berkasnya sudah dihapus"
    max_mb = rt.settings.outbox.max_letter_mb
    letters = spread(held, max_mb * 1024 * 1024)
    # One file's bytes at a time: its pieces usually go in letters one after another.
    loaded: tuple[int, bytes] = (0, b"")
    for i, pieces in enumerate(letters, start=1):
        attachments = []
        for piece in pieces:
            if loaded[0] != piece.file.key:
                loaded = (piece.file.key, rt.store.attachment_data(piece.file.key))
            data = loaded[1][piece.start : piece.end]
            ctype = piece.file.content_type if piece.parts == 1 else "application/octet-stream"
            attachments.append(Attachment(piece.filename, ctype, data))
        spec = officer_letters.files(
            officer,
            request.number,
            [(p.filename, size_label(p.size), kind_label(p.file.content_type)) for p in pieces],
            i,
            len(letters),
            tuple(attachments),
            max_mb,
            split=sorted({p.file.filename for p in pieces if p.parts > 1}),
        )
        queue_letter(rt, spec, request, cause_id, dedupe_key=f"files:{request.id}:{cause_id}:{i}")
    return (
        f"BERKAS: {len(held)} berkas dikirim kepada Anda dalam {len(letters)} surel terpisah "
        f"(masing-masing di bawah {max_mb} MB)",
        "",
    )
