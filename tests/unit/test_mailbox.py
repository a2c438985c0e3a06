"""A FETCH answered NO [EXPUNGEISSUED] (as Dovecot, Cyrus or Exchange may answer when another
session expunged a message meanwhile) costs the gone message only, never the session."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from imapclient.exceptions import IMAPClientError

from ppid_mailer.adapters.mailbox import _ImapSession
from ppid_mailer.config import load_settings
from tests.helpers import write_settings

GONE = "fetch failed: [EXPUNGEISSUED] Some of the requested messages no longer exist"


class Server:
    """The IMAPClient calls _ImapSession makes; UID 2 was expunged by another session."""

    def __init__(self, error: str = GONE) -> None:
        self.error = error
        self.gone = {2}

    def select_folder(self, folder: str) -> dict[bytes, Any]:
        return {b"UIDVALIDITY": 7}

    def has_capability(self, name: str) -> bool:
        return True

    def folder_exists(self, name: str) -> bool:
        return True

    def fetch(self, uids: list[int], items: list[str]) -> dict[int, dict[bytes, Any]]:
        if self.gone & set(uids):
            raise IMAPClientError(self.error)
        if items == ["RFC822.SIZE"]:
            return {uid: {b"RFC822.SIZE": 10} for uid in uids}
        return {uid: {b"BODY[]": f"message {uid}".encode()} for uid in uids}

    def move(self, uids: list[int], folder: str) -> None:
        if self.gone & set(uids):
            raise IMAPClientError(GONE.replace("fetch", "move"))
        self.moved = [*getattr(self, "moved", []), *uids]


@pytest.fixture
def session(tmp_path: Path) -> _ImapSession:
    config = write_settings(
        tmp_path,
        imap_port=143,
        user="ppid",
        password="x",
        smtp_port=25,
        db_url="sqlite:///x.sqlite3",
        secret="0" * 32,
    )
    return _ImapSession(Server(), load_settings(config).inbox)  # type: ignore[arg-type]


def test_a_message_expunged_meanwhile_is_skipped(
    session: _ImapSession, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level("INFO", logger="ppid_mailer"):
        fetched = [m for batch in session.fetch(["1", "2", "3"]) for m in batch]
        session.acknowledge(["1", "2", "3"])
    assert [(m.uid, m.raw) for m in fetched] == [("1", b"message 1"), ("3", b"message 3")]
    assert session.client.moved == [1, 3]
    assert "moved by another instance" in caplog.text
    assert all(r.levelname == "INFO" for r in caplog.records)


def test_other_imap_errors_still_fail_the_session(session: _ImapSession) -> None:
    session.client.error = "fetch failed: [SERVERBUG] Internal error"
    with pytest.raises(IMAPClientError, match="SERVERBUG"):
        list(session.fetch(["1", "2", "3"]))
