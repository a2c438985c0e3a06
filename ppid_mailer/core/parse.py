"""Raw bytes -> ParsedMail, without ever raising on bad input.

We walk the MIME tree with the stdlib `email` package in its lenient compat32 mode rather than
with mail-parser: mail-parser drops unnamed binary parts and the details of delivery reports,
and both matter here (an unnamed part may be the citizen's ID scan; a report tells us which
receipt bounced). Every oddity is appended to `defects` so that an officer can see it.

Work is bounded: at most MAX_PARTS leaves, MAX_DEPTH levels of nesting and MAX_HEADER_CHARS per
header, so that a hostile message costs no more than a large honest one.
"""

from __future__ import annotations

import binascii
import email
import email.header
import email.message
import email.parser
import email.utils
import functools
import html as htmllib
import re
import secrets
from collections.abc import Iterator
from datetime import datetime
from html.parser import HTMLParser

import tnefparse

from .domain import Attachment, ParsedMail
from .filetypes import sniff

MAX_PARTS = 500
MAX_DEPTH = 30
MAX_HEADER_CHARS = 8192
MAX_HEADERS = 300
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def parse_mail(raw: bytes) -> ParsedMail:
    """Parse one raw RFC 5322 message; defects are data, never exceptions.

    Total: the stdlib parsers were not written for hostile input, and a message that makes one
    of them raise must still be stored, classified and seen by a person, not shunted as if the
    desk had failed. Whatever escapes the bounds below becomes a defect and a minimal
    ParsedMail: the headers that could be read and the raw body as text.
    """
    try:
        return _parse(raw)
    except Exception as error:  # noqa: BLE001 - any failure here is a property of the message
        return _minimal(raw, error)


def _parse(raw: bytes) -> ParsedMail:
    defects: list[str] = []
    reduced, aside = set_aside(raw)
    msg = email.message_from_bytes(limit_nesting(reduced, defects))
    defects.extend(_defect_names(msg))
    text_parts: list[str] = []
    html_parts: list[str] = []
    attachments: list[Attachment] = []
    for part, nested in _leaves(msg, defects):
        defects.extend(_defect_names(part))
        _collect(part, nested, text_parts, html_parts, attachments, defects, aside)
    html = "\n\n".join(html_parts)
    text = "\n\n".join(text_parts) or html_to_text(html, defects)
    return _mail(msg, text, html, tuple(attachments), defects)


MAX_FALLBACK_TEXT = 1_000_000


def _minimal(raw: bytes, error: Exception) -> ParsedMail:
    """What can still be read when parsing failed: the header block alone (which the stdlib
    parses without recursing into a body) and the rest of the bytes as text."""
    defects = [f"unparsable:{type(error).__name__}"]
    head = header_block(raw)
    body = raw[len(head) - 2 :]  # header_block ends with a blank line of its own
    text = decode_text(body[:MAX_FALLBACK_TEXT], None, defects).strip()
    try:
        msg = email.parser.BytesParser().parsebytes(head, headersonly=True)
        return _mail(msg, text, "", (), defects, content_type="text/plain")
    except Exception:  # noqa: BLE001 - even the header block is unreadable: keep the text
        defects.append("unreadable-headers")
        return _mail(email.message.Message(), text, "", (), defects, content_type="text/plain")


def _mail(
    msg: email.message.Message,
    text: str,
    html: str,
    attachments: tuple[Attachment, ...],
    defects: list[str],
    content_type: str = "",
) -> ParsedMail:
    """The ParsedMail of a parsed message: its headers, decoded and bounded, and the body."""
    headers = _headers(msg, defects)
    from_name, from_addr = _sender(_header(msg, "from", defects), defects)
    return ParsedMail(
        message_id=_msgid(_header(msg, "message-id", defects)),
        subject=_header(msg, "subject", defects),
        from_name=from_name,
        from_addr=from_addr,
        reply_to=_address(_header(msg, "reply-to", defects))[1],
        to=tuple(a for _, a in email.utils.getaddresses([_header(msg, "to", defects)]) if "@" in a),
        date=_date(_header(msg, "date", defects)),
        in_reply_to=_msgid(_header(msg, "in-reply-to", defects)),
        references=tuple(re.findall(r"<[^<>\s]+>", _header(msg, "references", defects)))[-50:],
        headers=headers,
        text=text.strip(),
        html=html,
        content_type=content_type or msg.get_content_type(),
        attachments=attachments,
        defects=tuple(dict.fromkeys(defects)),
        return_path=_return_path(msg, defects),
        auth_results=_all_values(msg, "authentication-results"),
    )


