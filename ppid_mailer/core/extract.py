"""Letter texts -> request fields, each with its source; find the ID document and read its NIK.

Pure: the texts come in already extracted (mail body, PDF text layer, DOCX, OCR of a photo or
of each page of a scan), each labelled with where it came from, so that an officer can check
every field against its source.

Letters come in every style: the Perki 1/2021 form with any agency's label spellings (dotted
leaders, labels on a line of their own, hint text left in), free letters that ask "mohon data
..." or "mau tanya ..." with the purpose before or after ("untuk", "dalam rangka", "agar",
"sebagai bahan"), lists under "berupa:", tables, chat abbreviations, English, forwarded and
quoted mail, signatures with roles and disclaimers. Every pattern here runs on one line or one
bounded paragraph at a time, so no input can make it backtrack for long (tests time them on
adversarial text).

Each field is taken from the first text that has it (the mail body, then the attachments), and
within a text a labelled value beats a phrase found in running text. What the rules cannot
place is left empty: the requirement check (core.requirements) then decides whether that is a
clear gap to tell the citizen or a doubt for an officer.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from .nik import NikCheck, check_nik, find_nik, nik_candidates

FIELDS = (
    "name",
    "nik",
    "id_kind",
    "address",
    "occupation",
    "phone",
    "email",
    "information",
    "purpose",
    "how_obtain",
    "how_receive",
)
FIELD_LABELS_ID = {
    "name": "Nama",
    "nik": "NIK / nomor identitas",
    "id_kind": "Jenis identitas",
    "address": "Alamat",
    "occupation": "Pekerjaan",
    "phone": "Telepon",
    "email": "Surel",
    "information": "Rincian informasi",
    "purpose": "Tujuan penggunaan",
    "how_obtain": "Cara memperoleh informasi",
    "how_receive": "Cara mendapatkan salinan",
}
MAX_LINE = 2000  # characters of one line any pattern sees
MAX_PARAGRAPH = 6000  # characters of one paragraph any pattern sees


@dataclass(frozen=True)
class DocText:
    source: str  # where it came from, in Indonesian: "isi surel", "lampiran surat.pdf (OCR)"
    text: str
    filename: str = ""  # "" for the mail body
    method: str = "body"  # body | pdf | docx | text | ocr
    problem: str = ""  # why it could not be read, when it could not


@dataclass(frozen=True)
class FieldValue:
    value: str
    source: str


@dataclass(frozen=True)
class IdDocument:
    filename: str
    kind: str  # KTP | SIM | paspor | KTM | KITAS | kartu pers | lainnya
    evidence: str
    nik: str = ""
    nik_check: NikCheck | None = None
    matches_letter: bool | None = None
    verified: bool = False  # read by OCR, not only guessed from the file name or the letter


@dataclass(frozen=True)
class Extraction:
    fields: Mapping[str, FieldValue]
    id_document: IdDocument | None
    unreadable: tuple[str, ...] = ()
    notes: tuple[str, ...] = field(default=())
    cues: frozenset[str] = frozenset()  # what the letter visibly tries to say: information, purpose
    images_checked: bool = False  # OCR read the attached images (so "no ID" is a finding)

    def value(self, name: str) -> str:
        found = self.fields.get(name)
        return found.value if found else ""


# --- cleaning ------------------------------------------------------------------------------

_DISCLAIMER = re.compile(
    r"^\s*(?:pemberitahuan|disclaimer|confidential(?:ity)?(?:\s+notice)?|peringatan|"
    r"email ini(?: dan lampirannya)?|this (?:e-?mail|message)(?: and any)?|"
    r"surel ini (?:dan|beserta) lampiran)\b",
    re.I,
)
_SENT_FROM = re.compile(
    r"^\s*(?:sent from my|dikirim dari|sent via|get outlook for|diketik dari)\b", re.I
)
_FORWARD_HEADER = re.compile(
    r"^\s*\*?(?:from|dari|date|tanggal|sent|dikirim|to|kepada|cc|subject|subjek|perihal)\s*:\*?\s",
    re.I,
)
_FORWARD_START = re.compile(
    r"^\s*-{3,}\s*(?:forwarded message|pesan (?:yang )?diteruskan|pesan terusan|"
    r"original message|pesan asli)",
    re.I,
)
_WROTE = re.compile(r"^(?:on|pada)\s.{0,200}(?:wrote|menulis)\s*:\s*$", re.I)
_RULE = re.compile(r"^\s*[_\-=*~]{6,}\s*$")


def clean_text(text: str) -> str:
    """Drop what is not the letter: quote markers (the quoted letter still counts), the header
    blocks of forwarded mail, "On ... wrote:" lines, disclaimers and "Sent from" lines."""
    out: list[str] = []
    in_header = False
    skip_paragraph = False
    for raw in text.replace("\r\n", "\n").replace("\u00a0", " ").split("\n"):
        line = raw[:MAX_LINE]
        line = re.sub(r"^(?:\s*>)+ ?", "", line)
        if not line.strip():
            in_header = skip_paragraph = False
            out.append("")
            continue
        if skip_paragraph:
            continue
        if _FORWARD_START.match(line):
            in_header = True
            continue
        if in_header and _FORWARD_HEADER.match(line):
            continue
        in_header = False
        if _DISCLAIMER.match(line):
            skip_paragraph = True
            continue
        if _SENT_FROM.match(line) or _WROTE.match(line) or _RULE.match(line):
            continue
        out.append(line.rstrip())
    return "\n".join(out)


def _paragraphs(text: str) -> list[str]:
    """Paragraphs as single lines (lines wrapped by a PDF or a mail client joined again); a
    paragraph that stops mid-sentence ("... kami memohon" + blank line + "data ...", as scans
    and phone mail break them) is joined with the next."""
    out: list[str] = []
    for part in re.split(r"\n[ \t]*\n", text):
        flat = " ".join(part.split())[:MAX_PARAGRAPH]
        if not flat:
            continue
        if out and _MID_SENTENCE.search(out[-1][-40:]):
            out[-1] = (out[-1] + " " + flat)[:MAX_PARAGRAPH]
        else:
            out.append(flat)
    return out


_MID_SENTENCE = re.compile(
    r"\b(?:memohon|mohon|meminta|minta|berupa|mengenai|tentang|yaitu|data|dan|atas)$", re.I
)


# --- labels of the request form --------------------------------------------------------------

_INFO_WORDS = r"(?:informasi|data|dokumen|info)"
_LABELS: tuple[tuple[str, str], ...] = (
    (
        "information",
        r"rincian\s+(?:informasi|data)(?:\s+yang\s+\w+)?(?:\s+\w+)?"
        r"|(?:jenis|judul|uraian)\s+informasi(?:\s+yang\s+\w+)?"
        rf"|{_INFO_WORDS}\s+yang\s+(?:di)?(?:butuhkan|minta|mohon|mohonkan|perlukan|diperlukan|"
        r"inginkan|ingin\s+diperoleh|dimohon|diminta|dibutuhkan)"
        r"|information\s+(?:requested|sought|needed)|requested\s+information|data\s+requested",
    ),
    (
        "purpose",
        r"tujuan(?:\s+(?:penggunaan|permohonan|pemanfaatan))?(?:\s+(?:informasi|data))?"
        r"|kegunaan(?:\s+(?:informasi|data))?|keperluan|"
        r"alasan(?:\s+(?:permintaan|permohonan|penggunaan))?(?:\s+(?:informasi|data))?"
        r"|maksud(?:\s+(?:permohonan|penggunaan))?(?:\s+(?:informasi|data))?"
        r"|penggunaan\s+informasi|purpose(?:\s+of\s+(?:use|the\s+request|request))?",
    ),
    ("how_obtain", r"cara\s+(?:memperoleh|mendapatkan)\s+informasi"),
    (
        "how_receive",
        r"(?:cara\s+)?(?:mendapatkan|menerima|memperoleh|pengiriman)\s+salinan(?:\s+informasi)?",
    ),
    (
        "nik",
        r"nik|no(?:mor|\.)?\s*(?:ktp|nik|identitas|induk\s+kependudukan)(?:\s*/\s*(?:nik|ktp))?"
        r"|nomor\s+induk\s+kependudukan|no(?:mor|\.)?\s*paspor|passport\s+(?:no|number)\.?",
    ),
    ("name", r"nama(?:\s+lengkap)?(?:\s+pemohon)?|name|full\s+name|nama\s+pemohon"),
    (
        "address",
        r"alamat(?:\s+(?:lengkap|rumah|tinggal|domisili|surat|kantor|pemohon))?|address",
    ),
    ("occupation", r"pekerjaan|profesi|occupation|status\s+pekerjaan"),
    (
        "phone",
        r"(?:no(?:mor|\.)?\s*)?(?:telp\.?|telepon|tlp\.?|hp|handphone|ponsel|wa|whatsapp|"
        r"mobile|phone|tel\.?|kontak)(?:\s*[/.]\s*(?:hp|wa|ponsel|whatsapp|telp\.?|fax))*",
    ),
    ("email", r"e-?mail|alamat\s+surel|surel|alamat\s+e-?mail"),
)
_LABEL_ALT = "|".join(f"(?:{p})" for _, p in _LABELS)
_LABEL_LINE = re.compile(
    r"^[ \t]{0,40}(?:\d{1,2}[.)][ \t]{0,8}|[a-hA-H][.)][ \t]{1,8}|[-*•][ \t]{0,8})?"
    rf"(?P<label>{_LABEL_ALT})(?:[ \t]{{0,4}}\([^()\n]{{0,200}}\))?(?:[ \t]{{0,4}}\*{{1,3}}\)?)?"
    r"(?P<sep>[ \t]{0,40}(?:[.…_][ \t.…_]{0,120})?[:：=][ \t]{0,40}|[ \t]{0,40}[.…_]{3,}[ \t.…_]{0,120}|[ \t]*$)"
    r"(?P<value>.{0,2000})$",
    re.I,
)
_MULTILINE = {"information", "purpose", "address"}
_HINT = re.compile(
    r"\((?:diisi|isi|sebutkan|tuliskan|jelaskan|contoh|misal|opsional|wajib|pilih|coret|untuk\s+apa|"
    r"apa\s+|informasi\s+apa|data\s+apa|sesuai|jika|bila|beri\s+tanda|centang)[^()]{0,200}\)"
    r"|\[(?:diisi|isi|sebutkan|tuliskan|jelaskan|contoh|misal)[^\[\]]{0,200}\]",
    re.I,
)
_STOP_LINE = re.compile(
    r"^\s*(?:demikian|bersama\s+ini|atas\s+perhatian|terima\s*kasih|hormat\s+(?:saya|kami)|"
    r"salam|wassalam|sebagai\s+(?:persyaratan|kelengkapan|syarat|identitas)|"
    r"(?:foto|salinan|scan|pindaian)\s+(?:ktp|identitas)|ktp\s+(?:saya\s+)?terlampir|"
    r"regards|sincerely|best|thank)",
    re.I,
)
_CHECKBOX = re.compile(
    r"[\[(]\s*[xXvV✓✔]\s*[\])]\s*([^\[\]()]{1,80}?)(?=\s*[\[(]|$)|[☑☒✅]\s*([^☐☑☒✅]{1,80}?)(?=\s*[☐☑☒✅]|$)"
)


def form_fields(text: str) -> dict[str, str]:
    """`Label : value` lines (dotted leaders allowed), or a label alone on its line with its value
    below; values of some labels continue on the following lines."""
    found: dict[str, str] = {}
    lines = text.replace("\r\n", "\n").split("\n")
    i = 0
    while i < len(lines):
        cells = [c.strip() for c in lines[i][:MAX_LINE].split("|") if c.strip()]
        if len(cells) >= 2 and not cells[0][:1].isdigit():
            # a form in a table: "Label (hint) | value"
            name = _label_name(_HINT.sub("", cells[0]).strip(" :.…_"))
            value = _tidy(_HINT.sub(" ", " ".join(cells[1:2])))
            if name in ("how_obtain", "how_receive"):
                value = _checked(value) or value
            if name and value and name not in found and not _placeholder(value):
                found[name] = value
            i += 1
            continue
        match = _LABEL_LINE.match(lines[i][:MAX_LINE])
        i += 1
        if not match:
            continue
        name = _label_name(match.group("label"))
        value = match.group("value").strip()
        sep = match.group("sep")
        if not value and not sep.strip():
            # a label alone on its line: its value is the next non-empty line, if that is no label
            j = i
            while j < len(lines) and not lines[j].strip() and j - i < 2:
                j += 1
            if j >= len(lines) or _LABEL_LINE.match(lines[j][:MAX_LINE]) or not name:
                continue
            value, i = lines[j].strip(), j + 1
        elif not sep.strip():
            continue  # "Tujuan saya ..." is a sentence, not a label
        parts = [value]
        if name in _MULTILINE:
            while (
                i < len(lines)
                and lines[i].strip()
                and not _LABEL_LINE.match(lines[i][:MAX_LINE])
                and not _STOP_LINE.match(lines[i][:MAX_LINE])
                and len(parts) < 12
            ):
                parts.append(lines[i].strip())
                i += 1
        value = _tidy(_HINT.sub(" ", " ".join(p for p in parts if p)))
        if name in ("how_obtain", "how_receive"):
            value = _checked(value) or value
        if name and value and name not in found and not _placeholder(value):
            found[name] = value
    return found


def _checked(value: str) -> str:
    """The ticked options of a checkbox line ("[ ] pos  [x] email" -> "email")."""
    ticked = [(a or b).strip() for a, b in _CHECKBOX.findall(value[:MAX_LINE])]
    return ", ".join(t for t in ticked if t)


def _label_name(label: str) -> str:
    for name, pattern in _LABELS:
        if re.fullmatch(pattern, " ".join(label.split()), re.I):
            return name
    return ""


def _placeholder(value: str) -> bool:
    return bool(
        re.fullmatch(r"[.\-_…\s:]*|\(?(?:isi|diisi|kosong|-|tidak ada|n/?a)\)?", value, re.I)
    ) or (value.count("[ ]") + value.count("☐") > 0 and not _checked(value))


def _tidy(value: str) -> str:
    return " ".join(value.split()).strip(" .;,:")[:2000]


# --- free letters ----------------------------------------------------------------------------

# Chat spellings are matched where the phrase is: yg, utk, dgn, sy, mhn, tdk, thn, krn.
_UNTUK = r"(?:untuk|utk|buat|bwt)"
_SAYA = r"(?:saya|sy|aku|kami|kita)"
_ASK_VERB = (
    r"(?:(?:mohon|mhn|memohon|bermaksud\s+memohon|bermohon)(?:\s+(?:kiranya|kesediaan\s+\S+|bantuan(?:nya)?"
    r"(?:\s+bapak/ibu)?|dapat|bisa|diberikan|dikirimkan|disampaikan|diberi|diinfokan|informasi(?:nya)?|"
    r"info(?:nya)?|untuk|utk|agar|supaya|dibantu|bapak/ibu|pak|bu|kak|min|admin|diberikan\s+salinan|"
    r"memperoleh|mendapatkan|diminta|memberikan|memberi|mengirimkan|menyampaikan)){0,4}"
    r"|meminta|minta(?:\s+(?:tolong|bantuan))?|nyuwun(?:\s+(?:tulung|pirsa|info|informasi))?"
    r"|(?:ingin|mau|pengen|pingin|hendak|bermaksud)\s+(?:mengetahui|tahu|tau|menanyakan|bertanya|tanya|"
    r"meminta|minta|memperoleh|mendapatkan|mengajukan\s+permohonan(?:\s+informasi)?|memohon|"
    r"mengakses|melihat)(?:\s+(?:tentang|mengenai|soal|perihal|terkait|apakah))?"
    r"|mengajukan\s+permohonan(?:\s+informasi(?:\s+publik)?)?(?:\s+(?:berupa|mengenai|tentang|atas|terkait))?"
    r"|membutuhkan|memerlukan|butuh|perlu|menanyakan|mau\s+nanya|nanya|tanya"
    r"|(?:would\s+like\s+to|wish\s+to|want\s+to|hereby)\s+(?:request|obtain|receive|ask\s+for|access)"
    r"|(?:i|we)\s+(?:hereby\s+)?request|requesting|kindly\s+(?:provide|send|share)|ask\s+for)"
)
_ASK = re.compile(
    rf"(?:{_SAYA}\s+)?(?:dengan\s+hormat\s+)?\b{_ASK_VERB}\b[\s,:]*(?:(?:{_UNTUK}|agar)\s+(?:dapat\s+)?"
    r"(?:diberikan|memberikan|dikirimkan|mengirimkan|mendapatkan|memperoleh)\s+)?"
    r"(?P<what>.{3,600}?)"
    r"(?=\s(?:untuk\s+(?:keperluan|kepentingan|bahan|penelitian|penyusunan|penulisan|tugas|skripsi|"
    r"tesis|kajian)|utk\s+(?:keperluan|bahan)|guna\b|dengan\s+tujuan|yang\s+akan\s+(?:kami|saya)\s+gunakan|"
    r"sebagai\s+bahan|dalam\s+rangka|agar\s|supaya\s|biar\s|karena\s|krn\s|sebab\s|for\s+the\s+purpose|"
    r"for\s+(?:my|our|a|an)\s|to\s+be\s+used|in\s+order\s+to|so\s+that|because)|[.;?!](?:\s|$)|$)",
    re.I,
)
_OBJECT = re.compile(
    r"\b(?:salinan|copy|copies|data|dokumen|informasi|information|info|rekap(?:itulasi)?|daftar|"
    r"laporan|rincian|besaran|besarnya|jumlah|jadwal|peraturan|perda|hasil|arsip|anggaran|"
    r"realisasi|berita\s+acara|list|the|annual|records?|statistik|peta|naskah|kuota|daya\s+tampung|"
    r"alokasi|nilai|nama|syarat|persyaratan|prosedur|tata\s+cara|lokasi|status|rencana|kontrak|"
    r"izin|surat|sk|keputusan|standar|tarif|biaya|harga|luas|target|capaian|program|kegiatan|"
    r"penerima|pagu|dana|apakah|kapan|berapa|bagaimana|dimana|di\s*mana|siapa|mengapa|kenapa|gimana|"
    r"brp|kpn|bgmn|ridership|figures?|numbers?|budget|reports?|documents?|statistics)\b",
    re.I,
)
_LEAD_IN = re.compile(
    r"^(?:(?:kepada\s+)?(?:bapak/ibu|bapak|ibu|pak|bu|kak|min|admin|ppid)[\s,]+)?"
    r"(?:(?:untuk|utk|agar|supaya)\s+(?:dapat\s+|bisa\s+)?(?:diberikan|memberikan|dikirimkan|"
    r"mengirimkan|mendapatkan|memperoleh|diinformasikan|menginformasikan)\s+)?"
    r"(?:(?:kepada\s+)?(?:saya|kami|sy)\s+)?",
    re.I,
)
_LIST_INTRO = re.compile(
    r"(?:berupa|sebagai\s+berikut|berikut(?:\s+ini)?|yaitu|yakni|antara\s+lain|meliputi|"
    r"as\s+follows|the\s+following|following)\s*(?::\s*)?$",
    re.I,
)
_ITEM = re.compile(
    r"^\s*(?:\d{1,2}|[a-hA-H])[.)]\s+(?P<item>\S.{2,600})$|^\s*[-*•]\s+(?P<bullet>\S.{2,600})$"
)
_VALUE_IS = re.compile(
    rf"\b{_INFO_WORDS}\s+yang\s+(?:(?:saya|kami|sy)\s+)?(?:di)?(?:perlukan|butuhkan|minta|mohonkan|"
    r"mohon|maksud|inginkan|diperlukan|dibutuhkan|dimaksud)\s+(?:adalah|yaitu|ialah|berupa|:)\s*"
    r"(?P<what>.{3,600}?)(?=[.;](?:\s|$)|$)",
    re.I,
)
_REFERENCE = re.compile(
    r"^(?:data|informasi|dokumen)?\s*(?:sebagaimana|seperti\s+(?:yang\s+)?(?:tercantum|tertera|terlampir|"
    r"disebutkan)|yang\s+(?:tercantum|tertera|terlampir))|terlampir\b|dalam\s+lampiran|"
    r"(?:surat|formulir)\s+(?:pengantar|terlampir|permohonan)",
    re.I,
)
_PURPOSE_STRONG = re.compile(
    r"\b(?:(?:untuk|utk|buat)(?=\s+(?:keperluan|kepentingan|kebutuhan))|dengan\s+tujuan(?:\s+untuk)?|"
    r"tujuan(?:nya|\s+(?:saya|kami|permohonan\s+ini))?\s+(?:adalah|yaitu|ialah|untuk|utk|:)|"
    r"(?:akan|hendak|rencananya\s+akan)\s+(?:kami|saya|sy)\s+(?:gunakan|pakai|manfaatkan)\s+(?:untuk|utk|sebagai|buat|dalam)|"
    r"(?:akan\s+)?(?:digunakan|dipergunakan|dipakai|dimanfaatkan)\s+(?:untuk|utk|sebagai|buat|dalam)|"
    r"(?:sebagai|utk|untuk|buat)(?=\s+(?:bahan|referensi|rujukan|dasar|data\s+pendukung|pelengkap))|"
    r"(?:the\s+)?purpose\s+of\s+(?:my|our|the|this)\s+request\s+is(?:\s+to)?|"
    r"dalam\s+rangka|guna|for\s+the\s+purpose\s+of|to\s+be\s+used\s+(?:for|in)|in\s+order\s+to|"
    r"(?:will|would)\s+be\s+used\s+(?:for|to|in)|purpose\s+is\s+to|so\s+that|i\s+(?:need|want)\s+(?:it|this|them)\s+(?:for|to))"
    r"\s+(?P<why>.{2,400}?)(?=[.;?!](?:\s|$)|,\s+(?:(?:bersama|dengan)\s+ini|kami|saya|sy|mohon)\b|$)",
    re.I,
)
_PURPOSE_WEAK = re.compile(
    r"\b(?:untuk|utk|buat|agar|supaya|biar|sehingga)\s+"
    r"(?P<why>(?!(?:memberikan|diberikan|dikirimkan|mengirimkan|menyampaikan|disampaikan|dapat\s+diberikan|"
    r"bapak|ibu|the\s+(?:attention|time)|your|mendapatkan\s+(?:data|informasi|salinan)|memperoleh\s+(?:data|informasi|salinan)|"
    r"dikirim|dibalas|menanyakan|bertanya|request|ask|obtain|receive|provide)\b).{3,300}?)"
    r"(?=[.;?!](?:\s|$)|$)",
    re.I,
)
_PURPOSE_TRIM = re.compile(
    r"(?<!\s)\s+(?:yang\s+(?:berjudul|bertema)|dengan\s+judul|berjudul|dan\s+tidak\s+untuk|"
    r"yang\s+sedang\s+(?:kami|saya)\s+susun|titled|entitled)\b.*$",
    re.I,
)
_PURPOSE_CUE = re.compile(
    r"\b(?:keperluan|kepentingan|tujuan|kegunaan|alasan|dalam\s+rangka|sebagai\s+bahan|"
    r"(?:untuk|utk|buat)\s+(?:bahan|penelitian|skripsi|tesis|riset|kajian|tugas|liputan|berita|"
    r"laporan|advokasi|pemantauan|pengawasan|evaluasi|referensi)|gunakan|digunakan|dipakai|"
    r"agar|supaya|biar|purpose|in\s+order\s+to|so\s+that|will\s+be\s+used)\b",
    re.I,
)
_INFO_CUE = re.compile(
    r"\b(?:mohon|mhn|memohon|minta|meminta|ingin\s+(?:tahu|mengetahui)|mau\s+(?:tanya|tahu|minta)|"
    r"butuh|membutuhkan|memerlukan|request|salinan|dokumen|data|informasi|info|jadwal|daftar|"
    r"laporan|rincian|jumlah|berapa|kapan|apakah)\b",
    re.I,
)


def letter_fields(text: str) -> dict[str, str]:
    """What a free letter says, found by the phrases Indonesian (and English) letters use."""
    found: dict[str, str] = {}
    lines = text.split("\n")
    paragraphs = _paragraphs(text)
    information = _information(lines, paragraphs)
    if information:
        found["information"] = information
    purpose = _purpose(paragraphs, information)
    if purpose:
        found["purpose"] = purpose
    name = signer(lines) or _self_introduction(paragraphs)
    if name:
        found["name"] = name
    nik = find_nik(text)
    if nik:
        found["nik"] = nik
    phone = _phone(lines)
    if phone:
        found["phone"] = phone
    occupation = _occupation(paragraphs)
    if occupation:
        found["occupation"] = occupation
    address = _address(paragraphs, lines)
    if address:
        found["address"] = address
    return found


def _information(lines: list[str], paragraphs: list[str]) -> str:
    """What is asked: "X yang diperlukan adalah ...", the first item of a list after "berupa:",
    the first row of a table of requested data, or the object of "mohon / ingin tahu ..."."""
    for paragraph in paragraphs:
        match = _VALUE_IS.search(paragraph)
        if match and not _REFERENCE.search(match.group("what")):
            return _tidy(match.group("what"))
    listed = _first_listed(lines)
    for paragraph in paragraphs:
        for match in _ASK.finditer(paragraph):
            what = _LEAD_IN.sub("", match.group("what").strip(" ,:"))
            if _REFERENCE.search(what[:120]):
                continue
            if listed and (
                _LIST_INTRO.search(what)
                or re.search(r"(?:berupa|berikut|yaitu|yakni|follows)\s*:", what, re.I)
                or re.search(r"\d[.)]?$|:\s*$", what)
                or len(what) < 25
            ):
                return listed
            if _LIST_INTRO.search(what):
                continue
            if _OBJECT.search(what[:80]) and len(what.split()) >= 2:
                return _tidy(what)
    return listed


def _first_listed(lines: list[str]) -> str:
    """The first item of a list, or the first data row of a table, that follows an intro line
    ("... berupa:", "sebagai berikut:") or a table header naming the data."""
    for index, line in enumerate(lines[:400]):
        text = line[:MAX_LINE].strip()
        if not text:
            continue
        if _LIST_INTRO.search(text) or re.search(
            r"(?:berupa|berikut|yaitu|follows)\s*:", text, re.I
        ):
            for following in lines[index + 1 : index + 40]:
                candidate = following[:MAX_LINE].strip()
                if not candidate:
                    continue
                item = _ITEM.match(candidate)
                if item:
                    return _tidy((item.group("item") or item.group("bullet")).split(" | ")[0])
                row = _table_row(candidate)
                if row:
                    return row
                if "|" in candidate or re.fullmatch(r"(?:no\.?|nomor)\b.*", candidate, re.I):
                    continue  # the header row of a table
                if (
                    text.endswith(":")
                    and _OBJECT.search(candidate[:80])
                    and not _STOP_LINE.match(candidate)
                ):
                    return _tidy(
                        re.split(r"(?<=\S)[,;]\s+(?:khususnya|terutama|termasuk)\b", candidate)[0]
                    )
                break
    return ""


def _table_row(line: str) -> str:
    """The longest text cell of a numbered table row ("1 | Jumlah kunjungan ... | 2025 |")."""
    cells = [c.strip() for c in line.split("|") if c.strip()]
    if len(cells) < 2 or not re.fullmatch(r"\d{1,2}\.?", cells[0]):
        return ""
    texts = [c for c in cells[1:] if re.search(r"[A-Za-z]{3}", c)]
    return _tidy(max(texts, key=len)) if texts else ""


def _purpose(paragraphs: list[str], information: str) -> str:
    """Why: a strong phrase anywhere ("untuk keperluan", "dalam rangka", "sebagai bahan", "akan
    kami gunakan untuk"), else a weak one ("untuk", "agar", "buat") after what is asked."""
    for paragraph in paragraphs:
        match = _PURPOSE_STRONG.search(paragraph)
        if match:
            return _trim_purpose(match.group("why"))
    ask_seen = not information
    for paragraph in paragraphs:
        if information and information[:30].lower() in paragraph.lower():
            ask_seen = True
            tail = paragraph[paragraph.lower().index(information[:30].lower()) + len(information) :]
            match = _PURPOSE_WEAK.search(tail)
            if match:
                return _trim_purpose(match.group("why"))
            continue
        if ask_seen and _INFO_CUE.search(paragraph):
            match = _PURPOSE_WEAK.search(paragraph)
            if match and not _OBJECT.match(match.group("why")):
                return _trim_purpose(match.group("why"))
    return ""


def _trim_purpose(why: str) -> str:
    why = _tidy(_PURPOSE_TRIM.sub("", why))
    if len(why) > 80:  # a long clause: its first part says what for
        why = _tidy(why.split(", ")[0])
    return why


# --- who wrote it ----------------------------------------------------------------------------

_CLOSING = re.compile(
    r"^\s*(?:hormat\s+(?:saya|kami)|salam(?:\s+(?:hormat|sejahtera|takzim|saya|kami))?|"
    r"(?:wa)?ssalam\w*(?:[\s'’.]+\w+){0,5}\.?|terima\s*kasih(?:\s+(?:banyak|atas\s+\S+(?:\s+\S+){0,4}))?|"
    r"(?:best\s+|kind\s+|warm\s+)?regards|sincerely|yours\s+(?:sincerely|faithfully|truly)|"
    r"matur\s+nuwun(?:\s+\S+){0,3}|maturnuwun|tabik|salam\s+\S+|thanks?(?:\s+you)?|"
    r"om\s+shanti(?:\s+shanti){0,2}(?:\s+om)?|rahayu|ttd\.?)\s*[,.!]?\s*$",
    re.I,
)
_ROLE = re.compile(
    r"\b(?:ketua|wakil|sekretaris|bendahara|direktur|koordinator|kepala|manajer|manager|"
    r"kuasa\s+hukum|advokat|pengacara|dekan|rektor|ketua\s+rt|ketua\s+rw|lurah|camat|staf|staff|"
    r"humas|admin|pengurus|anggota|divisi|bidang|program|officer|director|coordinator|head|"
    r"chairman|chairperson|researcher|peneliti|mahasiswa|student|wartawan|jurnalis|reporter|"
    r"redaksi|editor|pemimpin|penanggung\s+jawab|sekjen|presiden|founder|ceo|hrd|owner|pemilik)\b",
    re.I,
)
_ORGANISATION = re.compile(
    r"\b(?:pt|cv|ud|yayasan|lsm|perkumpulan|serikat|federasi|dpc|dpd|dpp|koperasi|universitas|"
    r"fakultas|institut|sekolah|politeknik|desa|kelurahan|kecamatan|pemerintah|dinas|komunitas|"
    r"forum|paguyuban|kelompok|gapoktan|persatuan|himpunan|ikatan|lembaga|kantor|law\s+firm|"
    r"partners|associates|media|harian|koran|tabloid|majalah|radio|tv|news|foundation|"
    r"university|institute|organisasi|asosiasi|jaringan|aliansi|pusat|center|centre|klinik|"
    r"rumah\s+sakit|kantor\s+hukum|tbk|group|grup|corp|pemdes|pemkot|pemkab|sekretariat|"
    r"kelompok\s+tani|karang\s+taruna|pkk|posyandu)\b",
    re.I,
)
_DEGREE = re.compile(
    r",\s*(?:(?:[A-Z][A-Za-z]{0,5}\.)+\s*(?:[A-Z][A-Za-z]{0,5}\.?)*|Ph\.?D|MBA|MSc|BSc|SH|SE|ST|"
    r"SPd|MPd|MSi|MH|MM|MT|Amd|A\.Md)(?:\s*,\s*\S{1,12}){0,3}\.?\s*$"
)
_HONORIFIC = re.compile(
    r"^(?:(?:ibu|bu|bapak|pak|bpk\.?|sdr\.?|sdri\.?|saudara|saudari|mr\.?|mrs\.?|ms\.?|"
    r"mbak|mas|kak|prof\.?|dr\.?|drs\.?|dra\.?|ir\.?|h\.|hj\.)\s+)+",
    re.I,
)
_NAME_WORD = r"[A-Za-zÀ-ÿ'’`.-]{1,30}"
_PERSON = re.compile(rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,5}}")


