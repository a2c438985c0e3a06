"""The service standard's requirements: every rule runs, and one letter lists everything missing.

Missing codes are a contract (DESIGN.md §4): letter, information, purpose, id_document. Each
comes with an Indonesian explanation and what to send, so the citizen can complete the request
in one reply.
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


# Matched against a stripped value: the blank after "semua" belongs to it, so that no run of
# blank space is read from each of its positions when the pattern searches.
_VAGUE = re.compile(
    r"(?:(?:semua|seluruh|segala)\s*)?(?:data|informasi|dokumen|info)(?:\s+(?:lengkap|terkait|tersebut|nya))?",
    re.I,
)


def _letter(facts: Facts) -> Missing | None:
    if facts.letter_words >= 8:
        return None
    return Missing(
        "letter",
        "Surat permohonan",
        "Kami tidak menemukan surat permohonan tertulis dalam surel atau lampirannya.",
        "Tulis permohonan Anda di badan surel, atau lampirkan surat/formulir permohonan "
        "(PDF, DOCX, atau foto yang jelas).",
    )


def _information(facts: Facts) -> Missing | None:
    value = facts.extraction.value("information")
    if not value:
        return Missing(
            "information",
            "Rincian informasi yang dibutuhkan",
            "Surat belum menyebutkan informasi apa yang Anda minta.",
            "Sebutkan informasi yang dibutuhkan dengan jelas: jenis data atau dokumen, "
            "periode/tahun, dan wilayah bila ada.",
        )
    if len(value.split()) < 3 or _VAGUE.fullmatch(value.strip()):
        return Missing(
            "information",
            "Rincian informasi yang dibutuhkan",
            f'Rincian informasi "{value}" belum cukup jelas untuk dicari.',
            "Sebutkan jenis data atau dokumen, periode/tahun, dan wilayah yang dimaksud.",
        )
    return None


def _purpose(facts: Facts) -> Missing | None:
    if len(facts.extraction.value("purpose").split()) >= 1:
        return None
    return Missing(
        "purpose",
        "Tujuan penggunaan informasi",
        "Surat belum menyebutkan untuk apa informasi tersebut akan digunakan.",
        "Sebutkan tujuan penggunaan informasi (misalnya penelitian, pemberitaan, "
        "pemantauan anggaran).",
    )


def _id_document(facts: Facts) -> Missing | None:
    if facts.extraction.id_document is not None:
        return None
    return Missing(
        "id_document",
        "Salinan identitas",
        "Kami tidak menemukan salinan KTP, paspor, atau identitas lain pada lampiran.",
        "Lampirkan foto atau pindaian KTP (atau paspor/SIM/identitas lain) yang terbaca jelas.",
    )


RULES: tuple[Callable[[Facts], Missing | None], ...] = (
    _letter,
    _information,
    _purpose,
    _id_document,
)


def check(facts: Facts) -> list[Missing]:
    """All rules, in the order the letter lists them."""
    return [missing for rule in RULES if (missing := rule(facts)) is not None]
