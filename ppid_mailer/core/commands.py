"""Keyword grammar for officers and citizens: quote-aware, and errors are values.

Only the new top of a reply counts: a keyword that appears in the quoted notification below it
(every notification lists all keywords!) must never act. Officer commands stand one per line,
case-insensitive, with an optional leading `#` and trailing `:`; the text after the keyword, up
to the next blank line, is its argument.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from .numbers import number_pattern


class Keyword(StrEnum):
    PROSES = "PROSES"
    PERPANJANG = "PERPANJANG"
    KLARIFIKASI = "KLARIFIKASI"
    KABULKAN = "KABULKAN"
    SEBAGIAN = "SEBAGIAN"
    TOLAK = "TOLAK"
    TIDAK_DIKUASAI = "TIDAK-DIKUASAI"
    TERUSKAN = "TERUSKAN"
    CATATAN = "CATATAN"
    BANTUAN = "BANTUAN"
    LENGKAP = "LENGKAP"
    BERKAS = "BERKAS"
    # citizen keywords
    STATUS = "STATUS"
    BATAL = "BATAL"
    KEBERATAN = "KEBERATAN"
    PENGADUAN = "PENGADUAN"


@dataclass(frozen=True)
class KeywordSpec:
    keyword: Keyword
    aliases: tuple[str, ...]
    argument: str  # "" = none, "required: ..." or "optional: ..."
    help: str  # Indonesian, shown in the help table

    @property
    def needs_argument(self) -> bool:
        return self.argument.startswith("required")


OFFICER_KEYWORDS: tuple[KeywordSpec, ...] = (
    KeywordSpec(
        Keyword.LENGKAP,
        ("COMPLETE",),
        "optional: catatan",
        "permohonan yang dinilai sistem belum lengkap dinyatakan lengkap sejak diterima; "
        "jangka waktu dihitung dari hari diterima dan pemohon menerima ralat tanda terima",
    ),
    KeywordSpec(Keyword.PROSES, ("PROCESS",), "", "permohonan mulai diproses"),
    KeywordSpec(
        Keyword.PERPANJANG,
        ("EXTEND",),
        "required: alasan",
        "perpanjang jangka waktu 7 hari kerja (sekali, sebelum batas pertama); alasan dikirim ke pemohon",
    ),
    KeywordSpec(
        Keyword.KLARIFIKASI,
        ("CLARIFY",),
        "required: pertanyaan",
        "minta klarifikasi kepada pemohon; balasan pemohon mengembalikan status ke Diproses",
    ),
    KeywordSpec(
        Keyword.KABULKAN,
        ("GRANT",),
        "optional: catatan",
        "kabulkan; lampiran balasan ini dikirim ke pemohon",
    ),
    KeywordSpec(
        Keyword.SEBAGIAN,
        ("PARTIAL",),
        "required: alasan",
        "kabulkan sebagian; sebutkan apa yang dikecualikan dan mengapa; lampiran dikirim ke pemohon",
    ),
    KeywordSpec(
        Keyword.TOLAK,
        ("REJECT",),
        "required: dasar alasan",
        "tolak; dasar = pasal17a ... pasal17j atau belum-didokumentasikan, lalu alasannya",
    ),
    KeywordSpec(
        Keyword.TIDAK_DIKUASAI,
        ("NOT-HELD", "TIDAK_DIKUASAI", "NOT_HELD"),
        "optional: badan publik",
        "informasi tidak dikuasai; sebutkan badan publik yang menguasainya bila diketahui",
    ),
    KeywordSpec(
        Keyword.TERUSKAN,
        ("FORWARD",),
        "required: unit [catatan]",
        "teruskan ke unit kerja untuk meminta datanya",
    ),
    KeywordSpec(
        Keyword.CATATAN, ("NOTE",), "required: teks", "catatan internal; tidak dikirim ke pemohon"
    ),
    KeywordSpec(
        Keyword.BERKAS,
        ("FILES",),
        "optional: nama berkas",
        "kirim berkas pemohon kepada Anda dalam surel terpisah di bawah batas ukuran surel",
    ),
    KeywordSpec(Keyword.BANTUAN, ("HELP",), "", "kirim tabel kata kunci ini"),
)
ATASAN_KEYWORDS: tuple[KeywordSpec, ...] = (
    KeywordSpec(
        Keyword.KABULKAN,
        ("GRANT",),
        "required: tanggapan",
        "keberatan diterima; tanggapan dikirim ke pemohon",
    ),
    KeywordSpec(
        Keyword.TOLAK,
        ("REJECT",),
        "required: alasan",
        "keberatan ditolak; alasan dikirim ke pemohon",
    ),
    KeywordSpec(Keyword.BANTUAN, ("HELP",), "", "kirim tabel kata kunci ini"),
)
CITIZEN_KEYWORDS: tuple[KeywordSpec, ...] = (
    KeywordSpec(Keyword.STATUS, (), "optional: nomor", "menanyakan status permohonan"),
    KeywordSpec(Keyword.BATAL, (), "optional: nomor", "membatalkan permohonan"),
    KeywordSpec(
        Keyword.KEBERATAN,
        (),
        "required: [nomor] alasan",
        "mengajukan keberatan (UU 14/2008 Pasal 35)",
    ),
    KeywordSpec(
        Keyword.PENGADUAN, (), "required: isi", "pengaduan tentang pelayanan kepada sekretariat"
    ),
)

REJECTION_GROUNDS: Mapping[str, str] = {
    "pasal17a": "Pasal 17 huruf a: dapat menghambat proses penegakan hukum",
    "pasal17b": "Pasal 17 huruf b: dapat mengganggu kepentingan perlindungan hak atas kekayaan "
    "intelektual dan perlindungan dari persaingan usaha tidak sehat",
    "pasal17c": "Pasal 17 huruf c: dapat membahayakan pertahanan dan keamanan negara",
    "pasal17d": "Pasal 17 huruf d: dapat mengungkapkan kekayaan alam Indonesia",
    "pasal17e": "Pasal 17 huruf e: dapat merugikan ketahanan ekonomi nasional",
    "pasal17f": "Pasal 17 huruf f: dapat merugikan kepentingan hubungan luar negeri",
    "pasal17g": "Pasal 17 huruf g: dapat mengungkapkan isi akta otentik yang bersifat pribadi "
    "dan kemauan terakhir ataupun wasiat seseorang",
    "pasal17h": "Pasal 17 huruf h: dapat mengungkap rahasia pribadi",
    "pasal17i": "Pasal 17 huruf i: memorandum atau surat-surat antar badan publik atau intra "
    "badan publik yang menurut sifatnya dirahasiakan",
    "pasal17j": "Pasal 17 huruf j: informasi yang tidak boleh diungkapkan berdasarkan undang-undang",
    "belum-didokumentasikan": "Pasal 22 ayat (7) huruf b: informasi belum dikuasai atau "
    "belum didokumentasikan",
}


@dataclass(frozen=True)
class Command:
    keyword: Keyword
    argument: str = ""
    ground: str = ""  # TOLAK: the Pasal 17 ground code


@dataclass(frozen=True)
class Parsed:
    """The commands found, or the errors that stop all of them (nothing is half-applied)."""

    commands: tuple[Command, ...] = ()
    errors: tuple[str, ...] = ()
    top: str = field(default="", repr=False)

    @property
    def ok(self) -> bool:
        return bool(self.commands) and not self.errors


# --- quoted text ----------------------------------------------------------------------------

_QUOTE_STARTS = (
    re.compile(r"^\s*>"),
    re.compile(
        r"^-{2,}\s*(original message|pesan asli|forwarded message|pesan terusan)\s*-{2,}", re.I
    ),
    re.compile(r"^_{10,}\s*$"),
    re.compile(r"^(on|pada|le|am)\s.+(wrote|menulis|a écrit|schrieb)\s*:\s*$", re.I),
    re.compile(r"^--\s*$"),  # signature separator "-- "
)
_HEADER_BLOCK = re.compile(r"^\s*\*?(from|dari)\s*:\*?\s", re.I)
_HEADER_NEXT = re.compile(r"^\s*\*?(sent|dikirim|date|tanggal|to|kepada|subject|perihal)\s*:", re.I)
_WROTE_TAIL = re.compile(r"(wrote|menulis)\s*:\s*$", re.I)
_WROTE_HEAD = re.compile(r"^(on|pada)\s", re.I)


def new_top(text: str) -> str:
    """The part of a reply above the quoted original and the signature."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for i, line in enumerate(lines):
        if any(p.match(line) for p in _QUOTE_STARTS):
            return "\n".join(lines[:i]).strip()
        # Gmail wraps long "On <date>, <name> <address> wrote:" over two lines.
        if _WROTE_HEAD.match(line) and i + 1 < len(lines) and _WROTE_TAIL.search(lines[i + 1]):
            return "\n".join(lines[:i]).strip()
        # Outlook: "From: ..." followed within three lines by "Sent:" / "Dikirim:" etc.
        if _HEADER_BLOCK.match(line) and any(_HEADER_NEXT.match(n) for n in lines[i + 1 : i + 4]):
            return "\n".join(lines[:i]).strip()
    return text.strip()


