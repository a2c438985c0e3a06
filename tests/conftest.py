"""Fixtures: real Dovecot (one per session, a fresh user per test), aiosmtpd, PostgreSQL, SQLite.

Outside CI, a missing Dovecot or PostgreSQL skips the tests that need it with the reason; under
CI=true the same condition fails the test, so that CI can never pass without the real servers.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.servers import (
    Dovecot,
    SmtpSink,
    create_pg_database,
    dovecot_binary,
    drop_pg_database,
    postgres_available,
)

IN_CI = os.environ.get("CI", "").lower() == "true"
ROOT = Path(__file__).resolve().parent.parent


def need(problem: str | None) -> None:
    """Skip (laptop) or fail (CI) when a real server is missing."""
    if problem:
        if IN_CI:
            pytest.fail(f"real-server test cannot run in CI: {problem}")
        pytest.skip(problem)


@pytest.fixture(scope="session")
def dovecot() -> Iterator[Dovecot]:
    need(None if dovecot_binary() else "dovecot is not installed (apt-get install dovecot-imapd)")
    server = Dovecot.start()
    yield server
    server.cleanup()


@pytest.fixture
def imap_user(dovecot: Dovecot) -> tuple[str, str]:
    """A fresh mailbox user per test, so tests never see each other's mail."""
    return dovecot.add_user()


@pytest.fixture
def smtp() -> Iterator[SmtpSink]:
    sink = SmtpSink()
    yield sink
    sink.stop()


@pytest.fixture
def pg_url() -> Iterator[str]:
    need(postgres_available())
    url = create_pg_database()
    yield url
    drop_pg_database(url)


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'ppid.sqlite3'}"


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Run a test on both databases: the store contract."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'ppid.sqlite3'}"
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
def secret() -> str:
    return secrets.token_hex(16)
