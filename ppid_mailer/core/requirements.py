"""The service standard's requirements: every rule runs, and one letter lists everything missing.

Missing codes are a contract (stored, printed and listed in the README): letter, information,
purpose, id_document. Each comes with an Indonesian explanation and what to send, so the
citizen can complete the request in one reply.

Only clear cases are told to the citizen as missing: no written request, no file that can be an
ID, nothing that names any information or purpose, or information too vague to look for. When
the letter has substance but the rules cannot place the information or the purpose (or OCR could
not look at an image), that is a doubt: the request is registered with its clock running, and
the officers' notification says what to check (they ask with KLARIFIKASI or overrule).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .extract import Extraction


@dataclass(frozen=True)
class Missing:
    code: str
    title: str
    explanation: str
    what_to_send: str


@dataclass(frozen=True)
class Facts:
    extraction: Extraction
    letter_words: int  # words of written request: the mail body's new text plus attached letters
    has_images: bool = False  # the mail carries images or PDFs that could be an ID


# Matched against a stripped value: the blank after "semua" belongs to it, so that no run of
# blank space is read from each of its positions when the pattern searches.
_VAGUE = re.compile(
    r"(?:(?:semua|seluruh|segala)\s*)?(?:data|informasi|dokumen|info)(?:\s+(?:lengkap|terkait|tersebut|nya))?",
    re.I,
)
# "semua data yang ada di dinas", "data-data yang diperlukan": nothing an officer can look for.
_VAGUE_START = re.compile(
    r"^(?:(?:berkenan\s+)?(?:memberikan|memberi|mengirimkan)\s+)?(?:(?:semua|seluruh|segala)(?:\s+\w+)?\s+"
    r"(?:data|informasi|dokumen|info|arsip|berkas)|(?:data|dokumen|informasi)-(?:data|dokumen|informasi))\b",
    re.I,
)
SUBSTANCE_WORDS = 20  # a letter this long says something: what the rules miss is a doubt


def _letter(facts: Facts) -> Missing | None:
    if facts.letter_words >= 8:
        return None
    return Missing(
        "letter",
        "Surat permohonan",
        "Kami tidak menemukan surat permohonan tertulis dalam surel atau lampirannya.",
        "Tulis permohonan Saudara di badan surel, atau lampirkan surat/formulir permohonan "
        "(PDF, DOCX, atau foto yang jelas).",
    )


def _information(facts: Facts) -> Missing | None:
    value = facts.extraction.value("information")
    if not value and _doubtful(facts, "information"):
        return None
    if not value:
        return Missing(
            "information",
            "Rincian informasi yang dibutuhkan",
            "Surat belum menyebutkan informasi apa yang Saudara minta.",
            "Sebutkan informasi yang dibutuhkan dengan jelas: jenis data atau dokumen, "
            "periode/tahun, dan wilayah bila ada.",
        )
    if len(value.split()) < 3 or _VAGUE.fullmatch(value.strip()) or _VAGUE_START.match(value):
        return Missing(
            "information",
            "Rincian informasi yang dibutuhkan",
            f'Rincian informasi "{value}" belum cukup jelas untuk dicari.',
            "Sebutkan jenis data atau dokumen, periode/tahun, dan wilayah yang dimaksud.",
        )
    return None


def _purpose(facts: Facts) -> Missing | None:
    if len(facts.extraction.value("purpose").split()) >= 1 or _doubtful(facts, "purpose"):
        return None
    return Missing(
        "purpose",
        "Tujuan penggunaan informasi",
        "Surat belum menyebutkan untuk apa informasi tersebut akan digunakan.",
        "Sebutkan tujuan penggunaan informasi (misalnya penelitian, pemberitaan, "
        "pemantauan anggaran).",
    )


def _id_document(facts: Facts) -> Missing | None:
    if facts.extraction.id_document is not None or _id_doubtful(facts):
        return None
    return Missing(
        "id_document",
        "Salinan identitas",
        "Kami tidak menemukan salinan KTP, paspor, atau identitas lain pada lampiran.",
        "Lampirkan foto atau pindaian KTP (atau paspor/SIM/identitas lain) yang terbaca jelas.",
    )


def _doubtful(facts: Facts, cue: str) -> bool:
    """The letter has substance and visibly tries to say it: a person decides, not the rules."""
    return facts.letter_words >= SUBSTANCE_WORDS and cue in facts.extraction.cues


def _id_doubtful(facts: Facts) -> bool:
    """Images that OCR could not look at: an officer looks at them instead."""
    return facts.has_images and not facts.extraction.images_checked


def doubts(facts: Facts) -> list[str]:
    """What the officers must check because the rules could not place it (Indonesian)."""
    found: list[str] = []
    extraction = facts.extraction
    if not extraction.value("information") and _doubtful(facts, "information"):
        found.append(
            "rincian informasi tidak dapat dipastikan oleh sistem: baca surat dan, bila perlu, "
            "minta penjelasan dengan KLARIFIKASI"
        )
    if not extraction.value("purpose") and _doubtful(facts, "purpose"):
        found.append(
            "tujuan penggunaan informasi tidak dapat dipastikan oleh sistem: baca surat dan, bila "
            "perlu, minta penjelasan dengan KLARIFIKASI"
        )
    if extraction.id_document is None and _id_doubtful(facts):
        found.append("lampiran gambar belum dapat dibaca OCR: periksa apakah ada salinan identitas")
    return found


RULES: tuple[Callable[[Facts], Missing | None], ...] = (
    _letter,
    _information,
    _purpose,
    _id_document,
)


def check(facts: Facts) -> list[Missing]:
    """All rules, in the order the letter lists them."""
    return [missing for rule in RULES if (missing := rule(facts)) is not None]
