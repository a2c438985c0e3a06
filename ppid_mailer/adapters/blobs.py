"""Bytes kept a megabyte a row: the first megabyte in the owner's own column, the rest in
`blob_piece` rows, so that a large scan never sits in memory more than once or twice.

One large value costs several times its size on the way in and out: SQLite copies a bound blob,
copies it again into the row it builds and keeps the first copy with the cached statement;
psycopg2 sends and receives bytea as hex text inside the statement. A megabyte at a time costs a
few megabytes, whatever the size of the file. Used by the Store only, inside its transactions.
"""

from __future__ import annotations

from typing import Any

import peewee as pw

from .models import AttachmentRow, BlobPiece, InboundRaw, OutboundRaw

PIECE_BYTES = 1024 * 1024

# The rows that own bytes: their blob column (the first megabyte) and their BlobPiece kind.
BLOB_OWNERS: dict[type[pw.Model], tuple[str, str]] = {
    InboundRaw: ("raw", "inbound"),
    OutboundRaw: ("raw", "outbound"),
    AttachmentRow: ("data", "attachment"),
}


def first_piece(data: bytes) -> Any:
    """What goes in the owner's own blob column: the first megabyte; `store_pieces` keeps
    the rest as BlobPiece rows."""
    return memoryview(data)[:PIECE_BYTES] if len(data) > PIECE_BYTES else data


def store_pieces(model: type[pw.Model], owner: int, data: bytes) -> None:
    view = memoryview(data)
    kind = BLOB_OWNERS[model][1]
    for seq, start in enumerate(range(PIECE_BYTES, len(view), PIECE_BYTES), 1):
        piece = view[start : start + PIECE_BYTES]
        BlobPiece.insert(kind=kind, owner=owner, seq=seq, data=piece).execute()


def read_bytes(model: type[pw.Model], owner: int) -> bytes:
    """The first megabyte from the owner's column, then its pieces, into one buffer."""
    column, kind = BLOB_OWNERS[model]
    first = model.select(getattr(model, column)).where(model._meta.primary_key == owner).scalar()
    if first is None:
        return b""
    if len(first) < PIECE_BYTES:  # pieces follow only a full first megabyte
        return bytes(first)
    sizes = {
        p.seq: p.size
        for p in BlobPiece.select(BlobPiece.seq, pw.fn.length(BlobPiece.data).alias("size")).where(
            BlobPiece.kind == kind, BlobPiece.owner == owner
        )
    }
    if not sizes:
        return bytes(first)
    # One piece per query (one result would hold them all at once, as hex text on
    # PostgreSQL), copied into one buffer, returned as it is (a bytearray) to spare a copy.
    buffer = bytearray(len(first) + sum(sizes.values()))
    buffer[: len(first)] = first
    at = len(first)
    for seq in sorted(sizes):
        piece = (
            BlobPiece.select(BlobPiece.data)
            .where(BlobPiece.kind == kind, BlobPiece.owner == owner, BlobPiece.seq == seq)
            .scalar()
        )
        buffer[at : at + len(piece)] = piece
        at += len(piece)
    return buffer  # type: ignore[return-value]


def piece_sizes(model: type[pw.Model], owners: list[int]) -> dict[int, int]:
    """The bytes each owner keeps in pieces, past its first megabyte (owners without: absent)."""
    if not owners:
        return {}
    kind = BLOB_OWNERS[model][1]
    total = pw.fn.SUM(pw.fn.length(BlobPiece.data))
    query = (
        BlobPiece.select(BlobPiece.owner, total.alias("size"))
        .where(BlobPiece.kind == kind, BlobPiece.owner.in_(owners))
        .group_by(BlobPiece.owner)
    )
    return {row.owner: int(row.size) for row in query}


def purge_bytes(model: type[pw.Model], owners: list[int]) -> None:
    """Delete the bytes of these rows: their first megabyte and their pieces.

    A purged file's column becomes NULL (a file "without its bytes"); a purged raw message's,
    empty.
    """
    if not owners:
        return
    column, kind = BLOB_OWNERS[model]
    emptied = None if getattr(model, column).null else b""
    model.update({column: emptied}).where(model._meta.primary_key.in_(owners)).execute()
    BlobPiece.delete().where(BlobPiece.kind == kind, BlobPiece.owner.in_(owners)).execute()
