"""Bounded time (issue #15, point 3): no pattern applied to mail text backtracks without bound.

One pattern that read a run of line feeds in every possible way held the whole desk: 2,000 line
feeds after "Hormat saya," cost half a minute, 10,000 would have cost hours. Here every pattern
the mail-handling packages hold, and the public functions that apply them, meet inputs of
100,000 characters built to make a backtracking engine try everything.

No wall-clock time is asserted: each call runs under a deadline of DEADLINE_SECONDS (a timer
signal stops it), far above what a pass over the input costs even on a slow machine (under
0.1 s here) and far below what any pattern whose work grows with the square of the input needs
(at least 14 s here, minutes for most). A pattern that misses the deadline fails the test with
its name and the input.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import Any

import pytest

from ppid_mailer.core import parse
from ppid_mailer.core.bounces import read_bounce
from ppid_mailer.core.classify import Facts, classify
from ppid_mailer.core.commands import (
    ATASAN_KEYWORDS,
    new_top,
    parse_citizen,
    parse_commands,
)
from ppid_mailer.core.extract import DocText, extract_request, form_fields, letter_fields
from ppid_mailer.core.nik import find_nik
from ppid_mailer.core.numbers import number_pattern
from ppid_mailer.core.parse import html_to_text, parse_mail
from ppid_mailer.core.redact import redact
from tests import bounded

SIZE = 100_000
DEADLINE_SECONDS = 3.0
# Where mail text is read: every module of these packages is searched for patterns.
PACKAGES = ("ppid_mailer.core", "ppid_mailer.service", "ppid_mailer.adapters")
RE_FUNCTIONS = {"compile", "search", "match", "fullmatch", "finditer", "findall", "split", "sub"}
# Patterns built at run time from settings or limits, with the values they are built from.
BUILT_AT_RUN_TIME: dict[str, re.Pattern[Any]] = {
    "parse._encoded_run(SET_ASIDE_BYTES)": parse._encoded_run(parse.SET_ASIDE_BYTES),
    **{
        f"number_pattern({fmt!r})": number_pattern(fmt)
        for fmt in (
            "{seq:04d}/PPID/{year}",
            "{seq:04d}/KEBERATAN/{year}",
            "{seq:04d}/PENGADUAN/{year}",
            "{seq}{year}",
        )
    },
}


def _runs() -> dict[str, str]:
    """A run of each kind, alone, up to the end of the text and cut by a stray character."""
    kinds = {
        "line feeds": "\n",
        "spaces": " ",
        "tabs": "\t",
        "CRLF": "\r\n",
        "blank mixed": " \n\t",
        "dots": ".",
        "colons": ":",
        "digits": "7",
        "letters": "a",
        "capitals": "A",
        "list markers": "a. ",
        "numbered items": "1. ",
        "quote prefixes": "> ",
        "quoted blank lines": ">\n",
        "at signs": "@",
        "address characters": "a.",
        "dashes": "-",
        "hashes": "#",
        "angle brackets": "<",
        "base64 lines": "QUFB\r\n",
    }
    inputs = {}
    for name, unit in kinds.items():
        inputs[f"{SIZE:,} chars of {name}"] = unit * (SIZE // len(unit))
        inputs[f"{SIZE:,} chars of {name}, then '!'"] = unit * (SIZE // len(unit)) + "!\n!"
    # Blank lines broken every 10,000 characters: each stretch just too short to set aside.
    inputs["line feeds cut every 10,000 chars"] = ("\n" * 9_999 + "!") * (SIZE // 10_000)
    return inputs


# A phrase a pattern starts from, then a long run, then a character no pattern wants there.
_TRIGGERED = (
    ("Hormat saya,", "\n"),
    ("Hormat saya,", "\r\n"),
    ("Hormat kami,", " \n"),
    ("Terima kasih.", "\n "),
    ("Nama:", " "),
    ("Nama:", "\t"),
    ("Nama", " "),
    ("Rincian informasi", "\n"),
    ("1.", " "),
    ("a.", " \n"),
    ("Saya mohon data x", " "),
    ("Saya mohon data", "\n"),
    ("untuk keperluan riset", " "),
    ("untuk penelitian x", " "),
    ("berikut", " "),
    ("sebagai berikut: 1. data", " "),
    ("STATUS", " "),
    ("STATUS", " \n"),
    ("KABULKAN:", " "),
    ("Re", " "),
    ("Re [2]", " "),
    ("Pada Senin", " "),
    ("wrote", " "),
    ("From:", " "),
    ("message-id:", "\n"),
    ("Status:", " "),
    ("<a@b", "c"),
    ("a@b", ".c"),
    ("#", " "),
)
INPUTS: dict[str, str] = {
    **_runs(),
    **{
        f"{head!r} + {SIZE:,} x {unit!r}": head + unit * (SIZE // len(unit)) + "!\n!"
        for head, unit in _TRIGGERED
    },
}


def _literal_flags(call: ast.Call) -> int:
    """The flags of a re.<function>(pattern, ...) call, positional or keyword."""
    assert isinstance(call.func, ast.Attribute)
    position = {"compile": 1, "split": 3, "sub": 4}.get(call.func.attr, 2)
    nodes = [k.value for k in call.keywords if k.arg == "flags"] or call.args[position:][:1]
    if not nodes:
        return 0
    return int(eval(compile(ast.Expression(nodes[0]), "<flags>", "eval"), {"re": re}))


def _patterns_held(name: str, value: object, depth: int = 0) -> Iterator[tuple[str, Any]]:
    if isinstance(value, re.Pattern):
        yield name, value
    elif isinstance(value, tuple | list) and depth < 3:
        for index, item in enumerate(value):
            yield from _patterns_held(f"{name}[{index}]", item, depth + 1)
    elif isinstance(value, dict) and depth < 3:
        for key, item in value.items():
            yield from _patterns_held(f"{name}[{key!r}]", item, depth + 1)


def mail_patterns() -> dict[str, re.Pattern[Any]]:
    """Every pattern of the mail-handling packages, found without a list to keep up to date:
    compiled patterns a module holds (also in tuples, lists and dicts), and every literal
    pattern given to a re function in its source (re.search(r"...", text, re.I))."""
    found: dict[str, re.Pattern[Any]] = {}
    seen: set[tuple[object, int]] = set()

    def add(name: str, pattern: re.Pattern[Any]) -> None:
        if (pattern.pattern, pattern.flags) not in seen:
            seen.add((pattern.pattern, pattern.flags))
            found[name] = pattern

    for package_name in PACKAGES:
        package = importlib.import_module(package_name)
        for info in pkgutil.walk_packages(package.__path__, package_name + "."):
            if info.name.endswith("__main__"):
                continue
            module = importlib.import_module(info.name)
            short = info.name.removeprefix("ppid_mailer.")
            for attribute, value in vars(module).items():
                for name, pattern in _patterns_held(f"{short}.{attribute}", value):
                    add(name, pattern)
            source = Path(str(module.__file__)).read_text(encoding="utf-8")
            for node in ast.walk(ast.parse(source)):
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Attribute)
                    and isinstance(node.func.value, ast.Name)
                    and node.func.value.id == "re"
                    and node.func.attr in RE_FUNCTIONS
                    and node.args
                    and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str | bytes)
                ):
                    pattern = re.compile(node.args[0].value, _literal_flags(node))
                    add(f"{short} line {node.lineno}", pattern)
    for name, pattern in BUILT_AT_RUN_TIME.items():
        add(name, pattern)
    return found


PATTERNS = mail_patterns()


def run_bounded(what: str, call: Callable[[], object]) -> None:
    """call() within DEADLINE_SECONDS, else the test fails naming `what` (tests.bounded)."""
    bounded.run_bounded(what, call, DEADLINE_SECONDS)


def test_the_search_finds_the_patterns() -> None:
    """The collection itself: the known patterns are there, and there are many of them."""
    assert len(PATTERNS) >= 40
    names = " ".join(PATTERNS)
    for expected in ("extract._CLOSING", "extract._LABEL_LINE", "commands._WORD", "nik._NIK"):
        assert expected in names
    assert "_encoded_run" in names and "extract line" in names  # literal patterns in calls


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_every_pattern_takes_bounded_time_on_hostile_text(name: str) -> None:
    """Searched through (subn: the work of search, match, finditer, split and findall, from every
    start, without a match object per match) and matched whole (fullmatch), on every input."""
    pattern = PATTERNS[name]
    for label, text in INPUTS.items():
        data: str | bytes = text.encode() if isinstance(pattern.pattern, bytes) else text
        run_bounded(f"{name} searched through {label}", partial(pattern.subn, data[:0], data))
        run_bounded(f"{name} fullmatch of {label}", partial(pattern.fullmatch, data))


FACTS = Facts(
    our_addresses=frozenset({"ppid@kota-uji.go.id"}),
    officer_addresses=frozenset({"petugas@kota-uji.go.id"}),
)


def _mail(body: str, content_type: str = "text/plain") -> bytes:
    head = (
        "From: Rina <rina@warga.test>\r\nTo: ppid@kota-uji.go.id\r\n"
        f"Subject: Permohonan informasi\r\nContent-Type: {content_type}; charset=utf-8\r\n"
        "Content-Transfer-Encoding: 8bit\r\n\r\n"
    )
    return head.encode() + body.encode()


def _dsn(text: str) -> bytes:
    return (
        "From: MAILER-DAEMON@mx.test\r\nTo: ppid@kota-uji.go.id\r\nSubject: Undelivered\r\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="b"\r\n\r\n'
        "--b\r\nContent-Type: text/plain\r\n\r\n" + text + "\r\n"
        "--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.test\r\n\r\n"
        "Final-Recipient: rfc822; rina@warga.test\r\nStatus: " + text[:2000] + "\r\n"
        "--b--\r\n"
    ).encode()


PUBLIC: dict[str, Callable[[str], object]] = {
    "extract_request": lambda text: extract_request(
        [DocText("isi surel", text), DocText("lampiran surat.pdf", text, "surat.pdf", "pdf")],
        [("surat.pdf", "application/pdf"), ("ktp.jpg", "image/jpeg")],
        "Rina",
        "rina@warga.test",
    ),
    "form_fields": form_fields,
    "letter_fields": letter_fields,
    "find_nik": find_nik,
    "redact": redact,
    "new_top": new_top,
    "parse_commands": parse_commands,
    "parse_commands (atasan)": lambda text: parse_commands(text, ATASAN_KEYWORDS),
    "parse_citizen": lambda text: parse_citizen(text[:8192], text),
    "classify(parse_mail(mail with this body))": lambda text: classify(
        parse_mail(_mail(text)), FACTS
    ),
    "parse_mail (HTML body)": lambda text: parse_mail(_mail(text, "text/html")),
    "html_to_text": html_to_text,
    "read_bounce(parse_mail(report with this text))": lambda text: read_bounce(
        parse_mail(_dsn(text)), "kota-uji.go.id"
    ),
}


@pytest.mark.parametrize("function", sorted(PUBLIC))
def test_public_functions_take_bounded_time_on_hostile_text(function: str) -> None:
    call = PUBLIC[function]
    for label, text in INPUTS.items():
        run_bounded(f"{function} on {label}", partial(call, text))


def test_the_sign_off_still_finds_the_name_after_many_blank_lines() -> None:
    """The rewritten sign-off reads what it read before, however long the gap."""
    for gap in ("\n", "\n\n", " \r\n \n", "\n" * 5_000):
        found = letter_fields(f"Saya mohon data anggaran.\n\nHormat saya,{gap}Rina Wulandari\n")
        assert found["name"] == "Rina Wulandari"
    # on one line the closing still names the signer
    assert letter_fields("Hormat saya, Rina Wulandari")["name"] == "Rina Wulandari"


def test_a_megabyte_of_blank_lines_is_parsed_in_bounded_time() -> None:
    """Runs of line ends just too short to set aside, each tried again from every blank line in
    it, cost the square of their length: 8 s a megabyte, minutes for a 25 MB message, before."""
    block = b"\n" * (parse.SET_ASIDE_BYTES - 1) + b"!"
    raw = b"From: rina@warga.test\r\nSubject: x\r\n\r\n" + block * (1_000_000 // len(block))
    run_bounded("set_aside of 1 MB of blank lines", partial(parse.set_aside, raw))
    run_bounded("parse_mail of 1 MB of blank lines", partial(parse_mail, raw))
