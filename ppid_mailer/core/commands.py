"""Keyword grammar for officers and citizens: quote-aware, and errors are values.

Only the new top of a reply counts: a keyword that appears in the quoted notification below it
(every notification lists all keywords!) must never act. Officer commands stand one per line,
case-insensitive, with an optional leading `#` and trailing `:`; the text after the keyword, up
to the next blank line or the next keyword line, is its argument. A later line starts a new
command when it begins with a keyword written in capitals (or with `#`, or a `:` after it, or
alone on its line); a lower-case word in running text ("... tolak ukur ...") continues the
argument. No keyword line is ever dropped: one written after ordinary text is an error.

TOLAK (UU 14/2008 Pasal 17 and 19): `TOLAK <dasar> <konsekuensi>`, the ground `pasal17a` ...
`pasal17j` and the consequence test written by the officer (what harm opening the information
would do), at least MIN_CONSEQUENCE_WORDS words. Ground j names the statute that forbids the
disclosure, ended by a semicolon: `TOLAK pasal17j UU No. 7 Tahun 2017 Pasal 14; <konsekuensi>`.
"Belum dikuasai / belum didokumentasikan" is no ground of refusal: it is a not-held notice,
`TIDAK-DIKUASAI belum-didokumentasikan [keterangan]`.
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
        "kabulkan; lampiran balasan ini dikirim ke pemohon. Tanpa lampiran: tulis tautan "
        "unduhan atau cara memperoleh informasinya (mis. diambil di kantor PPID)",
    ),
    KeywordSpec(
        Keyword.SEBAGIAN,
        ("PARTIAL",),
        "required: [pasal17x] alasan",
        "kabulkan sebagian; sebutkan apa yang dihitamkan/dikecualikan dan mengapa (boleh "
        "diawali dasar pasal17a ... pasal17j); lampiran, tautan atau cara memperoleh seperti "
        "KABULKAN",
    ),
    KeywordSpec(
        Keyword.TOLAK,
        ("REJECT",),
        "required: dasar konsekuensi",
        "tolak; dasar = pasal17a ... pasal17j (UU 14/2008 Pasal 17), lalu pengujian "
        "konsekuensi (Pasal 19): akibat bila informasi dibuka, minimal satu kalimat. Dasar "
        "pasal17j menyebut undang-undangnya diakhiri titik koma: TOLAK pasal17j UU No. 7 "
        "Tahun 2017 Pasal 14; <konsekuensi>",
    ),
    KeywordSpec(
        Keyword.TIDAK_DIKUASAI,
        ("NOT-HELD", "TIDAK_DIKUASAI", "NOT_HELD"),
        "optional: [belum-didokumentasikan] badan publik",
        "informasi tidak dikuasai; sebutkan badan publik yang menguasainya bila diketahui. "
        "Informasi yang belum didokumentasikan: TIDAK-DIKUASAI belum-didokumentasikan "
        "[keterangan]",
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

# The grounds of UU 14/2008 Pasal 17, by the code an officer writes after TOLAK (or SEBAGIAN).
# Short labels for the register, the report and the help; the full sentence a citizen reads is
# templates/citizen/_ground.txt.j2.
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
}
# Why information is not held, beyond "another body holds it": TIDAK-DIKUASAI <reason> [...].
NOT_HELD_REASONS: Mapping[str, str] = {
    "belum-dikuasai": "informasi belum dikuasai",
    "belum-didokumentasikan": "informasi belum didokumentasikan",
}
# UU 14/2008 Pasal 19: the consequence test is written out, not a word or two.
MIN_CONSEQUENCE_WORDS = 5


def ground_letter(ground: str) -> str:
    """'pasal17h' -> 'h' ('' for anything else)."""
    return ground[-1] if ground in REJECTION_GROUNDS else ""


@dataclass(frozen=True)
class Command:
    keyword: Keyword
    argument: str = ""  # TOLAK: the consequence test; TIDAK-DIKUASAI: the body holding it
    ground: str = ""  # TOLAK / SEBAGIAN: the Pasal 17 ground; TIDAK-DIKUASAI: NOT_HELD_REASONS
    statute: str = ""  # TOLAK / SEBAGIAN pasal17j: the statute that forbids the disclosure


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
    """Read the keyword lines at the top of a reply; ordinary text after them is ignored, but a
    keyword line written after it is an error (never silently dropped)."""
    top = new_top(text)
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", top) if p.strip()]
    blocks: list[tuple[KeywordSpec, list[str]]] = []
    errors: list[str] = []
    for index, paragraph in enumerate(paragraphs):
        lines = paragraph.split("\n")
        match = _WORD.match(lines[0])
        spec = _lookup(match.group(1), specs) if match else None
        if spec is None or match is None:
            if not blocks:
                word = match.group(1) if match else lines[0][:30]
                errors.append(f"kata kunci tidak dikenal: {word!r}")
            errors.extend(_stray(paragraphs[index:], specs))
            break  # after the commands comes ordinary text ("Terima kasih", a signature)
        current: tuple[KeywordSpec, list[str]] = (spec, [match.group(2)])
        blocks.append(current)
        for line in lines[1:]:
            found = _keyword_line(line, specs)
            if found is not None and (_marked(line) or not current[0].argument):
                current = (found[0], [found[1]])
                blocks.append(current)
            else:
                current[1].append(line)
    commands: list[Command] = []
    for spec, parts in blocks:
        command, error = _complete(spec, " ".join(" ".join(parts).split()))
        if error:
            errors.append(error)
        else:
            commands.append(command)
    if not paragraphs:
        errors.append("balasan tidak berisi kata kunci")
    return Parsed(tuple(commands), tuple(errors), top)


def _keyword_line(line: str, specs: tuple[KeywordSpec, ...]) -> tuple[KeywordSpec, str] | None:
    match = _WORD.match(line)
    spec = _lookup(match.group(1), specs) if match else None
    return (spec, match.group(2)) if spec is not None and match is not None else None


def _marked(line: str) -> bool:
    """A keyword that starts a new command inside a paragraph: in capitals, after `#`, with a
    `:` after it, or alone on its line."""
    stripped = line.strip()
    word = stripped.lstrip("#").strip().split(" ", 1)[0]
    return (
        stripped.startswith("#")
        or word.rstrip(":").isupper()
        or word.endswith(":")
        or " " not in stripped.lstrip("#").strip()
    )


def _stray(paragraphs: list[str], specs: tuple[KeywordSpec, ...]) -> list[str]:
    """Keyword lines in the ordinary text after the commands: answered, not dropped."""
    out = []
    for paragraph in paragraphs:
        for line in paragraph.split("\n"):
            found = _keyword_line(line, specs)
            if found is not None and _marked(line):
                out.append(
                    f"{found[0].keyword.value}: kata kunci setelah teks biasa tidak dibaca; tulis "
                    "semua kata kunci di bagian atas balasan, sebelum teks lain"
                )
    return out


_GROUND = re.compile(r"^(?:pasal)?[-_ ]?17[-_ ]?(?:huruf[-_ ]?)?([a-j])$", re.I)
# A statute: "UU", "Undang-Undang" or "Perpu/Perppu", and a number somewhere in it.
_STATUTE = re.compile(r"\b(?:UU|undang-undang|undang undang|perp?pu)\b(?=.*\d)", re.I)
TOLAK_EXAMPLE = (
    "TOLAK pasal17h daftar ini memuat NIK dan alamat rumah warga yang bila dibuka dapat "
    "disalahgunakan untuk penipuan"
)


def _ground(word: str) -> str:
    """'Pasal17H:' / '17h' / 'pasal-17-h' -> 'pasal17h' ('' when it is no Pasal 17 ground)."""
    match = _GROUND.match(word.strip().rstrip(",.;:"))
    return f"pasal17{match.group(1).lower()}" if match else ""


def _statute(rest: str, keyword: str) -> tuple[str, str, str]:
    """pasal17j: the statute before the first ';' -> (statute, rest, error)."""
    statute, separator, after = rest.partition(";")
    if not separator or not _STATUTE.search(statute):
        return (
            "",
            rest,
            f"{keyword} pasal17j memerlukan undang-undang yang melarang pengungkapannya, "
            "diakhiri titik koma, lalu alasannya: "
            f"{keyword} pasal17j UU No. 7 Tahun 2017 Pasal 14; <konsekuensi>",
        )
    return " ".join(statute.split()), after.strip(), ""


def _complete(spec: KeywordSpec, argument: str) -> tuple[Command, str]:
    if spec.needs_argument and not argument:
        label = spec.argument.split(":", 1)[1].strip()
        return Command(spec.keyword), f"{spec.keyword.value} memerlukan {label}"
    if spec in OFFICER_KEYWORDS:
        if spec.keyword is Keyword.TOLAK:
            return _rejection(argument)
        if spec.keyword is Keyword.SEBAGIAN:
            first, _, rest = argument.partition(" ")
            ground = _ground(first)
            if not ground:
                return Command(spec.keyword, argument), ""
            statute, error = "", ""
            if ground == "pasal17j":
                statute, rest, error = _statute(rest, "SEBAGIAN")
            if not error and not rest.strip():
                error = "SEBAGIAN memerlukan alasan setelah dasar: apa yang dihitamkan dan mengapa"
            return Command(spec.keyword, rest.strip(), ground, statute), error
        if spec.keyword is Keyword.TIDAK_DIKUASAI:
            first, _, rest = argument.partition(" ")
            reason = first.lower().replace("_", "-").rstrip(",.;:")
            if reason in NOT_HELD_REASONS:
                return Command(spec.keyword, rest.strip(), reason), ""
    return Command(spec.keyword, argument), ""


def _rejection(argument: str) -> tuple[Command, str]:
    word, _, rest = argument.partition(" ")
    reason = word.lower().replace("_", "-").rstrip(",.;:")
    if reason in NOT_HELD_REASONS:
        return Command(Keyword.TOLAK), (
            f"{reason} bukan alasan penolakan menurut UU 14/2008 Pasal 17: informasi yang belum "
            "dikuasai atau belum didokumentasikan diberitahukan dengan TIDAK-DIKUASAI "
            f"{reason} [keterangan atau badan publik yang menguasainya]"
        )
    ground = _ground(word)
    if not ground:
        return Command(Keyword.TOLAK), (
            f"TOLAK memerlukan dasar pasal17a ... pasal17j (bukan {word!r}), lalu pengujian "
            f"konsekuensi; contoh: {TOLAK_EXAMPLE}"
        )
    statute = ""
    if ground == "pasal17j":
        statute, rest, error = _statute(rest, "TOLAK")
        if error:
            return Command(Keyword.TOLAK), error
    consequence = rest.strip()
    if len(consequence.split()) < MIN_CONSEQUENCE_WORDS:
        return Command(Keyword.TOLAK), (
            f"TOLAK {ground} memerlukan pengujian konsekuensi (UU 14/2008 Pasal 19) setelah "
            f"dasar: akibat yang timbul bila informasi dibuka, minimal {MIN_CONSEQUENCE_WORDS} "
            f"kata; contoh: {TOLAK_EXAMPLE}"
        )
    return Command(Keyword.TOLAK, consequence, ground, statute), ""


# --- what a grant gives ------------------------------------------------------------------------

_LINK = re.compile(r"https?://\S+|\bwww\.\S+", re.I)
# Words that state how to obtain information other than attached to the letter. "Terlampir" is
# not among them: that is exactly the grant that forgot its file.
_MEANS = re.compile(
    r"\b(?:diambil|mengambil|ambil|datang|kunjungi|dikunjungi|loket|kantor|pos|kurir|fotokopi"
    r"|salinan cetak|tercetak|flashdisk|diunduh|unduh|tautan|laman|situs|website)\b",
    re.I,
)


def has_link(text: str) -> bool:
    return bool(_LINK.search(text))


def grant_gap(keyword: Keyword, note: str, files: int) -> str:
    """UU 14/2008 Pasal 22(7) d and f: a grant gives the material and says how. '' when it
    does (files, a link, or a stated way to obtain it); else what the officer must add."""
    if files or has_link(note) or _MEANS.search(note):
        return ""
    return (
        f"{keyword.value} tanpa lampiran, tautan, atau cara memperoleh informasi: pemohon tidak "
        "akan menerima apa pun. Balas lagi dengan berkasnya terlampir, atau tulis tautan "
        f"unduhan ({keyword.value} data tersedia di https://...), atau cara memperolehnya "
        f"({keyword.value} salinan dapat diambil di kantor PPID pada jam kerja)"
    )


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