def clean_name(value: str) -> str:
    """'Dewi Kartika Sari, S.H.' -> 'Dewi Kartika Sari'; 'Ibu Hartati' -> 'Hartati'."""
    value = " ".join(value.split()).strip(" ,.;:-")
    value = _DEGREE.sub("", value).strip(" ,")
    value = value.split(",", 1)[0].strip()
    value = _HONORIFIC.sub("", value).strip(" ,.")
    value = " ".join(re.sub(r"\((?:ttd|tanda tangan)\)", " ", value, flags=re.I).split())
    return value


def looks_like_person(value: str) -> bool:
    """A person's name: one to six words of letters, no role, organisation, address or number."""
    name = clean_name(value)
    if not name or not _PERSON.fullmatch(name) or len(name) < 3:
        return False
    if _ROLE.search(name) or _ORGANISATION.search(name) or _CLOSING.match(name):
        return False
    if re.search(r"\b(?:assalam\w*|wassalam\w*|salam|hello|hi|halo|dear|yth|wr|wb)\b", name, re.I):
        return False
    if " " not in name and name.isupper() and len(name) <= 6:
        return False  # an acronym (PPDKU), not a name
    if re.search(r"\b(?:jl|jalan|rt|rw|no|kota|kab|kabupaten|telp|hp|wa|email)\b\.?", name, re.I):
        return False
    words = name.split()
    if any(len(w) == 1 for w in words[:-1]):
        return False  # "S ISNO": a letter OCR split off, not an initial
    capitalised = sum(1 for w in words if w[:1].isupper())
    return capitalised >= max(1, len(words) - 1)


