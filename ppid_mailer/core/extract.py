"""Letter texts -> request fields, each with its source; find the ID document and read its NIK.

Pure: the texts come in already extracted (mail body, PDF text layer, DOCX, OCR), each labelled
with where it came from, so that an officer can check every field against its source. Two
shapes of letter are read: the Perki 1/2021 request form ("Rincian informasi yang dibutuhkan :
...") with its label variants, and free letters ("Dengan hormat, ... kami mohon data ... untuk
keperluan ...").
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from .nik import NikCheck, check_nik, find_nik

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
    kind: str  # KTP | SIM | paspor | lainnya
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

    def value(self, name: str) -> str:
        found = self.fields.get(name)
        return found.value if found else ""


# --- labels of the request form --------------------------------------------------------------

_LABELS: tuple[tuple[str, str], ...] = (
    (
        "information",
        r"rincian\s+informasi(?:\s+yang\s+(?:di)?(?:butuhkan|minta|mohonkan|mohon|perlukan|diperlukan))?"
        r"|informasi\s+yang\s+(?:di)?(?:butuhkan|minta|mohon|mohonkan|perlukan)|informasi\s+yang\s+diminta"
        r"|information\s+requested|requested\s+information",
    ),
    (
        "purpose",
        r"tujuan(?:\s+penggunaan(?:\s+informasi)?)?|purpose(?:\s+of\s+(?:use|the\s+request))?",
    ),
    ("how_obtain", r"cara\s+(?:memperoleh|mendapatkan)\s+informasi"),
    (
        "how_receive",
        r"cara\s+(?:mendapatkan|menerima|memperoleh|pengiriman)\s+salinan(?:\s+informasi)?",
    ),
    (
        "nik",
        r"nik|no(?:mor|\.)?\s*(?:ktp|nik|identitas|induk\s+kependudukan)|nomor\s+induk\s+kependudukan"
        r"|no(?:mor|\.)?\s*paspor|passport\s+(?:no|number)\.?",
    ),
    ("name", r"nama(?:\s+lengkap|\s+pemohon)?|name|full\s+name"),
    ("address", r"alamat(?:\s+lengkap|\s+rumah|\s+tinggal)?|address"),
    ("occupation", r"pekerjaan|profesi|occupation"),
    (
        "phone",
        r"(?:no(?:mor|\.)?\s*)?(?:telp\.?|telepon|tlp\.?|hp|handphone|ponsel|wa|whatsapp)"
        r"(?:\s*/\s*(?:hp|wa|ponsel))?|phone",
    ),
    ("email", r"e-?mail|alamat\s+surel|surel"),
)
# Blank space around the label is [^\S\n] (white space but the line feed), never \s: form_fields
# matches one line at a time, where the two are the same, but a \s after ^ would run on over
# every following empty line, once from each of them, and a run of line feeds would cost its
# length squared. The blank before the value is read once (*+), not shared with (?P<value>.*).
_LABEL_LINE = re.compile(
    r"^[^\S\n]*(?:\d+[.)][^\S\n]*|[a-z][.)][^\S\n]*|[-*•][^\S\n]*)?(?P<label>"
    + "|".join(f"(?:{p})" for _, p in _LABELS)
    + r")[^\S\n]*[:：=][^\S\n]*+(?P<value>.*)$",
    re.I | re.M,
)
_LABEL_NAMES = tuple((name, re.compile(pattern, re.I)) for name, pattern in _LABELS)
_PLACEHOLDER = re.compile(r"[.\-_…\s]*|\(?(?:isi|diisi|kosong|-)\)?", re.I)
_MULTILINE = {"information", "purpose", "address"}


def form_fields(text: str) -> dict[str, str]:
    """`Label : value` lines (values of some labels continue on the following lines)."""
    found: dict[str, str] = {}
    lines = text.replace("\r\n", "\n").split("\n")
    i = 0
    while i < len(lines):
        match = _LABEL_LINE.match(lines[i])
        i += 1
        if not match:
            continue
        name = _label_name(match.group("label"))
        parts = [match.group("value").strip()]
        if name in _MULTILINE:
            while i < len(lines) and lines[i].strip() and not _LABEL_LINE.match(lines[i]):
                parts.append(lines[i].strip())
                i += 1
        value = _tidy(" ".join(p for p in parts if p))
        if name and value and name not in found and not _placeholder(value):
            found[name] = value
    return found


def _label_name(label: str) -> str:
    for name, pattern in _LABEL_NAMES:
        if pattern.fullmatch(label.strip()):
            return name
    return ""


def _placeholder(value: str) -> bool:
    return bool(_PLACEHOLDER.fullmatch(value))


def _tidy(value: str) -> str:
    return " ".join(value.split()).strip(" .;,")[:2000]


# --- free letters ----------------------------------------------------------------------------------

# _ASK, _PURPOSE, _PURPOSE_BARE, _LISTED and _ENDS_WITH_LIST read `flat`: the letter on one line
# with one space between words. There a single \s (or \s?) is the whole gap and no paragraph
# break is left to stop at, so the patterns say just that. A lazy .*? tries its lookahead at every
# position it passes: with \s+ or \s*$ in it, each try would read to the end of a run of blank
# space, and a long run (in text that is not flat) would cost its length squared.
_ASK = re.compile(
    r"(?:(?:kami|saya)\s)?(?:mohon(?:\s+(?:diberikan|dikirimkan|disampaikan|kiranya))?|memohon(?:\s+(?:untuk\s+)?"
    r"(?:diberikan|mendapatkan|memperoleh))?|meminta|minta|mengajukan\s+permohonan(?:\s+informasi)?(?:\s+(?:berupa|mengenai|tentang))?"
    r"|membutuhkan|memerlukan|request(?:ing)?|would\s+like\s+to\s+(?:request|obtain|receive)|ask\s+for)\s"
    r"(?P<what>(?:(?:salinan|copy\s+of|a\s+copy\s+of|data|dokumen|informasi|information\s+(?:on|about)|rekap(?:itulasi)?|daftar|"
    r"laporan|rincian|besaran|jumlah|jadwal|peraturan|hasil|arsip|anggaran|berita\s+acara|the|annual)\b.*?))"
    r"(?=\s(?:untuk\s+keperluan|untuk\s+kepentingan|untuk\s+bahan|untuk\s+(?:penelitian|penyusunan|tugas)|guna|dengan\s+tujuan|yang\s+akan\s+(?:kami|saya)\s+gunakan"
    r"|sebagai\s+bahan|for\s+the\s+purpose|for\s+(?:my|our|a)\s+|to\s+be\s+used|because)|[.;]\s|\.?$)",
    re.I | re.S,
)
_PURPOSE = re.compile(
    r"\b(?:untuk\s+keperluan|untuk\s+kepentingan|dengan\s+tujuan(?:\s+untuk)?|tujuan(?:nya)?\s+(?:adalah|untuk)|guna\b|"
    r"(?:yang\s+)?akan\s+(?:kami|saya)\s+gunakan\s+(?:untuk|sebagai)|sebagai\s+bahan|untuk\s+bahan|for\s+the\s+purpose\s+of|"
    r"to\s+be\s+used\s+(?:for|in)|for\s+(?:my|our)\s+)\s?(?P<why>.+?)(?=[.;]\s|\.?$)",
    re.I | re.S,
)
_PURPOSE_BARE = re.compile(
    r"\buntuk\s+(?P<why>(?:penelitian|penyusunan|tugas|skripsi|tesis|disertasi|kajian|bahan|"
    r"pemberitaan|liputan|advokasi|pemantauan|keperluan)\b.+?)(?=[.;]\s|\.?$)",
    re.I | re.S,
)
_LISTED = re.compile(
    r"berikut\s?(?::\s?)?(?P<items>\d+[.)]\s?.+?)(?=\s(?:untuk\s+keperluan|untuk\s+kepentingan|guna\b|"
    r"dengan\s+tujuan|sebagai\s+bahan)|$)",
    re.I | re.S,
)
_ENDS_WITH_LIST = re.compile(r"(?:sebagai\s)?berikut\s?(?::\s?)?(?:\d+[.)]?)?$", re.I)
# The gap after the closing phrase is blank space holding at least one line feed. Written as
# "\s*\n+\s*" its three parts could share a run of line feeds in every way, tried one after
# another: 2,000 line feeds after "Hormat saya," took half a minute. Blank space without a line
# feed, one line feed, then any blank space: each gap can be read only one way.
_SIGN_OFF = re.compile(
    r"(?:hormat\s+(?:saya|kami)|salam(?:\s+hormat)?|terima\s+kasih|regards|sincerely|wassalam)"
    r"[,.]?[^\S\n]*\n\s*(?P<name>[A-Z][^\n]{1,60})",
    re.I,
)
_NOT_A_NAME = re.compile(r"\d|@|http")
_PHONE = re.compile(r"(?<!\d)(?:\+62|62|0)8\d{1,3}[- ]?\d{3,4}[- ]?\d{3,5}(?!\d)")
# Only from the start of a run of address characters: the leftmost match starts there anyway,
# and without the look-behind every position of a long run would read to its end again.
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def letter_fields(text: str) -> dict[str, str]:
    """What a free letter says, found by the phrases Indonesian (and English) letters use."""
    flat = " ".join(text.split())
    found: dict[str, str] = {}
    ask = _ASK.search(flat)
    if ask:
        what = ask.group("what")
        if _ENDS_WITH_LIST.search(what):
            listed = _LISTED.search(flat, ask.start("what"))
            what = listed.group("items") if listed else what
        found["information"] = _tidy(what)
    why = _PURPOSE.search(flat) or _PURPOSE_BARE.search(flat)
    if why:
        found["purpose"] = _tidy(why.group("why"))
    sign = _SIGN_OFF.search(text)
    if sign and not _NOT_A_NAME.search(sign.group("name")):
        found["name"] = _tidy(sign.group("name"))
    nik = find_nik(text)
    if nik:
        found["nik"] = nik
    phone = _PHONE.search(text)
    if phone:
        found["phone"] = phone.group(0)
    return found


# --- ID documents ----------------------------------------------------------------------------------

_ID_NAME = re.compile(
    r"ktp|e-?ktp|identitas|kartu|passport|paspor|\bsim\b|id[-_ ]?card|\bid\b|kitas", re.I
)
_ID_MENTION = re.compile(
    r"(?:ktp|kartu\s+tanda\s+penduduk|identitas|paspor|passport|\bsim\b)", re.I
)
_IMAGE_OR_PDF = ("image/", "application/pdf")


def id_kind(text: str) -> tuple[str, str]:
    """(kind, evidence) from an ID's OCR text; ('', '') when it does not look like an ID."""
    upper = text.upper()
    if "PASPOR" in upper or "PASSPORT" in upper:
        return "paspor", "OCR: PASPOR/PASSPORT"
    if "SURAT IZIN MENGEMUDI" in upper or "DRIVING LICENSE" in upper:
        return "SIM", "OCR: SURAT IZIN MENGEMUDI"
    markers = [
        m
        for m in (
            "NIK",
            "PROVINSI",
            "KABUPATEN",
            "KOTA",
            "GOL. DARAH",
            "KEWARGANEGARAAN",
            "TEMPAT/TGL LAHIR",
            "BERLAKU HINGGA",
        )
        if m in upper
    ]
    if len(markers) >= 2 or ("NIK" in markers and find_nik(text)):
        return "KTP", "OCR: " + ", ".join(markers[:4])
    return "", ""


