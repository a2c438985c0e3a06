"""Fixtures: a desk without servers (Maildir, pickup folder, SQLite), and the real servers:
Dovecot (one per session, a fresh user per test), aiosmtpd, PostgreSQL.

`desk` is all a workflow test needs (tests/desk.py). Outside CI, a missing Dovecot or PostgreSQL skips the tests that need it with the reason; under
CI=true the same condition fails the test, so that CI can never pass without the real servers.
"""

from __future__ import annotations

import dataclasses
import os
import secrets
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from ppid_mailer.adapters.clock import FixedClock
from ppid_mailer.config import load_settings
from ppid_mailer.service.runtime import Runtime, build_runtime
from tests.desk import Desk
from tests.helpers import append, write_settings
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


@pytest.fixture
def desk(tmp_path: Path, secret: str) -> Iterator[Desk]:
    """A whole desk in tmp_path on a Maildir inbox, a pickup outbox and a SQLite file, with a
    FixedClock at Monday 30 November 2026, 09:00 WIB; no mail server (tests/desk.py)."""
    workflow_desk = Desk(tmp_path, secret)
    yield workflow_desk
    workflow_desk.close()


@pytest.fixture
def server_desk(
    tmp_path: Path,
    dovecot: Dovecot,
    imap_user: tuple[str, str],
    smtp: SmtpSink,
    sqlite_url: str,
    secret: str,
) -> Callable[..., Any]:
    """Build a runtime on a fresh Dovecot mailbox and the aiosmtpd sink, for what needs the real
    servers (SMTP refusals and outages); keyword arguments replace settings sections' keys."""
    user, password = imap_user
    config = write_settings(
        tmp_path,
        imap_port=dovecot.port,
        user=user,
        password=password,
        smtp_port=smtp.port,
        db_url=sqlite_url,
        secret=secret,
    )

    def build(clock: FixedClock | None = None, **changes: dict[str, object]) -> Runtime:
        settings = load_settings(config)
        for section, values in changes.items():
            settings = dataclasses.replace(
                settings, **{section: dataclasses.replace(getattr(settings, section), **values)}
            )
        return build_runtime(settings, clock or FixedClock(datetime(2026, 11, 30, 2, tzinfo=UTC)))

    build.deliver = lambda raw: append(dovecot, user, password, raw)  # type: ignore[attr-defined]
    return build


@pytest.fixture
def configure(
    tmp_path: Path,
    dovecot: Dovecot,
    imap_user: tuple[str, str],
    smtp: SmtpSink,
    sqlite_url: str,
    secret: str,
) -> Callable[..., Path]:
    """settings.ini for this test's mailbox, SMTP sink and database (SQLite unless given)."""
    user, password = imap_user

    def make(db_url: str | None = None, **extra: Any) -> Path:
        return write_settings(
            tmp_path,
            imap_port=dovecot.port,
            user=user,
            password=password,
            smtp_port=smtp.port,
            db_url=db_url or sqlite_url,
            secret=secret,
            **extra,
        )

    return make


@pytest.fixture
def config(configure: Callable[..., Path]) -> Path:
    """The default settings.ini of a test: this test's mailbox, SMTP sink and SQLite file."""
    return configure()