def _all_values(msg: email.message.Message, name: str, limit: int = 20) -> tuple[str, ...]:
    """Every value of a header that may appear several times (each one counts)."""
    values = [v for k, v in msg.raw_items() if k.lower() == name][:limit]
    return tuple(_clean(str(v)[:MAX_HEADER_CHARS]) for v in values)


class SetAside:
    """Long encoded bodies taken out of a message before the stdlib parser sees it.

    The parser splits a message into one string object per line and joins a body's lines again
    before decoding it: a 25 MB scan cost about seven times its size in memory and most of the
    parse time. Every run of at least SET_ASIDE_BYTES base64-alphabet characters and line ends
    that follows a blank line (in practice the body of an attached file) is replaced by a
    placeholder, its last line end kept; the MIME structure is untouched, since no such run can
    hold a boundary ("--...") or a header (":").
    Bodies are then decoded straight from the raw bytes.
    """

    def __init__(self, raw: bytes) -> None:
        self.raw = memoryview(raw)
        self.prefix = f"ppid-set-aside-{secrets.token_hex(8)}-"
        self.spans: dict[str, tuple[int, int]] = {}

    def placeholder(self, start: int, end: int) -> bytes:
        name = f"{self.prefix}{len(self.spans)}"
        self.spans[name] = (start, end)
        return name.encode()

    def holds(self, payload: str) -> bool:
        return bool(self.spans) and self.prefix in payload

    def decode(self, payload: str, cte: str, defects: list[str]) -> bytes:
        """The decoded body of a part whose encoded payload holds placeholders."""
        if cte == "base64" and payload.strip() in self.spans:
            start, end = self.spans[payload.strip()]
            try:
                return binascii.a2b_base64(self.raw[start:end])
            except binascii.Error:
                defects.append("bad-base64")
        pieces = re.split(f"({re.escape(self.prefix)}\\d+)", payload)
        encoded = b"".join(
            bytes(self.raw[slice(*self.spans[piece])])
            if piece in self.spans
            else piece.encode("utf-8", "surrogateescape")
            for piece in pieces
        )
        decoded = _Encoded(encoded, cte).get_payload(decode=True)
        return decoded if isinstance(decoded, bytes) else b""


SET_ASIDE_BYTES = 20_000  # about 256 lines of base64


@functools.lru_cache(maxsize=4)
def _encoded_run(min_bytes: int) -> re.Pattern[bytes]:
    # One character class, not a repeated line pattern: the regex engine keeps backtracking
    # state for every repetition of a group (90 MB for a 25 MB scan), but none for a class.
    # A run too short to set aside is consumed whole by the second branch (group 1 unset):
    # every later blank line in it would find a shorter run still, and trying each of them
    # would cost a long run of line ends its length squared.
    return re.compile(rb"\n\r?\n(?:([A-Za-z0-9+/=\r\n]{%d,})|[A-Za-z0-9+/=\r\n]*)" % min_bytes)


def set_aside(raw: bytes) -> tuple[bytes, SetAside]:
    """The message with its long encoded bodies replaced by placeholders (see SetAside)."""
    aside = SetAside(raw)
    pieces: list[bytes] = []
    done = 0
    for run in _encoded_run(SET_ASIDE_BYTES).finditer(raw):
        if run.group(1) is None:
            continue
        start, end = run.span(1)
        if end < len(raw) and raw[end - 1] not in b"\r\n":  # whole lines only (not "Name" of
            end = max(start, raw.rfind(b"\n", start, end))  # "Name: value")
        while end > start and raw[end - 1] in b"\r\n":  # line ends stay: a boundary needs its own
            end -= 1
        if end - start < SET_ASIDE_BYTES:
            continue
        pieces += [raw[done:start], aside.placeholder(start, end)]
        done = end
    if not pieces:
        return raw, aside
    pieces.append(raw[done:])
    return b"".join(pieces), aside


