"""Purge takes the ID copy out of the database files themselves, on SQLite and PostgreSQL.

A citizen sends an ID photo that carries a random marker; the officers' notifications carry it
on, the request is decided, and once the retention period is over the purge runs. Then the
files the database keeps on disk are read byte by byte for the marker, as raw bytes and in
base64 at each of the three alignments, with or without line breaks anywhere in it (a MIME line
of 76 characters can break it at any point). Finding it before the purge shows the search
works; finding nothing after it is the test.
"""

from __future__ import annotations

import base64
import io
import os
import re
import struct
import time
import zlib
from collections.abc import Iterator
from datetime import timedelta
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

import peewee as pw
import pytest
from PIL import Image

from ppid_mailer.adapters.connection import is_postgres, open_database
from ppid_mailer.adapters.migrations import upgrade
from ppid_mailer.adapters.models import AttachmentRow, Event, InboundMessage
from tests.desk import CITIZEN, MONDAY, OFFICER, Desk

pytestmark = pytest.mark.integration

# The tables that hold bytes (their TOAST tables too, on PostgreSQL).
BYTE_COLUMNS = (
    ("inbound_raw", "raw"),
    ("outbound_raw", "raw"),
    ("attachment", "data"),
    ("blob_piece", "data"),
)
BYTE_TABLES = tuple(table for table, _ in BYTE_COLUMNS)


def png_with(marker: bytes) -> bytes:
    """A real PNG of a phone photo's size (1.2 MB), with the marker in a private ancillary chunk
    (viewers skip it) at its start and again at its end: one copy lies in the first megabyte a
    row keeps itself, the other in a `blob_piece`."""
    out = io.BytesIO()
    Image.new("L", (40, 25), 255).save(out, format="PNG")
    png = out.getvalue()
    kind = b"prVt"
    data = marker + os.urandom(1200 * 1024) + marker
    chunk = struct.pack(">I", len(data)) + kind + data
    chunk += struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    end = png.rindex(b"IEND") - 4
    return png[:end] + chunk + png[end:]


def letter_with_id(png: bytes) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"Rina Wulandari <{CITIZEN}>"
    msg["To"] = "ppid@kota-uji.go.id"
    msg["Subject"] = "Permohonan informasi anggaran"
    msg["Message-ID"] = "<penanda@warga.test>"
    msg["Date"] = "Mon, 30 Nov 2026 09:00:00 +0700"
    msg.set_content(
        "Dengan hormat,\n\nSaya mohon data realisasi anggaran pendidikan tahun 2025 untuk "
        "keperluan penelitian skripsi. Salinan KTP terlampir.\n\nHormat saya,\nRina Wulandari\n"
    )
    msg.add_attachment(png, maintype="image", subtype="png", filename="ktp.png")
    return msg.as_bytes(policy=SMTP)


class Marker:
    """Every form the marker can take in a stored file or message, in pieces: a piece that
    survives anywhere counts as the marker surviving."""

    PIECE = 16  # raw bytes
    TEXT_PIECE = 24  # base64 characters

    def __init__(self) -> None:
        self.value = os.urandom(240)
        self.raw = [self.value[i : i + self.PIECE] for i in range(0, len(self.value), self.PIECE)]
        texts = []
        for skip in range(3):  # where the marker starts within a group of three bytes
            whole = (len(self.value) - skip) // 3 * 3
            text = base64.b64encode(self.value[skip : skip + whole])
            texts += [
                text[i : i + self.TEXT_PIECE]
                for i in range(0, len(text) - self.TEXT_PIECE + 1, self.TEXT_PIECE)
            ]
        # a line break (CRLF or LF) may fall between any two characters
        self.text = re.compile(
            b"|".join(b"(?:\r?\n)?".join(re.escape(bytes([c])) for c in t) for t in texts)
        )

    def found_in(self, data: bytes) -> list[str]:
        """The forms found in `data`: 'raw' and/or 'base64'."""
        forms = []
        if any(piece in data for piece in self.raw):
            forms.append("raw")
        if self.text.search(data):
            forms.append("base64")
        return forms