def signer(lines: Sequence[str]) -> str:
    """The name under the last closing ("Hormat saya,", "Salam,", "Regards"), skipping blank
    lines, "ttd", role and organisation lines."""
    best = ""
    for index, line in enumerate(lines[:2000]):
        text = line[:MAX_LINE]
        if not _CLOSING.match(text) and not _CLOSING_END.search(text[-60:]):
            continue
        following_lines = (f[:200].strip() for f in lines[index + 1 : index + 10_000])
        for candidate in [c for c in following_lines if c][:8]:
            if re.fullmatch(r"\(?ttd\.?\)?|\(?tanda\s+tangan\)?", candidate, re.I):
                continue
            if _CLOSING.match(candidate):
                continue
            if _DATE_LINE.search(candidate):
                continue  # "Kota Uji, 11 November 2026" above the signature
            if looks_like_person(candidate):
                best = clean_name(candidate)
                break
            if re.search(r"\d|@|http", candidate) and not _ROLE.search(candidate):
                break  # contact lines: the signature has no name
    return best


_CLOSING_END = re.compile(
    r"(?:terima\s*kasih|hormat\s+(?:saya|kami)|matur\s+nuwun)\s*[,.!]?\s*$", re.I
)
_DATE_LINE = re.compile(
    r"\b\d{1,2}\s+(?:januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|"
    r"november|desember|january|february|march|may|june|july|august|october|december)\s+\d{4}\b",
    re.I,
)
_SELF = re.compile(
    r"(?:\b(?:saya|sy|aku)\s*,?\s+(?:yang\s+bertanda\s+tangan\s+di\s+bawah\s+ini\s*,?\s*)?(?:bernama\s+|adalah\s+)?"
    r"|\bnama\s+(?:saya|sy)\s+(?:adalah\s+)?|\bmy\s+name\s+is\s+|\bperkenalkan\s*,?\s+(?:saya\s+|nama\s+saya\s+)?)"
    r"(?P<name>[A-Z][a-zà-ÿ'’.-]+(?:\s+[A-Z][a-zà-ÿ'’.-]+){0,4})"
)