class _Encoded(email.message.Message):
    """A bare part holding an encoded body, decoded by the stdlib as any other part."""

    def __init__(self, encoded: bytes, cte: str) -> None:
        super().__init__()
        self["Content-Transfer-Encoding"] = cte
        self.set_payload(encoded.decode("ascii", "surrogateescape"))


def header_block(raw: bytes) -> bytes:
    """Only the header block of a raw message: cheap to parse, even for a 25 MB scan."""
    end = raw.find(b"\r\n\r\n")
    if end < 0:
        end = raw.find(b"\n\n")
    return raw if end < 0 else raw[: end + 2] + b"\r\n"


# A header that opens a container (a multipart or a message/*), wherever it stands; a digest's
# part without any header is a message too, so depth is at most twice the count of these.
_CONTAINER_HEADER = re.compile(rb"^content-type[ \t]*:\s*[\"']?(?:multipart|message)/", re.I | re.M)
# feedparser's headerRE, anchored: it only ever looks at the start of one line
_HEADER_LINE = re.compile(rb"\A(?:From |[\x21-\x39\x3b-\x7e]*:|[\t ])")
_REFUSED = b'Content-Type: application/octet-stream; name="nesting-too-deep.bin"'


def limit_nesting(data: bytes, defects: list[str]) -> bytes:
    """The message with every container nested deeper than MAX_DEPTH turned into a plain file.

    The stdlib parser recurses once per level of nesting: a message nested a thousand deep
    exhausts the interpreter's stack (RecursionError) before a walk over the tree could stop
    at MAX_DEPTH. So the structure is traced here first, line by line as the parser will read
    it (header blocks, the open boundaries, message/* bodies that start with headers), and a
    container that would open level MAX_DEPTH + 1 gets a Content-Type line of its own in
    front of its headers: the parser reads the first one, sees a file, and never descends.
    The bytes stay, as that file. Honest mail has a handful of containers and is not traced.
    """
    if sum(1 for _ in _CONTAINER_HEADER.finditer(data)) * 2 <= MAX_DEPTH:
        return data
    stack: list[tuple[bytes | None, bool]] = []  # (boundary, is a digest) of each open container
    in_headers, block_start = True, 0
    block: list[bytes] = []  # the lines of the header block being read
    inserts: list[int] = []
    offset = 0
    for line in data.splitlines(keepends=True):
        start, offset = offset, offset + len(line)
        if line.startswith(b"--") and stack:
            found = _boundary_line(line, stack)
            if found is not None:
                index, closing = found
                del stack[index if closing else index + 1 :]
                in_headers, block_start, block = not closing, offset, []
                continue
        if not in_headers:
            continue
        if line.rstrip(b"\r\n") and _HEADER_LINE.match(line):
            block.append(line)
            continue
        while True:  # the header block ends here: what does it open?
            opened = _opens(block, bool(stack) and stack[-1][1])
            if opened is None:
                in_headers = False
                break
            if len(stack) >= MAX_DEPTH:
                inserts.append(block_start)
                in_headers = False
                break
            stack.append(opened)
            if opened[0] is not None:  # a multipart: its preamble, then boundaries
                in_headers = False
                break
            # a message/*: its own header block follows the blank line
            if not line.rstrip(b"\r\n"):
                block_start, block = offset, []
                break
            block_start, block = start, []  # no blank line: this line already ends that block
    if not inserts:
        return data
    defects.append("nesting-too-deep")
    pieces, done = [], 0
    for at in inserts:
        pieces += [data[done:at], _REFUSED, b"\r\n"]
        done = at
    pieces.append(data[done:])
    return b"".join(pieces)


