"""ParsedMail + facts -> Kind, by one ordered rule table; the first rule that matches wins.

Rules only inspect and give a reason; handlers act. The order is data (docs/ARCHITECTURE.md, step 2):
robots are recognised before anything could answer them, so a bounce or an out-of-office reply
is never taken for a new request.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .addresses import valid_mailbox
from .commands import Command, parse_citizen
from .domain import Kind, ParsedMail

_NULL_SENDERS = ("mailer-daemon@", "postmaster@", "noreply@", "no-reply@", "donotreply@")
_BOUNCE_SUBJECTS = (
    "undeliverable",
    "undelivered mail",
    "delivery status notification",
    "mail delivery failed",
    "returned mail",
    "delivery failure",
    "failure notice",
    "tidak dapat dikirim",
    "gagal terkirim",
)


_AUTO_SUBJECTS = (
    "auto reply",
    "auto-reply",
    "autoreply",
    "automatic reply",
    "auto response",
    "autosvar",
    "out of office",
    "out of the office",
    "abwesenheitsnotiz",
    "respuesta automática",
    "réponse automatique",
    "balasan otomatis",
    "jawaban otomatis",
    "balasan automatis",
    "di luar kantor",
    "sedang cuti",
    "sedang tidak di kantor",
)
_DELIVERY_NAMES = ("mail delivery subsystem", "mail delivery system", "mail administrator")


@dataclass(frozen=True)
class SpamRule:
    """How the upstream filter marks spam: a flag header, or a score header and a threshold."""

    flag_header: str = "x-spam-flag"
    score_header: str = "x-spam-score"
    threshold: float = 5.0


@dataclass(frozen=True)
class Facts:
    """What the service layer knows about a message that the message alone does not say."""

    our_addresses: frozenset[str]
    officer_addresses: frozenset[str]
    replied_request: str | None = None  # number of the request whose letter this mail answers
    replied_purpose: str = ""  # the purpose of our letter it answers ("receipt", "notification")
    unit_reply: bool = False  # a work unit answering our forwarding, with its valid token
    spam: SpamRule = SpamRule()
    number_formats: tuple[str, ...] = ()  # registration number formats of every desk


@dataclass(frozen=True)
class Classification:
    kind: Kind
    reason: str


Rule = Callable[[ParsedMail, Facts], str | None]


def _bounce(mail: ParsedMail, facts: Facts) -> str | None:
    if mail.content_type == "multipart/report" or any(
        a.content_type in ("message/delivery-status", "message/feedback-report")
        for a in mail.attachments
    ):
        return "delivery status report (multipart/report)"
    if mail.return_path == "":
        return "null envelope sender (<>)"
    sender = mail.from_addr
    subject = mail.subject.lower()
    if sender.startswith(("mailer-daemon@", "postmaster@")) or (
        mail.header("x-failed-recipients") and any(s in subject for s in _BOUNCE_SUBJECTS)
    ):
        return f"bounce from {sender or 'an empty sender'}"
    if mail.from_name.lower() in _DELIVERY_NAMES and any(
        a.content_type in ("message/rfc822", "text/rfc822-headers") for a in mail.attachments
    ):
        return f"bounce from {mail.from_name}"
    return None


def _auto_reply(mail: ParsedMail, facts: Facts) -> str | None:
    auto = mail.header("auto-submitted").split(";")[0].strip().lower()
    if auto and auto != "no":
        return f"Auto-Submitted: {auto}"
    precedence = mail.header("precedence").strip().lower()
    if precedence in ("bulk", "junk", "list", "auto_reply"):
        return f"Precedence: {precedence}"
    if mail.header("list-id") or mail.header("list-unsubscribe"):
        return "mailing-list mail (List-Id / List-Unsubscribe)"
    if mail.header("x-autoreply") or mail.header("x-autorespond"):
        return "X-Autoreply / X-Autorespond header"
    if "oof" in mail.header("x-auto-response-suppress").lower() and not mail.from_addr:
        return "Outlook out-of-office"
    if mail.from_addr.startswith(_NULL_SENDERS):
        return f"robot sender {mail.from_addr}"
    subject = mail.subject.lower().lstrip()
    if subject.startswith(_AUTO_SUBJECTS):
        return f"auto-reply subject {mail.subject[:60]!r}"
    return None


def _own_loop(mail: ParsedMail, facts: Facts) -> str | None:
    if mail.header("x-ppid-mailer"):
        return "carries our own X-PPID-Mailer header"
    if mail.from_addr in facts.our_addresses:
        return f"sent from our own address {mail.from_addr}"
    return None


def _spam(mail: ParsedMail, facts: Facts) -> str | None:
    flag = mail.header(facts.spam.flag_header).strip().lower()
    if flag.startswith("yes"):
        return f"{facts.spam.flag_header}: {flag}"
    score = _score(mail.header(facts.spam.score_header))
    if score is None:
        status = mail.header("x-spam-status")
        score = _score(status.partition("score=")[2]) if "score=" in status else None
    if score is not None and score >= facts.spam.threshold:
        return f"spam score {score:g} >= {facts.spam.threshold:g}"
    return None


def _score(text: str) -> float | None:
    token = text.strip().split(" ")[0].split(",")[0] if text.strip() else ""
    try:
        return float(token)
    except ValueError:
        return None


def _bad_sender(mail: ParsedMail, facts: Facts) -> str | None:
    """We act only for whom the mail proves to be: a From that is not one valid mailbox (none,
    several, quoted, invalid) cannot own a request or receive a letter."""
    if valid_mailbox(mail.from_addr):
        return None
    why = "several From addresses" if "several-from-addresses" in mail.defects else "no valid From"
    return f"{why}: held for a person, not answered"


def _officer(mail: ParsedMail, facts: Facts) -> str | None:
    if mail.from_addr in facts.officer_addresses:
        return f"from officer {mail.from_addr}"
    return None


OFFICER_ONLY_PURPOSES = frozenset(
    {
        "notification",
        "objection_notification",
        "result",
        "alert",
        "forward",
        "unit_answer",
        "digest",
        "complaint",
        "files",
    }
)


def _unit_reply(mail: ParsedMail, facts: Facts) -> str | None:
    return f"work unit {mail.from_addr} answers a forwarding" if facts.unit_reply else None


def _outsider_in_officer_thread(mail: ParsedMail, facts: Facts) -> str | None:
    if facts.replied_purpose in OFFICER_ONLY_PURPOSES:
        return f"reply to an officer's {facts.replied_purpose} from non-officer {mail.from_addr}"
    return None


def _citizen_command(mail: ParsedMail, facts: Facts) -> str | None:
    command = citizen_command(mail, facts)
    return f"citizen keyword {command.keyword.value}" if command else None


def citizen_command(mail: ParsedMail, facts: Facts) -> Command | None:
    """The citizen keyword of this mail, read the same way by the rule and by the handler."""
    return parse_citizen(
        mail.subject, mail.text, facts.replied_request is not None, facts.number_formats
    )


def _follow_up(mail: ParsedMail, facts: Facts) -> str | None:
    if facts.replied_request:
        return f"reply to a letter about request {facts.replied_request}"
    return None


def _new_request(mail: ParsedMail, facts: Facts) -> str | None:
    return "a new message from a citizen"


RULES: tuple[tuple[Kind, Rule], ...] = (
    (Kind.BOUNCE, _bounce),
    (Kind.AUTO_REPLY, _auto_reply),
    (Kind.OWN_LOOP, _own_loop),
    (Kind.SPAM, _spam),
    (Kind.BAD_SENDER, _bad_sender),
    (Kind.OFFICER_MAIL, _officer),
    (Kind.UNIT_REPLY, _unit_reply),
    (Kind.FORGED_COMMAND, _outsider_in_officer_thread),
    (Kind.CITIZEN_COMMAND, _citizen_command),
    (Kind.FOLLOW_UP, _follow_up),
    (Kind.NEW_REQUEST, _new_request),
)


def classify(mail: ParsedMail, facts: Facts) -> Classification:
    """Run the rules in order and return the first match with its reason."""
    for kind, rule in RULES:
        reason = rule(mail, facts)
        if reason:
            return Classification(kind, reason)
    raise AssertionError("the last rule always matches")  # pragma: no cover


ANSWERABLE = frozenset({Kind.NEW_REQUEST, Kind.FOLLOW_UP})