def _self_introduction(paragraphs: list[str]) -> str:
    for paragraph in paragraphs[:12]:
        for match in _SELF.finditer(paragraph[:1500]):
            if looks_like_person(match.group("name")):
                return clean_name(match.group("name"))
    return ""


# --- contact ---------------------------------------------------------------------------------

_PHONE_LABEL = re.compile(
    r"\b(?:telp|telepon|tlp|hp|handphone|ponsel|wa|whatsapp|mobile|phone|tel|kontak|cell|no\.?\s*hp)\b",
    re.I,
)
_PHONE_NUMBER = re.compile(
    r"(?<![\d+])(?:\+\d{1,3}[ .-]?(?:\(0?\d{1,4}\)|\d{1,4})|\(0\d{1,3}\)|0\d{1,4}|62[ .-]?8\d{1,2})"
    r"(?:[ .-]?\d{2,5}){1,4}(?![\d])"
)
_MOBILE = re.compile(r"(?<![\d+])(?:\+62|62|0)[ .-]?8\d{1,3}(?:[ .-]?\d{2,5}){2,3}(?![\d])")


def _phone(lines: Sequence[str]) -> str:
    """A number behind a phone label (any country), else an Indonesian mobile number."""
    for line in lines[:2000]:
        text = line[:MAX_LINE]
        label = _PHONE_LABEL.search(text)
        if not label:
            continue
        for match in _PHONE_NUMBER.finditer(text, label.end()):
            if 8 <= len(re.sub(r"\D", "", match.group(0))) <= 15:
                return match.group(0).strip()
    for line in lines[:2000]:
        alone = _PHONE_NUMBER.fullmatch(line[:100].strip())
        if alone and 8 <= len(re.sub(r"\D", "", alone.group(0))) <= 15:
            return alone.group(0)
    for line in lines[:2000]:
        mobile = _MOBILE.search(line[:MAX_LINE])
        if mobile and 9 <= len(re.sub(r"\D", "", mobile.group(0))) <= 14:
            return mobile.group(0).strip()
    return ""


