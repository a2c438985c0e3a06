"""Hostile and broken messages: parsing stays bounded and every oddity becomes a defect."""

from __future__ import annotations

import email

import pytest

from ppid_mailer.core import parse
from ppid_mailer.core.classify import Facts, classify
from ppid_mailer.core.domain import Kind
from ppid_mailer.core.parse import MAX_DEPTH, MAX_PARTS, html_to_text, parse_mail
from tests.bounded import run_bounded

FACTS = Facts(our_addresses=frozenset({"ppid@kota-uji.go.id"}), officer_addresses=frozenset())
HEAD = "From: Rina <rina@warga.test>\r\nTo: ppid@kota-uji.go.id\r\nSubject: x\r\n"


def test_deep_nesting_is_cut_off() -> None:
    depth = MAX_DEPTH + 20
    opening = "".join(
        f'Content-Type: multipart/mixed; boundary="b{i}"\r\n\r\n--b{i}\r\n' for i in range(depth)
    )
    closing = "".join(f"\r\n--b{i}--\r\n" for i in reversed(range(depth)))
    raw = (HEAD + opening + "Content-Type: text/plain\r\n\r\ninti\r\n" + closing).encode()
    parsed = parse_mail(raw)
    assert "nesting-too-deep" in parsed.defects
    assert classify(parsed, FACTS).kind == Kind.NEW_REQUEST


def test_thousands_of_parts_are_bounded() -> None:
    parts = "".join(
        f"--b\r\nContent-Type: application/octet-stream\r\n\r\n{i}\r\n" for i in range(3000)
    )
    raw = (
        HEAD + 'Content-Type: multipart/mixed; boundary="b"\r\n\r\n' + parts + "--b--\r\n"
    ).encode()
    parsed = parse_mail(raw)
    assert "too-many-parts" in parsed.defects
    assert len(parsed.attachments) == MAX_PARTS


def test_giant_encoded_word_header_is_truncated() -> None:
    word = "=?utf-8?B?" + "QUFB" * 50_000 + "?="
    parsed = parse_mail((HEAD.replace("Subject: x", f"Subject: {word}") + "\r\nisi").encode())
    assert len(parsed.subject) <= 8192


def test_nul_bytes_and_raw_utf8_in_headers() -> None:
    raw = ("From: Sïti \x00<sïti@désa.test>\r\nSubject: per\x00mohonan \udcff\r\n\r\nisi").encode(
        "utf-8", "surrogateescape"
    )
    parsed = parse_mail(raw)
    assert "\x00" not in parsed.subject and "\x00" not in parsed.from_name
    assert parsed.subject.startswith("permohonan")
    assert parsed.from_addr == "sïti@désa.test"


def test_broken_boundary_keeps_the_text() -> None:
    raw = (
        HEAD + 'Content-Type: multipart/mixed; boundary="ada"\r\n\r\n--tidak-ada\r\n'
        "Content-Type: text/plain\r\n\r\nSaya mohon data.\r\n"
    ).encode()
    parsed = parse_mail(raw)
    assert parsed.defects
    assert "Saya mohon data." in parsed.text or parsed.attachments


def test_malformed_header_line() -> None:
    raw = (HEAD + "this line has no colon\r\nX-Other: y\r\n\r\nisi surat").encode()
    parsed = parse_mail(raw)
    assert parsed.from_addr == "rina@warga.test"
    assert "MissingHeaderBodySeparatorDefect" in parsed.defects or "isi surat" in parsed.text


def test_attachment_names_are_only_names() -> None:
    raw = (
        HEAD + 'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n'
        "Content-Type: application/pdf\r\nContent-Disposition: attachment; "
        'filename="../../etc/passwd\r\n"\r\n\r\nx\r\n--b--\r\n'
    ).encode()
    parsed = parse_mail(raw)
    [attachment] = parsed.attachments
    assert "\r" not in attachment.filename and "\n" not in attachment.filename


def test_a_from_with_several_addresses_names_nobody() -> None:
    raw = b"From: petugas@kota-uji.go.id, evil@x.test\r\nSubject: KABULKAN\r\n\r\nKABULKAN"
    parsed = parse_mail(raw)
    assert parsed.from_addr == "" and "several-from-addresses" in parsed.defects
    assert classify(parsed, FACTS).kind == Kind.BAD_SENDER  # no usable sender: held, never answered


