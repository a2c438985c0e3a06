"""How big a letter is on the wire, and how files are spread over letters mail servers accept.

Mail servers refuse a message over their size limit (commonly 20 to 35 MB, counted on the
encoded message), and base64 makes every file a third larger: a 25 MB scan becomes a 34 MB
notification that most servers bounce. So a letter carries files only while the whole stays
under `[outbox] max_letter_mb`; the rest is listed, and sent on request (BERKAS) in letters
each under the limit. A file that alone would exceed the limit is cut into numbered pieces
(`scan.pdf.001`, `scan.pdf.002`: the names 7-Zip and `cat` join back), the only way it can
travel by mail at all.

Sizes are estimated from the raw sizes alone, with margins, so that no file is read or encoded
to decide where it goes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

# base64.encodebytes, as adapters.render uses it: 57 bytes -> 76 characters and CRLF.
LINE_BYTES = 57
LINE_CHARS = 78
# One MIME part's own headers: boundary, type, disposition, an RFC 2231 file name of up to
# 500 characters (percent-encoded, folded).
PART_OVERHEAD = 4096
# The letter's headers and text (its text itself is added by the caller: a citizen's letter
# quoted in a notification may be long), with room for a sender's own signing and trace
# headers added on the way.
LETTER_OVERHEAD = 64 * 1024
MB = 1024 * 1024


def encoded_size(size: int) -> int:
    """Bytes a file of `size` takes in a letter: base64 lines and its part's headers."""
    full, rest = divmod(size, LINE_BYTES)
    last = -(-rest // 3) * 4 + 2 if rest else 0
    return full * LINE_CHARS + last + PART_OVERHEAD


def text_size(text: str) -> int:
    """Bytes a letter's text may take once encoded (quoted-printable or base64 of UTF-8)."""
    return LETTER_OVERHEAD + 2 * len(text.encode("utf-8", "replace"))


@dataclass(frozen=True)
class FileRef:
    """A stored file by its size alone: the bytes stay in the database until a letter needs
    them."""

    key: int
    filename: str
    content_type: str
    size: int


@dataclass(frozen=True)
class Piece:
    """A file, or one numbered piece of a file too large for any one letter."""

    file: FileRef
    start: int
    end: int
    part: int = 0  # 1-based; 0 for a whole file
    parts: int = 1

    @property
    def filename(self) -> str:
        return self.file.filename if self.parts == 1 else f"{self.file.filename}.{self.part:03d}"

    @property
    def size(self) -> int:
        return self.end - self.start


def attach_within(
    files: Sequence[FileRef], limit: int, text: str = ""
) -> tuple[list[FileRef], list[FileRef]]:
    """The files that go with one letter of `text` under `limit` bytes, in the order given
    (the ID copy first), and the rest. A file that does not fit is passed over for smaller
    ones after it."""
    budget = limit - text_size(text)
    attached: list[FileRef] = []
    left: list[FileRef] = []
    for f in files:
        cost = encoded_size(f.size)
        if cost <= budget:
            attached.append(f)
            budget -= cost
        else:
            left.append(f)
    return attached, left


def largest_piece(limit: int) -> int:
    """The most raw bytes one piece may hold, alone in a letter of `limit` bytes."""
    room = limit - text_size("") - PART_OVERHEAD
    return max(LINE_BYTES, room // LINE_CHARS * LINE_BYTES)


def spread(files: Sequence[FileRef], limit: int) -> list[list[Piece]]:
    """Letters (lists of pieces) each under `limit` bytes that together carry every file, in
    order: each piece goes into the first letter it fits in, a new one when none has room."""
    biggest = largest_piece(limit)
    pieces: list[Piece] = []
    for f in files:
        if encoded_size(f.size) <= limit - text_size(""):
            pieces.append(Piece(f, 0, f.size))
            continue
        parts = -(-f.size // biggest)
        pieces.extend(
            Piece(f, start, min(start + biggest, f.size), n, parts)
            for n, start in enumerate(range(0, f.size, biggest), start=1)
        )
    letters: list[list[Piece]] = []
    room: list[int] = []
    for piece in pieces:
        cost = encoded_size(piece.size)
        for i, free in enumerate(room):
            if cost <= free:
                letters[i].append(piece)
                room[i] -= cost
                break
        else:
            letters.append([piece])
            room.append(limit - text_size("") - cost)
    return letters


def size_label(size: int) -> str:
    """A size as an officer reads it: '2,4 MB', '350 KB', '812 bita'."""
    if size >= MB:
        return f"{size / MB:.1f} MB".replace(".", ",")
    if size >= 1024:
        return f"{size // 1024} KB"
    return f"{size} bita"


_KINDS = {
    "application/pdf": "PDF",
    "image/jpeg": "gambar JPEG",
    "image/png": "gambar PNG",
    "image/gif": "gambar GIF",
    "image/tiff": "gambar TIFF",
    "image/webp": "gambar WebP",
    "image/heic": "gambar HEIC",
    "text/plain": "teks",
    "application/msword": "dokumen Word",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "dokumen Word",
    "application/vnd.ms-excel": "lembar kerja Excel",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "lembar kerja Excel",
    "application/zip": "arsip ZIP",
}


def kind_label(content_type: str) -> str:
    """What kind of file it is, in words; the MIME type itself when there is no word for it."""
    ctype = content_type.lower().split(";")[0].strip()
    if ctype in _KINDS:
        return _KINDS[ctype]
    if ctype.startswith("image/"):
        return f"gambar {ctype.split('/', 1)[1].upper()}"
    return ctype or "berkas"