_OCCUPATIONS = (
    r"mahasiswa(?:\s+(?:pascasarjana|s[123]|magister|doktoral))?|pelajar|guru(?:\s+(?:sd|smp|sma|smk|honorer|tk))?|"
    r"dosen|peneliti|wartawan|jurnalis|petani|nelayan|buruh(?:\s+\w+)?|pedagang|wiraswasta|wirausaha|"
    r"karyawan(?:\s+swasta)?|pegawai(?:\s+swasta|\s+negeri\s+sipil)?|pns|asn|pensiunan(?:\s+pns|\s+guru)?|"
    r"ibu\s+rumah\s+tangga|advokat|pengacara|notaris|dokter|perawat|bidan|sopir|ojek\s+online|"
    r"pengemudi(?:\s+\w+)?|pencari\s+kerja|freelancer|tukang\s+\w+|nelayan|perangkat\s+desa|"
    r"kepala\s+desa|ketua\s+r[tw]|phd\s+candidate|doctoral\s+candidate|researcher|journalist|student"
)
_OCCUPATION = re.compile(
    rf"\b(?:saya|sy|aku|i)\s+(?:(?-i:[A-Z][a-z'’.]*)[\s,]+){{0,4}}(?:adalah\s+|seorang\s+|sebagai\s+|hanya\s+|cuma\s+|am\s+(?:a\s+|an\s+)?)*"
    rf"(?P<job>{_OCCUPATIONS})\b",
    re.I,
)


