"""core.letter_size: the estimate never falls short of what the renderer writes, and spreading
files over letters carries every byte, in order, with every letter under the limit."""

from __future__ import annotations

import base64

from hypothesis import given
from hypothesis import strategies as st

from ppid_mailer.core.letter_size import (
    PART_OVERHEAD,
    FileRef,
    attach_within,
    encoded_size,
    kind_label,
    size_label,
    spread,
    text_size,
)


@given(st.integers(min_value=0, max_value=200_000))
def test_encoded_size_is_what_base64_lines_take(size: int) -> None:
    encoded = base64.encodebytes(b"\0" * size).replace(b"\n", b"\r\n")
    assert encoded_size(size) == len(encoded) + PART_OVERHEAD


sizes = st.lists(st.integers(min_value=0, max_value=5_000_000), min_size=1, max_size=8)


@given(sizes, st.integers(min_value=1, max_value=4))
def test_spread_carries_every_byte_in_letters_under_the_limit(
    file_sizes: list[int], limit_mb: int
) -> None:
    limit = limit_mb * 1024 * 1024
    files = [FileRef(i, f"f{i}.pdf", "application/pdf", n) for i, n in enumerate(file_sizes)]
    letters = spread(files, limit)
    for pieces in letters:
        assert text_size("") + sum(encoded_size(p.size) for p in pieces) <= limit
    for f in files:
        pieces = [p for letter in letters for p in letter if p.file == f]
        assert sorted((p.start, p.end) for p in pieces)[0][0] == 0
        ranges = sorted((p.part, p.start, p.end) for p in pieces)
        assert [r[0] for r in ranges] == (
            [0] if len(ranges) == 1 else list(range(1, len(ranges) + 1))
        )
        assert all(a[2] == b[1] for a, b in zip(ranges, ranges[1:], strict=False))
        assert ranges[-1][2] == f.size


def test_attach_within_keeps_the_order_and_passes_over_what_does_not_fit() -> None:
    ktp = FileRef(1, "ktp.jpg", "image/jpeg", 300_000)
    scan = FileRef(2, "scan.pdf", "application/pdf", 18_000_000)
    letter = FileRef(3, "surat.pdf", "application/pdf", 1_000_000)
    attached, left = attach_within([ktp, scan, letter], 20 * 1024 * 1024, "Dengan hormat")
    assert attached == [ktp, letter] and left == [scan]


def test_labels_an_officer_reads() -> None:
    assert size_label(2_500_000) == "2,4 MB"
    assert size_label(600 * 1024) == "600 KB"
    assert size_label(812) == "812 bita"
    assert kind_label("application/pdf") == "PDF"
    assert kind_label("image/jpeg") == "gambar JPEG"
    assert kind_label("image/x-portable-pixmap") == "gambar X-PORTABLE-PIXMAP"
    assert kind_label("application/x-rar") == "application/x-rar"
