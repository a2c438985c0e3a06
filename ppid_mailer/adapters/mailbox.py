"""Inbound mail sources behind one Protocol: IMAP (imapclient) and a local Maildir.

The contract (docs/ARCHITECTURE.md, step 1): the service lists what is waiting, fetches it, stores it,
commits, and only then acknowledges. Acknowledging moves the message to `processed_folder`, so
the inbox only ever holds mail that is new or not yet acknowledged; a crash between store and
acknowledge leaves the message in the inbox, and the next pass finds it already stored and
acknowledges it without storing it again.

Several instances may share one mailbox: a message another instance moved between our listing
and our fetch or move is gone, which the server reports as a missing FETCH response or as
`NO [EXPUNGEISSUED]` (RFC 5530). That is normal work, logged at info, never an inbox outage.
"""

from __future__ import annotations

import dataclasses
import logging
import mailbox as stdlib_mailbox
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import imapclient
from imapclient.exceptions import IMAPClientError

from ppid_mailer.adapters.oauth2 import access_token
from ppid_mailer.adapters.tls import tls_context
from ppid_mailer.config import InboxSettings
from ppid_mailer.errors import MailboxError, PpidError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FetchedMessage:
    uid: str
    raw: bytes


class MailboxSession(Protocol):
    uidvalidity: int

    def waiting(self, last_uid: int) -> list[str]:
        """UIDs in the inbox that may need storing: all of them, or above `last_uid`."""
        ...

    def fetch(self, uids: list[str]) -> Iterator[list[FetchedMessage]]:
        """The raw messages, in batches bounded by bytes."""
        ...

    def acknowledge(self, uids: list[str]) -> None:
        """Move stored messages out of the inbox (or mark them), after the store committed."""
        ...


class Mailbox(Protocol):
    name: str

    def session(self) -> AbstractContextManager[MailboxSession]: ...

    def wait_for_mail(self, seconds: float, stop: threading.Event) -> bool:
        """Block up to `seconds` (IDLE where the server has it); True when new mail may be there."""
        ...

    def close(self) -> None: ...


# --- IMAP ----------------------------------------------------------------------------------


class ImapMailbox:
    # Servers may drop an IDLE after 30 minutes (RFC 2177); re-issue it well before.
    IDLE_RENEW_SECONDS = 25 * 60

    def __init__(self, settings: InboxSettings) -> None:
        self.settings = settings
        self.name = f"imap://{settings.username}@{settings.host}:{settings.port}/{settings.folder}"
        self._idle: imapclient.IMAPClient | None = None
        self._idle_since = 0.0

    def wait_for_mail(self, seconds: float, stop: threading.Event) -> bool:
        """IDLE on a connection of its own until EXISTS arrives, `seconds` pass, or `stop` is set.

        Without IDLE support (or with `idle = no`) it just sleeps: the caller polls.
        """
        if not self.settings.idle:
            stop.wait(seconds)
            return False
        try:
            client = self._idle_client()
            if client is None:
                stop.wait(seconds)
                return False
            deadline = time.monotonic() + seconds
            while not stop.is_set() and time.monotonic() < deadline:
                responses = client.idle_check(
                    timeout=min(1.0, max(deadline - time.monotonic(), 0.01))
                )
                # Dovecot's "Still here" keepalives also wake idle_check: only EXISTS counts.
                if any(len(r) > 1 and r[1] in (b"EXISTS", b"RECENT") for r in responses):
                    return True
                if time.monotonic() - self._idle_since > self.IDLE_RENEW_SECONDS:
                    client.idle_done()
                    client.idle()
                    self._idle_since = time.monotonic()
            return False
        except (OSError, IMAPClientError) as exc:
            self.close()
            raise MailboxError(f"IMAP IDLE on {self.settings.host}: {_reason(exc)}") from None

    def _idle_client(self) -> imapclient.IMAPClient | None:
        if self._idle is None:
            client = self.connect()
            if not client.has_capability("IDLE"):
                client.logout()
                self.settings = dataclasses.replace(self.settings, idle=False)
                log.info("IMAP server has no IDLE; polling every %d s", self.settings.poll_seconds)
                return None
            client.select_folder(self.settings.folder, readonly=True)
            client.idle()
            self._idle, self._idle_since = client, time.monotonic()
        return self._idle

    def close(self) -> None:
        client, self._idle = self._idle, None
        if client is not None:
            try:
                client.idle_done()
                client.logout()
            except (OSError, IMAPClientError):
                log.debug("IDLE connection already gone")

    def connect(self) -> imapclient.IMAPClient:
        """Connect and log in; every failure becomes a MailboxError a sysadmin can act on."""
        s = self.settings
        try:
            context = tls_context(s.ca_file)
            client = imapclient.IMAPClient(
                s.host,
                port=s.port,
                ssl=s.security == "ssl",
                ssl_context=context,
                timeout=s.timeout_seconds,
            )
            quiet_imaplib(client)
            if s.security == "starttls":
                client.starttls(context)
            if s.auth == "oauth2":
                client.oauth2_login(
                    s.username, access_token("inbox", s.oauth2_token_command, s.oauth2_token_file)
                )
            else:
                client.login(s.username, s.password)
        except PpidError as exc:
            raise MailboxError(str(exc)) from None
        except (OSError, IMAPClientError, ssl.SSLError) as exc:
            raise MailboxError(
                f"IMAP {s.host}:{s.port} ({s.security}) user {s.username}: {_reason(exc)}"
            ) from None
        return client

    @contextmanager
    def session(self) -> Iterator[_ImapSession]:
        client = self.connect()
        try:
            yield _ImapSession(client, self.settings)
        except (OSError, IMAPClientError) as exc:
            raise MailboxError(f"IMAP {self.settings.host}: {_reason(exc)}") from None
        finally:
            try:
                client.logout()
            except (OSError, IMAPClientError):
                log.debug("IMAP logout failed; connection already gone")