def _occupation(paragraphs: list[str]) -> str:
    for paragraph in paragraphs[:20]:
        match = _OCCUPATION.search(paragraph[:2000])
        if match:
            return match.group("job")
    return ""


_ADDRESS_PHRASE = re.compile(
    r"\b(?:beralamat\s+di|alamat\s+(?:saya|kami|rumah)(?:\s+di)?|tinggal\s+di|berdomisili\s+di|"
    r"domisili(?:\s+di)?|residing\s+at|living\s+at)\s*:?\s*(?P<where>.{6,200}?)(?=[.;](?:\s|$)|,\s+(?:saya|kami|dengan|mohon)\b|$)",
    re.I,
)
_STREET = re.compile(
    r"^\s*(?:jl\.?|jln\.?|jalan|gg\.?|gang|perum(?:ahan)?|komplek|kompleks|dusun|dsn\.?)\s+\S.{3,150}$",
    re.I,
)


def _address(paragraphs: list[str], lines: Sequence[str]) -> str:
    for paragraph in paragraphs[:30]:
        match = _ADDRESS_PHRASE.search(paragraph[:3000])
        if match:
            return _tidy(match.group("where"))
    for line in lines[-60:]:
        match = _STREET.match(line[:MAX_LINE])
        if match:
            return _tidy(match.group(0).split("|")[0])
    return ""


# --- ID documents ----------------------------------------------------------------------------

