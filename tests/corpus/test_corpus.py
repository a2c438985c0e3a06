"""1,600 real-world messages through the whole pipeline: nothing crashes, nothing is dropped,
no robot is answered.

The corpus (`../shared/corpus`, beside the repository) holds bounces from many MTAs, spam,
broken MIME, TNEF, odd charsets; our own Indonesian and English auto-replies are added.
"""

from __future__ import annotations

import csv
import hashlib
import mailbox
import os
from pathlib import Path

import pytest

from ppid_mailer.adapters.models import AttachmentRow, InboundMessage, OutboundMessage
from ppid_mailer.config import load_settings
from ppid_mailer.core.parse import parse_mail
from ppid_mailer.service.daemon import run_once
from ppid_mailer.service.runtime import build_runtime
from tests import mails

CORPUS = Path(
    os.environ.get("PPID_CORPUS", Path(__file__).resolve().parents[3] / "shared" / "corpus")
)
ROBOT_CATEGORIES = {"bounce/DSN", "auto-reply", "arf-complaint", "mdn"}
# Filed as robots by the corpus' guess, but written by people: a person forwarding a bounce,
# and spam whose subject mentions a "vacation". Trust the message, not the guess.
HUMAN = {
    "sisimai-set-of-emails/mailbox__mbox-0_msg0036",
    "sisimai-set-of-emails/maildir__bsd__lhost-sendmail-14.eml",
    "sisimai-set-of-emails/maildir__err__make-test-36.eml",
    "spamassassin/t__data__spam__004",
    "spamassassin/t__data__spam__007",
}

SETTINGS = """\
[office]
name = Dinas Kominfo Kota Uji
[inbox]
protocol = maildir
path = Maildir
[outbox]
transport = pickup
path = outbox
from_address = ppid@kota-uji.go.id
[database]
url = sqlite:///ppid.sqlite3
[officers]
ppid = petugas@kota-uji.go.id
secret_key = 0123456789abcdef0123
[limits]
auto_replies_per_sender_per_day = 1000
"""


def test_corpus_through_the_pipeline(tmp_path: Path) -> None:
    if not (CORPUS / "INDEX.tsv").exists():
        pytest.skip(
            f"corpus not found at {CORPUS} (it lies beside the repository in CI; "
            "set PPID_CORPUS to use another copy)"
        )
    index = list(csv.DictReader((CORPUS / "INDEX.tsv").open(encoding="utf-8"), delimiter="\t"))
    box = mailbox.Maildir(tmp_path / "Maildir", create=True)
    robots: set[str] = set()
    for row in index:
        raw = (CORPUS / row["file"]).read_bytes()
        box.add(raw)
        if row["category"] in ROBOT_CATEGORIES and row["file"] not in HUMAN:
            robots.add(hashlib.sha256(raw).hexdigest())
    for text in mails.AUTO_REPLIES.values():
        box.add(text.encode())
        robots.add(hashlib.sha256(text.encode()).hexdigest())
    (tmp_path / "settings.ini").write_text(SETTINGS)
    rt = build_runtime(load_settings(tmp_path / "settings.ini"))

    result = run_once(rt)

    total = len(index) + len(mails.AUTO_REPLIES)
    assert total >= 300
    assert result.intake.stored == total
    states: dict[str, int] = {}
    for row in InboundMessage.select():
        states[row.state] = states.get(row.state, 0) + 1
        assert row.state in ("done", "held", "duplicate"), (row.id, row.state, row.error[-500:])
        assert row.reason, row.id
    assert sum(states.values()) == total

    answered = {
        m.cause.sha256
        for m in OutboundMessage.select().join(InboundMessage)
        if m.purpose in ("receipt", "too_large")
    }
    assert robots, "the corpus lost its bounces?"
    assert answered & robots == set()
    assert all(m.state == "sent" for m in OutboundMessage.select())

    # Nothing a message carries is dropped silently: every part is stored with its request.
    for row in InboundMessage.select().where(InboundMessage.kind == "new_request"):
        parsed = parse_mail(rt.store.inbound_raw(row.id))
        stored = AttachmentRow.select().where(AttachmentRow.inbound == row.id).count()
        assert stored == min(len(parsed.attachments), rt.settings.limits.max_attachments), row.id