class _ImapSession:
    def __init__(self, client: imapclient.IMAPClient, settings: InboxSettings) -> None:
        self.client = client
        self.settings = settings
        info = client.select_folder(settings.folder)
        self.uidvalidity = int(info[b"UIDVALIDITY"])
        self.can_move = client.has_capability("MOVE")
        if settings.processed_folder and not client.folder_exists(settings.processed_folder):
            client.create_folder(settings.processed_folder)
            log.info("IMAP: created folder %s", settings.processed_folder)

    def waiting(self, last_uid: int) -> list[str]:
        if self.settings.processed_folder:
            uids = self.client.search(["NOT", "DELETED"])
        else:
            uids = [u for u in self.client.search(["UID", f"{last_uid + 1}:*"]) if u > last_uid]
        return [str(u) for u in sorted(uids)]

    def fetch(self, uids: list[str]) -> Iterator[list[FetchedMessage]]:
        cap = self.settings.fetch_batch_mb * 1024 * 1024
        numbers = [int(u) for u in uids]
        sizes: dict[int, Any] = {}
        self._each(
            "fetch", numbers, lambda part: sizes.update(self.client.fetch(part, ["RFC822.SIZE"]))
        )
        _log_gone([u for u in numbers if u not in sizes])
        batch: list[int] = []
        batch_bytes = 0
        for uid in sorted(sizes):
            size = int(sizes[uid].get(b"RFC822.SIZE", 0))
            if batch and batch_bytes + size > cap:
                yield self._fetch_batch(batch)
                batch, batch_bytes = [], 0
            batch.append(uid)
            batch_bytes += size
        if batch:
            yield self._fetch_batch(batch)

    def _fetch_batch(self, uids: list[int]) -> list[FetchedMessage]:
        # BODY.PEEK[] leaves \Seen alone, so that a person looking at the inbox sees what is new.
        data: dict[int, Any] = {}
        self._each(
            "fetch", uids, lambda part: data.update(self.client.fetch(part, ["BODY.PEEK[]"]))
        )
        present = [uid for uid in uids if uid in data and b"BODY[]" in data[uid]]
        _log_gone([uid for uid in uids if uid not in present])
        return [FetchedMessage(str(uid), bytes(data[uid][b"BODY[]"])) for uid in present]

    def acknowledge(self, uids: list[str]) -> None:
        if not uids:
            return
        numbers = [int(u) for u in uids]
        target = self.settings.processed_folder
        if not target:
            self._each("flag", numbers, lambda part: self.client.add_flags(part, [imapclient.SEEN]))
        elif self.can_move:
            self._each("move", numbers, lambda part: self.client.move(part, target))
        else:
            self._each("copy", numbers, lambda part: self.client.copy(part, target))
            self._each("delete", numbers, self.client.delete_messages)
            self.client.uid_expunge(numbers) if self.client.has_capability(
                "UIDPLUS"
            ) else self.client.expunge()

    @staticmethod
    def _each(what: str, uids: list[int], command: Callable[[list[int]], object]) -> None:
        """Run `command` on `uids`; when the server answers that some of them are gone
        (EXPUNGEISSUED), run it on each one alone, skipping the gone ones: they are answered
        EXPUNGEISSUED again, or, once the server has told us of the expunge, match nothing.

        A failed COPY or MOVE changes nothing (RFC 3501, RFC 6851), and imaplib drops what a
        FETCH returned when the command ends in NO, so the messages still there are asked for
        again.
        """
        if not uids:
            return
        try:
            command(uids)
            return
        except IMAPClientError as exc:
            if not _expunge_issued(exc):
                raise
        log.info(
            "IMAP: some of %d message(s) were gone at %s, moved by another instance or a "
            "person; going on one by one",
            len(uids),
            what,
        )
        for uid in uids:
            try:
                command([uid])
            except IMAPClientError as exc:
                if not _expunge_issued(exc):
                    raise