# --- officer commands ---------------------------------------------------------------------------

# Possessive runs (*+): a run of blank space is read once and never handed back. With plain \s*
# on both sides of an optional "#" or ":" (and (.*) after them), a line that fails to match would
# try every way of splitting each run, its length squared; the one line a keyword stands on never
# needs a run handed back.
_WORD = re.compile(r"^\s*+(?:#\s*+)?([A-Za-z][A-Za-z_-]*+)\s*+(?::\s*+)?(.*)$")


def _lookup(word: str, specs: tuple[KeywordSpec, ...]) -> KeywordSpec | None:
    upper = word.upper().rstrip(":")
    for spec in specs:
        if upper == spec.keyword.value or upper in spec.aliases:
            return spec
    return None


def parse_commands(text: str, specs: tuple[KeywordSpec, ...] = OFFICER_KEYWORDS) -> Parsed:
    """Read the keyword paragraphs at the top of a reply; text after them is ignored."""
    top = new_top(text)
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", top) if p.strip()]
    commands: list[Command] = []
    errors: list[str] = []
    for paragraph in paragraphs:
        first, _, rest = paragraph.partition("\n")
        match = _WORD.match(first)
        spec = _lookup(match.group(1), specs) if match else None
        if spec is None:
            if not commands:
                word = match.group(1) if match else first[:30]
                errors.append(f"kata kunci tidak dikenal: {word!r}")
            break  # after the commands comes ordinary text ("Terima kasih", a signature)
        assert match is not None
        argument = " ".join((match.group(2) + "\n" + rest).split())
        command, error = _complete(spec, argument)
        if error:
            errors.append(error)
        else:
            commands.append(command)
    if not paragraphs:
        errors.append("balasan tidak berisi kata kunci")
    return Parsed(tuple(commands), tuple(errors), top)


