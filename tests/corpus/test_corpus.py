"""1,600 real-world messages through the whole pipeline: nothing crashes, nothing is dropped,
no robot is answered; every auto-reply and bounce is recognised, and people's mail is not.

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
from ppid_mailer.core.classify import Facts, classify
from ppid_mailer.core.domain import Kind
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
# Robots the corpus files under other categories, found by reading them: Hotmail's complaint
# reports (JMRP), Verizon's and KDDI's bounce gateways, Amazon SNS bounce notices, fml's
# list-server errors, Outlook out-of-office replies in Latvian and Polish.
MORE_ROBOTS = {
    *(f"sisimai-set-of-emails/maildir__bsd__arf-{n}.eml" for n in (22, 23, 24)),
    *(f"sisimai-set-of-emails/maildir__bsd__lhost-amazonses-{n:02d}.eml" for n in range(9, 14)),
    *(
        f"sisimai-set-of-emails/maildir__{d}__lhost-apachejames-01.eml"
        for d in ("bsd", "dos", "mac")
    ),
    *(f"sisimai-set-of-emails/maildir__{d}__lhost-kddi-01.eml" for d in ("bsd", "dos", "mac")),
    "sisimai-set-of-emails/maildir__bsd__lhost-kddi-02.eml",
    "sisimai-set-of-emails/maildir__bsd__lhost-kddi-03.eml",
    "sisimai-set-of-emails/maildir__bsd__lhost-verizon-02.eml",
    "sisimai-set-of-emails/maildir__bsd__lhost-fml-02.eml",
    "sisimai-set-of-emails/maildir__bsd__lhost-fml-03.eml",
    "ruby-bounce-email/test__non_bounces__tt_1234210666.txt",
    "php-mime-mail-parser/tests__mails__issue212",
}
# People writing to people, as mail clients send it: they must stay answerable.
PEOPLE = (HUMAN - {"spamassassin/t__data__spam__004", "spamassassin/t__data__spam__007"}) | {
    "sisimai-set-of-emails/maildir__not__is-not-bounce-01.eml",
    "sisimai-set-of-emails/maildir__not__is-not-bounce-02.eml",
    *(
        f"talon/tests__fixtures__standard_replies__{client}.eml"
        for client in (
            "android aol apple_mail apple_mail_2 comcast gmail hotmail iphone outlook sparrow "
            "thunderbird yahoo"
        ).split()
    ),
}
ROBOT_KINDS = {Kind.BOUNCE, Kind.AUTO_REPLY}
# What else may be held as automated mail outside the robot list: mailing-list and bulk mail,
# no-reply senders, a null envelope sender. Never an auto-reply or bounce family of its own.
BULK_REASONS = ("Precedence", "mailing-list", "robot sender", "null envelope sender")
FACTS = Facts(
    our_addresses=frozenset({"ppid@kota-uji.go.id"}),
    officer_addresses=frozenset({"petugas@kota-uji.go.id"}),
)

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


def _index() -> list[dict[str, str]]:
    if not (CORPUS / "INDEX.tsv").exists():
        pytest.skip(
            f"corpus not found at {CORPUS} (it lies beside the repository in CI; "
            "set PPID_CORPUS to use another copy)"
        )
    return list(csv.DictReader((CORPUS / "INDEX.tsv").open(encoding="utf-8"), delimiter="\t"))


def _is_robot(row: dict[str, str]) -> bool:
    """An auto-reply or a bounce: by the corpus' category unless people wrote it, or by review."""
    return (row["category"] in ROBOT_CATEGORIES and row["file"] not in HUMAN) or (
        row["file"] in MORE_ROBOTS
    )


def test_every_robot_in_the_corpus_is_recognised_and_people_are_not() -> None:
    index = _index()
    missed, mistaken, people = [], [], []
    for row in index:
        decision = classify(parse_mail((CORPUS / row["file"]).read_bytes()), FACTS)
        where = f"{row['file']}: {decision.kind} ({decision.reason[:80]})"
        if _is_robot(row):
            if decision.kind not in ROBOT_KINDS:
                missed.append(where)
        elif decision.kind in ROBOT_KINDS and not decision.reason.startswith(BULK_REASONS):
            mistaken.append(where)
        if row["file"] in PEOPLE and decision.kind != Kind.NEW_REQUEST:
            people.append(where)
    assert sum(_is_robot(row) for row in index) == 902
    assert missed == []
    assert mistaken == []
    assert people == []


def test_corpus_through_the_pipeline(tmp_path: Path) -> None:
    index = _index()
    box = mailbox.Maildir(tmp_path / "Maildir", create=True)
    robots: set[str] = set()
    for row in index:
        raw = (CORPUS / row["file"]).read_bytes()
        box.add(raw)
        if _is_robot(row):
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
