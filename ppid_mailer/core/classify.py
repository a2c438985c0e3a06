"""ParsedMail + facts -> Kind, by one ordered rule table; the first rule that matches wins.

Rules only inspect and give a reason; handlers act. The order is data (docs/ARCHITECTURE.md, step 2):
robots are recognised before anything could answer them, so a bounce or an out-of-office reply
is never taken for a new request.

Robots come in families, each recognised by what its software always writes:

- delivery reports: multipart/report (DSN, MDN, ARF), Hotmail's complaint reports, mail from
  MAILER-DAEMON or postmaster (also without a domain, `MAILER-DAEMON <>`), Exim's
  X-Failed-Recipients;
- RFC 3834 and its older cousins, one header each (`AUTO_REPLY_HEADERS`): Auto-Submitted,
  Precedence, X-Autoreply, X-POST-MessageClass, list headers;
- senders nobody can answer (`noreply@`, `gmail-noreply@`, `do_not_reply@`, `ne-pas-repondre@`);
- auto-reply subjects in the languages our correspondents use (`AUTO_REPLY_SUBJECTS`), and
  Lotus Notes' case-sensitive `AUTO:`;
- two weak signs together: Exchange's X-Auto-Response-Suppress beside a machine envelope or an
  auto-reply word anywhere in the subject; a null or MAILER-DAEMON envelope sender
  (Return-Path) beside such a word (gateways answer "Re: ... [Automatic Response]");
- a null or MAILER-DAEMON envelope sender alone: a bounce.

Delivery reports come before auto-replies, so that an Exim bounce (which also carries
Auto-Submitted) is still matched to the letter it returns; the bare null envelope sender comes
after them, so that an out-of-office sent with `Return-Path: <>` (as RFC 3834 asks) is not taken
for a bounce, which would mark the citizen's address undeliverable.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from .addresses import valid_mailbox
from .commands import Command, parse_citizen
from .domain import Kind, ParsedMail

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
# The mailboxes of mail systems: what they send is about delivery, never a letter.
_DAEMONS = frozenset({"mailer-daemon", "postmaster", "post_master", "post-master"})
_DELIVERY_NAMES = ("mail delivery subsystem", "mail delivery system", "mail administrator")
# A local part (or a word of it) that says no one reads the answer: noreply@,
# gmail-noreply@, newsalerts-noreply@, do_not_reply@, ne-pas-repondre@, jangan-balas@.
_NO_REPLY = re.compile(
    r"(?:^|[-_.+])(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|ne[-_.]?pas[-_.]?repondre|"
    r"jangan[-_.]?(?:di)?balas)(?:$|[-_.+])"
)

# Auto-reply subjects, compared without case, accents or leading brackets: the prefix
# Outlook, Exchange, Gmail, phones and autoresponders put before the subject they answer, in
# English, Indonesian and the languages of those who write to an Indonesian public body.
AUTO_REPLY_SUBJECTS = (
    "auto reply",
    "auto-reply",
    "autoreply",
    "auto response",
    "auto-response",
    "autorespon",  # AutoResponse, AutoRespons, Autoresponder
    "automatic reply",
    "automatic response",
    "automated reply",
    "automated response",
    "out of office",
    "out of the office",
    "balasan otomatis",
    "balasan automatis",
    "balasan automatik",
    "jawaban otomatis",
    "di luar kantor",
    "sedang cuti",
    "sedang tidak di kantor",
    "autosvar",
    "abwesenheitsnotiz",
    "automatische antwort",
    "automatisch antwoord",
    "respuesta automatica",
    "reponse automatique",
    "risposta automatica",
    "resposta automatica",
    "automatyczna odpowiedz",
    "automaticka odpoved",
    "automatikus valasz",
    "automaattinen vastaus",
    "automatiskt svar",
    "automatisk svar",
    "otomatik yanit",
    "otomatik yanıt",
    "arpus biroja",  # Latvian Outlook: "Ārpus biroja atrašanās automātiskā atbilde"
    "automatiska atbilde",
    "автоматический ответ",
    "自动回复",
    "自動回覆",
    "自動返信",
    "自動応答",
    "자동 응답",
)
_NOTES_AUTO = re.compile(r"^AUTO:\s")  # Lotus Notes, always upper case: "AUTO: Budi is out ..."


def _yes(value: str) -> bool:
    return bool(value.strip())


def _not_no(value: str) -> bool:
    token = value.split(";")[0].strip().lower()
    return bool(token) and token != "no"


def _bulk(value: str) -> bool:
    return value.strip().lower() in ("bulk", "junk", "list", "auto_reply", "auto-reply")


# One header each: (header, test of its value, family). Order only decides the reason shown.
AUTO_REPLY_HEADERS: tuple[tuple[str, Callable[[str], bool], str], ...] = (
    ("auto-submitted", _not_no, "RFC 3834 Auto-Submitted"),
    ("x-post-messageclass", lambda v: "autoresponder" in v.lower(), "autoresponder"),
    ("x-autoreply", _yes, "X-Autoreply"),
    ("x-autorespond", _yes, "X-Autorespond"),
    ("x-autoresponder", _yes, "X-Autoresponder"),
    ("x-autoreply-from", _yes, "X-AutoReply-From"),
    ("x-mail-autoreply", _yes, "X-Mail-Autoreply"),
    ("delivered-to", lambda v: v.strip().lower() == "autoresponder", "qmail autoresponder"),
    # CommuniGate also writes Forward or Redirect there, on a person's mail passed on
    ("x-autogenerated", lambda v: v.strip().lower() == "reply", "X-Autogenerated: Reply"),
    ("x-fc-machinegenerated", lambda v: v.strip().lower() == "true", "FirstClass machine mail"),
    ("precedence", _bulk, "Precedence"),
    ("x-precedence", _bulk, "X-Precedence"),
    ("list-id", _yes, "mailing-list mail (List-Id)"),
    ("list-unsubscribe", _yes, "mailing-list mail (List-Unsubscribe)"),
    ("mailing-list", _yes, "mailing-list mail (Mailing-List)"),
    ("x-mlserver", _yes, "mailing-list server mail (fml)"),
)


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


def _local(address: str) -> str:
    return address.rpartition("@")[0] if "@" in address else address


def _daemon_sender(mail: ParsedMail) -> str | None:
    """MAILER-DAEMON or postmaster in From, also when it names no domain (`MAILER-DAEMON <>`,
    `Mail Delivery Subsystem <MAILER-DAEMON>`), which leaves no valid From to go by."""
    if _local(mail.from_addr) in _DAEMONS:
        return mail.from_addr
    if not mail.from_addr:
        words = set(re.split(r"[\s<>\"()@,]+", mail.header("from").lower()))
        if words & _DAEMONS:
            return mail.header("from")[:60]
    return None


def _delivery_report(mail: ParsedMail, facts: Facts) -> str | None:
    if mail.content_type == "multipart/report" or any(
        a.content_type in ("message/delivery-status", "message/feedback-report")
        for a in mail.attachments
    ):
        return "delivery status report (multipart/report)"
    if any(
        a.content_type in ("message/rfc822", "text/rfc822-headers")
        and b"x-hmxmroriginalrecipient:" in a.data[:20000].lower()
        for a in mail.attachments
    ):
        return "complaint report (Hotmail JMRP)"
    daemon = _daemon_sender(mail)
    if daemon:
        return f"bounce from {daemon}"
    subject = mail.subject.lower()
    if mail.header("x-failed-recipients") and any(s in subject for s in _BOUNCE_SUBJECTS):
        return f"bounce from {mail.from_addr or 'an empty sender'}"
    if mail.from_name.lower() in _DELIVERY_NAMES and any(
        a.content_type in ("message/rfc822", "text/rfc822-headers") for a in mail.attachments
    ):
        return f"bounce from {mail.from_name}"
    return None


def _auto_reply_header(mail: ParsedMail, facts: Facts) -> str | None:
    for name, test, family in AUTO_REPLY_HEADERS:
        value = mail.header(name)
        if value and test(value):
            return f"{family}: {value[:40]}"
    return None


def _no_reply_sender(mail: ParsedMail, facts: Facts) -> str | None:
    if _NO_REPLY.search(_local(mail.from_addr)):
        return f"robot sender {mail.from_addr}"
    return None


def folded(text: str) -> str:
    """Lower case without accents and runs of spaces: 'Réponse  automatique' -> 'reponse automatique'."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.lower().split())