_ID_NAME = re.compile(
    r"ktp|e-?ktp|identitas|kartu|passport|paspor|\bsim\b|id[-_ ]?card|\bid\b|kitas|ktm", re.I
)
_ID_MENTION = re.compile(
    r"(?:ktp|kartu\s+tanda\s+penduduk|identitas|paspor|passport|\bsim\b)", re.I
)
_IMAGE_OR_PDF = ("image/", "application/pdf")
BLANK_PAGE_WORDS = 12  # fewer words than this on a scanned page: OCR learnt nothing about it
_CARD_MARKERS = (
    "GOL. DARAH",
    "GOL DARAH",
    "KEWARGANEGARAAN",
    "TEMPAT/TGL LAHIR",
    "TEMPAT/TGL. LAHIR",
    "BERLAKU HINGGA",
    "JENIS KELAMIN",
    "STATUS PERKAWINAN",
    "RT/RW",
    "KEL/DESA",
    "AGAMA",
    "KECAMATAN",
)
_LETTER_MARKERS = re.compile(
    r"\b(?:dengan\s+hormat|perihal|lampiran\s*:|hormat\s+(?:kami|saya)|demikian|kepada\s+yth|"
    r"nomor\s*:|yth\.)",
    re.I,
)


def id_kind(text: str) -> tuple[str, str]:
    """(kind, evidence) from an ID's OCR text; ('', '') when it does not look like an ID.

    A letter is never an ID, even when its letterhead names a province, a city and a number:
    an ID card has few words, the card's own field names, and no letter phrases.
    """
    upper = text.upper()
    words = len(text.split())
    if words > 160 or (len(_LETTER_MARKERS.findall(text[:20000])) >= 2 and words > 60):
        return "", ""
    if re.search(r"\bPASPOR\b|\bPASSPORT\b", upper):
        return "paspor", "OCR: PASPOR/PASSPORT"
    if (
        "SURAT IZIN MENGEMUDI" in upper
        or "DRIVING LICEN" in upper
        or (re.search(r"\bPOLRES", upper) and re.search(r"\b\d{4}-\d{4}-\d{4,6}\b", upper))
    ):
        return "SIM", "OCR: SURAT IZIN MENGEMUDI"
    if "KARTU TANDA MAHASISWA" in upper or "KARTU MAHASISWA" in upper or "STUDENT ID" in upper:
        return "KTM", "OCR: KARTU TANDA MAHASISWA"
    if "KITAS" in upper or "IZIN TINGGAL TERBATAS" in upper or "STAY PERMIT" in upper:
        return "KITAS", "OCR: IZIN TINGGAL TERBATAS"
    if re.search(r"KARTU\s+PERS|PRESS\s+CARD|KARTU\s+(?:IDENTITAS\s+)?WARTAWAN", upper):
        return "kartu pers", "OCR: KARTU PERS"
    markers = [m for m in _CARD_MARKERS if m in upper]
    has_nik = bool(re.search(r"\bNIK\b", upper))
    if (has_nik and (nik_candidates(text) or len(markers) >= 1)) or len(markers) >= 3:
        return "KTP", "OCR: " + ", ".join((["NIK"] if has_nik else []) + markers[:3])
    return "", ""


def find_id_document(
    texts: Sequence[DocText],
    attachments: Sequence[tuple[str, str]],
    letter_nik: str,
    letter_text: str,
) -> IdDocument | None:
    """The attachment that is an ID, by what OCR read on it (each page of a scan on its own).

    Only when OCR could not run on a file is its name, or the letter's "KTP terlampir", taken
    as a guess, flagged unverified for the officers. A photo OCR read and found no card on (a
    portrait, a factory) is no ID, whatever its name or the letter says.
    """
    read = [t for t in texts if t.method == "ocr" and not _ocr_missing(t)]
    broken = {t.filename for t in texts if t.problem and not _ocr_missing(t) and not t.text.strip()}
    checked = {t.filename for t in read}
    candidates = [
        (name, ctype)
        for name, ctype in attachments
        if ctype.startswith(_IMAGE_OR_PDF) and name not in broken
    ]
    names = {name for name, _ in candidates}
    found = [
        (doc, *id_kind(doc.text)) for doc in read if doc.filename in names and doc.text.strip()
    ]
    found = [(doc, kind, evidence) for doc, kind, evidence in found if kind]
    if found:
        doc, kind, evidence = min(found, key=lambda f: _PREFERRED.index(f[1]))
        return _with_nik(
            IdDocument(doc.filename, kind, evidence, verified=True), doc.text, letter_nik
        )
    blank_pages = [
        doc.filename
        for doc in read
        if doc.filename in names
        and doc.filename.lower().endswith(".pdf")
        and len(doc.text.split()) < BLANK_PAGE_WORDS
    ]
    if blank_pages and _ID_MENTION.search(letter_text):
        # A page of a scan that OCR read almost nothing on, in a mail whose letter says the ID is
        # there: a guess for the officers to check, not a finding that the ID is missing.
        return IdDocument(
            blank_pages[0], "lainnya", "halaman pindaian tanpa teks terbaca; disebut dalam surat"
        )
    unread = [(n, c) for n, c in candidates if n not in checked]
    for name, ctype in unread:
        if _ID_NAME.search(name) and (ctype.startswith("image/") or "ktp" in name.lower()):
            return IdDocument(name, _kind_from_name(name), "nama berkas (belum dibaca OCR)")
    unread_images = [(n, c) for n, c in unread if c.startswith("image/")]
    if unread_images and _ID_MENTION.search(letter_text):
        return IdDocument(unread_images[0][0], "lainnya", "disebut dalam surat (belum dibaca OCR)")
    return None


# When a mail carries several IDs, the one the service standard names first is the ID.
_PREFERRED = ("KTP", "paspor", "SIM", "KITAS", "KTM", "kartu pers")


def _ocr_missing(doc: DocText) -> bool:
    """OCR could not look at this file (not installed, or an image too small to hold text):
    nothing was learnt about it, so its name and the letter are taken as an unverified guess."""
    return doc.method == "ocr" and (
        "tidak tersedia" in doc.problem or "terlalu kecil" in doc.problem
    )


def _kind_from_name(name: str) -> str:
    if re.search(r"pas", name, re.I):
        return "paspor"
    if re.search(r"\bsim\b", name, re.I):
        return "SIM"
    if re.search(r"ktm", name, re.I):
        return "KTM"
    return "KTP"


def _with_nik(document: IdDocument, text: str, letter_nik: str) -> IdDocument:
    candidates = nik_candidates(text)
    nik = next(
        (n for n in candidates if check_nik(n).plausible), candidates[0] if candidates else ""
    )
    if letter_nik and letter_nik in candidates:
        nik = letter_nik
    if not nik:
        return document
    return IdDocument(
        document.filename,
        document.kind,
        document.evidence,
        nik,
        check_nik(nik),
        (nik == letter_nik) if letter_nik else None,
        True,
    )


# --- everything together -----------------------------------------------------------------------


