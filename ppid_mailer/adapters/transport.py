"""Outgoing mail behind one Protocol: SMTP (smtplib) and a pickup directory.

Only service.outbox calls these. Failures are sorted into temporary (retry later) and permanent
(give up and tell an officer), the distinction the outbox's retry policy rests on; a server that
cannot be reached at all is TransportUnavailableError, which stops the pass instead of costing
every letter a connection attempt.

Internationalized addresses (RFC 6531) go with SMTPUTF8 when the server offers it; without it a
non-ASCII domain goes in IDNA and a non-ASCII local part cannot go at all: that letter fails
alone, permanently, and the others go on.
"""

from __future__ import annotations

import os
import re
import smtplib
import socket
import tempfile
from email.parser import BytesHeaderParser
from pathlib import Path
from typing import Protocol

from ppid_mailer.adapters.oauth2 import access_token, xoauth2
from ppid_mailer.adapters.tls import tls_context
from ppid_mailer.config import OutboxSettings
from ppid_mailer.core.addresses import ascii_form
from ppid_mailer.errors import (
    PermanentTransportError,
    PpidError,
    TemporaryTransportError,
    TransportUnavailableError,
)


class Transport(Protocol):
    def send(self, mail_from: str, recipients: list[str], raw: bytes) -> None:
        """Hand one message over; raise Temporary/PermanentTransportError on failure."""
        ...

    def close(self) -> None: ...


class SmtpTransport:
    """One connection reused across a flush of the outbox, re-opened after any error."""

    def __init__(self, settings: OutboxSettings) -> None:
        self.settings = settings
        self.conn: smtplib.SMTP | None = None

    def connect(self) -> smtplib.SMTP:
        s = self.settings
        context = tls_context(s.ca_file)
        try:
            conn: smtplib.SMTP
            if s.security == "ssl":
                conn = smtplib.SMTP_SSL(s.host, s.port, timeout=s.timeout_seconds, context=context)
            else:
                conn = smtplib.SMTP(s.host, s.port, timeout=s.timeout_seconds)
                if s.security == "starttls":
                    conn.starttls(context=context)
            if s.auth == "oauth2":
                conn.ehlo_or_helo_if_needed()
                token = access_token("outbox", s.oauth2_token_command, s.oauth2_token_file)
                code, reply = conn.docmd("AUTH", "XOAUTH2 " + xoauth2(s.username, token))
                if code == 334:  # the server's error details; an empty line ends the exchange
                    code, reply = conn.docmd("")
                if code != 235:
                    raise smtplib.SMTPAuthenticationError(code, reply)
            elif s.username:
                conn.login(s.username, s.password)
        except PpidError as exc:
            raise TransportUnavailableError(str(exc)) from None
        except smtplib.SMTPAuthenticationError as exc:
            raise PermanentTransportError(
                f"SMTP {s.host}:{s.port} login refused: {exc.smtp_code} {_text(exc.smtp_error)}"
            ) from None
        except (OSError, smtplib.SMTPException) as exc:
            raise TransportUnavailableError(
                f"SMTP {s.host}:{s.port} ({s.security}): {_describe(exc)}"
            ) from None
        return conn

    def send(self, mail_from: str, recipients: list[str], raw: bytes) -> None:
        if self.conn is None:
            self.conn = self.connect()
        try:
            sender, envelope_to, options = self._envelope(self.conn, mail_from, recipients, raw)
            refused = self.conn.sendmail(sender, envelope_to, raw, mail_options=options)
        except smtplib.SMTPRecipientsRefused as exc:
            self.close()
            codes = [code for code, _ in exc.recipients.values()]
            detail = "; ".join(
                f"{rcpt}: {code} {_text(msg)}" for rcpt, (code, msg) in exc.recipients.items()
            )
            error = (
                PermanentTransportError if all(c >= 500 for c in codes) else TemporaryTransportError
            )
            raise error(f"recipients refused: {detail}") from None
        except smtplib.SMTPResponseException as exc:
            self.close()
            error = PermanentTransportError if exc.smtp_code >= 500 else TemporaryTransportError
            raise error(f"SMTP {exc.smtp_code} {_text(exc.smtp_error)}") from None
        except ValueError as exc:
            # smtplib refuses what it cannot write on the wire (UnicodeEncodeError, a line
            # break in an address) before sending it; the conversation may be half-way through.
            self.close()
            raise PermanentTransportError(f"cannot be sent as written: {exc}") from None
        except (OSError, smtplib.SMTPException) as exc:
            self.close()
            raise TemporaryTransportError(f"SMTP {self.settings.host}: {_describe(exc)}") from None
        if refused:
            detail = "; ".join(
                f"{rcpt}: {code} {_text(msg)}" for rcpt, (code, msg) in refused.items()
            )
            raise PermanentTransportError(f"some recipients refused: {detail}")

    def _envelope(
        self, conn: smtplib.SMTP, mail_from: str, recipients: list[str], raw: bytes
    ) -> tuple[str, list[str], list[str]]:
        """Sender, recipients and MAIL options as this server can take them (RFC 6531).

        Non-ASCII addresses or UTF-8 headers go with SMTPUTF8 when the server offers it.
        Without it, non-ASCII domains are written in IDNA; a non-ASCII local part or UTF-8
        headers (which the renderer writes only for such a local part) cannot go through this
        server: PermanentTransportError naming the address.
        """
        header_end = raw.find(b"\r\n\r\n")
        headers_ascii = raw[: header_end if header_end >= 0 else len(raw)].isascii()
        if headers_ascii and mail_from.isascii() and all(r.isascii() for r in recipients):
            return mail_from, recipients, []
        conn.ehlo_or_helo_if_needed()
        if conn.has_extn("smtputf8"):
            options = ["SMTPUTF8"] + (["BODY=8BITMIME"] if conn.has_extn("8bitmime") else [])
            return mail_from, recipients, options
        where = f"SMTP {self.settings.host}:{self.settings.port}"
        try:
            sender, envelope_to = ascii_form(mail_from), [ascii_form(r) for r in recipients]
        except ValueError as exc:
            raise PermanentTransportError(f"{exc}; {where} does not offer SMTPUTF8") from None
        if not headers_ascii:
            raise PermanentTransportError(
                f"the letter has UTF-8 headers (RFC 6532) and {where} does not offer SMTPUTF8"
            )
        return sender, envelope_to, []

    def close(self) -> None:
        if self.conn is not None:
            try:
                self.conn.quit()
            except (OSError, smtplib.SMTPException):
                self.conn.close()
            self.conn = None

    def check(self) -> str:
        """Connect (and log in) once, for `ppid-mailer check`."""
        conn = self.connect()
        try:
            code, banner = conn.noop()
        finally:
            conn.quit()
        return f"{code} {_text(banner)}"