_FOLDED_SUBJECTS = tuple(folded(s) for s in AUTO_REPLY_SUBJECTS)


def _auto_reply_subject(mail: ParsedMail, facts: Facts) -> str | None:
    if _NOTES_AUTO.match(mail.subject.lstrip()):
        return f"Lotus Notes auto-reply subject {mail.subject[:60]!r}"
    if folded(mail.subject).lstrip("[(<*- ").startswith(_FOLDED_SUBJECTS):
        return f"auto-reply subject {mail.subject[:60]!r}"
    return None


def _machine_envelope(mail: ParsedMail) -> str | None:
    """The envelope sender when it is null or a mail system's: no person sends from there."""
    if mail.return_path == "":
        return "<>"
    if mail.return_path and _local(mail.return_path) in _DAEMONS:
        return mail.return_path
    return None


def _auto_subject_anywhere(mail: ParsedMail) -> bool:
    subject = folded(mail.subject)
    if any(s in subject for s in _BOUNCE_SUBJECTS):
        return False
    return any(s in subject for s in _FOLDED_SUBJECTS)


def _suppressing(mail: ParsedMail) -> str:
    """X-Auto-Response-Suppress when it asks for no auto-reply at all ('All', 'OOF', 'AutoReply')."""
    value = mail.header("x-auto-response-suppress")
    words = {w.strip().lower() for w in value.split(",")}
    return value if words & {"all", "oof", "autoreply"} else ""