def _boundary_line(line: bytes, stack: list[tuple[bytes | None, bool]]) -> tuple[int, bool] | None:
    """Which open multipart this line is a boundary of (innermost first), and whether it
    closes it; as the parser, any open boundary ends the parts nested inside it."""
    stripped = line.rstrip(b"\r\n").rstrip(b" \t")[2:]
    for index in range(len(stack) - 1, -1, -1):
        boundary = stack[index][0]
        if boundary is None:
            continue
        if stripped == boundary:
            return index, False
        if stripped == boundary + b"--":
            return index, True
    return None


def _opens(block: list[bytes], in_digest: bool) -> tuple[bytes | None, bool] | None:
    """The container a header block opens: (boundary, is a digest) for a multipart the parser
    will split, (None, False) for a message/* whose body is another message; None for a leaf."""
    value = None
    for index, line in enumerate(block):
        name, colon, rest = line.partition(b":")
        if colon and name.lower() == b"content-type":
            folded = [rest.lstrip(b" \t")]
            for more in block[index + 1 :]:
                if more[:1] not in (b" ", b"\t"):
                    break
                folded.append(more)
            value = b"".join(folded).rstrip(b"\r\n").decode("ascii", "surrogateescape")
            break
    probe = email.message.Message()
    if value is not None:
        probe.set_raw("Content-Type", value)
    elif in_digest:
        probe.set_default_type("message/rfc822")
    ctype = probe.get_content_type()
    if ctype == "message/delivery-status":  # header blocks, read without recursion
        return None
    if probe.get_content_maintype() == "message":
        return None, False
    if probe.get_content_maintype() == "multipart":
        boundary = probe.get_boundary()
        if boundary is not None:
            return boundary.encode("ascii", "surrogateescape"), ctype == "multipart/digest"
    return None


def _leaves(
    msg: email.message.Message, defects: list[str]
) -> Iterator[tuple[email.message.Message, bool]]:
    """Depth-first leaves of the MIME tree, bounded in depth and count, each with whether it
    lies inside an attached message (a message/* part: a forwarded or returned mail).

    Two containers are also yielded themselves, because their content would be lost otherwise:
    a delivery-status report (its fields are header blocks, not a body) and a forwarded or
    returned message (its headers say which message it was: how a bounce names our letter).
    """
    stack: list[tuple[email.message.Message, int, bool]] = [(msg, 0, False)]
    count = 0
    while stack:
        part, depth, nested = stack.pop()
        ctype = part.get_content_type()
        if part.is_multipart() and ctype != "message/delivery-status":
            children = part.get_payload()
            if depth >= MAX_DEPTH:
                defects.append("nesting-too-deep")
                continue
            if ctype in ("message/rfc822", "message/global") and depth > 0:
                yield part, nested
            inside = nested or part.get_content_maintype() == "message"
            if isinstance(children, list):
                stack.extend(
                    (child, depth + 1, inside)
                    for child in reversed(children)
                    if isinstance(child, email.message.Message)
                )
            continue
        count += 1
        if count > MAX_PARTS:
            defects.append("too-many-parts")
            return
        yield part, nested


def _collect(
    part: email.message.Message,
    nested: bool,
    text_parts: list[str],
    html_parts: list[str],
    attachments: list[Attachment],
    defects: list[str],
    aside: SetAside,
) -> None:
    ctype = part.get_content_type()
    if ctype in ("message/delivery-status", "message/rfc822", "message/global"):
        # an attached message is nested itself: its headers name another mail (and its token)
        message = nested or ctype != "message/delivery-status"
        attachments.append(_container(part, ctype, len(attachments), message))
        return
    disposition = str(part.get("content-disposition") or "").split(";")[0].strip().lower()
    filename = _filename(part, defects)
    # as parsed: get_payload() would turn 8-bit bytes into text in the part's charset
    encoded = getattr(part, "_payload", None)
    payload = (
        aside.decode(
            encoded, str(part.get("content-transfer-encoding", "")).strip().lower(), defects
        )
        if isinstance(encoded, str) and aside.holds(encoded)
        else part.get_payload(decode=True)
    )
    data = payload if isinstance(payload, bytes) else b""
    is_body = disposition != "attachment" and not filename and ctype in ("text/plain", "text/html")
    if is_body:
        decoded = decode_text(data, part.get_content_charset(), defects)
        (text_parts if ctype == "text/plain" else html_parts).append(decoded)
        return
    name = filename or _unnamed(ctype, len(attachments))
    if ctype == "application/ms-tnef" or name.lower() == "winmail.dat":
        _unwrap_tnef(data, nested, text_parts, html_parts, attachments, defects)
    attachments.append(
        Attachment(
            filename=name,
            content_type=sniff(name, ctype, data[:16]),
            data=data,
            inline=disposition == "inline",
            nested=nested,
        )
    )