class PickupTransport:
    """Writes each message as an .eml file: the demo's outbox, or a local MTA's pickup folder."""

    def __init__(self, settings: OutboxSettings) -> None:
        if settings.path is None:
            raise PermanentTransportError("[outbox] path is required for transport = pickup")
        self.path = Path(settings.path)

    def send(self, mail_from: str, recipients: list[str], raw: bytes) -> None:
        try:
            self.path.mkdir(parents=True, exist_ok=True)
            handle, temp = tempfile.mkstemp(dir=self.path, prefix=".tmp-", suffix=".eml")
            with os.fdopen(handle, "wb") as out:
                out.write(raw)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temp, self.path / pickup_filename(_message_id(raw)))
        except OSError as exc:
            raise TemporaryTransportError(f"pickup directory {self.path}: {exc.strerror}") from None

    def close(self) -> None:
        return None

    def check(self) -> str:
        self.path.mkdir(parents=True, exist_ok=True)
        if not os.access(self.path, os.W_OK):
            raise PermanentTransportError(f"pickup directory {self.path} is not writable")
        return f"pickup directory {self.path} is writable"


def pickup_filename(message_id: str) -> str:
    """The file a message with this Message-ID is written to: stable, so a resend overwrites it."""
    # a long Message-ID may have been folded onto its own line: the whitespace is no part of it
    safe = re.sub(r"[^A-Za-z0-9._-]", "_", "".join(message_id.split()).strip("<>"))[:200]
    return f"{safe or 'message'}.eml"


def _message_id(raw: bytes) -> str:
    headers = BytesHeaderParser().parsebytes(raw)
    return str(headers.get("message-id", ""))


def _text(value: bytes | str) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


def _describe(exc: BaseException) -> str:
    if isinstance(exc, socket.timeout | TimeoutError):
        return "timed out"
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused (is the server running, and the port right?)"
    return str(exc) or type(exc).__name__


def open_transport(settings: OutboxSettings) -> SmtpTransport | PickupTransport:
    return SmtpTransport(settings) if settings.transport == "smtp" else PickupTransport(settings)