def database_files(db: pw.Database, url: str) -> Iterator[tuple[str, bytes]]:
    """(name, content) of every file the database keeps our data in, after a checkpoint.

    SQLite: the database file and its write-ahead log. PostgreSQL: every relation file of this
    database (tables, their TOAST tables, indexes, free-space maps), found under the server's
    data directory by the database's oid; each is named by its relation where it has one.
    """
    if not is_postgres(db):
        path = Path(url[len("sqlite:///") :])
        for candidate in (path, Path(f"{path}-wal")):
            if candidate.exists():
                yield candidate.name, candidate.read_bytes()
        return
    db.execute_sql("CHECKPOINT")
    data_dir = Path(db.execute_sql("SHOW data_directory").fetchone()[0])
    (oid,) = db.execute_sql(
        "SELECT oid FROM pg_database WHERE datname = current_database()"
    ).fetchone()
    names = {
        path: name
        for path, name in db.execute_sql(
            "SELECT pg_relation_filepath(c.oid), COALESCE(o.relname || ' TOAST', c.relname) "
            "FROM pg_class c LEFT JOIN pg_class o ON o.reltoastrelid = c.oid "
            "WHERE pg_relation_filepath(c.oid) IS NOT NULL"
        ).fetchall()
    }
    folder = data_dir / "base" / str(oid)
    for table in BYTE_TABLES:  # the tables and their TOAST tables are among the files read
        for path in db.execute_sql(
            "SELECT pg_relation_filepath(oid), pg_relation_filepath(reltoastrelid) "
            "FROM pg_class WHERE relname = %s",
            (table,),
        ).fetchone():
            assert (data_dir / path).parent == folder
    for file in sorted(folder.iterdir()):
        if file.is_file():
            relative = f"base/{oid}/{file.name.split('_')[0].split('.')[0]}"
            yield f"{file.name} ({names.get(relative, '?')})", file.read_bytes()


def where(marker: Marker, db: pw.Database, url: str) -> dict[str, list[str]]:
    return {
        name: forms for name, data in database_files(db, url) if (forms := marker.found_in(data))
    }


def rows_holding(marker: Marker, desk: Desk) -> list[str]:
    """The stored messages, letters and files whose bytes, read back, hold the marker."""
    store = desk.store
    held = [
        f"inbound #{row.id} ({row.kind})"
        for row in InboundMessage.select()
        if marker.found_in(store.inbound_raw(row.id))
    ]
    held += [
        f"letter #{row.id} ({row.purpose})"
        for row in store.outbound_rows()
        if marker.found_in(store.outbound_raw(row.id))
    ]
    held += [
        f"file #{row.id} ({row.filename})"
        for row in AttachmentRow.select(AttachmentRow.id, AttachmentRow.filename)
        if marker.found_in(store.attachment_data(row.id))
    ]
    return held


@pytest.fixture
def database(desk: Desk, db_url: str) -> str:
    """The desk on SQLite or on a fresh PostgreSQL database (upgraded on purpose, as there)."""
    if not db_url.startswith("sqlite:///"):
        db = open_database(db_url)
        upgrade(db, MONDAY)
        # pglz compression would hide the marker from a search of the files (not from anyone
        # who reads them with PostgreSQL): the bytes are stored uncompressed for the test.
        for table, column in BYTE_COLUMNS:
            db.execute_sql(f"ALTER TABLE {table} ALTER COLUMN {column} SET STORAGE EXTERNAL")
        db.close()
    desk.configure(database={"url": db_url}, retention={"id_copy_days": 30})
    return db_url


def test_the_id_copy_leaves_the_database_files(desk: Desk, database: str) -> None:
    marker = Marker()
    desk.deliver(letter_with_id(png_with(marker.value)))
    desk.run()
    [notification] = desk.letters(to=OFFICER)
    assert "ktp.png" in notification.attachments
    desk.officer_replies(
        notification, "KABULKAN data terlampir", attachments=[("anggaran.pdf", b"%PDF-1.4 data")]
    )
    desk.run()
    assert desk.request().status == "granted"
    assert any("dikabulkan" in s.lower() for s in desk.subjects(to=CITIZEN))
    db = desk.store.db
    assert len(rows_holding(marker, desk)) == 3  # the file, the citizen's mail, the notification
    before = where(marker, db, database)
    assert before, "the search found no marker before the purge: it proves nothing"
    assert {form for forms in before.values() for form in forms} == {"raw", "base64"}

    # A later request, still open, keeps rows after the purged ones: VACUUM cannot simply cut
    # the freed pages off the end of the files (it does that, and would pass the test alone).
    desk.clock.moment += timedelta(days=20)
    desk.citizen_writes("kemudian", sender="warga.lain@warga.test")
    desk.run()
    desk.clock.moment += timedelta(days=11)
    desk.run()
    # PostgreSQL: the rewrite waits while another session (autovacuum's ANALYZE, say) holds a
    # snapshot that could still see the purged rows; the next pass tries again
    for _ in range(30):
        if not is_postgres(db) or Event.get_or_none(Event.action == "rewritten"):
            break
        time.sleep(1)
        desk.run()

    assert rows_holding(marker, desk) == []
    assert where(marker, db, database) == {}
    later = AttachmentRow.get(
        AttachmentRow.filename == "ktp.png", AttachmentRow.data.is_null(False)
    )
    assert desk.store.attachment_data(later.id)  # the open request keeps its ID copy
    assert desk.show(desk.request().number)["status"] == "granted"  # the register stays
