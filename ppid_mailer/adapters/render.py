"""Jinja2 letters: LetterSpec -> an RFC 5322 message ready for the outbox.

Templates are looked up first in the office's `[office] templates_dir`, then in the templates
shipped with ppid-mailer, so that an office can reword any letter without touching code. A
template's first line is `Subject: ...`, then a blank line, then the body.

Only our own values reach headers: addresses come from the strict parser, subjects from our
templates, and every header value is stripped of CR/LF before it is set. A recipient's non-ASCII
domain is written in IDNA, so the letter stays plain ASCII; a non-ASCII local part has no ASCII
form, so that letter's headers are written in UTF-8 (RFC 6532) and only an SMTPUTF8 server can
take it (the transport checks). Left to itself the email package writes an RFC 2047
encoded-word into the address, which RFC 2047 forbids there: a reply to it reaches nobody.
"""

from __future__ import annotations

import base64
import secrets
from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP, SMTPUTF8
from email.utils import format_datetime, formataddr
from pathlib import Path
from zoneinfo import ZoneInfo

import jinja2

from ppid_mailer.config import Settings
from ppid_mailer.core.addresses import ascii_form
from ppid_mailer.core.domain import Attachment, LetterSpec

MAILER_HEADER = "X-PPID-Mailer"


def shipped_templates_dir() -> Path:
    """`ppid_mailer/templates` inside a wheel, or the repository's `templates/` in a checkout."""
    here = Path(__file__).resolve().parent.parent
    packaged = here / "templates"
    return packaged if packaged.is_dir() else here.parent / "templates"


class TemplateError(Exception):
    """A letter template is missing or broken: the office's override needs fixing."""


class Renderer:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        search = [str(shipped_templates_dir())]
        if settings.office.templates_dir:
            search.insert(0, str(settings.office.templates_dir))
        self.search = search
        self._encoded: list[tuple[bytes, bytes]] = []
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(search),
            undefined=jinja2.StrictUndefined,
            autoescape=jinja2.select_autoescape(enabled_extensions=("html.j2",), default=False),
            keep_trailing_newline=True,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.env.filters["kalimat"] = kalimat
        self.env.filters["frasa"] = frasa

    def reload(self) -> None:
        """Forget cached templates: an office's edited letters apply from the next one on.

        (Jinja2 also notices changed files by their mtime; this covers copies and renames.)
        """
        if self.env.cache is not None:
            self.env.cache.clear()

    def form(self, name: str = "forms/formulir-permohonan-informasi.txt") -> Attachment | None:
        """The request form sent with an incomplete receipt (an office may override it)."""
        for folder in self.search:
            path = Path(folder) / name
            if path.is_file():
                return Attachment(path.name, "text/plain", path.read_bytes())
        return None

    def new_message_id(self, purpose: str) -> str:
        return f"<ppid.{purpose}.{secrets.token_hex(12)}@{self.settings.outbox.domain}>"

    def render(self, spec: LetterSpec, message_id: str, now: datetime) -> bytes:
        """The letter as it goes on the wire (CRLF line ends, ready for SMTP)."""
        try:
            text = self.env.get_template(f"{spec.template}.txt.j2").render(**spec.context)
        except jinja2.TemplateError as exc:
            raise TemplateError(f"template {spec.template}.txt.j2: {exc}") from exc
        subject, body = _split_subject(text, spec.template)
        out = self.settings.outbox
        to = [_header_address(_one_line(a)) for a in spec.to]
        msg = EmailMessage()
        msg["From"] = formataddr((_one_line(out.from_name), out.from_address))
        msg["To"] = ", ".join(to)
        msg["Subject"] = subject
        msg["Date"] = format_datetime(now.astimezone(ZoneInfo(self.settings.office.timezone)))
        msg["Message-ID"] = message_id
        if spec.in_reply_to:
            msg["In-Reply-To"] = _one_line(spec.in_reply_to)
        if spec.references:
            msg["References"] = " ".join(_one_line(r) for r in spec.references[-20:])
        if spec.reply_to:
            msg["Reply-To"] = _one_line(spec.reply_to)
        msg["Auto-Submitted"] = spec.auto_submitted
        msg["X-Auto-Response-Suppress"] = "All"
        msg[MAILER_HEADER] = spec.purpose or spec.template
        msg.set_content(body, charset="utf-8")
        # The email package would encode each file and then walk every base64 line of it again
        # through its generator (most of the time spent on an officer's notification). The
        # parts' headers still come from it; their bodies are encoded once, in C, and put in
        # place of a placeholder afterwards.
        bodies: list[tuple[bytes, bytes]] = []
        for attachment in spec.attachments:
            maintype, _, subtype = attachment.content_type.partition("/")
            msg.add_attachment(
                b"",
                maintype=maintype or "application",
                subtype=subtype or "octet-stream",
                filename=attachment.filename,
            )
            placeholder = f"ppid-attachment-{secrets.token_hex(16)}"
            msg.get_payload()[-1].set_payload(placeholder)
            bodies.append((placeholder.encode(), self._base64(attachment.data)))
        # SMTPUTF8's folding can break a long header right after its colon; with UTF-8 headers
        # nothing needs encoded words, so lines are kept whole (RFC 5322 allows 998 characters).
        policy = SMTP if all(a.isascii() for a in to) else SMTPUTF8.clone(max_line_length=998)
        return _fill(msg.as_bytes(policy=policy), bodies)

    def _base64(self, data: bytes) -> bytes:
        """CRLF-terminated base64 lines; the last few files are kept (one per officer letter)."""
        for held, encoded in self._encoded:
            if held is data:
                return encoded
        encoded = base64.encodebytes(data).replace(b"\n", b"\r\n")
        self._encoded = [(data, encoded), *self._encoded[:7]]
        return encoded


def kalimat(text: object) -> str:
    """A person's text as a sentence of its own, in their words: one full stop at the end
    (never '..'), their own ? or ! or ... kept. Templates: `{{ note|kalimat }}`."""
    value = str(text).strip()
    body = value.rstrip(" .;,:")
    if not body:
        return ""
    end = value[len(body) :].strip()
    if body[-1] in "?!":
        end = ""
    elif "..." in end:
        end = "..."
    else:
        end = "."
    return body + end


def frasa(text: object) -> str:
    """A person's text inside a sentence of ours: no full stop or comma at its end."""
    return str(text).strip().rstrip(" .;,:")


def _fill(raw: bytes, bodies: list[tuple[bytes, bytes]]) -> bytes:
    pieces: list[bytes] = []
    for placeholder, body in bodies:
        head, found, raw = raw.partition(placeholder)
        if not found:
            raise TemplateError("an attachment's placeholder vanished from the rendered letter")
        pieces += [head, body]
    pieces.append(raw)
    return b"".join(pieces)


def _split_subject(text: str, template: str) -> tuple[str, str]:
    first, _, rest = text.partition("\n")
    if not first.lower().startswith("subject:"):
        raise TemplateError(f"template {template}.txt.j2 must start with a 'Subject: ...' line")
    return _one_line(first.split(":", 1)[1]), rest.lstrip("\n")


def _header_address(address: str) -> str:
    """The recipient as the To: header shows it: ASCII where it has an ASCII form, else as is
    (the letter then gets UTF-8 headers, and the transport decides whether it can go)."""
    try:
        return ascii_form(address)
    except ValueError:
        return address


def _one_line(value: str) -> str:
    return " ".join(str(value).split())
