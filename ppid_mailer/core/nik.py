"""Is a NIK (Nomor Induk Kependudukan) plausible? 16 digits: region (6), birth date DDMMYY with
40 added to the day for women (6), serial (4). A plausible NIK is not a verified one: only the
Dukcapil database can say that; this catches typos and made-up numbers for the officer."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

PROVINCES = {
    "11": "Aceh",
    "12": "Sumatera Utara",
    "13": "Sumatera Barat",
    "14": "Riau",
    "15": "Jambi",
    "16": "Sumatera Selatan",
    "17": "Bengkulu",
    "18": "Lampung",
    "19": "Kepulauan Bangka Belitung",
    "21": "Kepulauan Riau",
    "31": "DKI Jakarta",
    "32": "Jawa Barat",
    "33": "Jawa Tengah",
    "34": "DI Yogyakarta",
    "35": "Jawa Timur",
    "36": "Banten",
    "51": "Bali",
    "52": "Nusa Tenggara Barat",
    "53": "Nusa Tenggara Timur",
    "61": "Kalimantan Barat",
    "62": "Kalimantan Tengah",
    "63": "Kalimantan Selatan",
    "64": "Kalimantan Timur",
    "65": "Kalimantan Utara",
    "71": "Sulawesi Utara",
    "72": "Sulawesi Tengah",
    "73": "Sulawesi Selatan",
    "74": "Sulawesi Tenggara",
    "75": "Gorontalo",
    "76": "Sulawesi Barat",
    "81": "Maluku",
    "82": "Maluku Utara",
    "91": "Papua",
    "92": "Papua Barat",
    "93": "Papua Selatan",
    "94": "Papua Tengah",
    "95": "Papua Pegunungan",
    "96": "Papua Barat Daya",
}
_NIK = re.compile(r"(?<!\d)(\d{16})(?!\d)")


@dataclass(frozen=True)
class NikCheck:
    nik: str
    plausible: bool
    problems: tuple[str, ...]  # Indonesian, for the officer
    province: str = ""
    female: bool | None = None


def find_nik(text: str) -> str:
    """The first 16-digit number in `text`, spaces and dots between groups allowed ('' if none)."""
    compact = re.sub(r"(?<=\d)[ .-](?=\d)", "", text)
    match = _NIK.search(compact)
    return match.group(1) if match else ""


_OCR_DIGITS = str.maketrans(
    {
        "O": "0",
        "o": "0",
        "D": "0",
        "I": "1",
        "l": "1",
        "|": "1",
        "B": "8",
        "S": "5",
        "Z": "2",
        "G": "6",
    }
)
_DIGIT_RUN = re.compile(r"[0-9OoDIl|BSZG][0-9OoDIl|BSZG .-]{14,40}")


def nik_candidates(text: str) -> list[str]:
    """16-digit numbers as a card prints them and OCR reads them, plausible ones first.

    OCR confuses O/0, I/1, B/8, S/5 and reads the colon of "NIK :" as a "1" glued to the
    number: every 16-digit window of a digit run is a candidate, and the NIK's structure (a
    real province code, a valid birth date) chooses among them.
    """
    found: list[str] = []
    for match in _DIGIT_RUN.finditer(text[:20000]):
        run = re.sub(r"[ .-]", "", match.group(0).translate(_OCR_DIGITS))
        digits = run[: len(run) - len(run.lstrip("0123456789"))]
        if len(digits) < 16 or len(digits) > 18:
            continue
        windows = [digits[i : i + 16] for i in range(len(digits) - 15)]
        found.extend(w for w in windows if w not in found)
    return sorted(found, key=lambda n: not check_nik(n).plausible)


def check_nik(nik: str) -> NikCheck:
    problems: list[str] = []
    digits = re.sub(r"\D", "", nik)
    if len(digits) != 16:
        return NikCheck(nik, False, (f"NIK harus 16 angka, bukan {len(digits)}",))
    province = PROVINCES.get(digits[:2], "")
    if not province:
        problems.append(f"kode provinsi {digits[:2]} tidak dikenal")
    if digits[2:4] == "00" or digits[4:6] == "00":
        problems.append("kode kabupaten/kota atau kecamatan 00 tidak ada")
    day, month, year = int(digits[6:8]), int(digits[8:10]), int(digits[10:12])
    female = day > 40
    if female:
        day -= 40
    if not _valid_date(day, month, year):
        problems.append(f"tanggal lahir {digits[6:12]} tidak valid")
    if digits[12:] == "0000":
        problems.append("nomor urut 0000 tidak ada")
    return NikCheck(digits, not problems, tuple(problems), province, female)


def _valid_date(day: int, month: int, year: int) -> bool:
    for century in (1900, 2000):
        try:
            date(century + year, month, day)
            return True
        except ValueError:
            continue
    return False
