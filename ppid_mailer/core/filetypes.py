"""What a file really is, when the mail client only said application/octet-stream.

Phones and some webmail send photos and PDFs as octet-stream; the magic bytes and the file
name say more. Only generic types are replaced: a declared specific type is kept.
"""

from __future__ import annotations

import mimetypes

GENERIC = frozenset(
    {
        "",
        "application/octet-stream",
        "application/binary",
        "application/x-download",
        "application/force-download",
        "binary/octet-stream",
    }
)
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"GIF8", "image/gif"),
    (b"%PDF", "application/pdf"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
)


def sniff(filename: str, declared: str, head: bytes) -> str:
    if declared.lower() not in GENERIC:
        return declared
    for magic, ctype in _MAGIC:
        if head.startswith(magic):
            return ctype
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    guessed, _ = mimetypes.guess_type(filename, strict=False)
    return guessed or declared or "application/octet-stream"


def looks_like_pdf(head: bytes) -> bool:
    """PDF readers accept junk before the `%PDF-` header, but only within the first 1024 bytes.

    Checked before a document is handed to the PDF reader: a file that only claims to be a PDF
    is answered at once instead of being searched end to end for a cross-reference table.
    """
    return b"%PDF-" in head[:1024]
