"""Open a database by URL (SQLite | PostgreSQL), with its pragmas, and bind the models to it.

One storage code path serves both databases. SQLite runs in WAL mode with `BEGIN IMMEDIATE`
transactions, so that two writers queue instead of failing half-way; PostgreSQL uses row locks
(`FOR UPDATE SKIP LOCKED`) so that several instances can share the work.

SQLite also runs with `secure_delete`: the bytes of a purged ID copy are overwritten with zeros
where they lay, instead of lingering in free space of the file until it is reused, and a new
file has incremental auto-vacuum, so that the pages a purge frees can be handed back to the
file system at once (`Store.erase_freed`).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from urllib.parse import unquote, urlparse

import peewee as pw

from ppid_mailer.errors import StoreError

from .models import database_proxy


def open_database(url: str) -> pw.Database:
    """Connect to `url` and bind the models to it; raise StoreError with the reason on failure."""
    if url.startswith("sqlite:///"):
        if sqlite3.sqlite_version_info < (3, 35, 0):
            raise StoreError(
                f"SQLite {sqlite3.sqlite_version} is too old: ppid-mailer needs 3.35 or newer "
                "(Debian 12 and Ubuntu 22.04 have it), or use PostgreSQL"
            )
        path = url[len("sqlite:///") :]
        if path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
            _create_private(Path(path))
        db: pw.Database = pw.SqliteDatabase(
            path,
            lock_type="IMMEDIATE",
            timeout=30,
            pragmas={
                # only takes effect on a new, empty file (or at the next VACUUM): before WAL
                "auto_vacuum": "incremental",
                "journal_mode": "wal",
                "secure_delete": 1,
                "foreign_keys": 1,
                "busy_timeout": 30000,
                "synchronous": "normal",
            },
        )
    else:
        parsed = urlparse(url)
        db = pw.PostgresqlDatabase(
            (parsed.path or "/postgres").lstrip("/"),
            user=unquote(parsed.username or "postgres"),
            password=unquote(parsed.password) if parsed.password else None,
            host=parsed.hostname or "127.0.0.1",
            port=parsed.port or 5432,
            connect_timeout=10,
        )
    try:
        db.connect(reuse_if_open=True)
    except pw.OperationalError as exc:
        raise StoreError(f"cannot open database {redact_url(url)}: {str(exc).strip()}") from None
    if url.startswith("sqlite:///") and path != ":memory:":
        _restrict(Path(path))
    database_proxy.initialize(db)
    return db


def _create_private(path: Path) -> None:
    """Create a new database file readable by its owner alone, before SQLite would create it
    with the umask's mode (0644 as a rule, for a moment or for good); its -wal and -shm files
    take the database file's mode. An empty file is an empty SQLite database."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:
        pass
    except OSError as exc:
        raise StoreError(f"cannot create database file {path}: {exc.strerror}") from None


def _restrict(path: Path) -> None:
    """The database holds ID copies: only the service user may read it (also a file made by
    an older version, or copied in with another mode)."""
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        if candidate.exists():
            os.chmod(candidate, 0o600)


def redact_url(url: str) -> str:
    parsed = urlparse(url)
    if parsed.password:
        return url.replace(f":{parsed.password}@", ":***@")
    return url


def is_postgres(db: pw.Database) -> bool:
    return isinstance(db, pw.PostgresqlDatabase)
