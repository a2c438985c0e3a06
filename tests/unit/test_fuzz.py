"""Fuzzing the core with mutated real mail (#15.9): nothing raises, nothing hangs.

Seeds are the project's letters (tests/data/letters) and a sample of the real-world corpus
(../shared/corpus, every category). Hypothesis mutates them the ways broken clients, broken
relays and hostile senders do: flipped bytes, truncation, duplicated and deleted lines,
tampered boundaries, nesting a thousand deep, hostile HTML, header bombs. Each mutant goes
through everything the core does with a stranger's mail: parse_mail, classify,
extract_request on the body, parse_commands and parse_citizen, and trust.releasable on its
files, under a deadline per message (tests/bounded.py: a timer signal, no wall clock).

Deterministic (derandomize, no example database), so that CI sees the same inputs every run.
A mutant that fails is printed by hypothesis; keep it in tests/unit/test_hostile_input.py.
"""

from __future__ import annotations

import csv
import os
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ppid_mailer.core import trust
from ppid_mailer.core.classify import Facts, classify
from ppid_mailer.core.commands import OFFICER_KEYWORDS, parse_citizen, parse_commands
from ppid_mailer.core.domain import ParsedMail
from ppid_mailer.core.extract import DocText, extract_request
from ppid_mailer.core.parse import html_to_text, parse_mail
from tests.bounded import run_bounded

ROOT = Path(__file__).resolve().parents[2]
LETTERS = ROOT / "tests" / "data" / "letters"
CORPUS = Path(os.environ.get("PPID_CORPUS", ROOT.parent / "shared" / "corpus"))
PER_CATEGORY = 4  # corpus files per category
MAX_SEED_BYTES = 600_000
# Mutants stay under this: the work is linear in the size, and the deadline is about growth
# (a pattern or parser that tries a stretch twice), not about how fast a machine reads 1 GB.
MAX_MUTANT_BYTES = 2_000_000
FACTS = Facts(
    our_addresses=frozenset({"ppid@kota-uji.go.id"}),
    officer_addresses=frozenset({"petugas@kota-uji.go.id"}),
    number_formats=("{seq:04d}/PPID/{year}",),
)