def extract_request(
    texts: Sequence[DocText],
    attachments: Sequence[tuple[str, str]],
    sender_name: str,
    sender_email: str,
) -> Extraction:
    """Fields from the letter texts (first source that has a field wins), the ID, and notes."""
    fields: dict[str, FieldValue] = {}
    letters = [
        DocText(t.source, clean_text(t.text), t.filename, t.method, t.problem)
        for t in texts
        if (t.text.strip() and t.method != "ocr") or _is_letter_scan(t)
    ]
    forms = [form_fields(doc.text) for doc in letters]
    for doc, form in zip(letters, forms, strict=True):
        for name, value in form.items():
            if name == "name":
                if not looks_like_person(value):
                    continue
                value = clean_name(value)
            fields.setdefault(name, FieldValue(value, doc.source))
    for doc in letters:
        for name, value in letter_fields(doc.text).items():
            fields.setdefault(name, FieldValue(value, doc.source))
    if "email" not in fields and sender_email:
        fields["email"] = FieldValue(sender_email, "pengirim surel")
    elif "email" in fields:
        match = _EMAIL.search(fields["email"].value)
        fields["email"] = FieldValue(
            match.group(0).lower() if match else sender_email, fields["email"].source
        )
    if "name" not in fields and sender_name and looks_like_person(sender_name):
        fields["name"] = FieldValue(clean_name(sender_name), "pengirim surel")
    if "name" in fields:
        fields["name"] = _fuller_name(fields["name"], letters, forms, sender_name)
    if "nik" in fields:
        fields["nik"] = FieldValue(
            find_nik(fields["nik"].value) or fields["nik"].value, fields["nik"].source
        )
    all_letter_text = "\n".join(t.text for t in letters)
    document = find_id_document(
        texts, attachments, fields["nik"].value if "nik" in fields else "", all_letter_text
    )
    notes: list[str] = []
    card_name = _card_name(texts, document)
    if card_name and ("name" not in fields or _same_person(fields["name"].value, card_name.value)):
        fields["name"] = card_name
    if document is not None:
        fields.setdefault("id_kind", FieldValue(document.kind, document.filename))
        if document.nik and "nik" not in fields:
            fields["nik"] = FieldValue(document.nik, f"{document.filename} (OCR)")
        if document.nik_check is not None and not document.nik_check.plausible:
            notes.append(
                f"NIK pada {document.filename} tidak wajar: {'; '.join(document.nik_check.problems)}"
            )
        if document.matches_letter is False:
            notes.append(f"NIK dalam surat berbeda dengan NIK pada {document.filename}")
        if not document.verified:
            notes.append(
                f"identitas {document.filename} belum terverifikasi ({document.evidence}); "
                "periksa berkasnya"
            )
    if "nik" in fields and document is None:
        check = check_nik(fields["nik"].value)
        if not check.plausible and len(re.sub(r"\D", "", fields["nik"].value)) == 16:
            notes.append(f"NIK dalam surat tidak wajar: {'; '.join(check.problems)}")
    unreadable = tuple(dict.fromkeys(f"{t.filename}: {t.problem}" for t in texts if t.problem))
    cues = frozenset(
        cue
        for cue, pattern in (("information", _INFO_CUE), ("purpose", _PURPOSE_CUE))
        if any(pattern.search(p) for doc in letters for p in _paragraphs(doc.text))
    )
    images = [n for n, c in attachments if c.startswith(_IMAGE_OR_PDF)]
    images_checked = bool(images) and all(
        any(t.filename == n and t.method == "ocr" and not _ocr_missing(t) for t in texts)
        or any(t.filename == n and t.method in ("pdf", "docx") and t.text.strip() for t in texts)
        for n in images
    )
    return Extraction(fields, document, unreadable, tuple(notes), cues, images_checked)


_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _card_name(texts: Sequence[DocText], document: IdDocument | None) -> FieldValue | None:
    """The holder's name as the ID card prints it ("Nama : GREGORIUS LAMAWURAN")."""
    if document is None or not document.verified:
        return None
    for doc in texts:
        if doc.filename == document.filename and doc.method == "ocr" and id_kind(doc.text)[0]:
            name = form_fields(doc.text).get("name", "")
            name = re.sub(r"^[^A-Za-z]+|[^A-Za-z.'’]+$", "", name)
            if looks_like_person(name.title()) and all(len(w) >= 2 for w in name.split()):
                return FieldValue(clean_name(name.title()), f"{doc.filename} (OCR)")
    return None


def _same_person(letter_name: str, card_name: str) -> bool:
    """The card's name completes or corrects the letter's ('egorius Lamawuran' read by OCR,
    'Eko W' in a signature)."""
    short, full = letter_name.lower().split(), card_name.lower().split()
    if _extends(short, full):
        return True
    return (
        len(short) == len(full)
        and short[1:] == full[1:]
        and len(short[0]) >= 3
        and full[0].endswith(short[0])
    )


def _extends(short: list[str], full: list[str]) -> bool:
    """'eko w' and 'ayu' are short for 'eko wibisono' and 'ayu lestari ningsih'."""
    if len(full) < len(short) or not short:
        return False
    if full[: len(short)] == short:
        return True
    last = short[-1].rstrip(".")
    return (
        len(last) == 1 and full[: len(short) - 1] == short[:-1] and full[len(short) - 1][:1] == last
    )


def _fuller_name(
    chosen: FieldValue,
    letters: Sequence[DocText],
    forms: Sequence[Mapping[str, str]],
    sender_name: str,
) -> FieldValue:
    """A signature often shortens the name ("Eko", "Wulan"): when the letter's own introduction,
    its form or the sender's display name gives the same name in full, take that."""
    short = chosen.value.lower().split()
    others: list[FieldValue] = []
    for doc, form in zip(letters, forms, strict=True):
        paragraphs = _paragraphs(doc.text)
        for candidate in (_self_introduction(paragraphs), form.get("name", "")):
            if candidate and looks_like_person(candidate):
                others.append(FieldValue(clean_name(candidate), doc.source))
        for line in doc.text.split("\n")[:400]:
            for cell in line[:MAX_LINE].split("|")[1:]:  # a table of names ("Nama Mahasiswa")
                if looks_like_person(cell.strip()) and len(cell.split()) >= 2:
                    others.append(FieldValue(clean_name(cell), doc.source))
    if sender_name and looks_like_person(sender_name):
        others.append(FieldValue(clean_name(sender_name), "pengirim surel"))
    longer = [
        o
        for o in others
        if _extends(short, o.value.lower().split()) and len(o.value) > len(chosen.value)
    ]
    return max(longer, key=lambda o: len(o.value)) if longer else chosen


def _is_letter_scan(doc: DocText) -> bool:
    """OCR text of a photographed letter or a letter page of a scan (not of an ID) is letter
    text."""
    return doc.method == "ocr" and bool(doc.text.strip()) and not id_kind(doc.text)[0]
