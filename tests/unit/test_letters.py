"""Every letter in every branch (tests/letter_catalog.py), rendered with the shipped templates:
nothing a reader must never see, and the golden files match.

A letter never shows an English status code, an ISO date, an exception's name, a machine code,
None, a label with nothing after it, a doubled full stop, or a numbered list that skips or
repeats. A failure names the letter, the rule and the line.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ppid_mailer.adapters.render import shipped_templates_dir
from tests.letter_catalog import Entry, as_text, catalog, golden_path, render

ENTRIES = catalog()

RULES: list[tuple[str, re.Pattern[str], str]] = [
    # (what, pattern, audiences it applies to)
    (
        "English status code",
        re.compile(
            r"\b(?:granted|rejected|not_held|partially_granted|in_process|registered|incomplete"
            r"|withdrawn|lapsed|clarification|declared_complete|transferred|open)\b"
        ),
        "citizen officer unit",
    ),
    ("ISO date", re.compile(r"\b\d{4}-\d{2}-\d{2}\b"), "citizen officer unit"),
    ("exception name", re.compile(r"\b\w*(?:Error|Exception|Traceback)\b"), "citizen officer unit"),
    ("machine code", re.compile(r"\b[a-z]+_[a-z_]+\b(?!@)"), "citizen officer unit"),
    ("ground code", re.compile(r"\bpasal17[a-j]\b|belum-didokumentasikan"), "citizen unit"),
    ("None/True/False", re.compile(r"\b(?:None|True|False)\b"), "citizen officer unit"),
    ("doubled full stop", re.compile(r"(?<!\.)\.\s*\.(?!\.)|,\s*\.|\.,"), "citizen officer unit"),
    ("template leftover", re.compile(r"\{\{|\}\}|\{%|%\}"), "citizen officer unit"),
    ("empty brackets", re.compile(r"\(\s*\)|\[\s*\]|<\s*>"), "citizen officer unit"),
    ("English word", re.compile(r"\b(?:to|from|the|and|of|sent|request)\b"), "citizen unit"),
    ("'Anda' in a notice (the letters say 'Saudara')", re.compile(r"\bAnda\b"), "citizen unit"),
    ("'nomor registrasi' (the law says 'nomor pendaftaran')", re.compile(r"registrasi"), "citizen"),
]


def problems(entry: Entry, text: str) -> list[str]:
    found = []
    lines = text.split("\n")
    for number, line in enumerate(lines, start=1):
        for what, pattern, audiences in RULES:
            if entry.audience in audiences.split() and pattern.search(line):
                found.append(f"{what}: line {number}: {line!r}")
        # a label with nothing after it: "Nomor   :" and nothing on its line, or a short
        # heading ("Alasan:") followed by a blank line (a sentence may end in ':' before a list)
        if re.fullmatch(r"\s*[^\s:-][^:]*\S\s+:\s*", line) or (
            line.rstrip().endswith(":")
            and len(line.split()) <= 3
            and (number == len(lines) or not lines[number].strip())
        ):
            found.append(f"empty label: line {number}: {line!r}")
    found += numbering(lines)
    return found


def numbering(lines: list[str]) -> list[str]:
    """Numbered items run 1, 2, 3 ...; between two items only indented or blank lines."""
    found = []
    expected = None  # the next number of the list being read, None outside a list
    indent = 0
    for number, line in enumerate(lines, start=1):
        item = re.match(r"^(\s*)(\d+)\. \S", line)
        if item:
            value = int(item.group(2))
            if value == 1:
                expected, indent = 2, len(item.group(1))
            elif value != expected or len(item.group(1)) != indent:
                found.append(f"broken numbering: line {number}: {line!r}")
                expected = None
            else:
                expected = value + 1
        elif line.strip() and expected is not None and len(line) - len(line.lstrip()) <= indent:
            expected = None  # the list ended: a later item that is not 1. is out of place
    return found


@pytest.mark.parametrize("entry", ENTRIES, ids=[e.name for e in ENTRIES])
def test_letter_reads_clean(entry: Entry) -> None:
    message = render(entry)
    subject = str(message["Subject"])
    assert subject == subject.strip() and subject, f"subject {subject!r}"
    text = as_text(message)
    assert problems(entry, text) == [], text


def test_every_template_is_in_the_catalog() -> None:
    root = shipped_templates_dir()
    templates = {
        p.relative_to(root).as_posix().removesuffix(".txt.j2")
        for p in root.rglob("*.txt.j2")
        if not p.name.startswith("_")
    }
    assert templates - {e.spec.template for e in ENTRIES} == set()


def test_the_checks_catch_what_they_are_for() -> None:
    """The rules above fail on the faults of the letters of before (issue #16)."""
    entry = ENTRIES[0]
    bad = [
        "1. Surat permohonan\n2. Tujuan\n\nLampiran yang tidak dapat kami baca:\n3. Layanan",
        "1. a\n2. b\n2. c",
        "  - granted ke rina@warga.example",
        "Batas waktu: 2026-12-14",
        "surat.pdf: tidak dapat dibaca (PdfStreamError)",
        "id_document: Salinan identitas",
        "Alasan:\n\nHormat kami",
        "Nomor registrasi : ",
        "Keterangan: data terlampir..",
        "Batas waktu      : None",
        "Permohonan Anda nomor registrasi 0002/PPID/2026",
    ]
    for text in bad:
        assert problems(entry, text), text


@pytest.mark.parametrize(
    "entry", [e for e in ENTRIES if e.golden], ids=[e.name for e in ENTRIES if e.golden]
)
def test_golden(entry: Entry) -> None:
    path = golden_path(entry)
    assert path.exists(), f"{path} missing: python -m tests.letter_catalog --write-golden"
    assert as_text(render(entry)) == path.read_text(encoding="utf-8"), (
        f"{path.name} differs: review, then python -m tests.letter_catalog --write-golden"
    )


def test_no_stale_golden_files() -> None:
    kept = {golden_path(e) for e in ENTRIES if e.golden}
    stale = sorted(p.name for p in Path(golden_path(ENTRIES[0]).parent).glob("*.txt"))
    assert [n for n in stale if golden_path_named(n) not in kept] == []


def golden_path_named(name: str) -> Path:
    return golden_path(ENTRIES[0]).parent / name


def test_officers_read_every_letter_by_its_name() -> None:
    """Alerts about a bounced or failed letter name it in words, never by its purpose code."""
    from ppid_mailer.core.letters.officer import LETTER_NAMES

    assert {e.spec.purpose for e in ENTRIES} - set(LETTER_NAMES) == set()


# Templates as offices may have copied them before issue #16 (the shipped versions of then):
# an override keeps rendering after an upgrade; only its wording stays the office's own.
OLD_OVERRIDES = {
    "rejected": 'Subject: Pemberitahuan tertulis: permohonan {{ number }} ditolak\n\nYth. {{ requester_name or "Bapak/Ibu Pemohon" }},\n\nPEMBERITAHUAN TERTULIS\n(UU No. 14 Tahun 2008 Pasal 22 ayat (7))\n\nNomor registrasi : {{ number }}\nDiterima pada    : {{ received }}\nPerihal          : {{ original_subject or "(tanpa perihal)" }}\n\nDengan menyesal kami memberitahukan bahwa permohonan Anda DITOLAK.\n\nDasar penolakan:\nUU No. 14 Tahun 2008 {{ ground_text }}.\n\nAlasan:\n{{ note }}\n\n{% include "citizen/_objection_right.txt.j2" %}\n\n{% include "citizen/_signature.txt.j2" %}\n',
    "receipt": 'Subject: Tanda terima permohonan informasi nomor {{ number }}{% if missing %} (belum lengkap){% endif %}\n\nYth. {{ requester_name or "Bapak/Ibu Pemohon" }},\n\nPermohonan informasi publik Anda telah kami terima dan dicatat dalam register\npermohonan {{ office.name }} dengan keterangan sebagai berikut:\n\n  Nomor registrasi : {{ number }}\n  Diterima pada    : {{ received }}\n  Perihal          : {{ original_subject or "(tanpa perihal)" }}\n{% if missing %}\n\nPERMOHONAN ANDA BELUM LENGKAP\nSesuai standar layanan, permohonan memerlukan surat permohonan tertulis yang\nmenyebutkan informasi yang dibutuhkan dan tujuan penggunaannya, serta salinan\nKTP / paspor / identitas lain. Yang masih kami perlukan:\n\n{% include "citizen/_missing.txt.j2" %}\n\nCara melengkapi: balas surel ini dan lampirkan atau tuliskan bagian yang\nkurang. Formulir permohonan terlampir bila Anda ingin memakainya. Jangka waktu\n{{ response_days }} hari kerja mulai dihitung sejak permohonan lengkap.\n{% include "citizen/_unreadable.txt.j2" %}\n{% else %}\n\nApa yang terjadi selanjutnya\n1. PPID menganalisis permohonan Anda dan meneruskannya kepada unit kerja yang\n   menguasai informasi tersebut bila diperlukan.\n2. Paling lambat {{ response_days }} hari kerja, yaitu pada {{ due_date }},\n   Anda menerima pemberitahuan tertulis tentang permohonan ini. Jangka waktu\n   tersebut dapat diperpanjang satu kali paling lama {{ extension_days }} hari kerja\n   (paling lambat {{ final_due_date }}) dengan pemberitahuan dan alasannya.\n   Standar layanan: paling lama {{ total_days }} hari kerja.\n   Cara penghitungan: {{ counting_rule }}.\n{% include "citizen/_unreadable.txt.j2" %}\n{% endif %}\n3. Layanan informasi ini tidak dipungut biaya.\n\nSimpan nomor registrasi di atas dan sebutkan nomor tersebut dalam setiap\nsurat atau surel tentang permohonan ini. Untuk menanyakan status, balas dengan\nkata STATUS; untuk membatalkan, balas dengan kata BATAL.\n{% if office.complaints_to %}\nPengaduan tentang pelayanan dapat disampaikan kepada sekretariat melalui\n{{ office.complaints_to }}.\n{% endif %}\nBila Anda menggunakan informasi yang diberikan, wajib mencantumkan sumber\ninformasi tersebut.\n\n{% include "citizen/_signature.txt.j2" %}\nPermohonan diterima sesuai UU No. 14 Tahun 2008 tentang Keterbukaan Informasi\nPublik dan Perki No. 1 Tahun 2021 tentang Standar Layanan Informasi Publik.\n',
    "granted": 'Subject: Pemberitahuan tertulis: permohonan {{ number }} dikabulkan\n\nYth. {{ requester_name or "Bapak/Ibu Pemohon" }},\n\nPEMBERITAHUAN TERTULIS\n(UU No. 14 Tahun 2008 Pasal 22 ayat (7))\n\nNomor registrasi : {{ number }}\nDiterima pada    : {{ received }}\nPerihal          : {{ original_subject or "(tanpa perihal)" }}\n\nInformasi yang Anda minta dikuasai oleh {{ office.name }} dan permohonan Anda\nDIKABULKAN.\n{% if note %}\n\nKeterangan dari PPID:\n{{ note }}\n{% endif %}\n\n{% if attachment_names %}\nInformasi diberikan dalam bentuk salinan elektronik (softcopy) yang terlampir\npada surel ini:\n{% for name in attachment_names %}\n  - {{ name }}\n{% endfor %}\n{% else %}\nInformasi diberikan sebagaimana dijelaskan dalam keterangan di atas.\n{% endif %}\n\nLayanan ini tidak dipungut biaya.\n\nKewajiban mencantumkan sumber: bila Anda menggunakan informasi ini, Anda wajib\nmencantumkan {{ office.name }} sebagai sumber informasi.\n\n{% include "citizen/_signature.txt.j2" %}\n',
}


@pytest.mark.parametrize("name", sorted(OLD_OVERRIDES))
def test_an_office_override_of_before_keeps_working(name: str, tmp_path: Path) -> None:
    import dataclasses

    from ppid_mailer.adapters.render import Renderer
    from tests.letter_catalog import NOW

    (tmp_path / "citizen").mkdir()
    (tmp_path / "citizen" / f"{name}.txt.j2").write_text(OLD_OVERRIDES[name], encoding="utf-8")
    entry = next(e for e in ENTRIES if e.spec.template == f"citizen/{name}")
    office = dataclasses.replace(entry.settings.office, templates_dir=tmp_path)
    settings = dataclasses.replace(entry.settings, office=office)
    raw = Renderer(settings).render(entry.spec, "<x@y>", NOW)
    assert b"0002/PPID/2026" in raw