def _unwrap_tnef(
    data: bytes,
    nested: bool,
    text_parts: list[str],
    html_parts: list[str],
    attachments: list[Attachment],
    defects: list[str],
) -> None:
    """Outlook's winmail.dat hides the real files (and sometimes the body) inside TNEF.

    The files are added as attachments of their own; winmail.dat itself is kept as well.
    """
    try:
        tnef = tnefparse.TNEF(data)
        inner = [
            (safe_name(a.long_filename() or a.name or ""), bytes(a.data or b""))
            for a in tnef.attachments
        ]
        body = tnef.body or b""
        html = tnef.htmlbody or b""
    except Exception:  # noqa: BLE001 - a broken TNEF stream is a defect of the mail, not a crash
        defects.append("bad-tnef")
        return
    for index, (name, blob) in enumerate(inner[:MAX_PARTS]):
        name = name or f"tnef-{index + 1}.bin"
        attachments.append(
            Attachment(
                name, sniff(name, "application/octet-stream", blob[:16]), blob, nested=nested
            )
        )
    if body and not text_parts:
        text_parts.append(
            decode_text(body if isinstance(body, bytes) else str(body).encode(), None, defects)
        )
    if html and not html_parts:
        html_parts.append(
            decode_text(html if isinstance(html, bytes) else str(html).encode(), None, defects)
        )


def _container(part: email.message.Message, ctype: str, index: int, nested: bool) -> Attachment:
    """A delivery report as text, or the header block of a forwarded / returned message."""
    payload = part.get_payload()
    if ctype == "message/delivery-status":
        blocks = payload if isinstance(payload, list) else [payload]
        text = "\n".join(
            _header_block(b) if isinstance(b, email.message.Message) else str(b) for b in blocks
        )
        return Attachment(
            f"delivery-status-{index + 1}.txt",
            ctype,
            text.encode("utf-8", "replace"),
            nested=nested,
        )
    inner = payload[0] if isinstance(payload, list) and payload else None
    text = _header_block(inner) if isinstance(inner, email.message.Message) else ""
    return Attachment(
        f"message-{index + 1}-headers.txt",
        "text/rfc822-headers",
        text.encode("utf-8", "replace"),
        nested=nested,
    )


def _header_block(msg: email.message.Message) -> str:
    lines = []
    for name, value in msg.items()[:MAX_HEADERS]:
        lines.append(f"{name}: {_clean(str(value))[:MAX_HEADER_CHARS]}")
    return "\n".join(lines) + "\n"


def safe_name(name: str) -> str:
    """An attachment name is only ever a label: no directories, no control characters."""
    return re.sub(r"[/\\]+", "_", _clean(name)).lstrip(".")[:200]


def _filename(part: email.message.Message, defects: list[str]) -> str:
    try:
        name = part.get_filename() or ""
    except (LookupError, ValueError, TypeError):
        defects.append("bad-filename")
        return ""
    try:
        decoded = (
            str(email.header.make_header(email.header.decode_header(name)))
            if "=?" in name
            else name
        )
    except (LookupError, ValueError, UnicodeError, email.errors.MessageError):
        defects.append("bad-filename")
        decoded = name
    return safe_name(decoded)


def _unnamed(ctype: str, index: int) -> str:
    """A name for a part that came without one, so that it is kept and can be shown."""
    extension = {
        "message/rfc822": "eml",
        "message/delivery-status": "txt",
        "text/plain": "txt",
        "text/html": "html",
        "application/pdf": "pdf",
        "image/jpeg": "jpg",
        "image/png": "png",
    }.get(ctype, "bin")
    return f"part-{index + 1}.{extension}"