def find_id_document(
    texts: Sequence[DocText],
    attachments: Sequence[tuple[str, str]],
    letter_nik: str,
    letter_text: str,
) -> IdDocument | None:
    """The attachment that is an ID: by what OCR read on it, else by its file name, else (OCR not
    available) an image the letter says is the ID."""
    ocr = {t.filename: t for t in texts if t.method == "ocr" and t.text.strip()}
    broken = {t.filename for t in texts if t.problem and "tidak tersedia" not in t.problem}
    candidates = [
        (name, ctype)
        for name, ctype in attachments
        if ctype.startswith(_IMAGE_OR_PDF) and name not in broken
    ]
    for name, _ in candidates:
        if name in ocr:
            kind, evidence = id_kind(ocr[name].text)
            if kind:
                return _with_nik(
                    IdDocument(name, kind, evidence, verified=True), ocr[name].text, letter_nik
                )
    for name, _ in candidates:
        if _ID_NAME.search(name) and name not in ocr:
            kind = (
                "paspor"
                if re.search(r"pas", name, re.I)
                else "SIM"
                if re.search(r"\bsim\b", name, re.I)
                else "KTP"
            )
            return IdDocument(name, kind, "nama berkas (belum dibaca OCR)")
    unread_images = [(n, c) for n, c in candidates if c.startswith("image/") and n not in ocr]
    if unread_images and _ID_MENTION.search(letter_text):
        return IdDocument(unread_images[0][0], "lainnya", "disebut dalam surat (belum dibaca OCR)")
    return None