def _complete(spec: KeywordSpec, argument: str) -> tuple[Command, str]:
    if spec.needs_argument and not argument:
        label = spec.argument.split(":", 1)[1].strip()
        return Command(spec.keyword), f"{spec.keyword.value} memerlukan {label}"
    if spec.keyword is Keyword.TOLAK and spec in OFFICER_KEYWORDS:
        ground, _, reason = argument.partition(" ")
        ground = ground.lower().replace("_", "-").rstrip(",.;:")
        if ground not in REJECTION_GROUNDS:
            return Command(spec.keyword), (
                f"TOLAK memerlukan dasar: {', '.join(REJECTION_GROUNDS)} (bukan {ground!r})"
            )
        if not reason.strip():
            return Command(spec.keyword), "TOLAK memerlukan alasan setelah dasar"
        return Command(spec.keyword, reason.strip(), ground), ""
    return Command(spec.keyword, argument), ""


# --- citizen keywords ---------------------------------------------------------------------------

# "Re [2]:" with the blank after the optional counter inside its group, so that a run of blank
# space without one is not split between two \s* in every way.
_REPLY_PREFIX = re.compile(r"^\s*(?:(?:re|fwd?|aw|bls|balas|tr|sv)\s*(?:\[\d+\]\s*)?:\s*)+", re.I)


def parse_citizen(
    subject: str,
    text: str,
    in_thread: bool = False,
    number_formats: Sequence[str] = (),
) -> Command | None:
    """A citizen keyword in an unambiguous form; None otherwise.

    Unambiguous: the keyword alone, or followed by a registration number, as the subject or the
    first line of the new top; or, in the thread of the citizen's own request (`in_thread`),
    the keyword as the first word. "Status tanah di ..." from a new sender is a letter, not a
    command. After a subject keyword the first paragraph of the body joins the argument (the
    reason of a KEBERATAN); after a body keyword the argument runs to the next blank line.
    """
    top = new_top(text)
    first_paragraph = re.split(r"\n\s*\n", top, maxsplit=1)[0] if top else ""
    line, _, rest = first_paragraph.partition("\n")
    for candidate, more in ((_REPLY_PREFIX.sub("", subject), first_paragraph), (line, rest)):
        match = _WORD.match(candidate[:_MAX_LINE])
        spec = _lookup(match.group(1), CITIZEN_KEYWORDS) if match else None
        if spec is None or match is None:
            continue
        tail = match.group(2).strip()
        if in_thread or not tail or _starts_with_number(tail, number_formats):
            return Command(spec.keyword, " ".join(f"{tail} {more}".split()))
    return None


_MAX_LINE = 2000


def _starts_with_number(text: str, number_formats: Sequence[str]) -> bool:
    first = text.split(maxsplit=1)[0].strip(".,:;()[]")
    return any(number_pattern(f).fullmatch(first) for f in number_formats)


def help_table(specs: tuple[KeywordSpec, ...] = OFFICER_KEYWORDS) -> str:
    """The keyword table sent with notifications and with every refused command."""
    rows = []
    for spec in specs:
        usage = spec.keyword.value + (
            f" <{spec.argument.split(':', 1)[1].strip()}>" if spec.argument else ""
        )
        rows.append(f"  {usage:<34} {spec.help}")
    return "\n".join(rows)