def _machine_auto_reply(mail: ParsedMail, facts: Facts) -> str | None:
    """Auto-replies known by two signs together, each too weak alone.

    A gateway answers from a null or MAILER-DAEMON envelope with "Automatic Response" somewhere
    in the subject (after "Re:", in brackets). Exchange writes `X-Auto-Response-Suppress: All`
    on its out-of-office replies, but Outlook and ticketing systems also put it on ordinary
    mail (helpdesks that filtered on it alone lost good mail), so it counts only beside a
    machine envelope or an auto-reply word in the subject. A citizen's letter wrongly taken
    for a robot gets no number and no receipt; a robot taken for a citizen costs one braked
    receipt.
    """
    envelope = _machine_envelope(mail)
    suppress = _suppressing(mail)
    if suppress and (envelope is not None or _auto_subject_anywhere(mail)):
        return f"Exchange/Outlook auto-reply (X-Auto-Response-Suppress: {suppress[:40]})"
    if envelope is not None and _auto_subject_anywhere(mail):
        return f"auto-response from envelope sender {envelope}: {mail.subject[:60]!r}"
    return None


def _machine_sender(mail: ParsedMail, facts: Facts) -> str | None:
    envelope = _machine_envelope(mail)
    if envelope == "<>":
        return "null envelope sender (<>)"
    if envelope:
        return f"envelope sender {envelope}"
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
    (Kind.BOUNCE, _delivery_report),
    (Kind.AUTO_REPLY, _auto_reply_header),
    (Kind.AUTO_REPLY, _auto_reply_subject),
    (Kind.AUTO_REPLY, _machine_auto_reply),
    (Kind.BOUNCE, _machine_sender),
    (Kind.AUTO_REPLY, _no_reply_sender),
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