def _with_nik(document: IdDocument, text: str, letter_nik: str) -> IdDocument:
    nik = find_nik(text)
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


# --- everything together -------------------------------------------------------------------------------


def extract_request(
    texts: Sequence[DocText],
    attachments: Sequence[tuple[str, str]],
    sender_name: str,
    sender_email: str,
) -> Extraction:
    """Fields from the letter texts (first source that has a field wins), the ID, and notes."""
    fields: dict[str, FieldValue] = {}
    letters = [t for t in texts if t.text.strip() and t.method != "ocr" or _is_letter_scan(t)]
    for doc in letters:
        for name, value in form_fields(doc.text).items():
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
    if "name" not in fields and sender_name:
        fields["name"] = FieldValue(sender_name, "pengirim surel")
    if "nik" in fields:
        fields["nik"] = FieldValue(
            find_nik(fields["nik"].value) or fields["nik"].value, fields["nik"].source
        )
    all_letter_text = "\n".join(t.text for t in letters)
    document = find_id_document(
        texts, attachments, fields["nik"].value if "nik" in fields else "", all_letter_text
    )
    notes: list[str] = []
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
    if "nik" in fields and document is None:
        check = check_nik(fields["nik"].value)
        if not check.plausible and len(re.sub(r"\D", "", fields["nik"].value)) == 16:
            notes.append(f"NIK dalam surat tidak wajar: {'; '.join(check.problems)}")
    unreadable = tuple(f"{t.filename}: {t.problem}" for t in texts if t.problem)
    return Extraction(fields, document, unreadable, tuple(notes))


def _is_letter_scan(doc: DocText) -> bool:
    """OCR text of a photographed letter (not of an ID) counts as letter text."""
    return doc.method == "ocr" and bool(doc.text.strip()) and not id_kind(doc.text)[0]