def decode_text(data: bytes, charset: str | None, defects: list[str]) -> str:
    """Bytes of a text part -> str, trying the declared charset, then UTF-8, then cp1252."""
    for candidate in (charset, "utf-8", "cp1252"):
        if not candidate:
            continue
        try:
            return data.decode(candidate)
        except UnicodeDecodeError:
            if candidate == charset:
                defects.append(f"undecodable-as:{_clean(candidate)[:60]}")
        except (LookupError, ValueError):  # no such codec, or no name at all ("utf-8\x00")
            defects.append(f"unknown-charset:{_clean(candidate)[:60]}")
    return data.decode("latin-1")


def _headers(msg: email.message.Message, defects: list[str]) -> dict[str, str]:
    """The first value of each top-level header, decoded; at most MAX_HEADERS names."""
    out: dict[str, str] = {}
    for name in msg.keys()[: MAX_HEADERS * 3]:
        key = str(name).lower()
        if key not in out and len(out) < MAX_HEADERS:
            out[key] = _header(msg, key, defects)
    if len(msg.keys()) > MAX_HEADERS * 3:
        defects.append("too-many-headers")
    return out


def _header(msg: email.message.Message, name: str, defects: list[str]) -> str:
    """Decode one header to text: RFC 2047 words, raw UTF-8, no control characters, bounded."""
    # raw_items() gives the value as received; get() would turn raw UTF-8 into a Header
    # object whose str() replaces every non-ASCII byte.
    raw = next((v for k, v in msg.raw_items() if k.lower() == name), None)
    if raw is None:
        return ""
    value = str(raw)[:MAX_HEADER_CHARS]
    if "=?" in value:
        try:
            value = str(email.header.make_header(email.header.decode_header(value)))
        except (LookupError, ValueError, UnicodeError, email.errors.MessageError):
            defects.append(f"bad-encoded-word:{name}")
    value = value.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return _clean(value)


def _clean(value: str) -> str:
    """Fold a header value to one line and drop control characters (CR/LF, NUL)."""
    return _CONTROL.sub("", " ".join(value.split()))


def _sender(value: str, defects: list[str]) -> tuple[str, str]:
    """The one author of the message; a From with several addresses names nobody.

    Strict on purpose: "petugas@kota.go.id, evil@x.test" or a display name that hides a second
    address must not pass for an officer.
    """
    found = [a for a in email.utils.getaddresses([value]) if "@" in a[1]]
    if len(found) > 1:
        defects.append("several-from-addresses")
        return "", ""
    return _address(value)


def _address(value: str) -> tuple[str, str]:
    name, addr = email.utils.parseaddr(value)
    addr = addr.strip().lower()
    return name.strip(), addr if "@" in addr else ""


def _msgid(value: str) -> str:
    match = re.search(r"<[^<>\s]+>", value)
    return match.group(0) if match else ""


def _date(value: str) -> datetime | None:
    try:
        return email.utils.parsedate_to_datetime(value) if value else None
    except (TypeError, ValueError, IndexError):
        return None


def _return_path(msg: email.message.Message, defects: list[str]) -> str | None:
    """The envelope sender as the server recorded it; '' is the null sender of a bounce."""
    if msg.get("return-path") is None:
        return None
    value = _header(msg, "return-path", defects)
    match = re.search(r"<([^<>]*)>", value)
    return (match.group(1) if match else value).strip().lower()


def _defect_names(part: email.message.Message) -> list[str]:
    return [type(defect).__name__ for defect in getattr(part, "defects", [])]