def _seeds() -> list[tuple[str, bytes]]:
    seeds = [(p.name, p.read_bytes()) for p in sorted(LETTERS.glob("*.eml"))]
    index = CORPUS / "INDEX.tsv"
    if index.exists():
        rows = sorted(
            csv.DictReader(index.open(encoding="utf-8"), delimiter="\t"), key=lambda r: r["file"]
        )
        by_category: dict[str, list[str]] = {}
        for row in rows:
            if int(row["size"]) <= MAX_SEED_BYTES:
                by_category.setdefault(row["category"], []).append(row["file"])
        for files in by_category.values():
            stride = max(1, len(files) // PER_CATEGORY)
            seeds += [(f, (CORPUS / f).read_bytes()) for f in files[::stride][:PER_CATEGORY]]
    return seeds


SEEDS = _seeds()

# --- mutations: each takes hypothesis' draw and the message, and returns the mutant ------------

Draw = st.DrawFn
Mutation = Callable[[Draw, bytes], bytes]


def _at(draw: Draw, raw: bytes) -> int:
    return draw(st.integers(0, max(0, len(raw))))


def flip_bytes(draw: Draw, raw: bytes) -> bytes:
    data = bytearray(raw)
    for _ in range(draw(st.integers(1, 20))):
        if data:
            at = min(_at(draw, raw), len(data) - 1)
            data[at] ^= draw(st.integers(1, 255))
    return bytes(data)


def truncate(draw: Draw, raw: bytes) -> bytes:
    return raw[: _at(draw, raw)]


def _lines(raw: bytes) -> list[bytes]:
    return raw.split(b"\n")


def duplicate_lines(draw: Draw, raw: bytes) -> bytes:
    lines = _lines(raw)
    at = draw(st.integers(0, len(lines) - 1))
    size = draw(st.integers(1, 5))
    times = draw(st.sampled_from([2, 10, 1000]))
    copied = lines[at : at + size]
    times = min(times, max(1, MAX_MUTANT_BYTES // max(1, sum(len(c) + 1 for c in copied))))
    lines[at:at] = copied * times
    return b"\n".join(lines)


def delete_lines(draw: Draw, raw: bytes) -> bytes:
    lines = _lines(raw)
    at = draw(st.integers(0, len(lines) - 1))
    del lines[at : at + draw(st.integers(1, 30))]
    return b"\n".join(lines)


_BOUNDARY = re.compile(rb"""boundary\s*=\s*"?([^";\r\n]+)"?""", re.I)


def tamper_boundary(draw: Draw, raw: bytes) -> bytes:
    boundaries: list[bytes] = _BOUNDARY.findall(raw)
    if not boundaries:
        return raw
    boundary = draw(st.sampled_from(boundaries))
    how = draw(st.sampled_from(["unclose", "rename", "repeat", "cut", "stray", "empty"]))
    if how == "unclose":  # the closing line never comes
        return raw.replace(b"--" + boundary + b"--", b"")
    if how == "rename":  # the header says one thing, the lines another
        return raw.replace(b"--" + boundary, b"--x" + boundary, 1)
    if how == "repeat":  # a separator a thousand times
        return raw.replace(b"--" + boundary + b"\r\n", (b"--" + boundary + b"\r\n") * 1000, 1)
    if how == "cut":  # the boundary itself cut short wherever it appears
        return raw.replace(boundary, boundary[: len(boundary) // 2])
    if how == "stray":  # a separator in the middle of a part
        at = _at(draw, raw)
        return raw[:at] + b"\r\n--" + boundary + b"\r\n" + raw[at:]
    return raw.replace(boundary, b"", 1)  # boundary=""


def nest(draw: Draw, raw: bytes) -> bytes:
    """The message wrapped in multiparts or message/rfc822 parts, up to 1,500 deep."""
    depth = draw(st.sampled_from([1, 5, 31, 60, 1500]))
    head = b"From: Rina <rina@warga.test>\r\nSubject: nested\r\n"
    if draw(st.booleans()):
        return head + b"Content-Type: message/rfc822\r\n\r\n" * depth + raw
    opening = b"".join(
        b'Content-Type: multipart/mixed; boundary="n%d"\r\n\r\n--n%d\r\n' % (i, i)
        for i in range(depth)
    )
    closing = b"".join(b"\r\n--n%d--\r\n" % i for i in reversed(range(depth)))
    return head + opening + raw + closing


HOSTILE_MARKUP = [
    "<![<![x",
    "<![ x",
    "<a " * 20_000,
    "<!--" * 20_000,
    "<!--a>" * 10_000,
    "<![CDATA[x>" * 5_000,
    "<a x='" * 10_000,
    "</" * 30_000,
    "<?" * 30_000,
    "&#9999999999;" * 1_000,
    "<table><tr><td>" * 5_000,
]


def hostile_html(draw: Draw, raw: bytes) -> bytes:
    """Hostile markup in the body, the body declared HTML."""
    markup = draw(st.sampled_from(HOSTILE_MARKUP)).encode()
    at = _at(draw, raw)
    return raw.replace(b"text/plain", b"text/html")[:at] + markup + raw[at:]


def header_bomb(draw: Draw, raw: bytes) -> bytes:
    how = draw(st.sampled_from(["long", "many", "folded", "encoded"]))
    if how == "long":
        bomb = b"X-Long: " + b"a" * 300_000 + b"\r\n"
    elif how == "many":
        bomb = b"X-H: v\r\n" * 40_000
    elif how == "folded":
        bomb = b"Subject: " + b"a\r\n " * 20_000 + b"\r\n"
    else:
        bomb = b"Subject: " + b"=?utf-8?B?QUFB?= " * 20_000 + b"\r\n"
    return bomb + raw


MUTATIONS: list[Mutation] = [
    flip_bytes,
    truncate,
    duplicate_lines,
    delete_lines,
    tamper_boundary,
    nest,
    hostile_html,
    header_bomb,
]


@st.composite
def mutants(draw: Draw) -> tuple[str, bytes]:
    name, raw = draw(st.sampled_from(SEEDS))
    steps = []
    for _ in range(draw(st.integers(1, 3))):
        mutation = draw(st.sampled_from(MUTATIONS))
        raw = mutation(draw, raw)[:MAX_MUTANT_BYTES]
        steps.append(mutation.__name__)
    return f"{name} after {' + '.join(steps)}", raw


def through_the_core(raw: bytes) -> ParsedMail:
    """Everything the core does with a stranger's mail."""
    mail = parse_mail(raw)
    classify(mail, FACTS)
    files = [(a.filename, a.content_type) for a in mail.attachments]
    extract_request([DocText("isi surel", mail.text)], files, mail.from_name, mail.from_addr)
    parse_commands(mail.text, OFFICER_KEYWORDS)
    parse_citizen(mail.subject, mail.text, True, FACTS.number_formats)
    trust.releasable(mail.attachments)
    return mail


def test_the_seeds_are_there() -> None:
    assert len([name for name, _ in SEEDS if name.endswith(".eml")]) >= 100
    if not (CORPUS / "INDEX.tsv").exists():
        pytest.skip(f"corpus not found at {CORPUS}: fuzzing the project's letters only")
    assert len(SEEDS) >= 150


@settings(
    max_examples=250,
    deadline=None,  # time is bounded per message by run_bounded, not by hypothesis
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(mutants())
def test_mutated_mail_goes_through_the_core_in_bounded_time(mutant: tuple[str, bytes]) -> None:
    name, raw = mutant
    mail = run_bounded(name, lambda: through_the_core(raw))
    assert not [d for d in mail.defects if d.startswith("unparsable")], (name, mail.defects)
    assert "\n" not in mail.subject and "\x00" not in mail.subject


@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(st.text(alphabet="<>!-[]/ax='\"\n ?&#;CDAT", max_size=3000))
def test_html_of_tag_debris_is_read_in_bounded_time(markup: str) -> None:
    text = run_bounded(repr(markup[:80]), lambda: html_to_text(markup * 20))
    assert isinstance(text, str)