def test_winmail_dat_is_unwrapped() -> None:
    from pathlib import Path

    import pytest

    sample = (
        Path(__file__).resolve().parents[3]
        / "shared"
        / "corpus"
        / "tnef-wrapped"
        / "testdata__attachments.tnef"
    )
    if not sample.exists():
        pytest.skip(f"corpus sample {sample} not found")
    parsed = parse_mail(sample.read_bytes())
    names = [a.filename for a in parsed.attachments]
    assert names[0] == "zappa_av1.jpg" and "bookmark.htm" in names and "winmail.dat" in names
    assert parsed.attachments[0].content_type == "image/jpeg"


def test_broken_tnef_is_a_defect() -> None:
    raw = (
        HEAD
        + 'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nisi\r\n'
        '--b\r\nContent-Type: application/ms-tnef; name="winmail.dat"\r\n\r\nnot tnef\r\n--b--\r\n'
    ).encode()
    parsed = parse_mail(raw)
    assert "bad-tnef" in parsed.defects and [a.filename for a in parsed.attachments] == [
        "winmail.dat"
    ]


def _nested(depth: int, kind: str) -> bytes:
    """A letter wrapped `depth` times: in multiparts, in message/rfc822 parts, or in digests
    whose parts carry no header at all (a digest's part is a message by default)."""
    if kind == "multipart":
        opening = "".join(
            f'Content-Type: multipart/mixed; boundary="b{i}"\r\n\r\n--b{i}\r\n'
            for i in range(depth)
        )
        closing = "".join(f"\r\n--b{i}--\r\n" for i in reversed(range(depth)))
    elif kind == "message":
        opening, closing = "Content-Type: message/rfc822\r\n\r\n" * depth, ""
    else:
        opening = "".join(
            f'Content-Type: multipart/digest; boundary="d{i}"\r\n\r\n--d{i}\r\n\r\n'
            for i in range(depth // 2)
        )
        closing = "".join(f"\r\n--d{i}--\r\n" for i in reversed(range(depth // 2)))
    letter = "Content-Type: text/plain\r\n\r\nSaya mohon data anggaran.\r\n"
    return (HEAD + opening + letter + closing).encode()


@pytest.mark.parametrize("kind", ["multipart", "message", "digest"])
def test_nesting_a_thousand_deep_is_refused_before_the_stdlib_recurses(kind: str) -> None:
    """The stdlib parser recurses once per level: a thousand levels raised RecursionError."""
    raw = _nested(1000, kind)
    with pytest.raises(RecursionError):
        email.message_from_bytes(raw)  # what the limit is there for
    parsed = run_bounded(f"{kind} x 1000", lambda: parse_mail(raw))
    assert "nesting-too-deep" in parsed.defects
    assert not [d for d in parsed.defects if d.startswith("unparsable")]  # refused, not caught
    assert parsed.from_addr == "rina@warga.test" and parsed.subject == "x"
    [refused] = [a for a in parsed.attachments if a.filename == "nesting-too-deep.bin"]
    assert b"Saya mohon data anggaran." in refused.data  # the bytes stay, as a file
    assert classify(parsed, FACTS).kind == Kind.NEW_REQUEST


def test_nesting_within_the_limit_is_read_as_before() -> None:
    parsed = parse_mail(_nested(MAX_DEPTH - 1, "multipart"))
    assert parsed.defects == () and parsed.text == "Saya mohon data anggaran."


HOSTILE_HTML = ["<![<![x", "<![ x", "<p>Saya mohon data anggaran.</p><![<![x", "<![if <![x"]


@pytest.mark.parametrize("markup", HOSTILE_HTML)
def test_hostile_html_is_read_never_raised(markup: str) -> None:
    """html.parser raises AssertionError on these; the letter must still be read."""
    raw = (HEAD + "Content-Type: text/html; charset=utf-8\r\n\r\n" + markup).encode()
    parsed = parse_mail(raw)
    assert not [d for d in parsed.defects if d.startswith("unparsable")]
    assert parsed.from_addr == "rina@warga.test"
    if "Saya" in markup:
        assert "Saya mohon data anggaran." in parsed.text
    assert isinstance(html_to_text(markup), str)


def test_markup_the_parser_refuses_is_stripped_by_a_regex(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Should html.parser still refuse something, the text comes from stripping the tags."""
    monkeypatch.setattr(parse, "_defuse", lambda html: html)  # the parser sees "<![<![x"
    defects: list[str] = []
    markup = "<p>Saya mohon <b>data</b> anggaran.</p><script>alert(1)</script><p>Rina</p><![<![x"
    text = html_to_text(markup, defects)
    assert defects == ["unreadable-html"]
    assert [line for line in text.splitlines() if line][:2] == ["Saya mohon data anggaran.", "Rina"]
    assert "alert" not in text


@pytest.mark.parametrize("unit", ["<a ", "<a\n", "<a/", "<a x=", "<!--", "<!--a>", "<?", "</"])
def test_open_tags_cost_linear_time(unit: str) -> None:
    """html.parser rescans the rest of the document for every tag left open: 100,000
    characters of '<a ' cost it 100 s. Defused, each costs a pass."""
    markup = "<p>Saya mohon data.</p>" + unit * (100_000 // len(unit))
    text = run_bounded(f"html_to_text({unit!r} x many)", lambda: html_to_text(markup))
    assert text.startswith("Saya mohon data.")


def test_any_failure_inside_parsing_becomes_a_defect(monkeypatch: pytest.MonkeyPatch) -> None:
    """parse_mail is total: what raises inside leaves the headers it could read and the text."""

    def broken(*args: object) -> None:
        raise ValueError("a parser bug nobody has met yet")

    monkeypatch.setattr(parse, "_collect", broken)
    raw = (
        HEAD + "Message-ID: <m1@warga.test>\r\nContent-Type: text/plain\r\n\r\n"
        "Saya mohon data anggaran.\r\n"
    ).encode()
    parsed = parse_mail(raw)
    assert "unparsable:ValueError" in parsed.defects
    assert (parsed.from_addr, parsed.subject, parsed.message_id) == (
        "rina@warga.test",
        "x",
        "<m1@warga.test>",
    )
    assert parsed.text == "Saya mohon data anggaran."
    assert classify(parsed, FACTS).kind == Kind.NEW_REQUEST


@pytest.mark.parametrize(
    ("name", "raw", "defect"),
    [
        (
            "a header of 1 MB",
            (HEAD + "X-Big: " + "a" * 1_000_000 + "\r\n\r\nisi").encode(),
            None,
        ),
        (
            "a folded header of 1 MB",
            (HEAD + "X-Big: " + "a\r\n " * 300_000 + "\r\n\r\nisi").encode(),
            None,
        ),
        (
            "100,000 headers",
            (HEAD + "X-H: v\r\n" * 100_000 + "\r\nisi").encode(),
            "too-many-headers",
        ),
        (
            "a boundary that never closes",
            (
                HEAD + 'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n'
                "Content-Type: text/plain\r\n\r\nisi\r\n" + "baris\r\n" * 200_000
            ).encode(),
            "CloseBoundaryNotFoundDefect",
        ),
    ],
)
def test_the_stdlib_parser_on_huge_headers_and_open_boundaries(
    name: str, raw: bytes, defect: str | None
) -> None:
    """Checked, not changed: the stdlib reads these in linear time and we keep them bounded."""
    parsed = run_bounded(name, lambda: parse_mail(raw))
    assert parsed.from_addr == "rina@warga.test"
    assert parsed.text.startswith("isi")
    assert all(len(v) <= 8192 for v in parsed.headers.values())
    assert defect is None or defect in parsed.defects


def test_an_encoded_word_with_a_non_ascii_charset_name_is_a_defect() -> None:
    """Found by tests/unit/test_fuzz.py: the stdlib raises CharsetError (not a LookupError)
    for '=?utf-8\xe9?Q?x?=', which made the whole message unparsable."""
    raw = (
        "From: Rina <rina@warga.test>\r\nSubject: =?utf-8\xe9?Q?x?= permohonan\r\n"
        'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n'
        "Content-Type: text/plain\r\n\r\nSaya mohon data.\r\n--b\r\n"
        'Content-Type: image/png\r\nContent-Disposition: attachment; filename="=?utf\xe9?Q?ktp?="'
        "\r\n\r\nx\r\n--b--\r\n"
    ).encode("latin-1")
    parsed = parse_mail(raw)
    assert not [d for d in parsed.defects if d.startswith("unparsable")]
    assert "bad-encoded-word:subject" in parsed.defects and "bad-filename" in parsed.defects
    assert parsed.text == "Saya mohon data." and len(parsed.attachments) == 1


def test_a_charset_name_with_a_nul_byte_is_a_defect() -> None:
    """Found by tests/unit/test_fuzz.py: bytes.decode raises ValueError, not LookupError, for
    a codec name with a NUL in it, which made the whole message unparsable."""
    raw = (
        HEAD + 'Content-Type: text/plain; charset="iso-8859-2\x00"\r\n\r\nSaya mohon data.\r\n'
    ).encode()
    parsed = parse_mail(raw)
    assert not [d for d in parsed.defects if d.startswith("unparsable")]
    assert "unknown-charset:iso-8859-2" in parsed.defects
    assert parsed.text == "Saya mohon data."