def _expunge_issued(exc: IMAPClientError) -> bool:
    """The server says some of the messages no longer exist (RFC 5530 EXPUNGEISSUED)."""
    return "EXPUNGEISSUED" in str(exc).upper()


def _log_gone(uids: list[int]) -> None:
    if uids:
        log.info(
            "IMAP: %d message(s) gone before they were read, moved by another instance or a "
            "person: UID %s",
            len(uids),
            ",".join(map(str, uids)),
        )


def quiet_imaplib(client: imapclient.IMAPClient) -> None:
    """Stop imaplib from formatting every response for a debug log nobody reads.

    IMAPClient sets imaplib's debug level to 5 so that its own logger could show the protocol;
    imaplib then builds repr() of every literal it receives whether the logger is on or not:
    about 100 MB of text, and its time, for one 34 MB message. It would also put citizens'
    messages, ID numbers included, into a debug log.
    """
    client._imap.debug = 0


def _reason(exc: BaseException) -> str:
    if isinstance(exc, socket.timeout | TimeoutError):
        return "timed out"
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused (is the server running, and the port right?)"
    if isinstance(exc, ssl.SSLError):
        return f"TLS failed: {exc.reason or exc}"
    text = str(exc) or type(exc).__name__
    if isinstance(exc, IMAPClientError) and "auth" in text.lower():
        return f"login refused: {text}"
    return text


# --- Maildir -------------------------------------------------------------------------------


class MaildirMailbox:
    """A local Maildir: the demo's inbox, and a way to feed mail delivered by a local MTA."""

    def wait_for_mail(self, seconds: float, stop: threading.Event) -> bool:
        stop.wait(seconds)
        return False

    def close(self) -> None:
        return None

    def __init__(self, settings: InboxSettings) -> None:
        if settings.path is None:
            raise MailboxError("[inbox] path is required for protocol = maildir")
        self.path = Path(settings.path)
        self.processed_folder = settings.processed_folder
        self.name = f"maildir://{self.path}"

    @contextmanager
    def session(self) -> Iterator[_MaildirSession]:
        try:
            box = stdlib_mailbox.Maildir(self.path, factory=None, create=True)
        except OSError as exc:
            raise MailboxError(f"Maildir {self.path}: {exc.strerror}") from None
        yield _MaildirSession(box, self.processed_folder)


class _MaildirSession:
    uidvalidity = 1

    def __init__(self, box: stdlib_mailbox.Maildir, processed_folder: str) -> None:
        self.box = box
        self.processed = box.add_folder(processed_folder) if processed_folder else None

    def waiting(self, last_uid: int) -> list[str]:
        return sorted(self.box.keys())

    def fetch(self, uids: list[str]) -> Iterator[list[FetchedMessage]]:
        for uid in uids:
            try:
                yield [FetchedMessage(uid, self.box.get_bytes(uid))]
            except KeyError:
                log.info("Maildir: message %s gone before it was read (another instance?)", uid)

    def acknowledge(self, uids: list[str]) -> None:
        for uid in uids:
            try:
                raw = self.box.get_bytes(uid)
            except KeyError:
                continue
            if self.processed is not None:
                self.processed.add(raw)
            self.box.discard(uid)


def open_mailbox(settings: InboxSettings) -> Mailbox:
    return ImapMailbox(settings) if settings.protocol == "imap" else MaildirMailbox(settings)
