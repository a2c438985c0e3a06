"""The error hierarchy: every error a sysadmin may see says what to do about it.

Errors raised across layers are specific subclasses of PpidError so that the CLI can print one
clear line and exit non-zero instead of showing a traceback.
"""

from __future__ import annotations


class PpidError(Exception):
    """Base of every error ppid-mailer raises on purpose."""


class ConfigError(PpidError):
    """settings.ini is missing, unreadable or holds an invalid value."""

    def __init__(self, section: str, key: str | None, problem: str) -> None:
        self.section = section
        self.key = key
        self.problem = problem
        where = f"[{section}] {key}" if key else f"[{section}]"
        super().__init__(f"settings: {where}: {problem}")


class MailboxError(PpidError):
    """The inbox (IMAP server or Maildir) could not be read or acknowledged."""


class TransportError(PpidError):
    """An outgoing message could not be handed to the mail server."""


class TemporaryTransportError(TransportError):
    """Worth retrying later: 4xx replies, refused connections, time-outs."""


class TransportUnavailableError(TemporaryTransportError):
    """Nothing can be sent now: the server refused or timed out the connection, or TLS or the
    token command failed. No letter's fault, so the outbox stops trying the others."""


class PermanentTransportError(TransportError):
    """Retrying will not help: 5xx replies, every recipient refused."""


class StoreError(PpidError):
    """The database could not be reached or refused an operation."""
