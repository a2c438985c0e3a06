"""A work unit's answer to TERUSKAN: it counts only with the token of that forwarding and that
unit address; its text and files go to the officers and into the decision."""

from __future__ import annotations

import re

from ppid_mailer.adapters.models import utcnow_naive
from ppid_mailer.core import trust
from ppid_mailer.core.commands import new_top
from ppid_mailer.core.domain import InboundState
from ppid_mailer.core.letters import officer as officer_letters
from ppid_mailer.service.audit import event
from ppid_mailer.service.handlers.inbound import Inbound
from ppid_mailer.service.letter_queue import queue_letter
from ppid_mailer.service.runtime import Runtime
from ppid_mailer.service.units import unit_claim

_NOT_HELD = re.compile(r"^\s*(?:tidak\s+ada|tidak\s+dikuasai|not\s+held|tidak\s+memiliki)\b", re.I)


def handle_unit_reply(rt: Runtime, inbound: Inbound) -> str:
    row, mail, decision = inbound.row, inbound.mail, inbound.decision
    forwarding = unit_claim(rt, mail)
    assert forwarding is not None  # the classifier checked it
    request = forwarding.request
    now = rt.clock.now()
    text = new_top(mail.text)
    # A unit's files may reach the citizen (a decision without files of its own sends them):
    # only what the unit attached is kept as its answer, never a forwarded message or what is
    # inside one (core.trust.releasable); the raw mail stays with the inbound message.
    files, left_out = trust.releasable(a for a in mail.attachments if not a.inline)
    rt.store.add_files(request, row.id, files, now, role=f"unit:{forwarding.unit}")
    forwarding.answered_at = utcnow_naive(now)
    forwarding.answered_by = mail.from_addr
    forwarding.answer = text[:20000]
    forwarding.not_held = bool(_NOT_HELD.match(text))
    forwarding.save()
    event(
        rt,
        request,
        row,
        mail,
        "unit_answer",
        f"{forwarding.unit}: "
        + ("tidak ada" if forwarding.not_held else f"{len(files)} berkas; {text[:500]}"),
    )
    if left_out:
        event(rt, request, row, mail, "files_withheld", "; ".join(left_out))
    spec = officer_letters.unit_answer(
        rt.settings.officers.ppid,
        request.number,
        forwarding.unit,
        mail.from_addr,
        text,
        forwarding.not_held,
        files,
    )
    queue_letter(rt, spec, request, row.id, dedupe_key=f"unit_answer:{row.id}")
    reason = f"answer of unit {forwarding.unit} to {request.number}"
    rt.store.finish_inbound(row, InboundState.DONE, decision.kind, reason, now, request)
    return reason
