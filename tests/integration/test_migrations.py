"""A new database runs migrations 1..N like an old one and ends with the schema of today's
models, on SQLite and on PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import peewee as pw
import pytest

from ppid_mailer.adapters import models
from ppid_mailer.adapters.connection import is_postgres, open_database
from ppid_mailer.adapters.migrations import LATEST_VERSION, SchemaVersion, upgrade
from tests.servers import create_pg_database, drop_pg_database

pytestmark = pytest.mark.integration
NOW = datetime(2026, 11, 30, 2, 0, tzinfo=UTC)
TODAY = [SchemaVersion] + [
    m
    for m in vars(models).values()
    if isinstance(m, type) and issubclass(m, models.BaseModel) and m is not models.BaseModel
]


def schema(db: pw.Database) -> dict[str, Any]:
    """What the database says of its tables: columns (type with its length, nullability,
    default, key), indexes (name, columns, unique: both engines keep unique constraints as
    unique indexes), primary keys, and foreign keys with their ON DELETE."""
    found: dict[str, Any] = {}
    for table in sorted(db.get_tables()):
        lengths, on_delete = _engine_details(db, table)
        columns = sorted(
            (c.name, c.data_type.lower(), lengths.get(c.name), c.null, c.default, c.primary_key)
            for c in db.get_columns(table)
        )
        indexes = sorted((i.name, tuple(i.columns), i.unique) for i in db.get_indexes(table))
        foreign = sorted(
            (f.column, f.dest_table, f.dest_column, on_delete[f.column])
            for f in db.get_foreign_keys(table)
        )
        found[table] = {
            "columns": columns,
            "indexes": indexes,
            "primary_key": sorted(db.get_primary_keys(table)),
            "foreign_keys": foreign,
        }
    return found


def _engine_details(db: pw.Database, table: str) -> tuple[dict[str, int], dict[str, str]]:
    """What peewee's introspection leaves out: varchar lengths on PostgreSQL (SQLite's column
    type has them), and what deleting the referenced row does."""
    if not is_postgres(db):
        keys = db.execute_sql(f"PRAGMA foreign_key_list({table})").fetchall()
        return {}, {row[3]: row[6] for row in keys}
    lengths = db.execute_sql(
        "SELECT column_name, character_maximum_length FROM information_schema.columns"
        " WHERE table_schema = current_schema() AND table_name = %s",
        (table,),
    ).fetchall()
    keys = db.execute_sql(
        "SELECT a.attname, c.confdeltype FROM pg_constraint c JOIN pg_attribute a"
        " ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]"
        " WHERE c.contype = 'f' AND c.conrelid = %s::regclass",
        (table,),
    ).fetchall()
    return dict(lengths), dict(keys)


@pytest.fixture
def second_url(db_url: str, tmp_path: Path) -> Iterator[str]:
    """An empty database on the same engine as `db_url`."""
    if db_url.startswith("sqlite:///"):
        yield f"sqlite:///{tmp_path / 'models.sqlite3'}"
        return
    url = create_pg_database()
    yield url
    drop_pg_database(url)


def test_migrations_from_empty_give_the_schema_of_todays_models(
    db_url: str, second_url: str
) -> None:
    migrated = open_database(db_url)
    assert upgrade(migrated, NOW) == list(range(1, LATEST_VERSION + 1))
    expected_engine = is_postgres(migrated)
    created = open_database(second_url)  # binds the models to this one now
    created.create_tables(TODAY)
    assert is_postgres(created) == expected_engine
    try:
        got, want = schema(migrated), schema(created)
        assert sorted(got) == sorted(want)
        for table in want:
            assert got[table] == want[table], table
    finally:
        migrated.close()
        created.close()