class _TextExtractor(HTMLParser):
    """Block tags become line breaks; a table keeps its rows on lines of their own and its
    cells apart (" | "), so that "what is asked" in a table is still one readable row."""

    _BLOCKS = frozenset(
        {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "table", "blockquote"}
    )
    _CELLS = frozenset({"td", "th"})
    _SKIP = frozenset({"script", "style", "head", "title"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chunks: list[str] = []
        self.skipping = 0
        self.in_cell = 0
        self.in_row = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self.skipping += 1
        elif tag in self._CELLS:
            self.in_cell += 1
        elif tag in self._BLOCKS:
            self.in_row += tag == "tr"
            self.chunks.append(" " if self.in_cell and tag != "tr" else "\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in self._CELLS:
            self.in_cell = max(0, self.in_cell - 1)
            self.chunks.append(" | ")
        elif tag in self._BLOCKS:
            if tag == "tr":
                self.in_row = max(0, self.in_row - 1)
            self.chunks.append(" " if self.in_cell and tag != "tr" else "\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            # inside a table row the source's own line breaks are layout, not text
            self.chunks.append(data.replace("\n", " ") if self.in_row else data)


def html_to_text(html: str, defects: list[str] | None = None) -> str:
    """Readable text from an HTML-only letter: block tags become line breaks, scripts vanish.

    html.parser raises AssertionError on markup it cannot read (`<![<![x`), and it rescans the
    rest of the document for every tag, comment or marked section left open (100,000
    characters of `<a ` cost it minutes). The markup is defused first (see _defuse) and, should
    the parser still refuse it, the text is taken by a regex that strips tags instead.
    """
    if not html:
        return ""
    try:
        extractor = _TextExtractor()
        extractor.feed(_defuse(html))
        extractor.close()
        text = "".join(extractor.chunks)
    except AssertionError:
        if defects is not None:
            defects.append("unreadable-html")
        text = _strip_tags(html)
    lines = (" ".join(line.split()) for line in text.splitlines())
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


_UNCLOSED_TAG = re.compile(r"<(?![^<>]*>)")  # a "<" with no ">" before the next "<"
_COMMENT_CLOSE = re.compile(r"--\s*>")  # as html.parser ends a comment
_SECTION_CLOSE = re.compile(r"]\s*>")  # ends <![if ...]> and friends
_CDATA_CLOSE = re.compile(r"]\s*]\s*>")  # ends <![CDATA[ ... ]]> and friends
_CDATA_OPEN = re.compile(r"<!\[(?!(?:if|else|endif)(?![-_.a-zA-Z0-9]))", re.I)


def _defuse(html: str) -> str:
    """Markup that html.parser reads in linear time, with the same text.

    The parser looks for the end of a tag, comment or marked section from where it starts to
    the end of the document, and when there is none it moves on by one character and looks
    again. Such openers are written as text (`&lt;`) here: a "<" that meets another "<" before
    any ">", and a comment or marked section opened after the last place that could close it.
    Each step is one pass over the text.
    """
    html = _UNCLOSED_TAG.sub("&lt;", html)
    html = _escape_after(html, "<!--", _COMMENT_CLOSE)
    html = _escape_after(html, "<![", _SECTION_CLOSE)
    last = _last_end(html, _CDATA_CLOSE)
    return html[:last] + _CDATA_OPEN.sub("&lt;![", html[last:])


def _escape_after(html: str, opener: str, close: re.Pattern[str]) -> str:
    last = _last_end(html, close)
    return html[:last] + html[last:].replace(opener, "&lt;" + opener[1:])


def _last_end(html: str, pattern: re.Pattern[str]) -> int:
    end = 0
    for match in pattern.finditer(html):
        end = match.end()
    return end


_SCRIPT_TAG = re.compile(r"(</?(?:script|style)\b[^<>]*>)", re.I)
_BLOCK_TAG = re.compile(r"</?(?:p|div|br|li|tr|h[1-6]|table|blockquote)\b[^<>]*>", re.I)
_ANY_TAG = re.compile(r"<[^<>]*>")


def _strip_tags(html: str) -> str:
    """Text from markup the parser refused: scripts and styles dropped, block tags as line
    breaks, other tags removed, entities decoded. Each pattern stops at the next "<" or ">",
    so no input makes it try a stretch of text twice."""
    kept: list[str] = []
    skipping = False
    for index, piece in enumerate(_SCRIPT_TAG.split(html)):
        if index % 2:  # a <script>, </style> ... tag
            skipping = not piece.startswith("</")
        elif not skipping:
            kept.append(piece)
    text = _ANY_TAG.sub("", _BLOCK_TAG.sub("\n", "".join(kept)))
    return htmllib.unescape(text)
