"""A second request-letter test set, written blind to the extraction rules:
`python -m tests.data.make_letter_set` writes

* 60 open letters   tests/data/letters/b001.eml .. b060.eml (+ bNNN.json), rewritten on every run;
* 50 sealed letters tests/data/sealed/s001.eml .. s050.eml (+ sNNN.json), written once: an existing
  sealed file is never opened for writing (the script refuses and says so).

All 110 letters are built in one list, grouped by the kind of writer. The sealed part starts as
the letters at offsets 1, 3, 5, 7 and 9 of each run of eleven; `assign()` then swaps letters between
the parts (deterministically) until every kind of writer, every style tag and every kind of gap that
occurs at least twice is in both parts, each part holding about its share. `--coverage` prints that
table without writing anything. People, addresses, numbers and organisations are invented; NIKs are
structurally valid (real province prefix, DDMMYY birth date with +40 for women, serial > 0).

Each .json holds {"note", "kind", "fields", "missing"}; "fields" always has name, nik,
information, purpose and id_kind, and occupation / phone / address only where the letter states
them (or plainly has none). `information` and `purpose` are copied from the letter's own text.
"""

from __future__ import annotations

import email
import html as htmlmod
import io
import json
import math
import random
import re
import sys
import textwrap
import time
import zipfile
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from tests.data.make_letters import font  # DejaVu Sans, with a fallback

HERE = Path(__file__).resolve().parent
OPEN_DIR = HERE / "letters"
SEALED_DIR = HERE / "sealed"
WIB = timezone(timedelta(hours=7))
PPID = "ppid@kota-uji.go.id"
NBSP = "\u00a0"

FONTS = "/usr/share/fonts/truetype/dejavu/"
SERIF = FONTS + "DejaVuSerif.ttf"
SERIF_BOLD = FONTS + "DejaVuSerif-Bold.ttf"
SERIF_ITALIC = FONTS + "DejaVuSerif-Italic.ttf"
SANS = FONTS + "DejaVuSans.ttf"
SANS_BOLD = FONTS + "DejaVuSans-Bold.ttf"
MONO = FONTS + "DejaVuSansMono.ttf"
CONDENSED = FONTS + "DejaVuSansCondensed.ttf"


def tfont(path: str, size: int) -> ImageFont.ImageFont:
    try:
        return ImageFont.truetype(path, size)
    except OSError:
        return font(size, bold="Bold" in path)


# --------------------------------------------------------------------------------------------
# People and NIKs
# --------------------------------------------------------------------------------------------

PROVINCE_PREFIXES = {
    "11",
    "12",
    "13",
    "14",
    "15",
    "16",
    "17",
    "18",
    "19",
    "21",
    "31",
    "32",
    "33",
    "34",
    "35",
    "36",
    "51",
    "52",
    "53",
    "61",
    "62",
    "63",
    "64",
    "65",
    "71",
    "72",
    "73",
    "74",
    "75",
    "76",
    "81",
    "82",
    "91",
    "92",
    "94",
}

# four-digit kabupaten/kota code -> (province on the card, kabupaten/kota on the card, birthplace)
REGIONS = {
    "1171": ("ACEH", "KOTA BANDA ACEH", "BANDA ACEH"),
    "1271": ("SUMATERA UTARA", "KOTA MEDAN", "MEDAN"),
    "1275": ("SUMATERA UTARA", "KOTA PEMATANGSIANTAR", "PEMATANGSIANTAR"),
    "1371": ("SUMATERA BARAT", "KOTA PADANG", "PADANG"),
    "1471": ("RIAU", "KOTA PEKANBARU", "PEKANBARU"),
    "1671": ("SUMATERA SELATAN", "KOTA PALEMBANG", "PALEMBANG"),
    "1871": ("LAMPUNG", "KOTA BANDAR LAMPUNG", "BANDAR LAMPUNG"),
    "2171": ("KEPULAUAN RIAU", "KOTA BATAM", "BATAM"),
    "3171": ("DKI JAKARTA", "JAKARTA SELATAN", "JAKARTA"),
    "3172": ("DKI JAKARTA", "JAKARTA TIMUR", "JAKARTA"),
    "3201": ("JAWA BARAT", "KABUPATEN BOGOR", "BOGOR"),
    "3273": ("JAWA BARAT", "KOTA BANDUNG", "BANDUNG"),
    "3276": ("JAWA BARAT", "KOTA DEPOK", "DEPOK"),
    "3309": ("JAWA TENGAH", "KABUPATEN BOYOLALI", "BOYOLALI"),
    "3310": ("JAWA TENGAH", "KABUPATEN KLATEN", "KLATEN"),
    "3313": ("JAWA TENGAH", "KABUPATEN KARANGANYAR", "KARANGANYAR"),
    "3322": ("JAWA TENGAH", "KABUPATEN SEMARANG", "UNGARAN"),
    "3372": ("JAWA TENGAH", "KOTA SURAKARTA", "SURAKARTA"),
    "3374": ("JAWA TENGAH", "KOTA SEMARANG", "SEMARANG"),
    "3402": ("DI YOGYAKARTA", "KABUPATEN BANTUL", "BANTUL"),
    "3471": ("DI YOGYAKARTA", "KOTA YOGYAKARTA", "YOGYAKARTA"),
    "3522": ("JAWA TIMUR", "KABUPATEN BOJONEGORO", "BOJONEGORO"),
    "3573": ("JAWA TIMUR", "KOTA MALANG", "MALANG"),
    "3578": ("JAWA TIMUR", "KOTA SURABAYA", "SURABAYA"),
    "3671": ("BANTEN", "KOTA TANGERANG", "TANGERANG"),
    "5171": ("BALI", "KOTA DENPASAR", "DENPASAR"),
    "5271": ("NUSA TENGGARA BARAT", "KOTA MATARAM", "MATARAM"),
    "5371": ("NUSA TENGGARA TIMUR", "KOTA KUPANG", "KUPANG"),
    "6171": ("KALIMANTAN BARAT", "KOTA PONTIANAK", "PONTIANAK"),
    "6371": ("KALIMANTAN SELATAN", "KOTA BANJARMASIN", "BANJARMASIN"),
    "6471": ("KALIMANTAN TIMUR", "KOTA BALIKPAPAN", "BALIKPAPAN"),
    "7171": ("SULAWESI UTARA", "KOTA MANADO", "MANADO"),
    "7371": ("SULAWESI SELATAN", "KOTA MAKASSAR", "MAKASSAR"),
    "8171": ("MALUKU", "KOTA AMBON", "AMBON"),
    "9471": ("PAPUA", "KOTA JAYAPURA", "JAYAPURA"),
}


@dataclass
class Person:
    name: str
    region: str  # six digits: province, kabupaten/kota, kecamatan
    born: str  # DD-MM-YYYY
    female: bool = False
    serial: int = 1
    job: str = "KARYAWAN SWASTA"
    street: str = "JL. MELATI NO. 7"
    rtrw: str = "002/004"
    kel: str = "SUKAMAJU"
    kec: str = "TENGAH"
    religion: str = "ISLAM"
    married: str = "KAWIN"
    blood: str = "-"
    birthplace: str | None = None
    card_name: str | None = None  # the name as printed, when it differs (titles dropped, etc.)

    @property
    def nik(self) -> str:
        d, m, y = (int(x) for x in self.born.split("-"))
        value = (
            f"{self.region}{d + 40 if self.female else d:02d}{m:02d}{y % 100:02d}{self.serial:04d}"
        )
        check_nik(value)
        return value

    @property
    def province(self) -> str:
        return REGIONS[self.region[:4]][0]

    @property
    def city(self) -> str:
        return REGIONS[self.region[:4]][1]

    @property
    def place(self) -> str:
        return self.birthplace or REGIONS[self.region[:4]][2]


def check_nik(nik: str) -> None:
    assert re.fullmatch(r"\d{16}", nik), nik
    assert nik[:2] in PROVINCE_PREFIXES, nik
    assert nik[:4] in REGIONS, nik
    day = int(nik[6:8])
    day = day - 40 if day > 40 else day
    assert 1 <= day <= 31 and 1 <= int(nik[8:10]) <= 12, nik
    assert nik[12:] != "0000", nik


# --------------------------------------------------------------------------------------------
# Pictures: cards, photos of cards, pages, things that are not identity documents
# --------------------------------------------------------------------------------------------


def jpeg(img: Image.Image, quality: int = 85) -> bytes:
    out = io.BytesIO()
    img.convert("RGB").save(out, format="JPEG", quality=quality)
    return out.getvalue()


def png(img: Image.Image) -> bytes:
    out = io.BytesIO()
    img.save(out, format="PNG", optimize=True)
    return out.getvalue()


def noise(img: Image.Image, rng: random.Random, amount: float) -> Image.Image:
    grain = Image.frombytes("L", img.size, rng.randbytes(img.width * img.height))
    grain = grain.convert(img.mode) if img.mode != "L" else grain
    return Image.blend(img, grain, amount)


def centred(
    draw: ImageDraw.ImageDraw, y: int, text: str, fnt, width: int, x0: int = 0, fill=(0, 0, 0)
) -> None:
    w = draw.textlength(text, font=fnt)
    draw.text((x0 + (width - w) / 2, y), text, font=fnt, fill=fill)


def portrait(size: tuple[int, int], rng: random.Random, bg=(196, 40, 48)) -> Image.Image:
    """A passport-photo-like head and shoulders, no text."""
    w, h = size
    img = Image.new("RGB", size, bg)
    d = ImageDraw.Draw(img)
    skin = rng.choice([(222, 184, 150), (196, 150, 112), (170, 122, 88), (232, 196, 164)])
    shirt = rng.choice([(30, 30, 40), (240, 240, 240), (40, 60, 110), (90, 20, 30)])
    d.ellipse((w * 0.12, h * 0.72, w * 0.88, h * 1.25), fill=shirt)
    d.rectangle((w * 0.42, h * 0.55, w * 0.58, h * 0.78), fill=skin)
    d.ellipse((w * 0.28, h * 0.18, w * 0.72, h * 0.66), fill=skin)
    hair = rng.choice([(20, 15, 10), (50, 35, 25), (90, 90, 90)])
    if rng.random() < 0.4:  # a headscarf
        d.chord(
            (w * 0.22, h * 0.10, w * 0.78, h * 0.80),
            180,
            360,
            fill=rng.choice([(30, 90, 140), (120, 30, 80), (20, 20, 20)]),
        )
        d.polygon(
            [(w * 0.22, h * 0.45), (w * 0.30, h * 0.78), (w * 0.15, h * 0.85)], fill=(30, 90, 140)
        )
        d.polygon(
            [(w * 0.78, h * 0.45), (w * 0.70, h * 0.78), (w * 0.85, h * 0.85)], fill=(30, 90, 140)
        )
    else:
        d.chord((w * 0.26, h * 0.14, w * 0.74, h * 0.46), 180, 360, fill=hair)
    d.ellipse((w * 0.38, h * 0.36, w * 0.44, h * 0.40), fill=(40, 30, 30))
    d.ellipse((w * 0.56, h * 0.36, w * 0.62, h * 0.40), fill=(40, 30, 30))
    d.arc((w * 0.42, h * 0.46, w * 0.58, h * 0.56), 20, 160, fill=(120, 50, 50), width=3)
    return img


def signature(
    d: ImageDraw.ImageDraw,
    x: int,
    y: int,
    rng: random.Random,
    ink=(20, 30, 110),
    scale: float = 1.0,
) -> None:
    pts = []
    for i in range(24):
        pts.append(
            (
                x + i * 9 * scale + rng.randint(-4, 4),
                y + 22 * scale + math.sin(i * 0.9) * 18 * scale + rng.randint(-5, 5),
            )
        )
    d.line(pts, fill=ink, width=max(2, int(3 * scale)))
    d.line([(x + 20 * scale, y + 48 * scale), (x + 200 * scale, y + 30 * scale)], fill=ink, width=2)


def stamp(d: ImageDraw.ImageDraw, x: int, y: int, r: int, colour=(90, 70, 160)) -> None:
    d.ellipse((x - r, y - r, x + r, y + r), outline=colour, width=4)
    d.ellipse((x - r + 12, y - r + 12, x + r - 12, y + r - 12), outline=colour, width=2)
    d.regular_polygon((x, y, r // 3), 5, outline=colour)


def ktp_card(
    p: Person, rng: random.Random, nik_style: str = "colon", issued: str = "14-08-2019"
) -> Image.Image:
    """An e-KTP front: NIK line, 12 data rows, photo on the right."""
    W, H = 1012, 640
    img = Image.new("RGB", (W, H), (176, 208, 236))
    d = ImageDraw.Draw(img)
    for y in range(-40, H, 22):
        d.line([(0, y), (W, y + 60)], fill=(188, 218, 242), width=3)
    centred(d, 16, f"PROVINSI {p.province}", font(30, bold=True), W)
    centred(d, 54, p.city, font(28, bold=True), W)
    big = font(34, bold=True)
    if nik_style == "colon":
        d.text((30, 104), f"NIK : {p.nik}", font=big, fill=(0, 0, 0))
    else:  # label, wide gap, number
        d.text((30, 104), "NIK", font=big, fill=(0, 0, 0))
        d.text((175, 104), p.nik, font=big, fill=(0, 0, 0))
    rows = [
        ("Nama", (p.card_name or p.name).upper()),
        ("Tempat/Tgl Lahir", f"{p.place}, {p.born}"),
        ("Jenis Kelamin", "PEREMPUAN" if p.female else "LAKI-LAKI"),
        ("Alamat", p.street),
        ("     RT/RW", p.rtrw),
        ("     Kel/Desa", p.kel),
        ("     Kecamatan", p.kec),
        ("Agama", p.religion),
        ("Status Perkawinan", p.married),
        ("Pekerjaan", p.job),
        ("Kewarganegaraan", "WNI"),
        ("Berlaku Hingga", "SEUMUR HIDUP"),
    ]
    f = font(22)
    for i, (label, value) in enumerate(rows):
        y = 162 + 37 * i
        d.text((30, y), label, font=f, fill=(0, 0, 0))
        d.text((262, y), ":", font=f, fill=(0, 0, 0))
        d.text((280, y), value, font=f, fill=(0, 0, 0))
        if label == "Jenis Kelamin":
            d.text((520, y), f"Gol. Darah : {p.blood}", font=f, fill=(0, 0, 0))
    img.paste(portrait((180, 230), rng), (790, 150))
    small = font(18)
    centred(d, 392, p.city.replace("KOTA ", "").replace("KABUPATEN ", ""), small, 180, x0=790)
    centred(d, 416, issued, small, 180, x0=790)
    signature(d, 800, 445, rng, ink=(20, 20, 20), scale=0.8)
    return img


def sim_card(p: Person, rng: random.Random, number: str, klass: str = "C") -> Image.Image:
    W, H = 1012, 640
    img = Image.new("RGB", (W, H), (236, 226, 196))
    d = ImageDraw.Draw(img)
    d.rectangle((0, 0, W, 92), fill=(196, 160, 70))
    centred(d, 10, "INDONESIA", font(30, bold=True), W)
    centred(d, 48, f"SURAT IZIN MENGEMUDI  {klass}", font(30, bold=True), W)
    d.text((30, 110), number, font=font(34, bold=True), fill=(160, 20, 20))
    rows = [
        f"1. {(p.card_name or p.name).upper()}",
        f"2. {p.place}, {p.born}",
        f"3. {'PRIA' if not p.female else 'WANITA'}     GOL. DARAH {p.blood}",
        f"4. {p.street}",
        f"    RT {p.rtrw.replace('/', ' RW ')} {p.kel}",
        f"    {p.kec}, {p.city}",
        f"5. {p.job}",
        "6. POLRESTABES KOTA UJI",
    ]
    for i, line in enumerate(rows):
        d.text((30, 176 + 44 * i), line, font=font(24), fill=(0, 0, 0))
    img.paste(portrait((170, 215), rng, bg=(70, 110, 180)), (810, 120))
    d.text((800, 356), "Berlaku s.d.", font=font(18), fill=(0, 0, 0))
    d.text((800, 380), "23-07-2029", font=font(20, bold=True), fill=(0, 0, 0))
    signature(d, 790, 420, rng, ink=(20, 20, 20), scale=0.8)
    return img


def ktm_card(
    name: str,
    nim: str,
    univ: str,
    faculty: str,
    prog: str,
    rng: random.Random,
    colour=(24, 66, 120),
) -> Image.Image:
    W, H = 1012, 640
    img = Image.new("RGB", (W, H), (246, 246, 240))
    d = ImageDraw.Draw(img)
    d.rectangle((0, 0, W, 130), fill=colour)
    d.ellipse((24, 18, 118, 112), outline=(250, 210, 60), width=6)
    d.regular_polygon((71, 65, 28), 8, outline=(250, 210, 60))
    d.text((140, 22), univ.upper(), font=font(32, bold=True), fill=(255, 255, 255))
    d.text((140, 74), "KARTU TANDA MAHASISWA", font=font(28), fill=(255, 230, 120))
    rows = [
        ("Nama", name.upper()),
        ("NIM", nim),
        ("Fakultas", faculty),
        ("Program Studi", prog),
        ("Berlaku s.d.", "31-08-2028"),
    ]
    for i, (label, value) in enumerate(rows):
        y = 180 + 56 * i
        d.text((40, y), label, font=font(24), fill=(40, 40, 40))
        d.text((240, y), f": {value}", font=font(24), fill=(0, 0, 0))
    img.paste(portrait((190, 240), rng, bg=(30, 90, 170)), (790, 160))
    for i in range(60):  # a barcode
        x = 40 + i * 9
        if rng.random() < 0.6:
            d.rectangle((x, 500, x + rng.choice([2, 3, 5]), 590), fill=(0, 0, 0))
    return img


def press_card(p: Person, media: str, number: str, rng: random.Random) -> Image.Image:
    W, H = 640, 1012
    img = Image.new("RGB", (W, H), (255, 255, 255))
    d = ImageDraw.Draw(img)
    d.rectangle((0, 0, W, 170), fill=(190, 20, 30))
    centred(d, 30, media.upper(), font(34, bold=True), W, fill=(255, 255, 255))
    centred(d, 95, "KARTU PERS / PRESS CARD", font(26), W, fill=(255, 255, 255))
    img.paste(portrait((240, 300), rng, bg=(220, 220, 225)), (200, 210))
    centred(d, 540, (p.card_name or p.name).upper(), font(32, bold=True), W)
    centred(d, 590, "WARTAWAN", font(28), W)
    centred(d, 650, f"No. ID: {number}", font(24), W)
    centred(d, 690, "Berlaku s.d. 31 Desember 2027", font(22), W)
    d.rectangle((0, 900, W, H), fill=(190, 20, 30))
    centred(
        d, 930, "Kartu ini milik perusahaan. Bila menemukan,", font(20), W, fill=(255, 255, 255)
    )
    centred(d, 958, "harap dikembalikan ke redaksi.", font(20), W, fill=(255, 255, 255))
    return img


def _mrz_check(s: str) -> str:
    values = {**{str(i): i for i in range(10)}, **{chr(65 + i): 10 + i for i in range(26)}, "<": 0}
    return str(sum(values[c] * (7, 3, 1)[i % 3] for i, c in enumerate(s)) % 10)


def passport_page(
    surname: str,
    given: str,
    country: str,
    code: str,
    number: str,
    born: str,
    sex: str,
    expiry: str,
    place: str,
    rng: random.Random,
) -> Image.Image:
    """The data page of a foreign passport. born / expiry as YYMMDD."""
    W, H = 1250, 880
    img = Image.new("RGB", (W, H), (226, 232, 240))
    d = ImageDraw.Draw(img)
    for x in range(0, W, 30):
        d.arc((x - 200, 300, x + 200, 700), 0, 180, fill=(212, 222, 234), width=2)
    d.text((40, 24), country.upper(), font=font(30, bold=True), fill=(20, 30, 80))
    d.text((40, 64), "PASSPORT", font=font(30, bold=True), fill=(20, 30, 80))
    img.paste(portrait((280, 360), rng, bg=(235, 235, 235)), (40, 130))
    months = "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split()

    def human(yymmdd: str, century: str) -> str:
        return f"{yymmdd[4:6]} {months[int(yymmdd[2:4]) - 1]} {century}{yymmdd[:2]}"

    rows = [
        ("Type / Code / Passport No.", f"P   {code}   {number}"),
        ("Surname", surname.upper()),
        ("Given names", given.upper()),
        (
            "Nationality",
            {
                "AUS": "AUSTRALIAN",
                "GBR": "BRITISH CITIZEN",
                "SWE": "SWEDISH",
                "IRL": "IRISH",
                "NLD": "NETHERLANDS",
                "JPN": "JAPAN",
            }[code],
        ),
        ("Date of birth", human(born, "19")),
        ("Sex / Place of birth", f"{sex}   {place.upper()}"),
        ("Date of expiry", human(expiry, "20")),
    ]
    for i, (label, value) in enumerate(rows):
        y = 130 + 74 * i
        d.text((360, y), label, font=font(20), fill=(70, 70, 90))
        d.text((360, y + 26), value, font=font(30, bold=True), fill=(0, 0, 0))
    names = (
        f"{surname.upper().replace(' ', '<').replace('-', '<')}<<{given.upper().replace(' ', '<')}"
    )
    line1 = f"P<{code}{names}".ljust(44, "<")[:44]
    num = number.ljust(9, "<")
    core = f"{num}{_mrz_check(num)}{code}{born}{_mrz_check(born)}{sex}{expiry}{_mrz_check(expiry)}"
    personal = "<" * 14
    line2 = core + personal + _mrz_check(personal)
    line2 += _mrz_check(line2[0:10] + line2[13:20] + line2[21:43])
    mono = tfont(MONO, 38)
    d.text((40, 760), line1, font=mono, fill=(0, 0, 0))
    d.text((40, 812), line2, font=mono, fill=(0, 0, 0))
    return img


def kitas_card(
    name: str, country: str, passport_no: str, born: str, number: str, rng: random.Random
) -> Image.Image:
    W, H = 1012, 640
    img = Image.new("RGB", (W, H), (214, 236, 222))
    d = ImageDraw.Draw(img)
    d.rectangle((0, 0, W, 110), fill=(20, 90, 60))
    centred(
        d,
        14,
        "REPUBLIK INDONESIA - DIREKTORAT JENDERAL IMIGRASI",
        font(24, bold=True),
        W,
        fill=(255, 255, 255),
    )
    centred(
        d, 56, "KARTU IZIN TINGGAL TERBATAS (KITAS)", font(30, bold=True), W, fill=(255, 255, 255)
    )
    rows = [
        ("No. Register", number),
        ("Nama / Name", name.upper()),
        ("Kewarganegaraan", country.upper()),
        ("Tgl Lahir / DOB", born),
        ("No. Paspor", passport_no),
        ("Jenis Izin", "PENELITIAN / RESEARCH"),
        ("Berlaku s.d.", "02-09-2027"),
    ]
    for i, (label, value) in enumerate(rows):
        y = 140 + 58 * i
        d.text((30, y), label, font=font(22), fill=(40, 40, 40))
        d.text((270, y), f": {value}", font=font(24, bold=i == 1), fill=(0, 0, 0))
    img.paste(portrait((190, 240), rng, bg=(240, 240, 240)), (790, 140))
    signature(d, 790, 420, rng, ink=(10, 10, 10), scale=0.8)
    return img


def kta_card(name: str, number: str, rng: random.Random) -> Image.Image:
    W, H = 1012, 640
    img = Image.new("RGB", (W, H), (250, 244, 226))
    d = ImageDraw.Draw(img)
    d.rectangle((0, 0, W, 120), fill=(110, 20, 30))
    centred(d, 16, "PERHIMPUNAN ADVOKAT NUSANTARA", font(30, bold=True), W, fill=(255, 220, 120))
    centred(d, 64, "KARTU TANDA PENGENAL ADVOKAT", font(28), W, fill=(255, 255, 255))
    rows = [("Nama", name.upper()), ("No. Anggota", number), ("Berlaku s.d.", "31-12-2028")]
    for i, (label, value) in enumerate(rows):
        d.text((40, 190 + 70 * i), label, font=font(26), fill=(40, 40, 40))
        d.text((250, 190 + 70 * i), f": {value}", font=font(26, bold=i == 0), fill=(0, 0, 0))
    img.paste(portrait((190, 240), rng, bg=(150, 20, 30)), (790, 160))
    return img


def photographed(
    card_img: Image.Image,
    rng: random.Random,
    angle: float | None = None,
    blur: float = 0.8,
    grain: float = 0.05,
    bg: tuple[int, int, int] | None = None,
    width: int = 1280,
) -> Image.Image:
    """The card lying on a table, taken with a phone: rotated 2-6 degrees, soft, grainy, uneven light."""
    if angle is None:
        angle = rng.uniform(2, 6) * rng.choice([-1, 1])
    rotated = card_img.convert("RGBA").rotate(
        angle, expand=True, resample=Image.BICUBIC, fillcolor=(0, 0, 0, 0)
    )
    pad_x, pad_y = rng.randint(90, 220), rng.randint(90, 220)
    bg = bg or rng.choice(
        [(122, 86, 58), (150, 150, 150), (210, 205, 195), (60, 62, 70), (176, 132, 90)]
    )
    canvas = Image.new("RGB", (rotated.width + 2 * pad_x, rotated.height + 2 * pad_y), bg)
    d = ImageDraw.Draw(canvas)
    for y in range(0, canvas.height, rng.randint(14, 30)):  # wood grain / cloth weave
        shade = tuple(max(0, c - rng.randint(0, 18)) for c in bg)
        d.line(
            [(0, y), (canvas.width, y + rng.randint(-8, 8))], fill=shade, width=rng.randint(1, 4)
        )
    shadow = Image.new("RGBA", rotated.size, (0, 0, 0, 90))
    canvas.paste(shadow, (pad_x + 10, pad_y + 12), rotated.split()[3])
    canvas.paste(rotated, (pad_x + rng.randint(-30, 30), pad_y + rng.randint(-30, 30)), rotated)
    light = Image.linear_gradient("L").rotate(rng.choice([0, 90, 180, 270])).resize(canvas.size)
    dark = Image.new("RGB", canvas.size, (20, 20, 20))
    canvas = Image.composite(
        canvas, Image.blend(canvas, dark, 0.28), light.point(lambda v: 255 - v // 2)
    )
    canvas = canvas.filter(ImageFilter.GaussianBlur(blur))
    canvas = noise(canvas, rng, grain)
    if canvas.width > width:
        canvas = canvas.resize((width, int(canvas.height * width / canvas.width)), Image.LANCZOS)
    return canvas


def flat_scan(card_img: Image.Image, rng: random.Random) -> Image.Image:
    """A flatbed scan of the card on a white A6-ish sheet, slightly grey."""
    canvas = Image.new("RGB", (card_img.width + 120, card_img.height + 120), (250, 250, 248))
    canvas.paste(
        card_img.rotate(rng.uniform(-1, 1), expand=True, fillcolor=(250, 250, 248)), (50, 50)
    )
    return noise(canvas, rng, 0.02)


def ktp_copy_page(
    card_img: Image.Image, rng: random.Random, note: str | None = None
) -> Image.Image:
    """Page 2 of a scanned letter: a grey photocopy of the card on an A4 sheet."""
    page = Image.new("L", (1240, 1754), 246)
    grey = card_img.convert("L").point(lambda v: int(v * 0.9 + 10))
    grey = grey.rotate(rng.uniform(-1.5, 1.5), expand=True, fillcolor=246)
    page.paste(grey, ((1240 - grey.width) // 2, 180))
    if note:
        d = ImageDraw.Draw(page)
        d.text((300, 180 + grey.height + 40), note, font=tfont(SERIF_ITALIC, 30), fill=40)
    return noise(page, rng, 0.03)


def _wrap_px(draw: ImageDraw.ImageDraw, line: str, fnt, width: int) -> list[str]:
    words = line.split(" ")
    out: list[str] = []
    current = ""
    for word in words:
        trial = f"{current} {word}" if current else word
        if draw.textlength(trial.replace(NBSP, " "), font=fnt) <= width or not current:
            current = trial
        else:
            out.append(current)
            current = word
    out.append(current)
    return out


def protect(text: str, keep: tuple[str, ...]) -> str:
    """Glue the words of the given phrases with no-break spaces so that wrapping keeps each on one line."""
    for phrase in keep:
        if phrase:
            text = text.replace(phrase, phrase.replace(" ", NBSP))
    return text


@dataclass
class Head:
    """A letterhead: centred lines (text, size, bold) over a double rule, optional emblem."""

    lines: list[tuple[str, int, bool]]
    emblem: str | None = "round"  # round, shield, None
    serif: bool = True


def page(
    text: str,
    rng: random.Random,
    head: Head | None = None,
    keep: tuple[str, ...] = (),
    size: int = 25,
    hand: bool = False,
    tone: int = 252,
) -> Image.Image:
    """An A4 page at 150 dpi. Lines starting with '|' form a ruled table (cells split on '|');
    a line starting with a tab is set in the right half (dates and signature blocks); the line
    '~sig~' draws a signature, '~stamp~' a signature over a round stamp."""
    W, H = 1240, 1754
    img = Image.new("RGB", (W, H), (tone, tone, tone - 4))
    d = ImageDraw.Draw(img)
    ink = (20, 30, 120) if hand else (15, 15, 15)
    body_path = (SERIF_ITALIC if hand else SERIF) if (hand or (head and head.serif)) else SANS
    body_font = tfont(body_path, size)

    def put(x: int, y: int, text_line: str, avail: int) -> None:
        """Draw one line; a line wider than the room (a long kept phrase) is set a little smaller."""
        text_line = text_line.replace(NBSP, " ")
        fnt = body_font
        width = d.textlength(text_line, font=fnt)
        if width > avail:
            fnt = tfont(body_path, max(14, int(size * avail / width) - 1))
        d.text((x, y), text_line, font=fnt, fill=ink)

    y = 70
    if hand:
        for ly in range(150, H - 80, int(size * 1.6)):
            d.line([(80, ly + size + 4), (W - 80, ly + size + 4)], fill=(170, 190, 220), width=1)
        d.line([(150, 0), (150, H)], fill=(230, 150, 150), width=2)
        y = 150
    if head:
        top = y
        for text_line, fsize, bold in head.lines:
            f = tfont(
                (SERIF_BOLD if bold else SERIF) if head.serif else (SANS_BOLD if bold else SANS),
                fsize,
            )
            centred(d, y, text_line, f, W - 200, x0=170)
            y += int(fsize * 1.3)
        if head.emblem == "round":
            d.ellipse((80, top, 220, top + 140), outline=(30, 60, 120), width=6)
            d.regular_polygon((150, top + 70, 44), 5, outline=(200, 150, 20), width=4)
        elif head.emblem == "shield":
            d.polygon(
                [(90, top), (210, top), (210, top + 90), (150, top + 150), (90, top + 90)],
                outline=(20, 90, 40),
                width=6,
            )
            d.ellipse((125, top + 30, 175, top + 80), fill=(200, 160, 30))
        y = max(y, top + 150) + 10
        d.line([(80, y), (W - 80, y)], fill=(0, 0, 0), width=5)
        d.line([(80, y + 9), (W - 80, y + 9)], fill=(0, 0, 0), width=2)
        y += 40
    left = 170 if hand else 110
    right = W - 110
    lh = int(size * 1.6 if hand else size * 1.45)
    lines = protect(text, keep).splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("|"):
            rows = []
            while i < len(lines) and lines[i].startswith("|"):
                rows.append(
                    [c.strip().replace(NBSP, " ") for c in lines[i].strip().strip("|").split("|")]
                )
                i += 1
            ncol = max(len(r) for r in rows)
            widths = [
                max(d.textlength(r[c], font=body_font) if c < len(r) else 0 for r in rows) + 24
                for c in range(ncol)
            ]
            x = left
            for ri, row in enumerate(rows):
                x = left
                for c in range(ncol):
                    cell = row[c] if c < len(row) else ""
                    d.rectangle((x, y, x + widths[c], y + lh + 8), outline=ink, width=2)
                    cf = tfont(SERIF_BOLD, size) if ri == 0 and not hand else body_font
                    d.text((x + 12, y + 6), cell, font=cf, fill=ink)
                    x += widths[c]
                y += lh + 8
            y += 10
            continue
        if line.strip() == "~sig~":
            signature(
                d,
                left + (W // 2 - 110 if lines[i - 1].startswith("\t") else 0),
                y,
                rng,
                ink=(20, 30, 120),
                scale=1.1,
            )
            y += 80
        elif line.strip() == "~stamp~":
            x0 = left + W // 2 - 110
            stamp(d, x0 + 40, y + 40, 70)
            signature(d, x0 + 20, y, rng, ink=(20, 30, 120), scale=1.1)
            y += 100
        elif line.startswith("\t"):
            for part in _wrap_px(d, line.strip(), body_font, right - (left + W // 2 - 110)):
                put(left + W // 2 - 110, y, part, right - (left + W // 2 - 110))
                y += lh
        elif not line.strip():
            y += lh // 2 if not hand else lh
        else:
            for part in _wrap_px(d, line, body_font, right - left):
                put(left, y, part, right - left)
                y += lh
        i += 1
    assert y < H - 40, f"page overflows: {text[:60]!r}"
    return img


def scanned(img: Image.Image, rng: random.Random, grey: bool = True) -> Image.Image:
    out = img.rotate(
        rng.uniform(-0.8, 0.8), expand=False, fillcolor=(255, 255, 255), resample=Image.BICUBIC
    )
    out = out.convert("L") if grey else out
    return noise(out, rng, 0.035)


def pdf_of_images(pages: list[Image.Image], producer: str = "Scanner") -> bytes:
    out = io.BytesIO()
    first, *rest = [p.convert("L") if p.mode != "L" else p for p in pages]
    stamp_time = time.strptime("2026-11-20 01:00:00", "%Y-%m-%d %H:%M:%S")
    first.save(
        out,
        format="PDF",
        resolution=150,
        save_all=True,
        append_images=rest,
        producer=producer,
        creationDate=stamp_time,
        modDate=stamp_time,
    )
    return out.getvalue()


def text_pdf(text: str, keep: tuple[str, ...] = (), width: int = 92, title: str = "") -> bytes:
    """A PDF with a real text layer (Helvetica, WinAnsi), wrapped and paged by hand."""
    wrapped: list[str] = []
    for line in protect(text, keep).splitlines():
        wrapped += textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False) or [
            ""
        ]
    wrapped = [l.replace(NBSP, " ") for l in wrapped]
    pages = [wrapped[i : i + 50] for i in range(0, len(wrapped), 50)] or [[""]]

    def esc(line: str) -> str:
        return line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    n_pages = len(pages)
    # objects: 1 catalog, 2 pages, 3 font, 4 info, then (page, content) pairs
    objects: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids ["
        + b" ".join(f"{5 + 2 * i} 0 R".encode() for i in range(n_pages))
        + b"] /Count "
        + str(n_pages).encode()
        + b" >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        ("<< /Producer (Microsoft\u00ae Word 2019) /Title (" + esc(title) + ") >>").encode(
            "cp1252"
        ),
    ]
    for i, lines in enumerate(pages):
        body = (
            "BT 56 790 Td 15 TL "
            + " ".join(
                f"/F1 {11 if len(l) <= width else max(7, int(11 * width / len(l)))} Tf ({esc(l)}) Tj T*"
                for l in lines
            )
            + " ET"
        )
        stream = body.encode("cp1252", "replace")
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {6 + 2 * i} 0 R /Resources << /Font << /F1 3 0 R >> >> >>".encode()
        )
        objects.append(
            b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream"
        )
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 4 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def _x(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def docx_file(blocks: list) -> bytes:
    """A minimal Word document. blocks: str (a paragraph; '**x**' as a whole line is bold),
    or ("table", rows) with rows a list of lists of cell strings (first row bold)."""

    def para(line: str, bold: bool = False, align: str | None = None) -> str:
        if line.startswith("**") and line.endswith("**") and len(line) > 4:
            line, bold = line[2:-2], True
        if line.startswith(">>"):
            line, align = line[2:].strip(), "center"
        ppr = f'<w:pPr><w:jc w:val="{align}"/></w:pPr>' if align else ""
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        return f'<w:p>{ppr}<w:r>{rpr}<w:t xml:space="preserve">{_x(line)}</w:t></w:r></w:p>'

    body = []
    for block in blocks:
        if isinstance(block, tuple) and block[0] == "table":
            rows = block[1]
            header_bold = block[2] if len(block) > 2 else True
            ncol = max(len(r) for r in rows)
            grid = "".join('<w:gridCol w:w="%d"/>' % (9000 // ncol) for _ in range(ncol))
            borders = "".join(
                f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                for side in ("top", "left", "bottom", "right", "insideH", "insideV")
            )
            trs = []
            for ri, row in enumerate(rows):
                tcs = "".join(
                    f'<w:tc><w:tcPr><w:tcW w:w="{9000 // ncol}" w:type="dxa"/></w:tcPr>'
                    + "".join(
                        para(part, bold=ri == 0 and header_bold)
                        for part in (cell.split("\n") if cell else [""])
                    )
                    + "</w:tc>"
                    for cell in row
                )
                trs.append(f"<w:tr>{tcs}</w:tr>")
            body.append(
                f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>{borders}</w:tblBorders></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{"".join(trs)}</w:tbl>'
            )
        else:
            body.append(para(block))
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        + "".join(body)
        + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440"/></w:sectPr>'
        + "</w:body></w:document>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in (
            (
                "[Content_Types].xml",
                '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                '<Default Extension="xml" ContentType="application/xml"/>'
                '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>',
            ),
            (
                "_rels/.rels",
                '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>',
            ),
            (
                "docProps/core.xml",
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
                'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
                '<dc:creator>User</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2026-11-20T08:00:00Z</dcterms:created></cp:coreProperties>',
            ),
            ("word/document.xml", document),
        ):
            info = zipfile.ZipInfo(name, date_time=(2026, 11, 20, 8, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
    return out.getvalue()


def docx_text(blocks: list) -> str:
    parts = []
    for block in blocks:
        if isinstance(block, tuple):
            parts += [" | ".join(row) for row in block[1]]
        else:
            parts.append(block.strip("*").lstrip(">").strip())
    return "\n".join(parts)


# Pictures that are not identity documents -------------------------------------------------


def factory_picture(rng: random.Random) -> Image.Image:
    W, H = 1600, 1200
    img = Image.new("RGB", (W, H), (150, 190, 230))
    d = ImageDraw.Draw(img)
    for i in range(H // 2):
        d.line([(0, i), (W, i)], fill=(150 + i // 12, 190 + i // 20, 230))
    ground = rng.randint(760, 860)
    d.rectangle(
        (0, ground, W, H), fill=rng.choice([(110, 110, 100), (95, 100, 90), (130, 120, 105)])
    )
    x0, teeth, tooth = rng.randint(80, 300), rng.randint(3, 6), rng.randint(150, 200)
    top = ground - rng.randint(300, 420)
    wall = rng.choice([(170, 170, 165), (200, 190, 170), (150, 160, 170), (210, 210, 215)])
    d.rectangle((x0, top, x0 + teeth * tooth, ground), fill=wall)
    for k in range(teeth):  # saw-tooth roof
        x = x0 + k * tooth
        d.polygon([(x, top), (x + tooth, top), (x + tooth, top - 90)], fill=(120, 125, 130))
    cx = x0 + teeth * tooth + rng.randint(60, 160)
    d.rectangle((cx, 200, cx + 70, ground), fill=(140, 90, 80))
    for k in range(6):
        r = 40 + k * 18
        d.ellipse(
            (cx + 35 - r + k * 30, 150 - k * 60 - r, cx + 35 + r + k * 30, 150 - k * 60 + r),
            fill=(200, 200, 205),
        )
    for k in range((teeth * tooth - 60) // 105):
        d.rectangle(
            (x0 + 50 + k * 105, top + 140, x0 + 110 + k * 105, top + 220), fill=(60, 80, 100)
        )
    d.rectangle((x0 + 300, ground - 120, x0 + 460, ground), fill=(90, 90, 95))
    if rng.random() < 0.7:  # a truck
        tx = rng.randint(cx + 120, W - 300) if cx + 120 < W - 300 else 40
        d.rectangle((tx, ground - 150, tx + 200, ground - 30), fill=(190, 180, 150))
        d.rectangle((tx + 200, ground - 110, tx + 260, ground - 30), fill=(40, 80, 160))
        for wx in (tx + 30, tx + 150, tx + 220):
            d.ellipse((wx, ground - 50, wx + 40, ground - 10), fill=(20, 20, 20))
    img = img.filter(ImageFilter.GaussianBlur(1.2))
    return noise(img, rng, 0.05)


def field_picture(rng: random.Random) -> Image.Image:
    W, H = 1600, 1200
    img = Image.new("RGB", (W, H), (170, 205, 235))
    d = ImageDraw.Draw(img)
    d.polygon([(0, 520), (380, 260), (760, 520)], fill=(90, 120, 140))
    d.polygon([(500, 520), (980, 180), (1460, 520)], fill=(80, 110, 130))
    d.rectangle((0, 500, W, H), fill=(110, 160, 60))
    for k in range(26):
        y = 520 + k * k * 1.1
        d.line([(0, y), (W, y + 12)], fill=(70, 130, 40), width=3 + k // 4)
    d.ellipse((1250, 90, 1370, 210), fill=(255, 240, 180))
    d.rectangle((1100, 430, 1180, 520), fill=(140, 90, 50))
    d.polygon([(1080, 430), (1200, 430), (1140, 380)], fill=(150, 60, 40))
    img = img.filter(ImageFilter.GaussianBlur(1.0))
    return noise(img, rng, 0.05)


def selfie_picture(rng: random.Random) -> Image.Image:
    img = portrait(
        (900, 1200), rng, bg=rng.choice([(235, 228, 215), (200, 210, 220), (150, 170, 140)])
    )
    d = ImageDraw.Draw(img)
    d.rectangle((0, 0, 900, 120), fill=(210, 200, 185))  # a wall and a shelf behind
    img = img.filter(ImageFilter.GaussianBlur(2.0))
    return noise(img, rng, 0.05)


# --------------------------------------------------------------------------------------------
# Mail
# --------------------------------------------------------------------------------------------

CTYPES = {
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "png": "image/png",
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


@dataclass
class Att:
    filename: str
    data: bytes
    text: str = ""  # what a reader sees in it (for the generator's own checks)
    nik: str | None = None  # NIK printed on an identity card in it
    is_id: str | None = None  # the kind of identity document it is, if any

    @property
    def ctype(self) -> str:
        return CTYPES[self.filename.rsplit(".", 1)[1].lower()]


@dataclass
class Letter:
    kind: str
    note: str
    styles: list[str]
    frm: tuple[str, str]
    subject: str
    date: str  # "2026-11-30 10:15"
    fields: dict
    missing: list[str]
    text: str | None = None
    html: str | None = None
    files: list[Att] = field(default_factory=list)
    to: str = PPID
    cc: str | None = None
    headers: dict = field(default_factory=dict)
    client: str = "gmail"


def html_to_text(markup: str) -> str:
    s = re.sub(r"(?is)<(style|head)\b.*?</\1>", " ", markup)
    s = re.sub(r"(?i)<br\s*/?>", "\n", s)
    s = re.sub(r"(?i)</(p|div|tr|li|h\d|table|blockquote)>", "\n", s)
    s = re.sub(r"(?i)</t[dh]>", " \t ", s)
    s = re.sub(r"<[^>]+>", "", s)
    return htmlmod.unescape(s)


def message_id(letter: Letter, n: int, rng: random.Random) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    token = "".join(rng.choice(alphabet) for _ in range(38))
    if letter.client == "gmail":
        return f"<CA{token}@mail.example.com>"
    if letter.client == "yahoo":
        return f"<{rng.randint(10**8, 10**9)}.{rng.randint(10**6, 10**7)}.{rng.randint(10**12, 10**13)}@mail.yahoo.example>"
    if letter.client == "outlook":
        box = f"SI2PR0{rng.randint(1, 6)}MB{rng.randint(1000, 9999)}"
        return f"<{box}{token[:12].upper()}@{box}.apcprd0{rng.randint(1, 6)}.prod.outlook.example>"
    if letter.client == "iphone":
        hexs = "".join(rng.choice("0123456789ABCDEF") for _ in range(32))
        return f"<{hexs[:8]}-{hexs[8:12]}-{hexs[12:16]}-{hexs[16:20]}-{hexs[20:]}@{letter.frm[1].split('@')[1]}>"
    return f"<{n:03d}.{token[:16]}@{letter.frm[1].split('@')[1]}>"


def build_mail(letter: Letter, n: int) -> bytes:
    rng = random.Random(f"mail-{n}")
    random.seed(f"boundary-{n}")  # MIME boundaries come from the module-level generator
    msg = EmailMessage()
    msg["From"] = formataddr(letter.frm) if letter.frm[0] else letter.frm[1]
    msg["To"] = letter.to
    if letter.cc:
        msg["Cc"] = letter.cc
    msg["Subject"] = letter.subject
    when = datetime.strptime(letter.date, "%Y-%m-%d %H:%M").replace(
        second=rng.randint(0, 59), tzinfo=WIB
    )
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = message_id(letter, n, rng)
    for key, value in letter.headers.items():
        msg[key] = value
    if letter.html is not None and letter.text is not None:
        msg.set_content(letter.text)
        msg.add_alternative(letter.html, subtype="html")
    elif letter.html is not None:
        msg.set_content(letter.html, subtype="html")
    else:
        msg.set_content(letter.text or "")
    for att in letter.files:
        maintype, subtype = att.ctype.split("/")
        msg.add_attachment(att.data, maintype=maintype, subtype=subtype, filename=att.filename)
    return msg.as_bytes(policy=SMTP)


# Attachment makers ----------------------------------------------------------------------


def ktp_photo(p: Person, filename: str, seed: str, nik_style: str = "column", **kw) -> Att:
    rng = random.Random(seed)
    return Att(
        filename,
        jpeg(photographed(ktp_card(p, rng, nik_style), rng, **kw), 82),
        nik=p.nik,
        is_id="KTP",
    )


def ktp_scan(p: Person, filename: str, seed: str, nik_style: str = "column") -> Att:
    rng = random.Random(seed)
    img = flat_scan(ktp_card(p, rng, nik_style), rng)
    data = png(img.convert("L")) if filename.lower().endswith(".png") else jpeg(img, 88)
    return Att(filename, data, nik=p.nik, is_id="KTP")


def sim_photo(p: Person, filename: str, seed: str, number: str, klass: str = "C") -> Att:
    rng = random.Random(seed)
    return Att(filename, jpeg(photographed(sim_card(p, rng, number, klass), rng), 82), is_id="SIM")


def picture(kind: str, filename: str, seed: str) -> Att:
    rng = random.Random(seed)
    img = {"factory": factory_picture, "field": field_picture, "selfie": selfie_picture}[kind](rng)
    return Att(filename, jpeg(img, 80))


def letter_jpg(
    text: str,
    filename: str,
    seed: str,
    head: Head | None = None,
    keep: tuple[str, ...] = (),
    hand: bool = False,
    photo: bool = True,
) -> Att:
    rng = random.Random(seed)
    img = page(text, rng, head, keep, size=30 if hand else 25, hand=hand)
    if photo:
        img = photographed(
            img,
            rng,
            angle=rng.uniform(1, 2.5) * rng.choice([-1, 1]),
            blur=0.6,
            grain=0.04,
            width=1400,
        )
    else:
        img = scanned(img, rng)
    return Att(filename, jpeg(img, 80), text=text)


def scan_pdf(
    filename: str,
    seed: str,
    pages_text: list[tuple[str, Head | None]],
    keep: tuple[str, ...] = (),
    ktp_of: Person | None = None,
    hand: bool = False,
    copy_note: str | None = None,
) -> Att:
    rng = random.Random(seed)
    imgs = [
        scanned(page(text, rng, head, keep, size=30 if hand else 25, hand=hand), rng)
        for text, head in pages_text
    ]
    nik = None
    kind = None
    if ktp_of is not None:
        imgs.append(
            ktp_copy_page(
                ktp_card(ktp_of, rng, "colon" if rng.random() < 0.5 else "column"), rng, copy_note
            )
        )
        nik, kind = ktp_of.nik, "KTP"
    return Att(
        filename,
        pdf_of_images(
            imgs, producer=rng.choice(["CamScanner", "HP Scan", "EPSON Scan", "Adobe Scan"])
        ),
        text="\n".join(t for t, _ in pages_text),
        nik=nik,
        is_id=kind,
    )


def pdf_att(filename: str, text: str, keep: tuple[str, ...] = (), title: str = "") -> Att:
    return Att(filename, text_pdf(text, keep, title=title), text=text)


def docx_att(filename: str, blocks: list) -> Att:
    return Att(filename, docx_file(blocks), text=docx_text(blocks))


def card_att(img: Image.Image, filename: str, seed: str, kind: str, photo: bool = True) -> Att:
    rng = random.Random(seed)
    out = photographed(img, rng) if photo else flat_scan(img, rng)
    return Att(filename, jpeg(out, 84), is_id=kind)


# --------------------------------------------------------------------------------------------
# The letters
# --------------------------------------------------------------------------------------------


def F(name, info, purpose, id_kind, nik=None, **extra) -> dict:
    out = {"name": name, "nik": nik, "information": info, "purpose": purpose, "id_kind": id_kind}
    out.update(extra)
    return out


SIG_IPHONE = "\n\nSent from my iPhone"
SIG_YAHOO = "\n\nDikirim dari Yahoo Mail di Android"
SIG_ANDROID = "\n\nDikirim dari ponsel Android saya"


UCN_FEB = Head(
    [
        ("KEMENTERIAN PENDIDIKAN TINGGI, SAINS, DAN TEKNOLOGI", 22, False),
        ("UNIVERSITAS CAKRAWALA NUSANTARA", 34, True),
        ("FAKULTAS EKONOMIKA DAN BISNIS", 30, True),
        ("Jl. Prof. Sudarto No. 13, Tembalang, Semarang 50275  Telp. (024) 7460 001", 19, False),
        ("Laman: feb.ucn.test   Pos-el: feb@ucn.test", 19, False),
    ]
)


def students_s1() -> list[Letter]:
    out = []

    # A1 - covering letter from a Wakil Dekan, scanned with the KTP copy on page 2
    p = Person(
        "Nadia Putri Kusuma",
        "337410",
        "14-07-2004",
        female=True,
        serial=2,
        job="PELAJAR/MAHASISWA",
        street="JL. TUSAM RAYA NO. 21",
        rtrw="004/007",
        kel="PEDALANGAN",
        kec="BANYUMANIK",
        married="BELUM KAWIN",
        blood="A",
    )
    info = "data jumlah UMKM binaan per kecamatan tahun 2023-2025"
    purpose = "penyusunan skripsi"
    cover = f"""Nomor    : 1187/UN7.CN/FEB/PP.04/2026
Lampiran : -
Perihal  : Permohonan Izin Pengambilan Data

Kepada Yth.
Kepala Pejabat Pengelola Informasi dan Dokumentasi (PPID)
Pemerintah Kota Uji
di Tempat

Dengan hormat,
Dalam rangka penyelesaian studi Program Sarjana (S1), dengan ini kami mohon kesediaan Bapak/Ibu untuk memberikan izin pengambilan data kepada mahasiswa kami berikut:

| No | Nama | NIM | Program Studi
| 1 | Nadia Putri Kusuma | 21020120130077 | S1 Ekonomi Pembangunan

Data yang dibutuhkan adalah {info} beserta nilai bantuan modal yang telah disalurkan. Data tersebut akan digunakan untuk keperluan {purpose} dengan judul "Pengaruh Bantuan Modal terhadap Pendapatan UMKM di Kota Uji".

Demikian permohonan ini kami sampaikan. Atas perhatian dan kerja sama Bapak/Ibu, kami ucapkan terima kasih.

\tSemarang, 23 November 2026
\ta.n. Dekan
\tWakil Dekan Akademik dan Kemahasiswaan,
~stamp~
\tDr. Hartini Wulansari, S.E., M.Si.
\tNIP 197803122005012001"""
    out.append(
        Letter(
            "mahasiswa S1",
            "student mails a Wakil Dekan's covering letter as a two-page scanned PDF: letter with a university letterhead, KTP copy on page 2; student named in a table",
            ["faculty_letter", "scan_pdf_2pages", "letterhead_scan", "ktp_in_pdf", "phone_08"],
            ("Nadia Putri Kusuma", "nadia.putrik@students.ucn.test"),
            "Permohonan Data Skripsi - Nadia Putri Kusuma",
            "2026-11-24 13:12",
            F("Nadia Putri Kusuma", info, purpose, "KTP", p.nik, phone="0857-2231-4480"),
            [],
            text="""Selamat siang Bapak/Ibu PPID Kota Uji,

Perkenalkan saya Nadia Putri Kusuma, mahasiswi Program Studi Ekonomi Pembangunan Universitas Cakrawala Nusantara. Bersama email ini saya lampirkan surat pengantar dari fakultas beserta fotokopi KTP saya (dijadikan satu file PDF).

Besar harapan saya permohonan ini dapat diproses. Atas perhatian Bapak/Ibu saya ucapkan terima kasih.

Salam hormat,
Nadia Putri Kusuma
NIM 21020120130077
HP 0857-2231-4480
""",
            files=[
                scan_pdf(
                    "Surat Pengantar + KTP_Nadia.pdf",
                    "a1",
                    [(cover, UCN_FEB)],
                    keep=(info, purpose),
                    ktp_of=p,
                )
            ],
        )
    )

    # A2 - text PDF covering letter with a lettered list; KTM as the identity card; From in lowercase
    info = "rekapitulasi pengaduan masyarakat melalui kanal SP4N-LAPOR! tahun 2024-2025"
    purpose = "penyusunan skripsi"
    cover = f"""UNIVERSITAS TIRTA KENCANA
FAKULTAS ILMU SOSIAL DAN ILMU POLITIK
Jl. Raya Kencana Km. 4, Kota Uji 50199 - Telp. (024) 8311 220 - fisip.utk.test
____________________________________________________________________________

Nomor     : 0932/FISIP-UTK/PP/XI/2026                         Kota Uji, 16 November 2026
Lampiran  : 1 (satu) lembar proposal
Hal       : Permohonan Data Penelitian

Kepada Yth.
Kepala Dinas Komunikasi dan Informatika
selaku PPID Utama Pemerintah Kota Uji
di Kota Uji

Dengan hormat,

Bersama ini kami sampaikan bahwa mahasiswa Fakultas Ilmu Sosial dan Ilmu Politik Universitas Tirta Kencana di bawah ini:

   Nama            : Muhammad Rizky Ramadhan
   NIM             : 2201114057
   Program Studi   : Administrasi Publik
   Semester        : VII (tujuh)

sedang melaksanakan penelitian guna {purpose} yang berjudul "Efektivitas Pengelolaan Pengaduan Masyarakat di Pemerintah Kota Uji". Sehubungan dengan hal tersebut, kami mohon mahasiswa kami dapat diberikan data/informasi berupa:

   a. {info};
   b. standar operasional prosedur penanganan pengaduan;
   c. jumlah petugas pengelola pengaduan di tiap perangkat daerah.

Data tersebut semata-mata digunakan untuk kepentingan akademik. Demikian permohonan ini, atas bantuan dan kerja samanya kami ucapkan terima kasih.

                                                  a.n. Dekan,
                                                  Wakil Dekan I,

                                                  ttd.

                                                  Dr. Abdul Ghofur, M.Si.
                                                  NIDN 0611087702

Tembusan:
1. Dekan FISIP UTK (sebagai laporan);
2. Yang bersangkutan."""
    rng_seed = "a2"
    out.append(
        Letter(
            "mahasiswa S1",
            "Wakil Dekan's covering letter as a text PDF, student in a 'Nama : ...' list, lettered information list, KTM photo as ID, lowercase From name",
            [
                "faculty_letter",
                "pdf_text",
                "list_alpha",
                "ktm",
                "from_differs",
                "whatsapp_filename",
                "purpose_running",
            ],
            ("rizky ramadhan", "rizkyr22@mail.example.com"),
            "surat pengantar penelitian",
            "2026-11-17 08:47",
            F("Muhammad Rizky Ramadhan", info, purpose, "KTM", None),
            [],
            text="""Yth. Admin PPID Kota Uji

Dengan hormat, saya Muhammad Rizky Ramadhan mahasiswa Administrasi Publik Universitas Tirta Kencana. Berikut saya kirimkan surat pengantar permohonan data dari fakultas, serta foto Kartu Tanda Mahasiswa sebagai identitas.

Mohon informasinya apabila ada berkas lain yang perlu saya lengkapi.

Terima kasih,
Rizky
""",
            files=[
                pdf_att(
                    "Surat Permohonan Data - M Rizky Ramadhan.pdf",
                    cover,
                    keep=(info,),
                    title="Permohonan Data Penelitian",
                ),
                card_att(
                    ktm_card(
                        "Muhammad Rizky Ramadhan",
                        "2201114057",
                        "Universitas Tirta Kencana",
                        "Ilmu Sosial dan Ilmu Politik",
                        "Administrasi Publik",
                        random.Random(rng_seed),
                        colour=(110, 20, 40),
                    ),
                    "WhatsApp Image 2026-11-17 at 08.41.12.jpeg",
                    rng_seed,
                    "KTM",
                ),
            ],
        )
    )

    # A3 - DOCX covering letter with a table of students (one), numbered data list; WhatsApp KTP photo
    p = Person(
        "Ayu Lestari Ningsih",
        "330912",
        "03-02-2003",
        female=True,
        serial=5,
        job="PELAJAR/MAHASISWA",
        street="DUKUH NGAGOREJO",
        rtrw="001/003",
        kel="NGAGOREJO",
        kec="NGEMPLAK",
        married="BELUM KAWIN",
    )
    info = "Data luas panen dan produksi padi per kecamatan tahun 2021-2025"
    purpose = "bahan penulisan skripsi"
    blocks = [
        ">>**UNIVERSITAS GUNUNG SINDORO**",
        ">>**FAKULTAS PERTANIAN**",
        ">>Kampus Kledung, Jl. Pahlawan No. 88, Temanggung 56253 | faperta.ugs.test",
        "",
        "Nomor\t: 417/UGS/FP/TU/2026",
        "Lampiran\t: -",
        "Perihal\t: Permohonan Data untuk Penelitian Skripsi",
        "",
        "Kepada Yth.",
        "PPID Pemerintah Kota Uji",
        "Di tempat",
        "",
        "Dengan hormat,",
        "Sehubungan dengan pelaksanaan penelitian skripsi mahasiswa Fakultas Pertanian Universitas Gunung Sindoro, dengan ini kami mohon bantuan Bapak/Ibu berkenan memberikan data kepada mahasiswa kami:",
        (
            "table",
            [
                ["No", "Nama Mahasiswa", "NIM", "Program Studi"],
                ["1.", "Ayu Lestari Ningsih", "A1C021044", "Agribisnis"],
            ],
        ),
        "",
        "Adapun data yang diperlukan sebagai berikut:",
        f"1. {info};",
        "2. Data jumlah kelompok tani aktif per kecamatan tahun 2025;",
        "3. Data harga gabah kering panen di tingkat petani per bulan tahun 2025.",
        "",
        f"Data tersebut akan dipergunakan sebagai {purpose} mahasiswa yang bersangkutan dan tidak untuk kepentingan lain.",
        "Demikian surat ini kami sampaikan, atas perhatian dan kerja sama yang baik kami ucapkan terima kasih.",
        "",
        "Temanggung, 9 November 2026",
        "Dekan,",
        "",
        "",
        "Prof. Dr. Ir. Sri Widodo, M.P.",
        "NIP 196805151993031002",
    ]
    out.append(
        Letter(
            "mahasiswa S1",
            "Dekan's covering letter as DOCX, student in a DOCX table, numbered data list; KTP photographed, WhatsApp file name; very short mail",
            [
                "faculty_letter",
                "docx",
                "docx_table",
                "list_numbered",
                "ktp_photo",
                "whatsapp_filename",
                "purpose_running",
            ],
            ("Ayu Lestari", "ayulestari.n03@mail.example.com"),
            "Permohonan data",
            "2026-11-10 10:05",
            F("Ayu Lestari Ningsih", info, purpose, "KTP", p.nik),
            [],
            text="""Kepada Yth. PPID Kota Uji,

Bersama ini saya kirimkan surat permohonan data dari Fakultas Pertanian dan foto KTP saya. Terima kasih atas bantuannya.

Ayu
""",
            files=[
                docx_att("Surat Permohonan Data Ayu Lestari Ningsih.docx", blocks),
                ktp_photo(p, "WhatsApp Image 2026-11-10 at 09.58.31.jpeg", "a3"),
            ],
        )
    )

    # A4 - phone photo of a covering letter (university letterhead, not an ID); no KTP at all
    info = "naskah akademik Rancangan Peraturan Daerah tentang Ketertiban Umum tahun 2025"
    purpose = "penyusunan skripsi"
    cover = f"""Nomor : B-611/Un.14/FH/PP.00.9/11/2026
Lamp. : -
Hal   : Permohonan Data Penelitian

Yth. Kepala PPID Pemerintah Kota Uji
di Tempat

Assalamu'alaikum Wr. Wb.

Dekan Fakultas Hukum Universitas Islam Al-Hikmah Kota Uji dengan ini menerangkan bahwa:

Nama          : Fajar Nugroho
NIM           : 2211020083
Program Studi : Hukum Tata Negara

adalah benar mahasiswa kami yang sedang melakukan penelitian untuk {purpose}. Untuk itu kami mohon kiranya yang bersangkutan dapat diberikan {info} beserta risalah pembahasannya.

Demikian, atas perhatian Bapak/Ibu kami sampaikan terima kasih.

Wassalamu'alaikum Wr. Wb.

\tKota Uji, 2 Desember 2026
\tDekan,
~stamp~
\tDr. H. Zainal Arifin, S.H., M.H."""
    head = Head(
        [
            ("UNIVERSITAS ISLAM AL-HIKMAH KOTA UJI", 32, True),
            ("FAKULTAS HUKUM", 30, True),
            ("Jl. KH. Ahmad Dahlan No. 45 Kota Uji, Jawa Tengah 50211", 20, False),
        ],
        emblem="shield",
    )
    out.append(
        Letter(
            "mahasiswa S1",
            "phone photo of a Dekan's covering letter with a university letterhead (the only attachment, not an ID); Islamic greetings in the mail",
            [
                "faculty_letter",
                "letterhead_scan",
                "photo_letter",
                "islamic",
                "camera_filename",
                "no_id",
            ],
            ("Fajar Nugroho", "fajarnugroho.fh@mail.example.com"),
            "Permohonan data penelitian",
            "2026-12-02 15:40",
            F("Fajar Nugroho", info, purpose, None, None),
            ["id_document"],
            text="""Assalamu'alaikum wr wb.

Mohon maaf mengganggu waktunya Bapak/Ibu. Saya Fajar, mahasiswa Fakultas Hukum UIAH. Saya kirimkan foto surat permohonan data dari kampus, mohon bisa dibantu.

Wassalamu'alaikum wr wb.
Fajar Nugroho
""",
            files=[letter_jpg(cover, "IMG_20261202_153102.jpg", "a4", head=head, keep=(info,))],
        )
    )

    # A5 - chat-style mail, covering letter as a one-page CamScanner PDF, KTP with "NIK :"
    p = Person(
        "Dimas Aditya Pratama",
        "337415",
        "22-09-2003",
        serial=11,
        job="PELAJAR/MAHASISWA",
        street="JL. SAPTA PRASETYA IV NO. 3",
        rtrw="006/002",
        kel="PEDURUNGAN TENGAH",
        kec="PEDURUNGAN",
        married="BELUM KAWIN",
        blood="O",
    )
    info = "data volume lalu lintas harian pada simpang bersinyal di Kota Uji tahun 2025"
    cover = f"""Nomor     : 2290/UBL/FT/XI/2026
Lampiran  : -
Perihal   : Permohonan Data Tugas Akhir

Kepada Yth.
Pejabat Pengelola Informasi dan Dokumentasi
Pemerintah Kota Uji
di Kota Uji

Dengan hormat,
Bersama ini kami hadapkan mahasiswa Fakultas Teknik Universitas Bina Lestari:

   Nama   : Dimas Aditya Pratama
   NIM    : 5113421009
   Prodi  : Teknik Sipil (S1)

Mahasiswa tersebut memerlukan {info} serta data waktu siklus lampu lalu lintas pada simpang yang sama, untuk keperluan penyusunan skripsi.

Besar harapan kami Bapak/Ibu berkenan membantu. Atas perhatiannya kami ucapkan terima kasih.

\tKota Uji, 25 November 2026
\ta.n. Dekan
\tWakil Dekan Bidang Akademik
~sig~
\tIr. Bonifasius Lake, M.T."""
    head = Head(
        [
            ("UNIVERSITAS BINA LESTARI", 34, True),
            ("FAKULTAS TEKNIK", 30, True),
            ("Kampus Terpadu Jl. Lingkar Utara No. 1 Kota Uji  Telp. (024) 355 0102", 19, False),
        ]
    )
    out.append(
        Letter(
            "mahasiswa S1",
            "chat-style mail ('min', 'sy', 'dr', 'utk'), covering letter as a one-page scanned PDF, KTP photo printed 'NIK : ...'",
            [
                "faculty_letter",
                "chat",
                "scan_pdf_1page",
                "letterhead_scan",
                "ktp_photo",
                "ktp_colon",
                "camera_filename",
                "purpose_buat",
            ],
            ("Dimas Aditya", "dimasap.ts@mail.example.com"),
            "minta data skripsi",
            "2026-11-26 21:33",
            F("Dimas Aditya Pratama", info, "skripsi", "KTP", p.nik),
            [],
            text="""min sy dimas mhs teknik sipil univ bina lestari, mau minta data buat skripsi. surat pengantar dr fakultas sm ktp sy lampirkan ya min. mksh banyak 🙏

Dimas
""",
            files=[
                scan_pdf("CamScanner 26-11-2026 21.20.pdf", "a5", [(cover, head)], keep=(info,)),
                ktp_photo(p, "IMG_20261126_211455.jpg", "a5k", nik_style="colon"),
            ],
        )
    )

    # A6 - Gmail HTML, purpose before information, covering letter (generic) as a text PDF, KTM
    info = "jumlah kasus demam berdarah dengue (DBD) per kelurahan tahun 2023-2025"
    purpose = "penyusunan skripsi"
    cover = """UNIVERSITAS CAKRAWALA NUSANTARA
FAKULTAS KESEHATAN MASYARAKAT
Jl. Prof. Sudarto No. 13 Tembalang Semarang 50275

Nomor    : 3021/UN7.CN/FKM/PP/2026
Lampiran : 1 (satu) berkas
Perihal  : Izin Penelitian dan Pengambilan Data

Kepada Yth. PPID Pemerintah Kota Uji

Dengan hormat,
Dekan Fakultas Kesehatan Masyarakat Universitas Cakrawala Nusantara memohon izin bagi mahasiswa kami untuk memperoleh data penelitian sebagaimana tercantum dalam proposal terlampir, dalam rangka penyusunan skripsi.

No.  Nama                NIM              Program Studi
1.   Putri Anggraini     25000120140311   S1 Kesehatan Masyarakat

Atas perhatian dan bantuan Bapak/Ibu kami ucapkan terima kasih.

                                       Semarang, 3 Desember 2026
                                       Dekan,

                                       ttd

                                       Dr. Budiyono, S.K.M., M.Kes."""
    body_text = f"""Yth. Bapak/Ibu Petugas PPID Kota Uji,

Dalam rangka {purpose} di Fakultas Kesehatan Masyarakat Universitas Cakrawala Nusantara, saya ingin mengetahui {info}, beserta data curah hujan bulanan pada periode yang sama apabila tersedia.

Bersama email ini saya lampirkan surat izin penelitian dari fakultas dan Kartu Tanda Mahasiswa saya.

Terima kasih atas perhatian dan bantuannya.

Hormat saya,
Putri Anggraini
Mahasiswa S1 Kesehatan Masyarakat UCN
WhatsApp: 0813 2760 1184
"""
    body_html = f"""<div dir="ltr"><div>Yth. Bapak/Ibu Petugas PPID Kota Uji,</div><div><br></div><div>Dalam rangka {purpose} di Fakultas Kesehatan Masyarakat Universitas Cakrawala Nusantara, saya ingin mengetahui <b>{htmlmod.escape(info)}</b>, beserta data curah hujan bulanan pada periode yang sama apabila tersedia.</div><div><br></div><div>Bersama email ini saya lampirkan surat izin penelitian dari fakultas dan Kartu Tanda Mahasiswa saya.</div><div><br></div><div>Terima kasih atas perhatian dan bantuannya.</div><div><br></div><div>Hormat saya,</div><div><br clear="all"><div><div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr"><b>Putri Anggraini</b><div><font color="#888888">Mahasiswa S1 Kesehatan Masyarakat UCN</font></div><div><font color="#888888">WhatsApp: 0813 2760 1184</font></div></div></div></div></div></div>
"""
    seed = "a6"
    out.append(
        Letter(
            "mahasiswa S1",
            "Gmail HTML + plain; purpose ('Dalam rangka ...') before the information ('ingin mengetahui'); generic covering letter as text PDF; KTM",
            [
                "faculty_letter",
                "html",
                "purpose_before",
                "purpose_dalam_rangka",
                "ingin_mengetahui",
                "pdf_text",
                "ktm",
                "phone_whatsapp",
            ],
            ("Putri Anggraini", "putri.anggraini@students.ucn.test"),
            "Permohonan Data Penelitian Skripsi",
            "2026-12-03 11:26",
            F("Putri Anggraini", info, purpose, "KTM", None, phone="0813 2760 1184"),
            [],
            text=body_text,
            html=body_html,
            files=[
                pdf_att("Surat Izin Penelitian FKM.pdf", cover, title="Izin Penelitian"),
                card_att(
                    ktm_card(
                        "Putri Anggraini",
                        "25000120140311",
                        "Universitas Cakrawala Nusantara",
                        "Kesehatan Masyarakat",
                        "S1 Kesehatan Masyarakat",
                        random.Random(seed),
                    ),
                    "KTM Putri.jpg",
                    seed,
                    "KTM",
                    photo=False,
                ),
            ],
        )
    )

    # A7 - student forwards the faculty office's mail (covering letter as text PDF inside); KTP scan
    p = Person(
        "Galih Saputra",
        "337208",
        "30-05-2003",
        serial=7,
        job="PELAJAR/MAHASISWA",
        street="KAMPUNG SEWU RT 02",
        rtrw="002/009",
        kel="SEWU",
        kec="JEBRES",
        married="BELUM KAWIN",
    )
    info = "data jumlah pekerja migran asal Kota Uji yang berangkat tahun 2024-2025 menurut negara tujuan"
    purpose = "penyusunan skripsi"
    cover = f"""UNIVERSITAS TIRTA KENCANA
FAKULTAS ILMU SOSIAL DAN ILMU POLITIK
Jl. Raya Kencana Km. 4, Kota Uji 50199

Nomor    : 1004/FISIP-UTK/PP/XII/2026
Lampiran : -
Perihal  : Surat Pengantar Penelitian

Kepada Yth.
Kepala PPID Pemerintah Kota Uji
c.q. Dinas Tenaga Kerja
di Tempat

Dengan hormat,
Bersama ini kami mohon bantuan Bapak/Ibu untuk memberikan data kepada mahasiswa kami:

No | Nama          | NIM        | Program Studi
1  | Galih Saputra | 2201113021 | Sosiologi

berupa {info}. Data tersebut diperlukan untuk {purpose} dengan judul "Migrasi Tenaga Kerja dan Perubahan Struktur Keluarga di Kota Uji".

Atas perhatian dan kerja samanya kami ucapkan terima kasih.

                                            Kota Uji, 1 Desember 2026
                                            Dekan,

                                            ttd.

                                            Prof. Dr. Retno Sulistyowati, M.A."""
    out.append(
        Letter(
            "mahasiswa S1",
            "student forwards the faculty office's mail ('---------- Forwarded message ---------'); covering letter as text PDF; KTP flat scan",
            ["faculty_letter", "forwarded", "pdf_text", "ktp_scan", "phone_08_spaces"],
            ("Galih Saputra", "galih.saputra03@mail.example.com"),
            "Fwd: Surat Pengantar Penelitian a.n. Galih Saputra",
            "2026-12-01 19:02",
            F("Galih Saputra", info, purpose, "KTP", p.nik, phone="0812 2987 6631"),
            [],
            text="""Dengan hormat Bapak/Ibu PPID,

Saya teruskan surat pengantar penelitian dari kampus saya. KTP saya lampirkan juga. Terima kasih.

Galih Saputra
0812 2987 6631

---------- Forwarded message ---------
From: Subbag Akademik FISIP UTK <akademik.fisip@utk.test>
Date: Tue, Dec 1, 2026 at 2:15 PM
Subject: Surat Pengantar Penelitian a.n. Galih Saputra
To: <galih.saputra03@mail.example.com>


Selamat siang,

Berikut kami kirimkan surat pengantar penelitian a.n. Galih Saputra (NIM 2201113021). Silakan diteruskan ke instansi tujuan.

Salam,
Subbag Akademik FISIP
Universitas Tirta Kencana
""",
            files=[
                pdf_att(
                    "SP_Penelitian_Galih_Saputra.pdf",
                    cover,
                    keep=(info,),
                    title="Surat Pengantar Penelitian",
                ),
                ktp_scan(p, "KTP Galih.jpg", "a7"),
            ],
        )
    )

    # A8 - covering letter that never says which data; KTP photo
    p = Person(
        "Rahmawati Siregar",
        "127106",
        "09-12-2002",
        female=True,
        serial=24,
        job="PELAJAR/MAHASISWA",
        street="JL. BUDI KEMASYARAKATAN NO. 8",
        rtrw="-",
        kel="PULO BRAYAN",
        kec="MEDAN TIMUR",
        married="BELUM KAWIN",
    )
    cover = """Nomor    : 2714/UN.CN/FISIP/PP/2026
Lampiran : -
Perihal  : Permohonan Bantuan Data

Kepada Yth.
Kepala PPID Pemerintah Kota Uji
di Tempat

Dengan hormat,
Sehubungan dengan penelitian yang sedang dilaksanakan oleh mahasiswa kami:

   Nama    : Rahmawati Siregar
   NIM     : 14010120120009
   Prodi   : Ilmu Pemerintahan

dengan ini kami mohon Bapak/Ibu berkenan memberikan data-data yang diperlukan dalam penelitian mahasiswa kami tersebut, untuk keperluan penyusunan skripsi.

Demikian, atas bantuannya kami ucapkan terima kasih.

\tSemarang, 19 November 2026
\ta.n. Dekan
\tWakil Dekan I,
~stamp~
\tDr. Teguh Yuwono, M.Pol.Admin."""
    head = Head(
        [
            ("UNIVERSITAS CAKRAWALA NUSANTARA", 34, True),
            ("FAKULTAS ILMU SOSIAL DAN ILMU POLITIK", 28, True),
            ("Jl. Prof. Soedarto, S.H. Tembalang, Semarang 50275", 20, False),
        ]
    )
    out.append(
        Letter(
            "mahasiswa S1",
            "covering letter (scanned PDF) asks for 'data-data yang diperlukan' without saying which; mail does not say either",
            [
                "faculty_letter",
                "scan_pdf_1page",
                "letterhead_scan",
                "ktp_photo",
                "vague_information",
                "camera_filename",
            ],
            ("Rahmawati Siregar", "rahma.siregar02@mail.example.com"),
            "Permohonan data",
            "2026-11-20 09:18",
            F("Rahmawati Siregar", None, "penyusunan skripsi", "KTP", p.nik),
            ["information"],
            text="""Selamat pagi,

Dengan hormat, saya Rahmawati Siregar mahasiswa Ilmu Pemerintahan. Terlampir surat permohonan bantuan data dari fakultas dan KTP saya. Mohon arahannya Bapak/Ibu.

Terima kasih.
Rahmawati Siregar
""",
            files=[
                scan_pdf("Scan_20261119_0001.pdf", "a8", [(cover, head)]),
                ktp_photo(p, "20261120_091044.jpg", "a8k"),
            ],
        )
    )
    return out


def students_s2() -> list[Letter]:
    out = []

    # B1 - Sekolah Pascasarjana covering letter as text PDF, formal mail, KTP flat scan
    p = Person(
        "Hendro Wicaksono",
        "347105",
        "11-03-1994",
        serial=3,
        job="KARYAWAN SWASTA",
        street="JL. BINTARAN KIDUL NO. 17",
        rtrw="031/008",
        kel="WIROGUNAN",
        kec="MERGANGSAN",
        blood="B",
    )
    info = "dokumen Rencana Detail Tata Ruang (RDTR) Kawasan Perkotaan Kota Uji"
    purpose = "penyusunan tesis"
    cover = f"""SEKOLAH PASCASARJANA
UNIVERSITAS CAKRAWALA NUSANTARA
Gedung Pascasarjana Lt. 2, Jl. Imam Bardjo, S.H. No. 5 Semarang 50241

Nomor    : 5512/UN7.CN/SPs/PP.03/2026
Lampiran : -
Perihal  : Permohonan Data Penelitian Tesis

Yth. Kepala PPID Pemerintah Kota Uji
di tempat

Dengan hormat,
Dalam rangka {purpose} mahasiswa Program Studi Magister Perencanaan Wilayah dan Kota, Sekolah Pascasarjana Universitas Cakrawala Nusantara, bersama ini kami mohon bantuan Bapak/Ibu untuk memberikan data kepada mahasiswa kami:

   No.  Nama                 NIM               Program Studi
   1.   Hendro Wicaksono     21040124410017    Magister PWK

Data yang diperlukan adalah {info} beserta peta digitalnya (format shapefile), serta laporan evaluasi pemanfaatan ruang tahun 2025.

Demikian permohonan ini kami sampaikan, atas perhatian dan kerja sama Bapak/Ibu kami ucapkan terima kasih.

                                              Semarang, 12 November 2026
                                              Dekan Sekolah Pascasarjana,

                                              ttd

                                              Prof. Dr. Ir. Purwanto, DEA
                                              NIP 196112281986031004"""
    out.append(
        Letter(
            "mahasiswa S2",
            "S2 student, Dekan Sekolah Pascasarjana covering letter as text PDF with a plain-text table; formal mail with HP; KTP flat scan",
            [
                "faculty_letter",
                "pdf_text",
                "ktp_scan",
                "phone_plus62",
                "purpose_dalam_rangka",
                "purpose_before",
            ],
            ("Hendro Wicaksono", "hendro.wicaksono@pasca.ucn.test"),
            "Permohonan Informasi Publik",
            "2026-11-13 07:55",
            F("Hendro Wicaksono", info, purpose, "KTP", p.nik, phone="+62 821-3345-9012"),
            [],
            text="""Kepada Yth.
Bapak/Ibu Pejabat Pengelola Informasi dan Dokumentasi
Pemerintah Kota Uji

Dengan hormat,

Saya Hendro Wicaksono, mahasiswa Magister Perencanaan Wilayah dan Kota Universitas Cakrawala Nusantara, bermaksud mengajukan permohonan data sebagaimana tercantum dalam surat pengantar Dekan Sekolah Pascasarjana terlampir. Sebagai kelengkapan, saya lampirkan pula hasil pindai KTP saya.

Apabila data tersedia dalam bentuk softcopy, mohon dapat dikirimkan melalui alamat email ini.

Atas perhatian dan bantuan Bapak/Ibu saya ucapkan terima kasih.

Hormat saya,

Hendro Wicaksono
HP: +62 821-3345-9012
""",
            files=[
                pdf_att(
                    "Surat Permohonan Data_Hendro W.pdf",
                    cover,
                    keep=(info,),
                    title="Permohonan Data Penelitian Tesis",
                ),
                ktp_scan(p, "scan_ktp.jpg", "b1"),
            ],
        )
    )

    # B2 - Perki form in the body with dotted leaders and checkboxes; KTP photo with "NIK :"
    p = Person(
        "Yohana Maria Tanamal",
        "817102",
        "27-10-1996",
        female=True,
        serial=8,
        job="PELAJAR/MAHASISWA",
        street="JL. PATTIMURA LR. MAWAR NO. 4",
        rtrw="003/002",
        kel="URITETU",
        kec="SIRIMAU",
        religion="KRISTEN",
        married="BELUM KAWIN",
    )
    info = (
        "data realisasi belanja Dana Alokasi Khusus (DAK) fisik bidang pendidikan tahun 2022-2025"
    )
    purpose = "penelitian tesis Magister Akuntansi Sektor Publik"
    body = f"""Selamat sore Bapak/Ibu,

Dengan hormat, bersama ini saya sampaikan formulir permohonan informasi sebagai berikut:

FORMULIR PERMOHONAN INFORMASI PUBLIK

Nama Pemohon ................................ : Yohana Maria Tanamal
Nomor KTP/NIK ............................... : {p.nik}
Alamat ...................................... : Jl. Pattimura Lr. Mawar No. 4, Kel. Uritetu, Kota Ambon
Pekerjaan ................................... : Mahasiswa Pascasarjana
No. Telepon/HP .............................. : +62 813-4452-0917
E-mail ...................................... : yohana.tanamal@pasca.test
Rincian informasi yang dibutuhkan ........... : {info}
Tujuan penggunaan informasi ................. : {purpose}
Cara memperoleh informasi ................... : [ ] melihat/membaca   [x] mendapatkan salinan
Cara mendapatkan salinan informasi .......... : [ ] mengambil langsung  [ ] pos  [x] email

Foto KTP saya lampirkan sebagai syarat permohonan.

Salam,
Yohana Maria Tanamal
"""
    out.append(
        Letter(
            "mahasiswa S2",
            "Perki form pasted in the body with dotted leaders and [x] checkboxes; KTP photo printed 'NIK : ...'",
            [
                "form_dotted",
                "form_checkbox",
                "ktp_photo",
                "ktp_colon",
                "phone_plus62",
                "purpose_label_tujuan",
            ],
            ("Yohana Tanamal", "yohana.tanamal@pasca.test"),
            "Formulir Permohonan Informasi",
            "2026-11-18 16:44",
            F(
                "Yohana Maria Tanamal",
                info,
                purpose,
                "KTP",
                p.nik,
                occupation="Mahasiswa Pascasarjana",
                phone="+62 813-4452-0917",
                address="Jl. Pattimura Lr. Mawar No. 4, Kel. Uritetu, Kota Ambon",
            ),
            [],
            text=body,
            files=[ktp_photo(p, "IMG_20261118_163920.jpg", "b2", nik_style="colon")],
        )
    )

    # B3 - reply completing an earlier request, quoting the desk's answer ("Pada ... menulis:")
    p = Person(
        "Teguh Prasetya Wibowo",
        "332211",
        "05-01-1993",
        serial=15,
        job="KARYAWAN SWASTA",
        street="PERUM BERGAS INDAH BLOK C-9",
        rtrw="005/003",
        kel="BERGAS KIDUL",
        kec="BERGAS",
    )
    info = "data jumlah penumpang Bus Rapid Transit (BRT) per koridor per bulan tahun 2025"
    purpose = "analisis dalam tesis saya"
    out.append(
        Letter(
            "mahasiswa S2",
            "reply to the desk's request to complete: new details on top, older exchange quoted with '>' after 'Pada ... menulis:'; label 'Informasi yang diminta' / 'Tujuan'",
            ["reply_quote", "ktp_photo", "camera_filename", "purpose_label_tujuan"],
            ("Teguh P. Wibowo", "teguhpw@mail.example.com"),
            "Re: Permohonan data BRT",
            "2026-12-01 08:03",
            F("Teguh Prasetya Wibowo", info, purpose, "KTP", p.nik),
            [],
            text=f"""Selamat pagi Bapak/Ibu,

Terima kasih atas tanggapannya. Berikut saya lengkapi permohonan saya:

Informasi yang diminta: {info}
Tujuan: {purpose} di Magister Teknik Transportasi

KTP sudah saya lampirkan kembali.

Salam,
Teguh Prasetya Wibowo

Pada Sen, 30 Nov 2026 pukul 13.05 PPID Kota Uji <ppid@kota-uji.go.id> menulis:
> Yth. Sdr. Teguh,
>
> Terima kasih telah menghubungi PPID Kota Uji. Permohonan Saudara belum
> dapat kami proses karena belum mencantumkan rincian informasi yang diminta
> dan tujuan penggunaannya. Mohon dilengkapi dengan membalas email ini.
>
> Salam,
> Layanan Informasi PPID Kota Uji
>
> Pada Sab, 28 Nov 2026 pukul 22.10 Teguh P. Wibowo <teguhpw@mail.example.com> menulis:
>> Selamat malam, saya mau minta data untuk tesis. Terima kasih.
""",
            files=[ktp_photo(p, "IMG_20261201_075512.jpg", "b3")],
            headers={
                "In-Reply-To": "<ppid-20261130-1305-77@kota-uji.go.id>",
                "References": "<ppid-20261130-1305-77@kota-uji.go.id>",
            },
        )
    )

    # B4 - Outlook HTML only (no plain part), table of requested data, 'Keperluan:' label, KTM
    info = "Jumlah kunjungan wisatawan mancanegara per bulan"
    purpose = "penyusunan tesis pada Program Magister Pariwisata"
    html_body = f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!-- p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}} table.MsoTableGrid {{border-collapse:collapse;}} --></style></head>
<body lang="EN-ID" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
<p class="MsoNormal">Yth. Bapak/Ibu PPID Kota Uji,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Om Swastyastu. Perkenalkan, saya Ni Made Ayu Sriwahyuni, mahasiswa Program Magister Pariwisata Universitas Dwipa Santhi. Dengan hormat saya memohon data sebagai berikut:<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">
<tr><td width="40" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><b>No<o:p></o:p></b></p></td>
<td width="300" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><b>Jenis Data<o:p></o:p></b></p></td>
<td width="90" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><b>Tahun<o:p></o:p></b></p></td>
<td width="160" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><b>Keterangan<o:p></o:p></b></p></td></tr>
<tr><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">1<o:p></o:p></p></td>
<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">{info}<o:p></o:p></p></td>
<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">2022&#8211;2025<o:p></o:p></p></td>
<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">menurut negara asal<o:p></o:p></p></td></tr>
<tr><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">2<o:p></o:p></p></td>
<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">Tingkat penghunian kamar hotel berbintang<o:p></o:p></p></td>
<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">2022&#8211;2025<o:p></o:p></p></td>
<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">per bulan<o:p></o:p></p></td></tr>
<tr><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">3<o:p></o:p></p></td>
<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">Pendapatan asli daerah dari pajak hotel dan restoran<o:p></o:p></p></td>
<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">2025<o:p></o:p></p></td>
<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">&nbsp;<o:p></o:p></p></td></tr>
</table>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Keperluan: {purpose}.<o:p></o:p></p>
<p class="MsoNormal">Sebagai identitas, saya lampirkan Kartu Tanda Mahasiswa.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Om Shanti Shanti Shanti Om<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b>Ni Made Ayu Sriwahyuni</b><o:p></o:p></p>
<p class="MsoNormal"><span style="color:#7F7F7F">Magister Pariwisata &#8211; Universitas Dwipa Santhi<br>Telp. 0361 &#8211; 422 187 / HP 0819 3602 7745<o:p></o:p></span></p>
</div></body></html>
"""
    seed = "b4"
    out.append(
        Letter(
            "mahasiswa S2",
            "Outlook (Word-generated) HTML only, no plain-text part; requested data in an HTML table; 'Keperluan:' label; KTM; Balinese greetings",
            [
                "html",
                "html_only",
                "html_table",
                "purpose_label_keperluan",
                "ktm",
                "phone_two_numbers",
            ],
            ("Ni Made Ayu Sriwahyuni", "ayu.sriwahyuni@student.uds.test"),
            "PERMOHONAN DATA TESIS",
            "2026-11-27 10:51",
            F("Ni Made Ayu Sriwahyuni", info, purpose, "KTM", None),
            [],
            html=html_body,
            client="outlook",
            files=[
                card_att(
                    ktm_card(
                        "Ni Made Ayu Sriwahyuni",
                        "2481011020",
                        "Universitas Dwipa Santhi",
                        "Pascasarjana",
                        "Magister Pariwisata",
                        random.Random(seed),
                        colour=(150, 90, 10),
                    ),
                    "ktm.jpg",
                    seed,
                    "KTM",
                )
            ],
        )
    )

    # B5 - covering letter scanned (letterhead), the 'KTP' attachment is a selfie
    info = "data indeks kualitas air sungai hasil pemantauan Dinas Lingkungan Hidup tahun 2020-2025"
    purpose = "penyusunan tesis"
    cover = f"""Nomor    : 788/UGS/PPs/XI/2026
Lampiran : 1 (satu) berkas
Hal      : Permohonan Data

Yth. Kepala PPID Pemerintah Kota Uji
di tempat

Dengan hormat,
Direktur Program Pascasarjana Universitas Gunung Sindoro dengan ini menerangkan bahwa:

   Nama          : Wahyu Hidayat
   NIM           : M2L024031
   Program Studi : Magister Ilmu Lingkungan

sedang melaksanakan penelitian dalam rangka {purpose}. Sehubungan dengan hal tersebut kami mohon yang bersangkutan diberikan {info}.

Atas perhatian dan bantuannya kami ucapkan terima kasih.

\tTemanggung, 27 November 2026
\tDirektur,
~stamp~
\tProf. Dr. Sudarno Utomo, M.Sc."""
    head = Head(
        [
            ("UNIVERSITAS GUNUNG SINDORO", 34, True),
            ("PROGRAM PASCASARJANA", 30, True),
            ("Jl. Pahlawan No. 88 Temanggung 56253  Telp. (0293) 491 200", 20, False),
        ]
    )
    out.append(
        Letter(
            "mahasiswa S2",
            "covering letter as a scanned PDF with a university letterhead; the attachment called ktp.jpg is a selfie, not a card",
            ["faculty_letter", "scan_pdf_1page", "letterhead_scan", "non_id_photo", "no_id"],
            ("Wahyu Hidayat", "wahyu.hidayat.mil@mail.example.com"),
            "permohonan data penelitian",
            "2026-11-28 14:20",
            F("Wahyu Hidayat", info, purpose, None, None),
            ["id_document"],
            text="""Selamat siang,

Terlampir surat permohonan data penelitian dan KTP saya. Terima kasih.

Wahyu Hidayat
""",
            files=[
                scan_pdf("surat permohonan.pdf", "b5", [(cover, head)], keep=(info,)),
                picture("selfie", "ktp.jpg", "b5s"),
            ],
        )
    )

    # B6 - student's own letter as DOCX, 'Maksud permohonan:', NIK in the letter, SIM as ID
    p = Person(
        "Stefanus Adi Nugraha",
        "347103",
        "19-08-1991",
        serial=6,
        job="PEGAWAI SWASTA",
        street="JL. KUSUMANEGARA NO. 120",
        rtrw="012/004",
        kel="MUJA MUJU",
        kec="UMBULHARJO",
        religion="KATOLIK",
    )
    info = "Laporan Kinerja Instansi Pemerintah (LKjIP) Kota Uji tahun 2023, 2024, dan 2025"
    purpose = "data sekunder penelitian tesis"
    blocks = [
        "Yogyakarta, 7 Desember 2026",
        "",
        "Perihal : Permohonan Salinan Dokumen",
        "",
        "Kepada Yth.",
        "Pejabat Pengelola Informasi dan Dokumentasi (PPID)",
        "Pemerintah Kota Uji",
        "",
        "Dengan hormat,",
        "Saya yang bertanda tangan di bawah ini:",
        "Nama\t\t: Stefanus Adi Nugraha",
        f"NIK\t\t: {p.nik}",
        "Pekerjaan\t: Mahasiswa S2 / Karyawan Swasta",
        "Alamat\t\t: Jl. Kusumanegara No. 120, Muja Muju, Umbulharjo, Yogyakarta",
        "No. HP\t\t: 0878-3911-2046",
        "",
        f"Dengan ini memohon salinan {info}.",
        f"Maksud permohonan: sebagai {purpose} pada Program Magister Administrasi Publik Universitas Sanata Widya.",
        "Salinan mohon dikirim dalam bentuk softcopy ke alamat email saya. Sebagai identitas saya lampirkan foto SIM.",
        "",
        "Demikian permohonan ini saya sampaikan. Terima kasih.",
        "",
        "Hormat saya,",
        "",
        "",
        "Stefanus Adi Nugraha",
    ]
    out.append(
        Letter(
            "mahasiswa S2",
            "student's own letter in DOCX: 'memohon salinan', 'Maksud permohonan:', NIK written in the letter; SIM photo as the ID",
            ["docx", "memohon_salinan", "purpose_label_maksud", "sim", "nik_in_letter", "phone_08"],
            ("Stefanus Adi", "stefanus.adi@mail.example.com"),
            "Permohonan salinan LKjIP",
            "2026-12-07 20:11",
            F(
                "Stefanus Adi Nugraha",
                info,
                purpose,
                "SIM",
                p.nik,
                occupation="Mahasiswa S2 / Karyawan Swasta",
                phone="0878-3911-2046",
                address="Jl. Kusumanegara No. 120, Muja Muju, Umbulharjo, Yogyakarta",
            ),
            [],
            text="Selamat malam, bersama ini saya kirimkan surat permohonan salinan dokumen. Terima kasih.\n\nStefanus",
            files=[
                docx_att("Permohonan Salinan LKjIP - Stefanus.docx", blocks),
                sim_photo(p, "IMG_20261207_200455.jpg", "b6", "9108-1234-567890", "A"),
            ],
        )
    )
    return out


def unions() -> list[Letter]:
    out = []
    kind = "serikat pekerja"

    # C1 - formal union letter in the body, numbered list under 'berupa:', 'sebagai bahan', signer with role below
    p = Person(
        "Suparman",
        "337411",
        "17-04-1976",
        serial=4,
        job="KARYAWAN SWASTA",
        street="JL. GENUK KARANGLO NO. 41",
        rtrw="003/001",
        kel="BANJARDOWO",
        kec="GENUK",
    )
    info = "data perusahaan di Kota Uji yang mengajukan penangguhan upah minimum tahun 2026"
    purpose = "bahan perundingan Perjanjian Kerja Bersama (PKB)"
    out.append(
        Letter(
            kind,
            "union letter typed into the mail: Nomor/Lampiran/Perihal, numbered list under 'berupa:', 'sebagai bahan ...', 'Hormat kami' + organisation + name + 'Ketua' below; From is the union's mailbox",
            [
                "formal_letter_body",
                "list_numbered",
                "purpose_sebagai_bahan",
                "sign_role_below",
                "from_differs",
                "phone_telp_wa",
                "ktp_photo",
                "camera_filename",
            ],
            ("PUK SPLE Sinar Baja", "puk.sple.sinarbaja@buruh.test"),
            "Permohonan Informasi Publik",
            "2026-11-09 09:30",
            F(
                "Suparman",
                info,
                purpose,
                "KTP",
                p.nik,
                phone="0813-9012-4477",
                address="Jl. Industri Raya Blok B No. 9, Kawasan Industri Kota Uji",
            ),
            [],
            text=f"""Nomor    : 041/PUK-SPLE/SBU/XI/2026
Lampiran : 1 (satu) berkas
Perihal  : Permohonan Informasi Publik

Kepada Yth.
PPID Pemerintah Kota Uji
c.q. Dinas Tenaga Kerja dan Transmigrasi
di tempat

Dengan hormat,

Kami, Pimpinan Unit Kerja Serikat Pekerja Logam dan Elektronik (PUK SPLE) PT Sinar Baja Utama, dengan ini mengajukan permohonan informasi publik berupa:

1. {info};
2. rekomendasi Dewan Pengupahan Kota Uji tentang upah minimum kota tahun 2027;
3. notulen rapat Dewan Pengupahan bulan Oktober - November 2026.

Informasi tersebut akan kami pergunakan sebagai {purpose} periode 2027-2029 dengan manajemen PT Sinar Baja Utama.

Sebagai kelengkapan, kami lampirkan foto KTP Ketua PUK.

Demikian permohonan ini kami sampaikan. Atas perhatian Bapak/Ibu kami ucapkan terima kasih.

Hormat kami,
PUK SPLE PT Sinar Baja Utama


Suparman
Ketua

Sekretariat: Jl. Industri Raya Blok B No. 9, Kawasan Industri Kota Uji
Telp/WA 0813-9012-4477
""",
            files=[ktp_photo(p, "IMG_20261109_091201.jpg", "c1")],
        )
    )

    # C2 - union letter on a letterhead, scanned to a two-page PDF with the KTP copy
    p = Person(
        "Dedi Kurniawan",
        "327311",
        "02-11-1981",
        serial=9,
        job="BURUH HARIAN LEPAS",
        street="JL. KIARACONDONG GG. SUKAPURA NO. 12",
        rtrw="008/011",
        kel="KEBONJAYANTI",
        kec="KIARACONDONG",
    )
    info = "jumlah perusahaan garmen yang telah memiliki Peraturan Perusahaan atau PKB terdaftar di Kota Uji tahun 2025"
    purpose = "advokasi hak normatif buruh garmen"
    letter_text = f"""Nomor    : 118/DPC-FSBTG/XI/2026
Lampiran : -
Perihal  : Permohonan Informasi

Kepada Yth.
Pejabat Pengelola Informasi dan Dokumentasi
Pemerintah Kota Uji
di -
     Tempat

Dengan hormat,
Salam solidaritas. Dewan Pimpinan Cabang Federasi Serikat Buruh Tekstil dan Garmen (FSBTG) Kota Uji dengan ini memohon informasi mengenai {info}, beserta nama perusahaannya.

Informasi tersebut kami perlukan untuk kepentingan {purpose} di wilayah Kota Uji.

Demikian permohonan ini, atas perhatiannya diucapkan terima kasih.

\tKota Uji, 20 November 2026
\tDPC FSBTG Kota Uji
\tKetua,
~stamp~
\tDedi Kurniawan"""
    head = Head(
        [
            ("FEDERASI SERIKAT BURUH TEKSTIL DAN GARMEN", 30, True),
            ("DEWAN PIMPINAN CABANG KOTA UJI", 28, True),
            ("Sekretariat: Jl. Kapten Tendean No. 3 Kota Uji  -  HP 0822 1144 7801", 20, False),
        ],
        serif=False,
    )
    out.append(
        Letter(
            kind,
            "union letter with letterhead, scanned to a two-page image-only PDF (letter, then the KTP copy); mail just says 'terlampir'",
            [
                "scan_pdf_2pages",
                "letterhead_scan",
                "ktp_in_pdf",
                "kami_memohon_informasi",
                "purpose_running",
            ],
            ("DPC FSBTG Kota Uji", "dpc.fsbtg.kotauji@buruh.test"),
            "Surat Permohonan Informasi",
            "2026-11-20 15:02",
            F("Dedi Kurniawan", info, purpose, "KTP", p.nik),
            [],
            text="Dengan hormat,\n\nTerlampir surat permohonan informasi dari DPC FSBTG Kota Uji beserta KTP Ketua.\n\nSalam solidaritas,\nSekretariat DPC FSBTG\n",
            files=[
                scan_pdf(
                    "DOC-20261120-WA0007.pdf", "c2", [(letter_text, head)], keep=(info,), ktp_of=p
                )
            ],
        )
    )

    # C3 - a staff member forwards the chairman's mail; requester is the original writer
    p = Person(
        "Rahmat Hidayat",
        "337403",
        "25-06-1979",
        serial=12,
        job="SOPIR",
        street="JL. KAMPUNG KALIBARU NO. 6",
        rtrw="002/006",
        kel="TAMBAKREJO",
        kec="GAYAMSARI",
    )
    info = "data jumlah angkutan kota yang lulus uji KIR per trayek tahun 2025"
    purpose = "bahan kajian keselamatan kerja awak angkutan"
    out.append(
        Letter(
            kind,
            "forwarded by the union's secretariat; the request is in the forwarded chairman's mail ('mohon diberikan'); KTP of the chairman",
            [
                "forwarded",
                "mohon_diberikan",
                "from_differs",
                "ktp_photo",
                "whatsapp_filename",
                "purpose_running",
                "phone_08",
            ],
            ("Sekretariat SPTKU", "sekretariat@sptku.test"),
            "Fwd: permohonan data KIR",
            "2026-11-30 08:15",
            F("Rahmat Hidayat", info, purpose, "KTP", p.nik, phone="0812-2500-8891"),
            [],
            text=f"""Selamat pagi,

Meneruskan permohonan dari Ketua kami, Bapak Rahmat Hidayat. KTP beliau terlampir.
Terima kasih.

Rina
staf sekretariat SPTKU

---------- Forwarded message ---------
From: Rahmat Hidayat <rahmat.hidayat@sptku.test>
Date: Sat, Nov 28, 2026 at 7:42 PM
Subject: permohonan data KIR
To: Sekretariat SPTKU <sekretariat@sptku.test>


Dik Rina, tolong diteruskan ke PPID Kota Uji ya, sekalian KTP saya.

Yth. PPID Kota Uji,
Saya Rahmat Hidayat, Ketua DPC Serikat Pekerja Transportasi Kota Uji (SPTKU), mohon diberikan {info}. Data tersebut untuk {purpose} yang sedang kami susun bersama anggota.

Terima kasih.
Rahmat Hidayat
0812-2500-8891
""",
            files=[ktp_photo(p, "WhatsApp Image 2026-11-28 at 19.40.03.jpeg", "c3")],
        )
    )

    # C4 - chat style with Islamic greeting, asks but gives no purpose
    p = Person(
        "Joko Susilo",
        "337412",
        "08-08-1985",
        serial=21,
        job="KARYAWAN SWASTA",
        street="JL. TAMBAK AJI III NO. 2",
        rtrw="001/005",
        kel="TAMBAKAJI",
        kec="NGALIYAN",
    )
    info = "data perusahaan yg sdh wajib lapor ketenagakerjaan (WLKP) di kota uji thn 2026"
    out.append(
        Letter(
            kind,
            "chat style ('sy', 'dr', 'yg', 'sdh', 'min'), Assalamu'alaikum; information given but no purpose anywhere",
            ["chat", "islamic", "mau_tanya", "ktp_photo", "whatsapp_filename", "no_purpose"],
            ("joko susilo", "jokosusilo85@mail.example.com"),
            "tanya data",
            "2026-11-14 20:48",
            F("Joko Susilo", info, None, "KTP", p.nik),
            ["purpose"],
            text=f"""Assalamu'alaikum
sy Joko dr serikat buruh PT Mitra Plastindo. mau tanya {info} ada ga ya min? kalo ada mhn dikirim ke email ini. ktp sy lampirkan

wassalam
Joko Susilo
""",
            files=[ktp_photo(p, "WhatsApp Image 2026-11-14 at 20.45.51.jpeg", "c4")],
        )
    )

    # C5 - text PDF with 'Alasan permintaan'; the 'ktp.jpg' is a photo of the factory
    info = "dokumen Analisis Mengenai Dampak Lingkungan (AMDAL) PT Anugrah Farma"
    purpose = "mengetahui kewajiban pengelolaan limbah perusahaan"
    letter_text = f"""Kota Uji, 23 November 2026

Hal : Permohonan Informasi

Kepada Yth.
PPID Pemerintah Kota Uji
di Tempat

Dengan hormat,
Yang bertanda tangan di bawah ini:

Nama      : Maria Goretti Simanjuntak
Jabatan   : Ketua PUK Serikat Pekerja Kimia dan Farmasi PT Anugrah Farma
Alamat    : Perum Griya Asri Blok D-7, Kota Uji
No. HP    : 0821 7766 3120

mengajukan permohonan informasi sebagai berikut:

Informasi yang dimohon : {info}
Alasan permintaan      : pekerja di bagian produksi mengeluhkan bau menyengat dan sesak napas, sehingga kami perlu {purpose} dan pemantauan kualitas udara di lingkungan kerja.

Bersama ini saya lampirkan foto KTP saya.

Hormat saya,


Maria Goretti Simanjuntak"""
    out.append(
        Letter(
            kind,
            "letter as a text PDF with 'Informasi yang dimohon' / 'Alasan permintaan' labels; the attachment named ktp.jpg is a photo of a factory",
            ["pdf_text", "purpose_label_alasan", "non_id_photo", "no_id", "phone_08_spaces"],
            ("Maria G. Simanjuntak", "maria.simanjuntak@spkf.test"),
            "Permohonan Informasi AMDAL",
            "2026-11-23 12:37",
            F(
                "Maria Goretti Simanjuntak",
                info,
                purpose,
                None,
                None,
                phone="0821 7766 3120",
                address="Perum Griya Asri Blok D-7, Kota Uji",
            ),
            ["id_document"],
            text="Dengan hormat,\nterlampir surat permohonan informasi dan KTP. Terima kasih.\n\nMaria G. Simanjuntak\n",
            files=[
                pdf_att("Surat Permohonan Informasi.pdf", letter_text, keep=(info,)),
                picture("factory", "ktp.jpg", "c5"),
            ],
        )
    )

    # C6 - Gmail HTML with an information table, role ABOVE the name, 'WA:'
    p = Person(
        "Ratna Dewi Anggraeni",
        "337409",
        "12-02-1988",
        female=True,
        serial=14,
        job="KARYAWAN SWASTA",
        street="JL. SUSUKAN RAYA NO. 77",
        rtrw="004/008",
        kel="SENDANGGUWO",
        kec="TEMBALANG",
    )
    info = "Daftar hotel dan restoran yang terdaftar sebagai wajib pajak daerah tahun 2026"
    purpose = "pemetaan anggota dan advokasi upah layak di sektor perhotelan"
    text_body = f"""Salam sejahtera,

Melalui surat elektronik ini kami memohon informasi berikut:

No | Informasi | Perangkat Daerah
1 | {info} | Bapenda
2 | Jumlah tenaga kerja sektor perhotelan per kecamatan tahun 2026 | Disnaker

Informasi ini akan kami gunakan untuk {purpose}.
KTP terlampir.

Salam solidaritas,

Koordinator Divisi Advokasi
Serikat Pekerja Hotel dan Restoran (SPHR) Kota Uji

Ratna Dewi Anggraeni
WA: 0896-1234-5570
"""
    html_body = f"""<div dir="ltr"><div>Salam sejahtera,</div><div><br></div><div>Melalui surat elektronik ini kami memohon informasi berikut:</div><div><br></div><table cellspacing="0" cellpadding="0" dir="ltr" border="1" style="table-layout:fixed;font-size:10pt;font-family:Arial;width:0px;border-collapse:collapse;border:none"><colgroup><col width="40"><col width="420"><col width="140"></colgroup><tbody><tr style="height:21px"><td style="border:1px solid #000000;overflow:hidden;padding:2px 3px;vertical-align:bottom;font-weight:bold">No</td><td style="border:1px solid #000000;overflow:hidden;padding:2px 3px;vertical-align:bottom;font-weight:bold">Informasi</td><td style="border:1px solid #000000;overflow:hidden;padding:2px 3px;vertical-align:bottom;font-weight:bold">Perangkat Daerah</td></tr><tr style="height:21px"><td style="border:1px solid #000000;overflow:hidden;padding:2px 3px;vertical-align:bottom;text-align:right">1</td><td style="border:1px solid #000000;overflow:hidden;padding:2px 3px;vertical-align:bottom">{info}</td><td style="border:1px solid #000000;overflow:hidden;padding:2px 3px;vertical-align:bottom">Bapenda</td></tr><tr style="height:21px"><td style="border:1px solid #000000;overflow:hidden;padding:2px 3px;vertical-align:bottom;text-align:right">2</td><td style="border:1px solid #000000;overflow:hidden;padding:2px 3px;vertical-align:bottom">Jumlah tenaga kerja sektor perhotelan per kecamatan tahun 2026</td><td style="border:1px solid #000000;overflow:hidden;padding:2px 3px;vertical-align:bottom">Disnaker</td></tr></tbody></table><div><br></div><div>Informasi ini akan kami gunakan untuk {purpose}.</div><div>KTP terlampir.</div><div><br></div><div>Salam solidaritas,</div><div><br></div><div dir="ltr" class="gmail_signature"><div dir="ltr"><div>Koordinator Divisi Advokasi</div><div>Serikat Pekerja Hotel dan Restoran (SPHR) Kota Uji</div><div><br></div><div><b>Ratna Dewi Anggraeni</b></div><div>WA: 0896-1234-5570</div></div></div></div>
"""
    out.append(
        Letter(
            kind,
            "Gmail HTML (with plain part) with a pasted spreadsheet table of requested information; role and organisation ABOVE the signer's name",
            [
                "html",
                "html_table",
                "sign_role_above",
                "purpose_akan_kami_gunakan",
                "phone_wa",
                "ktp_photo",
                "camera_filename",
            ],
            ("SPHR Kota Uji", "sphr.kotauji@mail.example.com"),
            "Permohonan informasi - SPHR Kota Uji",
            "2026-12-04 10:12",
            F("Ratna Dewi Anggraeni", info, purpose, "KTP", p.nik, phone="0896-1234-5570"),
            [],
            text=text_body,
            html=html_body,
            files=[ktp_photo(p, "PXL_20261204_030655124.jpg", "c6")],
        )
    )

    # C7 - Perki form as a DOCX table with ☑ checkboxes; Javanese opening in the mail
    p = Person(
        "Agus Triyono",
        "337404",
        "30-09-1983",
        serial=2,
        job="KARYAWAN SWASTA",
        street="JL. DR. CIPTO GG. 5 NO. 18",
        rtrw="007/002",
        kel="KARANGTURI",
        kec="SEMARANG TIMUR",
    )
    info = "salinan Surat Keputusan Wali Kota tentang penetapan anggota Dewan Pengupahan Kota Uji periode 2025-2028"
    purpose = "memastikan keterwakilan serikat pekerja dalam Dewan Pengupahan"
    blocks = [
        ">>**FORMULIR PERMOHONAN INFORMASI PUBLIK**",
        ">>Nomor Pendaftaran (diisi petugas): ..........",
        "",
        (
            "table",
            [
                ["Data Pemohon", "Isian"],
                ["Nama", "Agus Triyono"],
                ["NIK", p.nik],
                ["Alamat", "Jl. Dr. Cipto Gg. 5 No. 18, Karangturi, Semarang Timur"],
                ["Pekerjaan", "Buruh pabrik / Pengurus Serikat Pekerja"],
                ["No. Telp/HP", "62 857 4021 6630"],
                ["Rincian Informasi yang Dibutuhkan", info],
                ["Tujuan Penggunaan Informasi", purpose],
                [
                    "Cara Memperoleh Informasi",
                    "☐ Melihat/membaca/mendengarkan/mencatat\n☑ Mendapatkan salinan informasi (hardcopy/softcopy)",
                ],
                [
                    "Cara Mendapatkan Salinan Informasi",
                    "☐ Mengambil langsung   ☐ Kurir   ☐ Pos   ☐ Faksimili   ☑ Email",
                ],
            ],
        ),
        "",
        "Kota Uji, 16 November 2026",
        "Pemohon Informasi,",
        "",
        "",
        "( Agus Triyono )",
    ]
    out.append(
        Letter(
            kind,
            "Perki form filled in a DOCX table with ☐/☑ boxes; Javanese 'Kulo nuwun' / 'Matur nuwun' in the mail; phone written '62 857 ...'",
            [
                "docx",
                "docx_table",
                "form_table",
                "form_checkbox",
                "javanese",
                "ktp_photo",
                "camera_filename",
                "phone_62",
                "purpose_label_tujuan",
            ],
            ("Agus Triyono", "agustriyono83@mail.example.com"),
            "formulir permohonan informasi",
            "2026-11-16 19:25",
            F(
                "Agus Triyono",
                info,
                purpose,
                "KTP",
                p.nik,
                occupation="Buruh pabrik / Pengurus Serikat Pekerja",
                phone="62 857 4021 6630",
                address="Jl. Dr. Cipto Gg. 5 No. 18, Karangturi, Semarang Timur",
            ),
            [],
            text="Kulo nuwun Bapak/Ibu,\n\nNyuwun sewu, saya kirimkan formulir permohonan informasi yang sudah saya isi, dan foto KTP.\n\nMatur nuwun.\nAgus Triyono\n",
            files=[
                docx_att("Formulir Permohonan Informasi - Agus T.docx", blocks),
                ktp_photo(p, "20261116_191502.jpg", "c7"),
            ],
        )
    )

    # C8 - vague: "semua data terkait ..."; Sent from my iPhone
    p = Person(
        "Nurul Hidayah",
        "337412",
        "21-03-1990",
        female=True,
        serial=33,
        job="KARYAWAN SWASTA",
        street="PERUM BUKIT BERINGIN LESTARI C-12",
        rtrw="009/012",
        kel="WONOSARI",
        kec="NGALIYAN",
    )
    out.append(
        Letter(
            kind,
            "asks for 'semua data terkait pengawasan ketenagakerjaan yang ada di dinas' (too vague); purpose given; Sent from my iPhone",
            [
                "vague_information",
                "purpose_running",
                "sent_from_iphone",
                "ktp_photo",
                "iphone_filename",
            ],
            ("Nurul Hidayah", "nurul.hidayah@spn-uji.test"),
            "Permohonan data",
            "2026-12-09 06:58",
            F("Nurul Hidayah", None, "bahan pendidikan anggota", "KTP", p.nik),
            ["information"],
            text="""Selamat pagi Bapak/Ibu,

Saya Nurul Hidayah, sekretaris Serikat Pekerja Nasional (SPN) PSP PT Delta Garmindo. Kami minta semua data terkait pengawasan ketenagakerjaan yang ada di dinas, untuk bahan pendidikan anggota kami. KTP saya lampirkan.

Terima kasih
Nurul"""
            + SIG_IPHONE,
            client="iphone",
            headers={"X-Mailer": "iPhone Mail (22B91)"},
            files=[ktp_photo(p, "image0.jpeg", "c8")],
        )
    )
    return out


DISCLAIMER_MEDIA = """--
PERHATIAN: Email ini beserta lampirannya hanya ditujukan kepada penerima yang dimaksud dan dapat berisi informasi rahasia. Jika Anda bukan penerima yang dimaksud, mohon segera memberitahu pengirim dan menghapus email ini. Isi email ini tidak serta-merta mencerminkan sikap redaksi."""


def journalists() -> list[Letter]:
    out = []
    kind = "jurnalis"

    # D1 - 'minta info', press card plus KTP
    p = Person(
        "Yudhistira Mahendra",
        "337402",
        "04-12-1989",
        serial=5,
        job="KARYAWAN SWASTA",
        street="JL. PUSPOWARNO TENGAH NO. 3",
        rtrw="002/001",
        kel="SALAMANMLOYO",
        kec="SEMARANG BARAT",
        blood="AB",
    )
    info = "realisasi anggaran penanganan banjir Dinas PUPR Kota Uji tahun 2026"
    purpose = "bahan liputan"
    seed = "d1"
    out.append(
        Letter(
            kind,
            "journalist: 'minta info', purpose 'untuk bahan liputan', press card and KTP both attached; 'HP/WA'",
            [
                "minta_info",
                "purpose_sebagai_bahan",
                "press_card",
                "ktp_photo",
                "camera_filename",
                "phone_hp_wa",
            ],
            ("Yudhistira Mahendra", "yudhis@suarauji.test"),
            "Permohonan data anggaran banjir",
            "2026-11-11 09:02",
            F(
                "Yudhistira Mahendra",
                info,
                purpose,
                "KTP",
                p.nik,
                occupation="wartawan",
                phone="0812-2840-1967",
            ),
            [],
            text=f"""Selamat pagi PPID,

Saya Yudhistira Mahendra, wartawan Harian Suara Uji. Saya minta info mengenai {info} sampai dengan bulan November, termasuk daftar paket pekerjaannya. Data ini untuk {purpose} kami soal kesiapan kota menghadapi musim hujan.

Kartu pers dan KTP saya lampirkan.

Salam,
Yudhistira Mahendra
Harian Suara Uji
HP/WA 0812-2840-1967
""",
            files=[
                card_att(
                    press_card(p, "Harian Suara Uji", "SU-0117/2024", random.Random(seed)),
                    "IMG_20261111_085620.jpg",
                    seed,
                    "kartu pers",
                ),
                ktp_photo(p, "IMG_20261111_085634.jpg", "d1k"),
            ],
        )
    )

    # D2 - Gmail HTML with a long signature and disclaimer; press card + KTP as WhatsApp images
    p = Person(
        "Sekar Ayu Pramesti",
        "347102",
        "16-05-1995",
        female=True,
        serial=19,
        job="KARYAWAN SWASTA",
        street="JL. KALIURANG KM 5 GG. PANDEGA",
        rtrw="010/004",
        kel="KOTABARU",
        kec="GONDOKUSUMAN",
    )
    info = "data jumlah pengaduan pungutan liar di sekolah negeri tahun ajaran 2025/2026"
    purpose = "kepentingan pemberitaan"
    seed = "d2"
    text_body = f"""Yth. Tim PPID Kota Uji,

Perkenalkan, saya Sekar Ayu Pramesti, jurnalis di media daring KabarUji.test. Saya hendak mengajukan permohonan {info}, beserta tindak lanjut yang sudah dilakukan Dinas Pendidikan.

Data tersebut akan saya gunakan untuk {purpose} terkait biaya pendidikan di Kota Uji.

Kartu pers dan KTP saya lampirkan dalam email ini.

Terima kasih,

Sekar Ayu Pramesti
Reporter | KabarUji
Telp: +62 856-4300-2871
{DISCLAIMER_MEDIA}
"""
    html_body = f"""<div dir="ltr">Yth. Tim PPID Kota Uji,<div><br></div><div>Perkenalkan, saya Sekar Ayu Pramesti, jurnalis di media daring KabarUji.test. Saya hendak mengajukan permohonan {info}, beserta tindak lanjut yang sudah dilakukan Dinas Pendidikan.</div><div><br></div><div>Data tersebut akan saya gunakan untuk {purpose} terkait biaya pendidikan di Kota Uji.</div><div><br></div><div>Kartu pers dan KTP saya lampirkan dalam email ini.</div><div><br></div><div>Terima kasih,</div><div><br></div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature"><div dir="ltr"><table style="font-family:Arial"><tr><td style="border-right:2px solid #c00;padding-right:8px"><b style="color:#c00">KabarUji</b></td><td style="padding-left:8px"><b>Sekar Ayu Pramesti</b><br>Reporter | KabarUji<br>Telp: +62 856-4300-2871</td></tr></table><p style="font-size:9px;color:#999">PERHATIAN: Email ini beserta lampirannya hanya ditujukan kepada penerima yang dimaksud dan dapat berisi informasi rahasia. Jika Anda bukan penerima yang dimaksud, mohon segera memberitahu pengirim dan menghapus email ini. Isi email ini tidak serta-merta mencerminkan sikap redaksi.</p></div></div></div>
"""
    out.append(
        Letter(
            kind,
            "Gmail HTML + plain, signature in an HTML table with a confidentiality disclaimer; press card and KTP as WhatsApp images",
            [
                "html",
                "disclaimer",
                "press_card",
                "ktp_photo",
                "whatsapp_filename",
                "phone_plus62",
                "purpose_running",
            ],
            ("Sekar Ayu Pramesti", "sekar@kabaruji.test"),
            "Permohonan Informasi Publik",
            "2026-11-19 14:31",
            F("Sekar Ayu Pramesti", info, purpose, "KTP", p.nik, phone="+62 856-4300-2871"),
            [],
            text=text_body,
            html=html_body,
            files=[
                card_att(
                    press_card(p, "KabarUji", "KU/RED/0452", random.Random(seed)),
                    "WhatsApp Image 2026-11-19 at 14.22.10.jpeg",
                    seed,
                    "kartu pers",
                ),
                ktp_photo(p, "WhatsApp Image 2026-11-19 at 14.22.11.jpeg", "d2k"),
            ],
        )
    )

    # D3 - a new request written as a reply in an old thread ("On ... wrote:"), old request quoted
    p = Person(
        "Bonifasius Tarigan",
        "127107",
        "13-07-1987",
        serial=28,
        job="WIRASWASTA",
        street="JL. SETIA BUDI GG. PERTAMA NO. 5",
        rtrw="-",
        kel="TANJUNG SARI",
        kec="MEDAN SELAYANG",
        religion="KATOLIK",
    )
    info = "jumlah reklame tanpa izin yang ditertibkan Satpol PP sepanjang tahun 2026"
    out.append(
        Letter(
            kind,
            "new request typed on top of an old thread ('On ... wrote:'); the quoted older request asked for different data; same purpose ('bahan liputan') carried over",
            ["reply_quote", "ingin_meminta", "ktp_scan", "purpose_sebagai_bahan"],
            ("Boni Tarigan", "boni.tarigan@warta-sumatera.test"),
            "Re: Permohonan data pajak reklame",
            "2026-12-08 10:44",
            F("Bonifasius Tarigan", info, "bahan liputan", "KTP", p.nik),
            [],
            text=f"""Selamat siang,

Terima kasih atas data yang sudah dikirim. Saya ingin meminta satu data lagi: {info}, per kecamatan kalau ada. Masih untuk bahan liputan yang sama. KTP saya lampirkan lagi.

Salam,
Bonifasius Tarigan
Warta Sumatera biro Kota Uji

On Mon, Nov 23, 2026 at 3:17 PM PPID Kota Uji <ppid@kota-uji.go.id> wrote:

> Yth. Bapak Bonifasius Tarigan,
>
> Bersama ini kami sampaikan data pendapatan pajak reklame per bulan tahun
> 2025 sebagaimana terlampir.
>
> Salam,
> PPID Kota Uji
>
> On Tue, Nov 17, 2026 at 9:05 AM Boni Tarigan <boni.tarigan@warta-sumatera.test> wrote:
>
>> Dengan hormat, saya memohon data pendapatan pajak reklame per bulan
>> tahun 2025 untuk bahan liputan tentang penataan reklame di Kota Uji.
>>
>> Bonifasius Tarigan
""",
            headers={
                "In-Reply-To": "<ppid-20261123-1517-12@kota-uji.go.id>",
                "References": "<CAboni20261117@mail.example.com> <ppid-20261123-1517-12@kota-uji.go.id>",
            },
            files=[ktp_scan(p, "KTP.png", "d3")],
        )
    )

    # D4 - chat-style radio reporter, iPhone, 'buat bahan berita'
    p = Person(
        "Eko Wibisono",
        "337413",
        "29-01-1992",
        serial=3,
        job="KARYAWAN SWASTA",
        street="JL. JATISARI ELOK III NO. 15",
        rtrw="003/010",
        kel="JATISARI",
        kec="MIJEN",
    )
    info = "data jmlh sekolah yg rusak berat per kecamatan thn 2026"
    purpose = "bahan berita"
    out.append(
        Letter(
            kind,
            "chat style from an iPhone, abbreviations (sy, dr, jmlh, yg, thn), 'buat bahan berita'; KTP photo named image0.jpeg",
            [
                "chat",
                "purpose_buat",
                "sent_from_iphone",
                "ktp_photo",
                "iphone_filename",
                "phone_08_spaces",
            ],
            ("Eko W", "eko.radioswara@mail.example.com"),
            "minta data",
            "2026-11-25 12:06",
            F("Eko Wibisono", info, purpose, "KTP", p.nik, phone="0878 1122 3390"),
            [],
            text=f"""Siang min. sy Eko dr Radio Swara Kota Uji, mau minta {info} buat {purpose} pagi besok. ktp sy lampirin ya. tq

Eko Wibisono
0878 1122 3390"""
            + SIG_IPHONE,
            client="iphone",
            headers={"X-Mailer": "iPhone Mail (22B91)"},
            files=[ktp_photo(p, "image0.jpeg", "d4")],
        )
    )

    # D5 - HTML only with 'Tujuan penggunaan informasi:' and a disclaimer; no ID attached
    info = "hasil uji emisi kendaraan dinas Pemerintah Kota Uji tahun 2026"
    purpose = "bahan tulisan feature tentang kualitas udara"
    html_body = f"""<html><head><meta charset="utf-8"></head><body><div dir="ltr"><p>Kepada Yth.<br>PPID Kota Uji</p><p>Dengan hormat,</p><p>Saya Clara Wijayakusuma, kontributor Majalah Kota Hijau. Bersama ini saya mengajukan permohonan informasi publik sebagai berikut:</p><p><b>Informasi yang diminta:</b> {info}<br><b>Tujuan penggunaan informasi:</b> {purpose}<br><b>Cara memperoleh:</b> salinan elektronik melalui email</p><p>Terima kasih atas perhatian Bapak/Ibu.</p><p>Hormat saya,<br>Clara Wijayakusuma<br>Kontributor, Majalah Kota Hijau<br>Mobile: +62 811 2950 774</p><hr><p style="font-size:8pt;color:#808080">Disclaimer: This message and any attachment are confidential and may be privileged. If you have received it in error, please notify the sender and delete it. Majalah Kota Hijau accepts no liability for any damage caused by this email.</p></div></body></html>
"""
    out.append(
        Letter(
            kind,
            "HTML only; 'Informasi yang diminta' / 'Tujuan penggunaan informasi' in bold labels; English disclaimer; no identity document attached",
            ["html", "html_only", "purpose_label_tujuan", "disclaimer", "phone_mobile", "no_id"],
            ("Clara Wijayakusuma", "clara.w@kotahijau.test"),
            "Permohonan Informasi: Uji Emisi Kendaraan Dinas",
            "2026-11-21 16:10",
            F("Clara Wijayakusuma", info, purpose, None, None, phone="+62 811 2950 774"),
            ["id_document"],
            html=html_body,
        )
    )

    # D6 - purpose before information, 'kami memohon informasi mengenai', KTP "NIK :"
    p = Person(
        "Hanafi Rasyid",
        "337407",
        "07-10-1984",
        serial=10,
        job="KARYAWAN SWASTA",
        street="JL. MATARAM NO. 512",
        rtrw="005/002",
        kel="WONODRI",
        kec="SEMARANG SELATAN",
    )
    info = "volume sampah harian yang masuk ke TPA Sukamulya per bulan tahun 2025 dan 2026"
    purpose = "bahan liputan mendalam"
    out.append(
        Letter(
            kind,
            "TV producer: purpose sentence ('Sebagai bahan liputan mendalam ...') comes before 'kami memohon informasi mengenai'; signer with a role line below; KTP 'NIK :'",
            [
                "purpose_before",
                "purpose_sebagai_bahan",
                "kami_memohon_informasi",
                "sign_role_below",
                "ktp_photo",
                "ktp_colon",
                "camera_filename",
            ],
            ("Hanafi Rasyid", "hanafi.rasyid@ujitv.test"),
            "Permohonan Informasi Publik - Uji TV",
            "2026-11-16 10:20",
            F("Hanafi Rasyid", info, purpose, "KTP", p.nik),
            [],
            text=f"""Kepada Yth.
PPID Pemerintah Kota Uji

Dengan hormat,

Sebagai {purpose} program "Jejak Kota" di Uji TV tentang penanganan sampah perkotaan, kami memohon informasi mengenai {info}, serta rencana perluasan zona aktif TPA.

Fotokopi KTP penanggung jawab program kami lampirkan.

Atas kerja samanya kami ucapkan terima kasih.

Hormat kami,

Hanafi Rasyid
Produser Program Jejak Kota, Uji TV
""",
            files=[ktp_photo(p, "IMG_20261116_101249.jpg", "d6", nik_style="colon")],
        )
    )

    # D7 - 'mohon diberikan', no purpose, no ID, Yahoo on Android
    info = "salinan kontrak pengadaan mobil dinas pimpinan DPRD Kota Uji tahun 2026"
    out.append(
        Letter(
            kind,
            "short Yahoo Mail (Android) message: 'mohon diberikan salinan ...', no purpose and no identity document",
            ["mohon_diberikan", "sent_from_yahoo", "no_purpose", "no_id"],
            ("Meilani Sutanto", "meilani.sutanto@yahoo.example.com"),
            "kontrak mobil dinas",
            "2026-12-10 22:14",
            F("Meilani Sutanto", info, None, None, None),
            ["purpose", "id_document"],
            text=f"""Selamat malam,

Mohon diberikan {info} beserta nilai kontraknya.

Terima kasih,
Meilani Sutanto
Jurnalis lepas"""
            + SIG_YAHOO,
            client="yahoo",
        )
    )

    # D8 - Perki form in a text PDF, labels on their own lines, '(v)' ticks; KTP flat scan
    p = Person(
        "Rudy Hartanto",
        "357805",
        "23-02-1986",
        serial=40,
        job="KARYAWAN SWASTA",
        street="JL. KEPUTRAN PANJUNAN III/27",
        rtrw="004/006",
        kel="EMBONG KALIASIN",
        kec="GENTENG",
        religion="KRISTEN",
    )
    info = "laporan hasil pemeriksaan BPK atas pengelolaan retribusi parkir Kota Uji tahun 2025"
    purpose = "bahan penulisan artikel investigasi tentang parkir"
    form = f"""FORMULIR PERMOHONAN INFORMASI PUBLIK
PPID PEMERINTAH KOTA UJI

Nama Pemohon
Rudy Hartanto

Nomor Identitas (KTP)
{p.nik}

Alamat
Jl. Keputran Panjunan III/27, Surabaya

Pekerjaan
Wartawan

Nomor Telepon / HP
+62 31 5470 221 / 0811 3370 982

Informasi yang Dibutuhkan
{info}

Tujuan Penggunaan Informasi
{purpose}

Cara Memperoleh Informasi
( ) melihat / membaca / mendengarkan / mencatat
(v) mendapatkan salinan informasi (hardcopy / softcopy)

Cara Mendapatkan Salinan Informasi
( ) mengambil langsung   ( ) kurir   ( ) pos   (v) email

Surabaya, 4 Desember 2026
Pemohon,

Rudy Hartanto"""
    out.append(
        Letter(
            kind,
            "Perki form as a text PDF with each label on its own line and the value on the next; '(v)' ticks; two phone numbers in one field; KTP flat scan",
            [
                "pdf_text",
                "form_nextline",
                "form_checkbox",
                "purpose_label_tujuan",
                "ktp_scan",
                "nik_in_letter",
            ],
            ("Rudy Hartanto", "rudy.hartanto@jatimpos.test"),
            "FORMULIR PERMOHONAN INFORMASI",
            "2026-12-04 09:40",
            F(
                "Rudy Hartanto",
                info,
                purpose,
                "KTP",
                p.nik,
                occupation="Wartawan",
                address="Jl. Keputran Panjunan III/27, Surabaya",
            ),
            [],
            text="Dengan hormat,\n\nBersama ini saya kirimkan formulir permohonan informasi publik yang telah saya isi, beserta scan KTP.\n\nSalam,\nRudy Hartanto\n",
            files=[
                pdf_att("Formulir_Permohonan_Informasi_RudyH.pdf", form, keep=(info,)),
                ktp_scan(p, "KTP_Rudy.jpg", "d8"),
            ],
        )
    )
    return out


def ngos() -> list[Letter]:
    out = []
    kind = "LSM"

    # E1 - admin mailbox, Direktur Eksekutif signs (role above name), lettered list, 'akan kami gunakan untuk'; akta as a scanned PDF
    p = Person(
        "Bambang Sutrisno",
        "337401",
        "10-10-1970",
        serial=7,
        job="WIRASWASTA",
        street="JL. PANDANARAN NO. 88",
        rtrw="001/003",
        kel="PEKUNDEN",
        kec="SEMARANG TENGAH",
    )
    info = "Dokumen Pelaksanaan Anggaran (DPA) Dinas Kesehatan Kota Uji Tahun Anggaran 2026"
    purpose = "menyusun laporan pemantauan anggaran kesehatan"
    akta = """AKTA PENDIRIAN PERKUMPULAN JAGA ANGGARAN KOTA UJI
Nomor: 14

Pada hari ini, Senin, tanggal 3 Maret 2014, pukul 10.00 WIB, menghadap kepada saya,
Lukas Santoso Wibisono, Sarjana Hukum, Magister Kenotariatan, Notaris di Kota Uji,
dengan dihadiri oleh saksi-saksi yang saya, Notaris, kenal dan akan disebutkan pada
bagian akhir akta ini:

1. Tuan Bambang Sutrisno, Wiraswasta, bertempat tinggal di Kota Uji;
2. Nyonya Endah Kusumaningrum, Dosen, bertempat tinggal di Kota Uji.

Para penghadap menerangkan dengan ini mendirikan suatu perkumpulan dengan
nama PERKUMPULAN JAGA ANGGARAN KOTA UJI, disingkat JAKU, yang berkedudukan
di Kota Uji, dengan anggaran dasar sebagai berikut:

Pasal 1 - Nama dan Kedudukan
Pasal 2 - Jangka Waktu
Pasal 3 - Maksud dan Tujuan: mendorong transparansi dan akuntabilitas
anggaran publik melalui pemantauan, kajian dan pendidikan warga."""
    out.append(
        Letter(
            kind,
            "NGO admin mailbox sends; the Direktur Eksekutif signs with the role ABOVE the name; lettered list under 'berupa:'; 'akan kami gunakan untuk'; KTP scan plus a scanned deed naming a notary",
            [
                "from_differs",
                "sign_role_above",
                "list_alpha",
                "purpose_akan_kami_gunakan",
                "ktp_scan",
                "scan_pdf_1page",
            ],
            ("Admin LSM Jaga Anggaran", "admin@jagaanggaran.test"),
            "Permohonan Informasi Publik - JAKU",
            "2026-11-05 11:00",
            F("Bambang Sutrisno", info, purpose, "KTP", p.nik),
            [],
            text=f"""Kepada Yth. PPID Kota Uji

Dengan hormat,

Perkumpulan Jaga Anggaran Kota Uji (JAKU) adalah lembaga swadaya masyarakat yang bergerak di bidang pemantauan anggaran publik. Bersama ini kami mengajukan permohonan informasi publik berupa:

a. {info};
b. Laporan realisasi belanja hibah dan bantuan sosial semester I tahun 2026;
c. Daftar penerima hibah organisasi kemasyarakatan tahun 2026.

Informasi tersebut akan kami gunakan untuk {purpose} yang akan kami publikasikan kepada masyarakat.

Sebagai persyaratan, kami lampirkan salinan KTP Direktur Eksekutif dan akta pendirian lembaga.

Hormat kami,
Direktur Eksekutif,


Bambang Sutrisno

Perkumpulan Jaga Anggaran Kota Uji
Jl. Pandanaran No. 88 Kota Uji | jagaanggaran.test
""",
            files=[
                ktp_scan(p, "KTP Direktur JAKU.jpg", "e1"),
                scan_pdf("Akta Pendirian JAKU.pdf", "e1a", [(akta, None)]),
            ],
        )
    )

    # E2 - Outlook HTML + plain with a table, 'Maksud permohonan', disclaimer, 'Telp/WA'
    p = Person(
        "Theresia Nainggolan",
        "127110",
        "28-11-1990",
        female=True,
        serial=12,
        job="KARYAWAN SWASTA",
        street="JL. JAMIN GINTING NO. 402",
        rtrw="-",
        kel="PADANG BULAN",
        kec="MEDAN BARU",
        religion="KRISTEN",
    )
    info = "Data kualitas air sumur warga di sekitar TPA Sukamulya"
    purpose = "penyusunan kertas kebijakan tentang pencemaran air tanah"
    rows = [
        (info, "hasil uji laboratorium 2024-2026"),
        ("Dokumen rencana penutupan zona lama TPA Sukamulya", "termasuk lampiran teknis"),
        ("Daftar pengaduan warga terkait bau dan air lindi", "tahun 2025-2026"),
    ]
    text_body = (
        "Yth. PPID Kota Uji,\n\nDengan hormat, Yayasan Lingkar Air Bersih bermaksud mengajukan permohonan informasi sebagai berikut:\n\n"
        + "\n".join(f"{i}. {a} ({b})" for i, (a, b) in enumerate(rows, 1))
        + f"""

Maksud permohonan: {purpose} di Kota Uji.

Bersama ini kami lampirkan foto KTP saya selaku penanggung jawab program.

Salam hormat,
Theresia Nainggolan
Program Manager
Yayasan Lingkar Air Bersih
Telp/WA: +62 812-6033-9184

________________________________
Pemberitahuan: Email ini dan lampirannya bersifat rahasia dan hanya untuk penerima yang dituju. Apabila Anda menerima email ini karena kekeliruan, mohon hapus dan beri tahu pengirim.
"""
    )
    trs = "".join(
        f'<tr><td style="border:solid #999 1pt;padding:3pt">{i}</td><td style="border:solid #999 1pt;padding:3pt">{a}</td><td style="border:solid #999 1pt;padding:3pt">{b}</td></tr>'
        for i, (a, b) in enumerate(rows, 1)
    )
    html_body = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>p.MsoNormal{{margin:0;font-family:Calibri,sans-serif;font-size:11pt}}</style></head><body lang="EN-US"><div class="WordSection1">
<p class="MsoNormal">Yth. PPID Kota Uji,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Dengan hormat, Yayasan Lingkar Air Bersih bermaksud mengajukan permohonan informasi sebagai berikut:</p><p class="MsoNormal">&nbsp;</p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse"><tr><td style="border:solid #999 1pt;padding:3pt"><b>No.</b></td><td style="border:solid #999 1pt;padding:3pt"><b>Informasi yang dimohon</b></td><td style="border:solid #999 1pt;padding:3pt"><b>Keterangan</b></td></tr>{trs}</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Maksud permohonan: {purpose} di Kota Uji.</p>
<p class="MsoNormal">Bersama ini kami lampirkan foto KTP saya selaku penanggung jawab program.</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Salam hormat,</p>
<p class="MsoNormal"><b>Theresia Nainggolan</b></p><p class="MsoNormal">Program Manager</p><p class="MsoNormal">Yayasan Lingkar Air Bersih</p><p class="MsoNormal">Telp/WA: +62 812-6033-9184</p>
<p class="MsoNormal">&nbsp;</p><div style="border-top:solid #E1E1E1 1pt"><p class="MsoNormal"><span style="font-size:8pt;color:gray">Pemberitahuan: Email ini dan lampirannya bersifat rahasia dan hanya untuk penerima yang dituju. Apabila Anda menerima email ini karena kekeliruan, mohon hapus dan beri tahu pengirim.</span></p></div>
</div></body></html>
"""
    out.append(
        Letter(
            kind,
            "Outlook HTML (and a plain part that renders the table as a list) with an HTML table of three items; 'Maksud permohonan:'; disclaimer; 'Telp/WA'",
            [
                "html",
                "html_table",
                "purpose_label_maksud",
                "disclaimer",
                "phone_telp_wa",
                "ktp_photo",
                "camera_filename",
            ],
            ("Theresia Nainggolan", "theresia@lingkarair.test"),
            "Permohonan Informasi - Yayasan Lingkar Air Bersih",
            "2026-11-12 13:45",
            F("Theresia Nainggolan", info, purpose, "KTP", p.nik, phone="+62 812-6033-9184"),
            [],
            text=text_body,
            html=html_body,
            client="outlook",
            files=[ktp_photo(p, "IMG_20261112_133019.jpg", "e2")],
        )
    )

    # E3 - text PDF on a letterhead; 'tujuan penggunaan informasi' in running text
    p = Person(
        "Siti Aminah",
        "337405",
        "02-05-1968",
        female=True,
        serial=3,
        job="MENGURUS RUMAH TANGGA",
        street="JL. TAMAN MARGOSARI NO. 6",
        rtrw="003/004",
        kel="SAMPANGAN",
        kec="GAJAHMUNGKUR",
    )
    info = "data penerima Program Makanan Tambahan (PMT) balita per posyandu tahun 2026"
    purpose = "bahan evaluasi partisipatif program penanganan stunting"
    letter_text = f"""PERKUMPULAN PEREMPUAN MANDIRI KOTA UJI
Akta Notaris No. 22 Tahun 2016 - SK Kemenkumham AHU-0031177.AH.01.07.2016
Sekretariat: Jl. Taman Margosari No. 6 Kota Uji - Telp. (024) 850 4411
=========================================================================

Nomor    : 27/PPM/XI/2026                                  Kota Uji, 6 November 2026
Lampiran : 1 lembar
Perihal  : Permohonan Informasi Publik

Kepada Yth.
Kepala Dinas Kesehatan Kota Uji
selaku PPID Pelaksana
di Kota Uji

Dengan hormat,

Bersama ini Perkumpulan Perempuan Mandiri Kota Uji memohon {info}, serta data jumlah balita stunting per kelurahan hasil penimbangan bulan Agustus 2026.

Adapun tujuan penggunaan informasi tersebut adalah sebagai {purpose} yang kami dampingi di 12 kelurahan.

Sebagai kelengkapan, kami lampirkan fotokopi KTP Ketua Perkumpulan.

Demikian permohonan ini kami sampaikan, atas perhatiannya kami ucapkan terima kasih.

                                                 Hormat kami,
                                                 Ketua,


                                                 Dra. Siti Aminah"""
    out.append(
        Letter(
            kind,
            "NGO letter as a text PDF with its own letterhead and Nomor/Lampiran/Perihal, 'tujuan penggunaan informasi tersebut adalah ...' in running text; mail body nearly empty",
            ["pdf_text", "purpose_running", "ktp_photo", "whatsapp_filename", "sign_role_above"],
            ("Perempuan Mandiri", "perempuanmandiri.uji@mail.example.com"),
            "Permohonan Informasi Publik",
            "2026-11-06 14:18",
            F("Siti Aminah", info, purpose, "KTP", p.nik),
            [],
            text="Terlampir surat permohonan informasi publik dari Perkumpulan Perempuan Mandiri Kota Uji beserta KTP Ketua.\n\nTerima kasih.\n",
            files=[
                pdf_att(
                    "27-PPM-XI-2026 Permohonan Informasi.pdf", letter_text, keep=(info, purpose)
                ),
                ktp_photo(p, "IMG-20261106-WA0014.jpg", "e3"),
            ],
        )
    )

    # E4 - forwarded by staff; the coordinator asks for "semua data yang ada di Dinas Lingkungan Hidup"
    p = Person(
        "Yosef Bria",
        "537104",
        "14-09-1982",
        serial=16,
        job="WIRASWASTA",
        street="JL. FRANS SEDA NO. 21",
        rtrw="012/005",
        kel="FATULULI",
        kec="OEBOBO",
        religion="KATOLIK",
    )
    out.append(
        Letter(
            kind,
            "forwarded by a staff member; the coordinator asks for 'semua data yang ada di Dinas Lingkungan Hidup' (too vague); purpose and KTP present",
            [
                "forwarded",
                "vague_information",
                "from_differs",
                "ktp_photo",
                "camera_filename",
                "purpose_running",
            ],
            ("Lusi - Suara Rakyat Peduli", "lusi@suararakyat.test"),
            "Fwd: permohonan data DLH",
            "2026-11-26 09:47",
            F("Yosef Bria", None, "kajian lembaga kami tentang pengelolaan sampah", "KTP", p.nik),
            ["information"],
            text="""Selamat pagi Bapak/Ibu,
Kami teruskan email Koordinator kami, terlampir KTP beliau.
Terima kasih.
Lusi

---------- Forwarded message ---------
From: Yosef Bria <yosef.bria@suararakyat.test>
Date: Wed, Nov 25, 2026 at 9:30 PM
Subject: permohonan data DLH
To: Lusi <lusi@suararakyat.test>


Lusi, tolong kirim ke PPID Kota Uji:

Dengan hormat, saya Yosef Bria, Koordinator LSM Suara Rakyat Peduli, mohon dikirimkan semua data yang ada di Dinas Lingkungan Hidup. Data tersebut untuk kajian lembaga kami tentang pengelolaan sampah.

Salam,
Yosef Bria
""",
            files=[ktp_photo(p, "IMG_20261125_213312.jpg", "e4")],
        )
    )

    # E5 - DOCX form in a table, with the form's own hint text left in; SIM as ID
    p = Person(
        "Ikhsan Maulana",
        "327302",
        "06-06-1993",
        serial=25,
        job="KARYAWAN SWASTA",
        street="JL. CIUMBULEUIT NO. 94",
        rtrw="004/007",
        kel="CIUMBULEUIT",
        kec="CIDADAP",
    )
    info = "daftar Persetujuan Bangunan Gedung (PBG) yang terbit di Kecamatan Utara tahun 2025"
    purpose = "kajian kepatuhan tata ruang di kawasan resapan air"
    blocks = [
        ">>**FORMULIR PERMOHONAN INFORMASI**",
        ">>Lembaga Kajian Kebijakan Publik Nusantara (LK2PN)",
        "",
        (
            "table",
            [
                ["Uraian", "Isian"],
                ["Nama Pemohon", "Ikhsan Maulana"],
                ["Nomor KTP", p.nik],
                ["Pekerjaan / Jabatan", "Peneliti / Koordinator Riset LK2PN"],
                ["Alamat", "Jl. Ciumbuleuit No. 94, Bandung"],
                ["Nomor HP / WhatsApp", "0813.2044.7816"],
                ["Rincian Informasi\n(tuliskan secara jelas informasi yang diminta)", info],
                [
                    "Tujuan Penggunaan Informasi\n(jelaskan untuk apa informasi tersebut digunakan)",
                    purpose,
                ],
                ["Cara Memperoleh Informasi", "Mendapatkan salinan (softcopy) lewat email"],
            ],
        ),
        "",
        "Bandung, 24 November 2026",
        "Pemohon,",
        "",
        "Ikhsan Maulana",
    ]
    out.append(
        Letter(
            kind,
            "form in a DOCX table whose labels still carry their hint text in parentheses; phone with dots; SIM photo as the ID, NIK written in the form",
            [
                "docx",
                "docx_table",
                "form_table",
                "form_hint",
                "sim",
                "nik_in_letter",
                "phone_dots",
                "purpose_label_tujuan",
            ],
            ("Ikhsan Maulana", "ikhsan@lk2pn.test"),
            "",
            "2026-11-24 17:05",
            F(
                "Ikhsan Maulana",
                info,
                purpose,
                "SIM",
                p.nik,
                occupation="Peneliti / Koordinator Riset LK2PN",
                phone="0813.2044.7816",
                address="Jl. Ciumbuleuit No. 94, Bandung",
            ),
            [],
            text="Yth. PPID Kota Uji,\n\nFormulir permohonan informasi dan SIM saya terlampir.\n\nSalam,\nIkhsan Maulana\nLK2PN\n",
            files=[
                docx_att("Form Permohonan Informasi LK2PN.docx", blocks),
                sim_photo(p, "IMG_20261124_165812.jpg", "e5", "9306-2501-000417"),
            ],
        )
    )

    # E6 - Islamic greeting, 'agar', the 'KTP' file is a portrait photo
    info = "data jumlah kasus kekerasan terhadap anak yang ditangani UPTD PPA Kota Uji tahun 2025 per jenis kasus"
    purpose = "agar program pendampingan kami tepat sasaran"
    out.append(
        Letter(
            kind,
            "Assalamu'alaikum Wr. Wb., 'agar ...' purpose; the attachment called KTP_Ketua.jpg is a portrait photo, not a card; signer with 'Hj.'",
            ["islamic", "purpose_agar", "non_id_photo", "no_id", "sign_role_below"],
            ("LPA Bunda Kasih", "lpa.bundakasih@mail.example.com"),
            "Permohonan Data Kasus Kekerasan Anak",
            "2026-12-02 13:15",
            F("Nurhayati Lubis", info, purpose, None, None),
            ["id_document"],
            text=f"""Assalamu'alaikum Wr. Wb.

Yth. Bapak/Ibu PPID Kota Uji,

Kami dari Lembaga Perlindungan Anak (LPA) Bunda Kasih memohon {info}. Data ini kami perlukan {purpose}, khususnya untuk anak-anak korban di wilayah pinggiran kota.

Bersama ini kami lampirkan KTP Ketua lembaga.

Wassalamu'alaikum Wr. Wb.

Hormat kami,
Hj. Nurhayati Lubis
Ketua LPA Bunda Kasih
""",
            files=[picture("selfie", "KTP_Ketua.jpg", "e6")],
        )
    )

    # E7 - two-page scanned PDF (letter with letterhead + KTP)
    p = Person(
        "Gregorius Lamawuran",
        "337410",
        "01-04-1980",
        serial=44,
        job="WIRASWASTA",
        street="JL. NGESREP TIMUR V NO. 30",
        rtrw="002/005",
        kel="SUMURBOTO",
        kec="BANYUMANIK",
        religion="KATOLIK",
    )
    info = "dokumen izin lingkungan dan UKL-UPL pembangunan pusat perbelanjaan di Jalan Pemuda"
    purpose = "bahan pengawasan masyarakat"
    letter_text = f"""Nomor    : 061/PHL/XII/2026
Lampiran : 1 (satu) lembar fotokopi KTP
Perihal  : Permohonan Informasi Publik

Kepada Yth.
PPID Pemerintah Kota Uji
di Tempat

Dengan hormat,
Perkumpulan Hijau Lestari, organisasi lingkungan hidup yang berkedudukan di Kota Uji, dengan ini mengajukan permohonan salinan {info}.

Informasi tersebut kami perlukan sebagai {purpose} terhadap dampak pembangunan di kawasan tersebut, terutama terkait drainase dan lalu lintas.

Demikian kami sampaikan. Atas perhatian Bapak/Ibu kami ucapkan terima kasih.

\tKota Uji, 7 Desember 2026
\tPerkumpulan Hijau Lestari
\tDirektur,
~stamp~
\tGregorius Lamawuran"""
    head = Head(
        [
            ("PERKUMPULAN HIJAU LESTARI", 36, True),
            ("Jl. Ngesrep Timur V No. 30 Kota Uji  -  hijaulestari.test", 20, False),
        ],
        emblem="shield",
        serif=False,
    )
    out.append(
        Letter(
            kind,
            "two-page scanned PDF: NGO letter with letterhead ('permohonan salinan'), KTP copy on page 2; a one-line mail",
            [
                "scan_pdf_2pages",
                "letterhead_scan",
                "ktp_in_pdf",
                "memohon_salinan",
                "purpose_sebagai_bahan",
            ],
            ("Hijau Lestari", "sekretariat@hijaulestari.test"),
            "PERMOHONAN INFORMASI PUBLIK",
            "2026-12-07 10:03",
            F("Gregorius Lamawuran", info, purpose, "KTP", p.nik),
            [],
            text="Dengan hormat, bersama ini kami sampaikan surat permohonan informasi (terlampir). Terima kasih.\n",
            files=[
                scan_pdf(
                    "Permohonan Informasi PHL.pdf",
                    "e7",
                    [(letter_text, head)],
                    keep=(info,),
                    ktp_of=p,
                )
            ],
        )
    )

    # E8 - 'Kami memohon informasi mengenai' with no purpose; signature with disclaimer
    p = Person(
        "Rudi Hartono Manurung",
        "127104",
        "18-12-1977",
        serial=8,
        job="WIRASWASTA",
        street="JL. SEI BATANG HARI NO. 11",
        rtrw="-",
        kel="BABURA",
        kec="MEDAN SUNGGAL",
        religion="KRISTEN",
    )
    info = "besaran tunjangan kinerja pegawai Pemerintah Kota Uji tahun 2026 per kelas jabatan"
    out.append(
        Letter(
            kind,
            "'Kami memohon informasi mengenai ...' and nothing on why; NGO signature block with address and a confidentiality note",
            [
                "kami_memohon_informasi",
                "no_purpose",
                "disclaimer",
                "ktp_photo",
                "camera_filename",
                "sign_role_below",
            ],
            ("Rudi Manurung", "rudi@pusatstudianggaran.test"),
            "Permohonan informasi tunjangan kinerja",
            "2026-11-30 15:55",
            F("Rudi Hartono Manurung", info, None, "KTP", p.nik),
            ["purpose"],
            text=f"""Yth. PPID Kota Uji,

Kami memohon informasi mengenai {info}, beserta dasar hukum penetapannya.

KTP terlampir.

Salam,
Rudi Hartono Manurung
Direktur
Pusat Studi Anggaran Daerah (PSAD)
Jl. Sei Batang Hari No. 11, Medan

--
Email ini bersifat rahasia dan ditujukan hanya untuk penerima yang namanya tercantum. Segala bentuk penyebaran tanpa izin dilarang.
""",
            files=[ktp_photo(p, "IMG_20261130_154020.jpg", "e8")],
        )
    )
    return out


def companies() -> list[Letter]:
    out = []
    kind = "perusahaan"

    # F1 - PT letter as a text PDF with letterhead; 'Keperluan :' label; director signs with position line
    p = Person(
        "Hendrik Santoso",
        "357806",
        "22-01-1972",
        serial=2,
        job="WIRASWASTA",
        street="JL. DHARMAHUSADA INDAH BARAT III/21",
        rtrw="002/008",
        kel="MULYOREJO",
        kec="MULYOREJO",
        religion="KRISTEN",
    )
    info = "data ketersediaan lahan peruntukan industri di Kecamatan Barat dan Kecamatan Selatan"
    purpose = "studi kelayakan investasi pergudangan"
    letter_text = f"""PT GRAHA SENTOSA PROPERTI
Gedung Graha Sentosa Lt. 5, Jl. Basuki Rahmat No. 120, Surabaya 60271
Telp. (031) 535 8800  |  www.grahasentosa.test
-------------------------------------------------------------------------------

No.   : 114/GSP-DIR/XI/2026                                Surabaya, 10 November 2026
Hal   : Permohonan Informasi Publik

Kepada Yth.
Pejabat Pengelola Informasi dan Dokumentasi (PPID)
Pemerintah Kota Uji
di Kota Uji

Dengan hormat,

Kami yang bertanda tangan di bawah ini, Direktur Utama PT Graha Sentosa Properti, dengan ini mengajukan permohonan informasi publik sebagai berikut:

Informasi yang dimohon : {info}, termasuk luasan dan status kepemilikannya
Keperluan              : {purpose}
Bentuk informasi       : softcopy (PDF/Excel) melalui email

Sebagai kelengkapan administrasi, kami lampirkan fotokopi KTP Direktur Utama dan NIB perusahaan.

Demikian permohonan ini kami sampaikan. Atas perhatian dan kerja sama Bapak/Ibu, kami ucapkan terima kasih.

Hormat kami,
PT Graha Sentosa Properti



Hendrik Santoso
Direktur Utama"""
    out.append(
        Letter(
            kind,
            "company letter in a text PDF with letterhead; 'Informasi yang dimohon' / 'Keperluan' labels; signed 'Hendrik Santoso' with 'Direktur Utama' under the name; mail by the secretary",
            ["pdf_text", "purpose_label_keperluan", "sign_role_below", "from_differs", "ktp_scan"],
            ("Sekretariat Direksi GSP", "corsec@grahasentosa.test"),
            "Permohonan Informasi Publik - PT Graha Sentosa Properti",
            "2026-11-10 10:40",
            F("Hendrik Santoso", info, purpose, "KTP", p.nik),
            [],
            text="""Dengan hormat,

Bersama email ini kami sampaikan surat permohonan informasi publik dari Direktur Utama PT Graha Sentosa Properti, beserta lampiran KTP.

Terima kasih atas perhatiannya.

Salam,
Corporate Secretary
PT Graha Sentosa Properti
""",
            client="outlook",
            files=[
                pdf_att("114-GSP-DIR-XI-2026.pdf", letter_text, keep=(info,)),
                ktp_scan(p, "KTP Dirut.jpg", "f1"),
            ],
        )
    )

    # F2 - HTML + plain with a legal disclaimer, 'Mobile:' +62, purpose ('Dalam rangka ...') before information
    p = Person(
        "Melinda Hartono",
        "317104",
        "03-08-1981",
        female=True,
        serial=5,
        job="KARYAWAN SWASTA",
        street="JL. TEBET BARAT DALAM VII NO. 4",
        rtrw="009/004",
        kel="TEBET BARAT",
        kec="TEBET",
        religion="BUDDHA",
    )
    info = "data jumlah penduduk per kelurahan tahun 2026 menurut kelompok umur"
    purpose = "perencanaan pembukaan gerai baru"
    disclaimer = (
        "CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and intended solely for the addressee. "
        "If you are not the intended recipient, please notify the sender immediately and delete this e-mail. "
        "PT Sumber Pangan Lestari does not accept liability for any errors or omissions in the contents of this message."
    )
    text_body = f"""Yth. Bapak/Ibu PPID Pemerintah Kota Uji,

Dalam rangka {purpose} di Kota Uji pada tahun 2027, kami mohon kiranya dapat diberikan {info} (agregat, tanpa data pribadi).

Terlampir KTP saya sebagai penanggung jawab permohonan.

Terima kasih atas bantuan Bapak/Ibu.

Best regards,

Melinda Hartono
Direktur Operasional
PT Sumber Pangan Lestari
Mobile: +62 811-2703-558

{disclaimer}
"""
    html_body = f"""<div><p>Yth. Bapak/Ibu PPID Pemerintah Kota Uji,</p><p>Dalam rangka {purpose} di Kota Uji pada tahun 2027, kami mohon kiranya dapat diberikan {info} (agregat, tanpa data pribadi).</p><p>Terlampir KTP saya sebagai penanggung jawab permohonan.</p><p>Terima kasih atas bantuan Bapak/Ibu.</p><p>Best regards,</p><p><b>Melinda Hartono</b><br><span style="color:#1F4E79">Direktur Operasional</span><br>PT Sumber Pangan Lestari<br>Mobile: +62 811-2703-558</p><p style="font-size:7.5pt;color:#7F7F7F;font-family:Arial">{disclaimer}</p></div>
"""
    out.append(
        Letter(
            kind,
            "company director, HTML + plain, purpose first ('Dalam rangka ...') then 'mohon kiranya dapat diberikan'; English legal disclaimer; 'Mobile: +62 ...'",
            [
                "html",
                "purpose_before",
                "purpose_dalam_rangka",
                "mohon_diberikan",
                "disclaimer",
                "phone_mobile",
                "sign_role_below",
                "ktp_photo",
                "camera_filename",
            ],
            ("Melinda Hartono", "melinda.hartono@sumberpangan.test"),
            "Permohonan data kependudukan agregat",
            "2026-11-17 11:22",
            F("Melinda Hartono", info, purpose, "KTP", p.nik, phone="+62 811-2703-558"),
            [],
            text=text_body,
            html=html_body,
            client="outlook",
            files=[ktp_photo(p, "IMG_4471.JPG", "f2")],
        )
    )

    # F3 - legal staff mails a DOCX letter signed by the director ('memohon salinan')
    p = Person(
        "Antonius Budi Gunawan",
        "337406",
        "15-03-1969",
        serial=1,
        job="WIRASWASTA",
        street="JL. SULTAN AGUNG NO. 140",
        rtrw="001/002",
        kel="WONOTINGAL",
        kec="CANDISARI",
        religion="KATOLIK",
    )
    info = "salinan dokumen Rencana Tata Ruang Wilayah (RTRW) Kota Uji 2024-2044 beserta peta pola ruang"
    purpose = "analisis rencana perluasan pabrik kami"
    blocks = [
        "**PT ANEKA LOGAM PRESISI**",
        "Jl. Raya Kaligawe Km. 6, Kota Uji 50118 | Telp. (024) 658 1200",
        "",
        "Nomor\t: 077/ALP/LGL/XII/2026",
        "Perihal\t: Permohonan Salinan Dokumen RTRW",
        "",
        "Kepada Yth.",
        "PPID Pemerintah Kota Uji",
        "di tempat",
        "",
        "Dengan hormat,",
        f"Bersama surat ini, kami PT Aneka Logam Presisi memohon {info}.",
        f"Dokumen tersebut akan kami gunakan untuk {purpose} di kawasan Kaligawe, agar sesuai dengan ketentuan pemanfaatan ruang yang berlaku.",
        "Sebagai kelengkapan, terlampir fotokopi KTP Direktur.",
        "",
        "Demikian, atas perhatian Bapak/Ibu kami ucapkan terima kasih.",
        "",
        "Kota Uji, 3 Desember 2026",
        "Hormat kami,",
        "PT Aneka Logam Presisi",
        "",
        "",
        "Antonius Budi Gunawan",
        "Direktur",
    ]
    out.append(
        Letter(
            kind,
            "legal staff sends a DOCX letter signed by the director ('memohon salinan ...', 'akan kami gunakan untuk ...'); requester is the director",
            [
                "docx",
                "memohon_salinan",
                "purpose_akan_kami_gunakan",
                "from_differs",
                "sign_role_below",
                "ktp_photo",
                "whatsapp_filename",
            ],
            ("Legal ALP", "legal@anekalogam.test"),
            "Surat Permohonan Salinan Dokumen RTRW",
            "2026-12-03 14:02",
            F("Antonius Budi Gunawan", info, purpose, "KTP", p.nik),
            [],
            text="Selamat siang,\n\nBersama ini kami kirimkan surat permohonan dari Direktur kami beserta KTP beliau.\n\nRegards,\nDivisi Legal PT Aneka Logam Presisi\n",
            files=[
                docx_att("077-ALP-LGL-XII-2026.docx", blocks),
                ktp_photo(p, "WhatsApp Image 2026-12-03 at 13.55.40.jpeg", "f3"),
            ],
        )
    )

    # F4 - complete letter but no ID: only a factory photo and a company profile
    info = "daftar lembaga pelatihan kerja swasta yang terakreditasi di Kota Uji"
    purpose = "rekrutmen dan pelatihan calon karyawan"
    profile = """PT ANEKA KEMASAN NUSANTARA
Company Profile 2026

Didirikan tahun 2009, PT Aneka Kemasan Nusantara memproduksi kemasan karton
gelombang dan kemasan fleksibel untuk industri makanan dan minuman.

Kapasitas produksi : 42.000 ton per tahun
Jumlah karyawan    : 640 orang
Lokasi pabrik      : Kawasan Industri Terboyo, Kota Uji
Sertifikasi        : ISO 9001:2015, FSSC 22000"""
    out.append(
        Letter(
            kind,
            "company letter in the body is complete but the attachments are a factory photo and a company profile, no identity document",
            [
                "formal_letter_body",
                "purpose_running",
                "non_id_photo",
                "no_id",
                "pdf_text",
                "sign_role_below",
                "phone_08",
            ],
            ("Yusuf Effendi", "yusuf.effendi@anekakemasan.test"),
            "Permohonan Informasi",
            "2026-11-25 08:33",
            F("Yusuf Effendi", info, purpose, None, None, phone="0811-2845-330"),
            ["id_document"],
            text=f"""Kepada Yth.
PPID Pemerintah Kota Uji

Dengan hormat,

PT Aneka Kemasan Nusantara sedang merencanakan penambahan lini produksi pada tahun 2027. Sehubungan dengan itu kami mohon informasi berupa {info}, beserta bidang pelatihan yang diselenggarakan.

Informasi tersebut kami perlukan untuk {purpose}.

Sebagai gambaran perusahaan, kami lampirkan profil dan foto pabrik kami.

Hormat kami,

Yusuf Effendi
Direktur
PT Aneka Kemasan Nusantara
HP 0811-2845-330
""",
            files=[
                picture("factory", "foto_pabrik.jpg", "f4"),
                pdf_att("Company Profile AKN 2026.pdf", profile),
            ],
        )
    )

    # F5 - form in the body with ☑ boxes and dotted leaders; NIK written; SIM as ID
    p = Person(
        "Slamet Riyadi",
        "331005",
        "09-07-1978",
        serial=13,
        job="WIRASWASTA",
        street="DK. GERGUNUNG RT 02 RW 05",
        rtrw="002/005",
        kel="GERGUNUNG",
        kec="KLATEN UTARA",
    )
    info = "Rencana Umum Pengadaan (RUP) Dinas Perhubungan tahun anggaran 2027"
    purpose = "persiapan mengikuti tender"
    out.append(
        Letter(
            kind,
            "CV director fills a form in the body: dotted leaders, ☑/☐ for 'Cara memperoleh' and 'Mendapatkan salinan informasi'; NIK typed; SIM photo as ID",
            [
                "form_dotted",
                "form_checkbox",
                "sim",
                "nik_in_letter",
                "purpose_label_tujuan",
                "phone_08",
            ],
            ("CV Berkah Teknik Mandiri", "cv.berkahteknik@mail.example.com"),
            "PERMOHONAN INFORMASI RUP DISHUB",
            "2026-12-09 09:15",
            F(
                "Slamet Riyadi",
                info,
                purpose,
                "SIM",
                p.nik,
                occupation="Direktur CV Berkah Teknik Mandiri",
                phone="0857 2600 1185",
                address="Dk. Gergunung RT 02 RW 05, Klaten Utara",
            ),
            [],
            text=f"""Kepada Yth. PPID Kota Uji

Nama .................................. : Slamet Riyadi
NIK ................................... : {p.nik}
Pekerjaan ............................. : Direktur CV Berkah Teknik Mandiri
Alamat ................................ : Dk. Gergunung RT 02 RW 05, Klaten Utara
Telepon ............................... : 0857 2600 1185
Informasi yang Dibutuhkan ............. : {info}
Tujuan Penggunaan Informasi ........... : {purpose}
Cara Memperoleh Informasi ............. : ☐ Melihat/Membaca  ☑ Mendapatkan Salinan
Mendapatkan Salinan Informasi ......... : ☐ Hardcopy  ☑ Softcopy
Cara Mendapatkan Salinan .............. : ☐ Mengambil Langsung  ☐ Kurir  ☐ Pos  ☑ Email

Foto SIM terlampir.

Hormat saya,
Slamet Riyadi
""",
            files=[sim_photo(p, "IMG_20261209_090144.jpg", "f5", "7805-3310-004512", "B1")],
        )
    )

    # F6 - scanned letter (company letterhead naming a city) asking for everything about the company
    p = Person(
        "Darmawan Saputra",
        "337411",
        "27-05-1975",
        serial=6,
        job="WIRASWASTA",
        street="JL. WOLTER MONGINSIDI NO. 55",
        rtrw="004/002",
        kel="PEDURUNGAN KIDUL",
        kec="PEDURUNGAN",
    )
    letter_text = """Nomor    : 031/MLB/XI/2026
Perihal  : Permohonan Data

Kepada Yth.
Kepala PPID Kota Uji
di Tempat

Dengan hormat,
Yang bertanda tangan di bawah ini, Direktur PT Mega Lestari Beton, dengan ini meminta semua data yang berkaitan dengan perusahaan kami yang ada di Pemerintah Kota Uji.

Data tersebut kami perlukan untuk evaluasi internal perusahaan.

Demikian surat ini kami sampaikan, atas kerja samanya kami ucapkan terima kasih.

\tKota Uji, 18 November 2026
\tPT Mega Lestari Beton
~stamp~
\tDarmawan Saputra
\tDirektur"""
    head = Head(
        [
            ("PT MEGA LESTARI BETON", 38, True),
            ("Ready Mix - Precast - Paving", 22, False),
            ("Jl. Raya Semarang - Demak Km. 9, KOTA UJI, JAWA TENGAH", 20, False),
        ],
        serif=False,
    )
    out.append(
        Letter(
            kind,
            "scanned company letter with a letterhead naming city and province asks for 'semua data yang berkaitan dengan perusahaan kami' (too vague); KTP photo",
            [
                "letterhead_scan",
                "photo_letter",
                "vague_information",
                "purpose_running",
                "ktp_photo",
                "camera_filename",
                "sign_role_below",
            ],
            ("admin mlb", "admin@megalestaribeton.test"),
            "surat permohonan data",
            "2026-11-18 13:50",
            F("Darmawan Saputra", None, "evaluasi internal perusahaan", "KTP", p.nik),
            ["information"],
            text="Selamat siang, terlampir surat dan KTP direktur. Terima kasih\n",
            files=[
                letter_jpg(letter_text, "IMG_20261118_134211.jpg", "f6", head=head),
                ktp_photo(p, "IMG_20261118_134230.jpg", "f6k"),
            ],
        )
    )

    # F7 - numbered list under 'berupa:', 'Tujuan:' label, '(ttd)' then name and 'Direktur'; KTP "NIK :"
    p = Person(
        "Hendra Wijaya",
        "367104",
        "11-11-1984",
        serial=22,
        job="KARYAWAN SWASTA",
        street="JL. MH THAMRIN NO. 7 CIKOKOL",
        rtrw="001/007",
        kel="CIKOKOL",
        kec="TANGERANG",
        religion="BUDDHA",
    )
    info = "data konsumsi listrik gedung-gedung Pemerintah Kota Uji tahun 2025"
    purpose = "menyusun proposal kerja sama pemasangan panel surya atap"
    out.append(
        Letter(
            kind,
            "company letter in the body: numbered list under 'berupa:', 'Tujuan:' label, '(ttd)' then name then 'Direktur'; KTP printed 'NIK : ...'",
            [
                "formal_letter_body",
                "list_numbered",
                "purpose_label_tujuan",
                "sign_role_below",
                "ktp_photo",
                "ktp_colon",
                "phone_021",
            ],
            ("Hendra Wijaya", "hendra.wijaya@nusaenergisurya.test"),
            "Permohonan Informasi Publik",
            "2026-12-11 10:28",
            F("Hendra Wijaya", info, purpose, "KTP", p.nik, phone="(021) 5579 2040"),
            [],
            text=f"""Kepada Yth.
Pejabat Pengelola Informasi dan Dokumentasi
Pemerintah Kota Uji

Dengan hormat,

Kami dari PT Nusa Energi Surya, perusahaan penyedia sistem pembangkit listrik tenaga surya, mengajukan permohonan informasi publik berupa:

1. {info};
2. daftar gedung milik Pemerintah Kota Uji beserta luas atapnya;
3. rencana kegiatan efisiensi energi perangkat daerah tahun 2027.

Tujuan: {purpose}.

Foto KTP direktur kami lampirkan. Mohon informasinya dapat dikirim ke alamat email ini.

Hormat kami,
PT Nusa Energi Surya

(ttd)

Hendra Wijaya
Direktur
Telp. (021) 5579 2040
""",
            files=[ktp_photo(p, "IMG_20261211_100915.jpg", "f7", nik_style="colon")],
        )
    )
    return out


def job_seekers() -> list[Letter]:
    out = []
    kind = "pencari kerja"

    # G1 - chat 'permisi kak, mau tanya', 'buat persiapan daftar'
    p = Person(
        "Rizka Amelia",
        "337414",
        "05-04-2002",
        female=True,
        serial=9,
        job="BELUM/TIDAK BEKERJA",
        street="JL. KEMANTREN RAYA NO. 22",
        rtrw="005/001",
        kel="WONOLOPO",
        kec="MIJEN",
        married="BELUM KAWIN",
    )
    info = "formasi PPPK tenaga teknis Pemkot Uji thn 2027"
    purpose = "persiapan daftar"
    out.append(
        Letter(
            kind,
            "chat style: 'permisi kak, mau tanya', 'sy', 'thn', 'buat persiapan daftar'; KTP photo",
            ["chat", "mau_tanya", "purpose_buat", "ktp_photo", "whatsapp_filename"],
            ("Rizka Amelia", "rizkaamelia02@mail.example.com"),
            "tanya formasi pppk",
            "2026-11-08 19:40",
            F("Rizka Amelia", info, purpose, "KTP", p.nik),
            [],
            text=f"""permisi kak, mau tanya. sy lulusan D3 akuntansi, sy mau minta info {info} berapa & jabatannya apa aja, buat {purpose}. ktp terlampir. makasih kak

Rizka""",
            files=[ktp_photo(p, "WhatsApp Image 2026-11-08 at 19.36.27.jpeg", "g1")],
        )
    )

    # G2 - simple letter, 'buat', no ID
    info = "daftar perusahaan di kawasan industri Kota Uji yang sedang membuka lowongan"
    out.append(
        Letter(
            kind,
            "simple polite mail, 'saya mau minta daftar ...', 'buat saya kirim lamaran'; nothing attached",
            ["purpose_buat", "no_id"],
            ("Bayu Saputra", "bayusaputra.job@mail.example.com"),
            "Permohonan Informasi",
            "2026-11-13 11:17",
            F("Bayu Saputra", info, "kirim lamaran", None, None),
            ["id_document"],
            text=f"""Selamat siang Bapak/Ibu.

Saya Bayu Saputra, saya sedang mencari pekerjaan. Saya mau minta {info}, buat saya kirim lamaran. Kalau ada daftar alamatnya juga saya sangat berterima kasih.

Terima kasih.

Bayu Saputra
""",
        )
    )

    # G3 - Yahoo HTML from Android, lowercase From, 'minta info', 'supaya'
    p = Person(
        "Dewi Anggraini",
        "337403",
        "19-09-1995",
        female=True,
        serial=18,
        job="MENGURUS RUMAH TANGGA",
        street="JL. ARTERI SOEKARNO HATTA GG. 3",
        rtrw="006/003",
        kel="SAWAH BESAR",
        kec="GAYAMSARI",
    )
    info = "jadwal pelatihan kerja gratis di BLK Kota Uji bulan Januari-Maret 2027"
    purpose = "supaya bisa ikut pelatihan menjahit"
    html_body = f"""<html><head></head><body><div class="ydp3c1a7b2yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;"><div dir="ltr" data-setdir="false">selamat pagi</div><div dir="ltr" data-setdir="false"><br></div><div dir="ltr" data-setdir="false">saya dewi anggraini mau minta info {info} {purpose}. saya sudah lama menganggur. fotokopi ktp saya lampirkan. nomor hp saya 0858-6612-0034</div><div dir="ltr" data-setdir="false"><br></div><div dir="ltr" data-setdir="false">terima kasih</div><div dir="ltr" data-setdir="false">dewi</div><div><br></div></div><div id="ydp9f1d9b8eyahoo_quoted_0" class="ydp9f1d9b8eyahoo_quoted"></div><div class="ydp3c1a7b2signature">Dikirim dari <a href="https://mail.yahoo.example/">Yahoo Mail di Android</a></div></body></html>
"""
    text_body = (
        f"""selamat pagi

saya dewi anggraini mau minta info {info} {purpose}. saya sudah lama menganggur. fotokopi ktp saya lampirkan. nomor hp saya 0858-6612-0034

terima kasih
dewi"""
        + SIG_YAHOO
    )
    out.append(
        Letter(
            kind,
            "Yahoo Mail for Android, HTML + plain, all lowercase, 'minta info ... supaya ...'; KTP photo",
            [
                "html",
                "minta_info",
                "purpose_supaya",
                "sent_from_yahoo",
                "from_differs",
                "ktp_photo",
                "camera_filename",
                "phone_08",
            ],
            ("dewi anggraini", "dewianggraini95@yahoo.example.com"),
            "info pelatihan",
            "2026-11-22 07:31",
            F(
                "Dewi Anggraini",
                info,
                "bisa ikut pelatihan menjahit",
                "KTP",
                p.nik,
                phone="0858-6612-0034",
            ),
            [],
            text=text_body,
            html=html_body,
            client="yahoo",
            files=[ktp_photo(p, "IMG_20261122_072517.jpg", "g3")],
        )
    )

    # G4 - only a KTP, body 'terlampir'
    p = Person(
        "Ahmad Fauzi",
        "337413",
        "01-01-2000",
        serial=37,
        job="BELUM/TIDAK BEKERJA",
        street="JL. RAYA NGALIYAN NO. 9",
        rtrw="003/003",
        kel="BAMBANKEREP",
        kec="NGALIYAN",
        married="BELUM KAWIN",
    )
    out.append(
        Letter(
            kind,
            "only a KTP photo; subject 'ktp', body 'terlampir' and an Android signature, nothing else",
            ["only_ktp", "ktp_photo", "camera_filename", "sent_from_android"],
            ("Ahmad Fauzi", "ahmadfauzi.2000@mail.example.com"),
            "ktp",
            "2026-11-29 23:02",
            F("Ahmad Fauzi", None, None, "KTP", p.nik),
            ["letter", "information", "purpose"],
            text="terlampir" + SIG_ANDROID,
            files=[ktp_photo(p, "IMG_20261129_225811.jpg", "g4")],
        )
    )

    # G5 - 'ada info apa aja ya?': no information, no purpose
    p = Person(
        "Yoga Pratama",
        "337408",
        "17-06-2001",
        serial=26,
        job="BELUM/TIDAK BEKERJA",
        street="JL. TLOGOSARI RAYA II NO. 40",
        rtrw="008/006",
        kel="TLOGOSARI KULON",
        kec="PEDURUNGAN",
        married="BELUM KAWIN",
    )
    out.append(
        Letter(
            kind,
            "chat: 'halo min, sy lg cari kerja, ada info apa aja ya?' - neither information nor purpose; KTP attached",
            ["chat", "vague_information", "no_purpose", "ktp_photo", "whatsapp_filename"],
            ("yoga pratama", "yogaprtm01@mail.example.com"),
            "",
            "2026-12-05 16:26",
            F("Yoga Pratama", None, None, "KTP", p.nik),
            ["information", "purpose"],
            text="halo min, sy lg cari kerja, ada info apa aja ya? ktp sy kirim ya\n",
            files=[ktp_photo(p, "WhatsApp Image 2026-12-05 at 16.24.09.jpeg", "g5")],
        )
    )

    # G6 - 'supaya', SIM
    p = Person(
        "Irfan Maulana Yusuf",
        "337401",
        "23-10-1998",
        serial=31,
        job="KARYAWAN SWASTA",
        street="JL. KARANGANYAR NO. 18",
        rtrw="002/002",
        kel="BRUMBUNGAN",
        kec="SEMARANG TENGAH",
        married="BELUM KAWIN",
    )
    info = "data perusahaan mitra penempatan lulusan BLK Kota Uji tahun 2026"
    purpose = "tahu perusahaan mana yang biasa menerima lulusan BLK"
    out.append(
        Letter(
            kind,
            "plain letter, 'saya ingin meminta ...', purpose after 'supaya'; SIM photo as ID; 'WhatsApp' phone line",
            ["ingin_meminta", "purpose_supaya", "sim", "camera_filename", "phone_whatsapp"],
            ("Irfan Maulana", "irfan.my98@mail.example.com"),
            "Permohonan data BLK",
            "2026-11-27 13:09",
            F("Irfan Maulana Yusuf", info, purpose, "SIM", None, phone="0813-2577-6019"),
            [],
            text=f"""Yth. PPID Kota Uji

Saya Irfan Maulana Yusuf, alumni pelatihan las BLK Kota Uji angkatan 2026. Saya ingin meminta {info}, supaya saya {purpose} dan bisa melamar ke sana.

Sebagai identitas saya lampirkan SIM C.

Terima kasih,
Irfan Maulana Yusuf
WhatsApp 0813-2577-6019
""",
            files=[sim_photo(p, "IMG_20261127_130211.jpg", "g6", "9810-3374-118820")],
        )
    )

    # G7 - DOCX letter, KTP WhatsApp photo
    p = Person(
        "Siti Nurjanah",
        "337412",
        "30-08-1999",
        female=True,
        serial=12,
        job="BELUM/TIDAK BEKERJA",
        street="JL. BUKIT KENCANA JAYA BLOK D-3",
        rtrw="007/010",
        kel="METESEH",
        kec="TEMBALANG",
        married="BELUM KAWIN",
    )
    info = "informasi persyaratan dan tata cara pembuatan kartu pencari kerja (AK/1) secara daring"
    purpose = "melamar pekerjaan di perusahaan swasta"
    blocks = [
        "Kota Uji, 14 Desember 2026",
        "",
        "Hal: Permohonan Informasi",
        "",
        "Yth. Kepala Dinas Tenaga Kerja Kota Uji",
        "melalui PPID Kota Uji",
        "",
        "Dengan hormat,",
        "Saya yang bertanda tangan di bawah ini:",
        "Nama : Siti Nurjanah",
        "Alamat : Jl. Bukit Kencana Jaya Blok D-3, Meteseh, Tembalang",
        "Pekerjaan : Belum bekerja (lulusan SMK 2025)",
        "",
        f"Dengan ini mohon {info}. Kartu tersebut saya perlukan untuk {purpose} yang mensyaratkan kartu AK/1.",
        "",
        "Foto KTP saya lampirkan bersama surat ini.",
        "",
        "Atas perhatian Bapak/Ibu saya ucapkan terima kasih.",
        "",
        "Hormat saya,",
        "",
        "Siti Nurjanah",
    ]
    out.append(
        Letter(
            kind,
            "letter as DOCX with 'Nama :' / 'Alamat :' / 'Pekerjaan :' lines; KTP photo with a WhatsApp file name",
            ["docx", "purpose_running", "ktp_photo", "whatsapp_filename"],
            ("Siti Nurjanah", "sitinurjanah.smk@mail.example.com"),
            "permohonan informasi kartu kuning",
            "2026-12-14 08:58",
            F(
                "Siti Nurjanah",
                info,
                purpose,
                "KTP",
                p.nik,
                occupation="Belum bekerja (lulusan SMK 2025)",
                address="Jl. Bukit Kencana Jaya Blok D-3, Meteseh, Tembalang",
            ),
            [],
            text="Assalamualaikum, saya kirim surat permohonan informasi (file word) dan foto ktp. Terima kasih.\n\nSiti Nurjanah\n",
            files=[
                docx_att("surat permohonan informasi.docx", blocks),
                ktp_photo(p, "WhatsApp Image 2026-12-14 at 08.50.02.jpeg", "g7"),
            ],
        )
    )
    return out


def foreign_researchers() -> list[Letter]:
    out = []
    kind = "peneliti asing"

    # H1 - Australian, 'I would like to request', 'Purpose:', passport, +61
    info = "the annual reports of the Kota Uji Fisheries Office for 2020-2025"
    purpose = "doctoral research on small-scale fisheries governance"
    seed = "h1"
    out.append(
        Letter(
            kind,
            "English: 'I would like to request ...', 'Purpose:' label, Australian passport data page, +61 phone",
            ["english", "i_would_like", "purpose_label_purpose", "passport", "phone_international"],
            ("Fiona McAllister", "f.mcallister@scias.edu.example"),
            "Request for public information",
            "2026-11-04 06:15",
            F(
                "Fiona McAllister",
                info,
                purpose,
                "paspor",
                None,
                occupation="PhD candidate",
                phone="+61 412 558 903",
            ),
            [],
            text=f"""Dear Sir or Madam,

My name is Fiona McAllister and I am a PhD candidate at the Southern Cross Institute of Asian Studies, Australia. Under Indonesia's Public Information Disclosure Law (UU 14/2008), I would like to request {info}, including the statistics on fishing households and boats.

Purpose: {purpose} in Central Java.

Please find attached a copy of my passport as identification. I would be grateful to receive the documents electronically.

Kind regards,
Fiona McAllister
PhD candidate
Southern Cross Institute of Asian Studies
+61 412 558 903
""",
            files=[
                card_att(
                    passport_page(
                        "McAllister",
                        "Fiona Grace",
                        "Australia",
                        "AUS",
                        "PA4471902",
                        "860412",
                        "F",
                        "310815",
                        "Perth",
                        random.Random(seed),
                    ),
                    "passport_fmcallister.jpg",
                    seed,
                    "paspor",
                    photo=False,
                )
            ],
        )
    )

    # H2 - British, HTML with a table, passport photographed, +44
    info = "Daily rainfall records from the city rain gauges, 2015-2025"
    purpose = "my master's dissertation on urban flood resilience"
    rows = [
        (info, "Excel or CSV if possible"),
        ("Flood event reports by kelurahan, 2020-2025", "PDF is fine"),
        ("Drainage master plan (Masterplan Drainase) of Kota Uji", "latest version"),
    ]
    trs = "".join(
        f"<tr><td>{i}</td><td>{a}</td><td>{b}</td></tr>" for i, (a, b) in enumerate(rows, 1)
    )
    html_body = f"""<div dir="ltr"><p>Dear PPID Kota Uji,</p><p>I am Oliver Bennett-Clarke, a postgraduate student at the University of Northfield (UK), currently on a field visit to Central Java. I would like to request the following information:</p><table border="1" cellpadding="4" cellspacing="0"><thead><tr><th>#</th><th>Information</th><th>Format</th></tr></thead><tbody>{trs}</tbody></table><p>The data will be used for {purpose}. A scan of my passport is attached.</p><p>Many thanks in advance,<br>Oliver</p><p>--<br>Oliver Bennett-Clarke<br>MSc Urban Resilience, University of Northfield<br>Tel: +44 7700 900415</p></div>
"""
    text_body = (
        """Dear PPID Kota Uji,

I am Oliver Bennett-Clarke, a postgraduate student at the University of Northfield (UK), currently on a field visit to Central Java. I would like to request the following information:

"""
        + "\n".join(f"{i}. {a} - {b}" for i, (a, b) in enumerate(rows, 1))
        + f"""

The data will be used for {purpose}. A scan of my passport is attached.

Many thanks in advance,
Oliver

--
Oliver Bennett-Clarke
MSc Urban Resilience, University of Northfield
Tel: +44 7700 900415
"""
    )
    seed = "h2"
    out.append(
        Letter(
            kind,
            "English HTML + plain, request in an HTML table, 'The data will be used for ...', British passport photographed, +44 phone",
            [
                "english",
                "i_would_like",
                "html",
                "html_table",
                "purpose_running",
                "passport",
                "phone_international",
            ],
            ("Oliver Bennett-Clarke", "o.bennettclarke@northfield.ac.example"),
            "Information request - rainfall and flood data",
            "2026-11-15 15:48",
            F("Oliver Bennett-Clarke", info, purpose, "paspor", None, phone="+44 7700 900415"),
            [],
            text=text_body,
            html=html_body,
            files=[
                card_att(
                    passport_page(
                        "Bennett-Clarke",
                        "Oliver James",
                        "United Kingdom of Great Britain and Northern Ireland",
                        "GBR",
                        "533018274",
                        "970203",
                        "M",
                        "320119",
                        "Leeds",
                        random.Random(seed),
                    ),
                    "IMG_0412.jpg",
                    seed,
                    "paspor",
                )
            ],
        )
    )

    # H3 - Dutch researcher with a KITAS; mixes a little Indonesian
    info = "the list of registered heritage buildings (bangunan cagar budaya) in Kota Uji"
    purpose = "a research project on colonial-era market architecture"
    seed = "h3"
    out.append(
        Letter(
            kind,
            "English with some Indonesian, 'Purpose of the request:' label; the ID is a KITAS card (limited stay permit)",
            [
                "english",
                "i_would_like",
                "purpose_label_purpose",
                "kitas",
                "phone_plus62",
                "camera_filename",
            ],
            ("Maartje de Vries", "m.devries@erfgoed-onderzoek.example.nl"),
            "Permohonan informasi / information request",
            "2026-11-23 09:26",
            F("Maartje de Vries", info, purpose, "KITAS", None, phone="+62 821 1009 3347"),
            [],
            text=f"""Selamat pagi,

I hope this is the right address. I would like to request {info}, with the decree (SK) number and year of designation for each building if available.

Purpose of the request: {purpose}, carried out with Universitas Cakrawala Nusantara.

I attach a photo of my KITAS. My Indonesian phone number is +62 821 1009 3347.

Terima kasih banyak,
Maartje de Vries
Researcher, Stichting Erfgoed Onderzoek Azië
""",
            files=[
                card_att(
                    kitas_card(
                        "Maartje de Vries",
                        "Netherlands",
                        "NW8K21P07",
                        "09-06-1988",
                        "2C21JD4471-Q",
                        random.Random(seed),
                    ),
                    "IMG_20261123_092001.jpg",
                    seed,
                    "KITAS",
                )
            ],
        )
    )

    # H4 - Japanese researcher, no ID attached
    info = "statistics on the number of foreign tourists visiting Kota Uji per month in 2025"
    purpose = "a comparative study on tourism recovery in secondary cities"
    out.append(
        Letter(
            kind,
            "English, 'I am writing to request ...', 'Purpose:' label, +81 phone; no identity document attached",
            ["english", "purpose_label_purpose", "phone_international", "no_id"],
            ("WATANABE Kenji", "k.watanabe@tourism-lab.example.jp"),
            "Request: tourist statistics 2025",
            "2026-12-01 05:40",
            F("Kenji Watanabe", info, purpose, None, None, phone="+81 90-4418-2736"),
            ["id_document"],
            text=f"""Dear Public Information Officer,

I am writing to request {info}, broken down by country of origin if possible.

Purpose: {purpose} in Southeast Asia.

Thank you very much for your kind cooperation.

Best regards,
Kenji Watanabe, Ph.D.
Associate Professor, Tourism Policy Laboratory
Tel: +81 90-4418-2736
""",
        )
    )

    # H5 - reply giving the purpose; the request itself is only in the quoted first mail; passport
    info = "ridership data of the city bus service per route for 2025"
    purpose = "write a policy paper on inclusive public transport"
    seed = "h5"
    out.append(
        Letter(
            kind,
            "English reply ('On ... wrote:'): the top gives the purpose and the passport; the information is only in the quoted first mail",
            [
                "english",
                "reply_quote",
                "i_would_like",
                "passport",
                "purpose_running",
                "phone_international",
            ],
            ("Sarah Lindqvist", "sarah.lindqvist@mobilitet.example.se"),
            "Re: Information request",
            "2026-12-08 21:05",
            F("Sarah Lindqvist", info, purpose, "paspor", None, phone="+46 70 123 45 67"),
            [],
            text=f"""Dear PPID team,

Thank you for your reply. The purpose of my request is to {purpose} for the Swedish-Indonesian Urban Mobility Network. My passport copy is attached.

Best regards,
Sarah Lindqvist
+46 70 123 45 67

On Tue, 8 Dec 2026 at 14:02, PPID Kota Uji <ppid@kota-uji.go.id> wrote:
> Dear Ms. Lindqvist,
>
> Thank you for your request. To process it, please state the purpose of
> the request and attach a copy of your identity document (passport).
>
> Regards,
> PPID Kota Uji
>
> On Mon, 7 Dec 2026 at 18:40, Sarah Lindqvist <sarah.lindqvist@mobilitet.example.se> wrote:
>> Hello,
>>
>> I would like to request {info}, and the number of buses
>> with wheelchair access.
>>
>> Sarah
""",
            headers={
                "In-Reply-To": "<ppid-20261208-1402-05@kota-uji.go.id>",
                "References": "<ppid-20261208-1402-05@kota-uji.go.id>",
            },
            files=[
                card_att(
                    passport_page(
                        "Lindqvist",
                        "Sarah Maria",
                        "Sverige / Sweden",
                        "SWE",
                        "91285513",
                        "900718",
                        "F",
                        "290530",
                        "Uppsala",
                        random.Random(seed),
                    ),
                    "passport.jpg",
                    seed,
                    "paspor",
                    photo=False,
                )
            ],
        )
    )

    # H6 - Irish researcher, letter as text PDF, no purpose; passport
    info = "the Environmental Impact Assessment (AMDAL) documents for the Kota Uji coastal reclamation project"
    letter_text = f"""Dr. Michael O'Sullivan
School of Geography, University College Westport
Westport, Co. Mayo, Ireland
Tel: +353 87 219 4406 | m.osullivan@ucw.example.ie

1 December 2026

To: The Information and Documentation Management Officer (PPID)
City Government of Kota Uji
Indonesia

Subject: Request for public information

Dear Sir or Madam,

I would like to request {info}, together with the public consultation records.

I understand that a fee may apply for copies and I am happy to cover it. A copy of my passport is enclosed.

Yours faithfully,

Michael O'Sullivan"""
    seed = "h6"
    out.append(
        Letter(
            kind,
            "formal English letter as a text PDF ('I would like to request ...') with no purpose anywhere; Irish passport photographed",
            [
                "english",
                "i_would_like",
                "pdf_text",
                "passport",
                "no_purpose",
                "phone_international",
            ],
            ("Michael O'Sullivan", "m.osullivan@ucw.example.ie"),
            "Request for public information - coastal reclamation AMDAL",
            "2026-12-01 17:12",
            F("Michael O'Sullivan", info, None, "paspor", None, phone="+353 87 219 4406"),
            ["purpose"],
            text="Dear PPID,\n\nPlease find my request attached as a PDF, together with my passport.\n\nYours faithfully,\nMichael O'Sullivan\n",
            files=[
                pdf_att("Request_PPID_OSullivan.pdf", letter_text, keep=(info,)),
                card_att(
                    passport_page(
                        "O'Sullivan".replace("'", ""),
                        "Michael Sean",
                        "Ireland / Éire",
                        "IRL",
                        "PX3391027",
                        "790925",
                        "M",
                        "300402",
                        "Galway",
                        random.Random(seed),
                    ),
                    "passport photo.jpg",
                    seed,
                    "paspor",
                ),
            ],
        )
    )
    return out


def elderly() -> list[Letter]:
    out = []
    kind = "warga lanjut usia"

    # I1 - capitals and typos
    p = Person(
        "Sumarno",
        "337409",
        "12-08-1954",
        serial=2,
        job="PENSIUNAN",
        street="JL. TLOGOMULYO RAYA NO. 3",
        rtrw="002/001",
        kel="TLOGOMULYO",
        kec="PEDURUNGAN",
    )
    info = "DATA PENERIMA BANTUAN LANSIA DI KELURAHAN TLOGOMULYO TAHUN 2026"
    purpose = "MENGURUS BANTUAN SAYA"
    out.append(
        Letter(
            kind,
            "elderly writer, all capitals, typos ('LAMPIRKN', 'TERIMAKASIH'), occupation and phone written loosely; KTP photo",
            [
                "caps",
                "typos",
                "mau_tanya",
                "purpose_running",
                "ktp_photo",
                "camera_filename",
                "phone_08_spaces",
            ],
            ("sumarno", "sumarno54@mail.example.com"),
            "PERMOHONAN",
            "2026-11-06 05:52",
            F(
                "Sumarno",
                info,
                purpose,
                "KTP",
                p.nik,
                occupation="PENSIUNAN GURU SD",
                phone="081 325 447 102",
            ),
            [],
            text=f"""KEPADA YTH BAPAK IBU PPID

SAYA SUMARNO UMUR 72 TAHUN PENSIUNAN GURU SD. SAYA MAU TANYA {info} KARENA SAYA TIDAK DAPAT PADAHAL TETANGGA DAPAT. UNTUK {purpose}. KTP SAYA LAMPIRKN.

TERIMAKASIH
SUMARNO
HP 081 325 447 102
""",
            files=[ktp_photo(p, "IMG_20261106_054020.jpg", "i1", grain=0.07, blur=1.1)],
        )
    )

    # I2 - grandchild's mailbox, Javanese opening, 'ingin tahu', 'supaya'
    p = Person(
        "Karsiyem",
        "337410",
        "01-07-1948",
        female=True,
        serial=9,
        job="MENGURUS RUMAH TANGGA",
        street="JL. SENDANGMULYO RT 02 RW 05",
        rtrw="002/005",
        kel="SENDANGMULYO",
        kec="TEMBALANG",
        married="CERAI MATI",
    )
    info = (
        "jadwal pemeriksaan mata gratis untuk lansia di Puskesmas Sendangmulyo bulan Desember 2026"
    )
    purpose = "supaya saya bisa periksa mata"
    out.append(
        Letter(
            kind,
            "typed by a grandchild on his mailbox (nickname From), Javanese 'Kulo nuwun' / 'Matur nuwun', 'saya ingin tahu', the grandmother signs",
            [
                "javanese",
                "ingin_tahu",
                "purpose_supaya",
                "from_differs",
                "ktp_photo",
                "whatsapp_filename",
            ],
            ("raffi gaming", "raffi.gg2010@mail.example.com"),
            "pertanyaan simbah",
            "2026-11-28 16:05",
            F(
                "Karsiyem",
                info,
                "bisa periksa mata",
                "KTP",
                p.nik,
                address="RT 02 RW 05 Kelurahan Sendangmulyo",
            ),
            [],
            text=f"""Kulo nuwun Bapak Ibu PPID,

Saya Karsiyem, umur 78 tahun, warga RT 02 RW 05 Kelurahan Sendangmulyo (ini diketik cucu saya). Saya ingin tahu {info}, {purpose} karena mata saya sudah kabur. Foto KTP saya kirim.

Matur nuwun.

Karsiyem
""",
            files=[ktp_photo(p, "WhatsApp Image 2026-11-28 at 15.59.48.jpeg", "i2")],
        )
    )

    # I3 - just 'halo'
    out.append(
        Letter(
            kind,
            "a single word 'halo', nothing attached, nickname in From",
            ["greeting_only", "no_id"],
            ("pak harjo", "harjo1951@mail.example.com"),
            "",
            "2026-12-06 06:30",
            F(None, None, None, None, None),
            ["letter", "information", "purpose", "id_document"],
            text="halo\n",
        )
    )

    # I4 - capitals, 'SUPAYA', no ID
    info = "DAFTAR NOMINATIF TANAH YG KENA PELEBARAN JALAN CIBEUREUM TAHUN 2026"
    purpose = "JELAS BERAPA GANTI RUGI TANAH SAYA"
    out.append(
        Letter(
            kind,
            "capitals, 'YG', 'TRIMAKASIH', 'SUPAYA ...'; address in the letter; nothing attached",
            ["caps", "typos", "purpose_supaya", "no_id"],
            ("H. MUHAMMAD SALEH", "hmsaleh.cibeureum@mail.example.com"),
            "MOHON INFORMASI",
            "2026-11-19 08:12",
            F("Muhammad Saleh", info, purpose, None, None, address="KP. CIBEUREUM RT 04 RW 02"),
            ["id_document"],
            text=f"""SELAMAT PAGI.

SAYA HAJI MUHAMMAD SALEH, WARGA KP. CIBEUREUM RT 04 RW 02. SAYA MINTA SALINAN {info}, SUPAYA {purpose}.

TRIMAKASIH.
""",
        )
    )

    # I5 - handwritten-style letter photographed, sent by her son; KTP photo
    p = Person(
        "Sulastri",
        "337401",
        "20-02-1957",
        female=True,
        serial=4,
        job="MENGURUS RUMAH TANGGA",
        street="JL. KAUMAN GG. III NO. 8",
        rtrw="001/002",
        kel="KAUMAN",
        kec="SEMARANG TENGAH",
    )
    info = "besarnya iuran BPJS Kesehatan yang ditanggung Pemerintah Kota untuk warga lansia tahun 2027"
    purpose = "mengurus kepesertaan BPJS suami saya"
    letter_text = f"""Kota Uji, 30 November 2026

Kepada Yth.
Bapak/Ibu PPID Kota Uji
di tempat

Dengan hormat,
Saya yang bertanda tangan dibawah ini:
Nama : Sulastri
Umur : 69 tahun
Alamat : Jl. Kauman Gg. III No. 8, Kota Uji

Memohon keterangan tentang {info}.
Keterangan tersebut saya perlukan untuk {purpose}.

Atas bantuannya saya ucapkan terima kasih.

\tHormat saya,
~sig~
\tSulastri"""
    out.append(
        Letter(
            kind,
            "handwritten-style letter on lined paper photographed with a phone, sent by the writer's son; KTP photo",
            [
                "photo_letter",
                "handwritten",
                "from_differs",
                "ktp_photo",
                "camera_filename",
                "purpose_running",
            ],
            ("Bowo Santoso", "bowo.santoso@mail.example.com"),
            "Surat dari ibu saya",
            "2026-11-30 12:20",
            F(
                "Sulastri",
                info,
                purpose,
                "KTP",
                p.nik,
                address="Jl. Kauman Gg. III No. 8, Kota Uji",
            ),
            [],
            text="Selamat siang, saya kirimkan surat permohonan ibu saya (Ibu Sulastri) beserta KTP beliau. Terima kasih.\n\nBowo\n",
            files=[
                letter_jpg(
                    letter_text, "IMG_20261130_121015.jpg", "i5", keep=(info, purpose), hand=True
                ),
                ktp_photo(p, "IMG_20261130_121102.jpg", "i5k"),
            ],
        )
    )

    # I6 - Yahoo Android, vague ('DATA2 YG ADA'), purpose given
    p = Person(
        "Sudarmo",
        "337404",
        "03-03-1950",
        serial=7,
        job="PENSIUNAN",
        street="JL. BUGANGAN RAYA NO. 14",
        rtrw="003/007",
        kel="BUGANGAN",
        kec="SEMARANG TIMUR",
    )
    out.append(
        Letter(
            kind,
            "capitals from Yahoo Mail on Android, asks for 'DATA2 YG ADA DI KELURAHAN' (too vague) 'UTK PERTEMUAN PAGUYUBAN'; KTP photo",
            [
                "caps",
                "chat",
                "vague_information",
                "purpose_running",
                "sent_from_yahoo",
                "ktp_photo",
                "camera_filename",
            ],
            ("SUDARMO", "sudarmo.bugangan@yahoo.example.com"),
            "DATA LANSIA",
            "2026-12-12 07:45",
            F("Sudarmo", None, "PERTEMUAN PAGUYUBAN LANSIA RW 07", "KTP", p.nik),
            ["information"],
            text="SLMT PAGI. SAYA MINTA DATA2 YG ADA DI KELURAHAN UTK WARGA LANSIA. UTK PERTEMUAN PAGUYUBAN LANSIA RW 07. KTP TERLAMPIR. SUDARMO"
            + SIG_YAHOO,
            client="yahoo",
            files=[ktp_photo(p, "IMG_20261212_074011.jpg", "i6", grain=0.07)],
        )
    )

    # I7 - Islamic greeting, 'ingin mengetahui', 'supaya', KTP "NIK :"
    p = Person(
        "Abdul Rachman",
        "337406",
        "17-08-1955",
        serial=3,
        job="PENSIUNAN",
        street="JL. JANGLI PERMAI NO. 12",
        rtrw="004/005",
        kel="KARANGANYAR GUNUNG",
        kec="CANDISARI",
    )
    info = "jadwal operasi katarak gratis bagi lansia yang diadakan Dinas Kesehatan tahun 2027"
    purpose = "supaya istri saya bisa didaftarkan"
    out.append(
        Letter(
            kind,
            "Assalamu'alaikum Wr. Wb., retired civil servant, 'ingin mengetahui', 'supaya ...'; KTP photo printed 'NIK : ...'",
            [
                "islamic",
                "ingin_mengetahui",
                "purpose_supaya",
                "ktp_photo",
                "ktp_colon",
                "camera_filename",
            ],
            ("Abdul Rachman", "abdulrachman55@mail.example.com"),
            "Mohon informasi operasi katarak",
            "2026-12-15 09:03",
            F(
                "Abdul Rachman",
                info,
                "istri saya bisa didaftarkan",
                "KTP",
                p.nik,
                occupation="pensiunan PNS",
            ),
            [],
            text=f"""Assalamu'alaikum Wr. Wb.

Bapak/Ibu yang saya hormati,
Saya H. Abdul Rachman, pensiunan PNS, tinggal di Kelurahan Karanganyar Gunung. Saya ingin mengetahui {info}, {purpose}. Beliau sudah sulit melihat sejak setahun ini.

Bersama ini saya lampirkan foto KTP saya.

Wassalamu'alaikum Wr. Wb.

H. Abdul Rachman
""",
            files=[ktp_photo(p, "IMG_20261215_085955.jpg", "i7", nik_style="colon")],
        )
    )
    return out


def village_heads() -> list[Letter]:
    out = []
    kind = "kepala desa / RT-RW"

    # J1 - village letterhead (Kabupaten), scanned JPEG; no KTP
    info = "dokumen rencana teknis pembangunan TPST Regional yang berbatasan dengan Desa Sukorejo"
    purpose = "bahan sosialisasi kepada warga desa"
    letter_text = f"""Nomor    : 140/57/XI/2026
Sifat    : Penting
Lampiran : -
Perihal  : Permohonan Data

Kepada Yth.
Kepala PPID Pemerintah Kota Uji
di -
     Kota Uji

Dengan hormat,
Menindaklanjuti rencana pembangunan Tempat Pengolahan Sampah Terpadu (TPST) Regional di wilayah perbatasan, Pemerintah Desa Sukorejo mohon kiranya dapat diberikan {info}.

Data tersebut akan kami gunakan sebagai {purpose} dalam musyawarah desa bulan Desember 2026.

Demikian, atas perhatian dan kerja samanya disampaikan terima kasih.

\tSukorejo, 17 November 2026
\tKEPALA DESA SUKOREJO
~stamp~
\tSUTRISNO"""
    head = Head(
        [
            ("PEMERINTAH KABUPATEN KARANGANYAR", 32, True),
            ("KECAMATAN GONDANGREJO", 30, True),
            ("DESA SUKOREJO", 34, True),
            ("Jl. Raya Sukorejo No. 1 Kode Pos 57773", 20, False),
        ]
    )
    out.append(
        Letter(
            kind,
            "village head's letter with a Kabupaten letterhead, scanned as a JPEG (letterhead is not an ID); no KTP; mail from the village office",
            [
                "letterhead_scan",
                "scanned_jpg",
                "mohon_diberikan",
                "purpose_sebagai_bahan",
                "from_differs",
                "no_id",
                "sign_role_above",
            ],
            ("Pemdes Sukorejo", "pemdes.sukorejo@desa.example.id"),
            "Permohonan Data TPST Regional",
            "2026-11-17 10:30",
            F("Sutrisno", info, purpose, None, None),
            ["id_document"],
            text="Dengan hormat,\nbersama ini kami kirim surat permohonan data dari Pemerintah Desa Sukorejo. Terima kasih.\n\nAdmin Pemdes Sukorejo\n",
            files=[
                letter_jpg(
                    letter_text,
                    "Surat Permohonan Data.jpg",
                    "j1",
                    head=head,
                    keep=(info,),
                    photo=False,
                )
            ],
        )
    )

    # J2 - RT head, chat style; 'minta info'; 'buat dirapatkan'
    p = Person(
        "Suyanto",
        "337403",
        "08-05-1967",
        serial=11,
        job="WIRASWASTA",
        street="JL. BANDARHARJO SELATAN NO. 31",
        rtrw="005/003",
        kel="BANDARHARJO",
        kec="SEMARANG UTARA",
    )
    info = "jadwal pengerukan saluran drainase di Kel. Bandarharjo thn 2026"
    purpose = "dirapatkan sama warga"
    out.append(
        Letter(
            kind,
            "RT head in chat style ('pak/bu', 'sy', 'thn', 'buat ...'), 'minta info'; KTP photo from WhatsApp",
            ["chat", "minta_info", "purpose_buat", "ktp_photo", "whatsapp_filename", "phone_wa"],
            ("Suyanto RT05", "suyanto.rt05@mail.example.com"),
            "minta info pengerukan saluran",
            "2026-11-15 20:17",
            F("Suyanto", info, purpose, "KTP", p.nik, phone="0815 7744 2190"),
            [],
            text=f"""pak/bu sy Suyanto ketua RT 05 RW 03 kel. Bandarharjo, mau minta info {info}, soalnya tiap hujan banjir sampai lutut. buat {purpose} minggu depan. ktp sy kirim ya

Suyanto
WA 0815 7744 2190
""",
            files=[ktp_photo(p, "IMG-20261115-WA0031.jpg", "j2")],
        )
    )

    # J3 - RW head, 'Sugeng enjing', 'Keperluan:', 'Matur nuwun'
    p = Person(
        "Bambang Hariyanto",
        "337208",
        "25-12-1963",
        serial=5,
        job="PENSIUNAN",
        street="JL. PURWOSARI NO. 102",
        rtrw="003/008",
        kel="PURWOSARI",
        kec="LAWEYAN",
    )
    info = "daftar penerima bantuan rehab Rumah Tidak Layak Huni (RTLH) di RW 08 Kelurahan Purwosari tahun 2026"
    purpose = "pengumuman di papan informasi RW"
    out.append(
        Letter(
            kind,
            "RW head: 'Sugeng enjing', information then 'Keperluan:' label, 'Matur nuwun'; KTP photo",
            [
                "javanese",
                "purpose_label_keperluan",
                "ktp_photo",
                "camera_filename",
                "sign_role_below",
            ],
            ("Bambang Hariyanto", "bambang.hariyanto63@mail.example.com"),
            "Permohonan daftar penerima RTLH",
            "2026-11-21 06:48",
            F("Bambang Hariyanto", info, purpose, "KTP", p.nik),
            [],
            text=f"""Sugeng enjing Bapak/Ibu PPID,

Kula Bambang Hariyanto, Ketua RW 08 Kelurahan Purwosari. Dengan hormat saya mohon {info}.

Keperluan: {purpose} agar warga tahu dan tidak ada prasangka.

KTP saya lampirkan.

Matur nuwun.

Bambang Hariyanto
Ketua RW 08
""",
            files=[ktp_photo(p, "IMG_20261121_064015.jpg", "j3")],
        )
    )

    # J4 - village head, two-page scanned PDF with a Kabupaten letterhead and the KTP
    p = Person(
        "Wahyudi",
        "330908",
        "14-04-1972",
        serial=3,
        job="KEPALA DESA",
        street="DUKUH KRAJAN RT 01 RW 01",
        rtrw="001/001",
        kel="SAWAHAN",
        kec="NGEMPLAK",
    )
    info = "data hasil pengujian kualitas air Sungai Gede di titik perbatasan tahun 2026"
    purpose = "menindaklanjuti keluhan petani desa kami"
    letter_text = f"""Nomor    : 660/112/2026
Lampiran : 1 (satu) lembar
Perihal  : Permohonan Informasi Publik

Kepada Yth.
PPID Pemerintah Kota Uji
di Tempat

Dengan hormat,
Bersama ini kami Pemerintah Desa Sawahan memohon {info}, yang dilakukan oleh Dinas Lingkungan Hidup Kota Uji.

Informasi tersebut kami perlukan untuk {purpose} yang sawahnya terdampak air sungai yang berwarna hitam dan berbau.

Sebagai kelengkapan, kami lampirkan fotokopi KTP Kepala Desa.

Demikian, atas perhatiannya kami sampaikan terima kasih.

\tSawahan, 2 Desember 2026
\tKepala Desa Sawahan,
~stamp~
\tWahyudi"""
    head = Head(
        [
            ("PEMERINTAH KABUPATEN BOYOLALI", 32, True),
            ("KECAMATAN NGEMPLAK", 30, True),
            ("DESA SAWAHAN", 34, True),
            ("Alamat: Jl. Sawahan - Ngemplak Km. 2 Boyolali 57375", 20, False),
        ]
    )
    out.append(
        Letter(
            kind,
            "village head: two-page scanned PDF, Kabupaten letterhead on page 1 and a KTP copy on page 2",
            [
                "scan_pdf_2pages",
                "letterhead_scan",
                "ktp_in_pdf",
                "purpose_running",
                "sign_role_above",
            ],
            ("Desa Sawahan", "desasawahan.ngemplak@desa.example.id"),
            "PERMOHONAN INFORMASI PUBLIK",
            "2026-12-02 11:11",
            F("Wahyudi", info, purpose, "KTP", p.nik),
            [],
            text="Yth. PPID Kota Uji, terlampir surat permohonan informasi dari Pemerintah Desa Sawahan. Terima kasih.\n",
            files=[
                scan_pdf(
                    "Scan 02-12-2026.pdf",
                    "j4",
                    [(letter_text, head)],
                    keep=(info,),
                    ktp_of=p,
                    copy_note="Sesuai dengan aslinya",
                )
            ],
        )
    )

    # J5 - village head, text PDF with 'Alasan permintaan'
    p = Person(
        "Heru Santosa",
        "340206",
        "30-06-1974",
        serial=8,
        job="KEPALA DESA",
        street="KARANGTENGAH RT 03",
        rtrw="003/005",
        kel="SUMBERAGUNG",
        kec="JETIS",
    )
    info = (
        "rencana lokasi pembangunan jalan lingkar selatan Kota Uji yang melintasi Desa Sumberagung"
    )
    purpose = "penyusunan RKP Desa tahun 2027"
    letter_text = f"""PEMERINTAH KABUPATEN BANTUL
KAPANEWON JETIS
KALURAHAN SUMBERAGUNG
Jl. Imogiri Barat Km. 11, Bantul 55781

Nomor    : 590/204/SA/XI/2026
Lampiran : -
Perihal  : Permohonan Informasi

Kepada Yth.
PPID Pemerintah Kota Uji

Yang bertanda tangan di bawah ini:
Nama        : Heru Santosa
Jabatan     : Lurah (Kepala Desa) Sumberagung
Alamat      : Karangtengah RT 03, Sumberagung, Jetis, Bantul
Telepon     : 0274 6490 221

Informasi yang diminta:
{info}, beserta jadwal pembebasan lahannya.

Alasan permintaan:
{purpose}, agar program desa tidak berbenturan dengan rencana jalan.

Demikian permohonan ini. Terima kasih.

                                        Sumberagung, 27 November 2026
                                        Lurah Sumberagung,

                                        Heru Santosa"""
    out.append(
        Letter(
            kind,
            "village head's letter as a text PDF (typed letterhead lines), 'Informasi yang diminta:' and 'Alasan permintaan:' each with the value on the next line; KTP scan",
            ["pdf_text", "purpose_label_alasan", "form_nextline", "ktp_scan", "phone_landline"],
            ("Kalurahan Sumberagung", "sumberagung.jetis@desa.example.id"),
            "Permohonan Informasi Jalan Lingkar Selatan",
            "2026-11-27 13:35",
            F(
                "Heru Santosa",
                info,
                purpose,
                "KTP",
                p.nik,
                phone="0274 6490 221",
                address="Karangtengah RT 03, Sumberagung, Jetis, Bantul",
            ),
            [],
            text="Dengan hormat,\n\nBersama ini kami kirimkan surat permohonan informasi dan KTP Lurah Sumberagung.\n\nHormat kami,\nCarik Kalurahan Sumberagung\n",
            files=[
                pdf_att("Permohonan Informasi - Kal. Sumberagung.pdf", letter_text, keep=(info,)),
                ktp_scan(p, "ktp lurah.jpg", "j5"),
            ],
        )
    )

    # J6 - RT head, HTML only, no purpose
    p = Person(
        "Lukas Hendrawan",
        "337411",
        "09-09-1980",
        serial=15,
        job="KARYAWAN SWASTA",
        street="JL. KALICARI BARAT NO. 4",
        rtrw="004/004",
        kel="KALICARI",
        kec="PEDURUNGAN",
        religion="KRISTEN",
    )
    info = (
        "hasil pengukuran kebisingan dan getaran di sekitar pabrik PT Sinar Baja Utama tahun 2026"
    )
    out.append(
        Letter(
            kind,
            "RT head, HTML-only mail, asks for measurements but gives no reason; KTP photo",
            ["html", "html_only", "no_purpose", "ktp_photo", "camera_filename", "sign_role_below"],
            ("Lukas Hendrawan", "lukas.hendrawan@mail.example.com"),
            "Permohonan hasil pengukuran kebisingan",
            "2026-12-10 19:52",
            F("Lukas Hendrawan", info, None, "KTP", p.nik),
            ["purpose"],
            html=f"""<div dir="ltr"><div>Selamat malam Bapak/Ibu,</div><div><br></div><div>Saya Lukas Hendrawan, Ketua RT 04 RW 04 Kelurahan Kalicari. Mohon kiranya kami dapat diberikan {info}.</div><div><br></div><div>Foto KTP saya lampirkan.</div><div><br></div><div>Salam,</div><div>Lukas Hendrawan</div><div>Ketua RT 04/RW 04 Kalicari</div></div>
""",
            files=[ktp_photo(p, "IMG_20261210_194422.jpg", "j6")],
        )
    )

    # J7 - RW head, DOCX table of requested data; SIM
    p = Person(
        "Yulianto",
        "337407",
        "21-07-1976",
        serial=19,
        job="WIRASWASTA",
        street="JL. KARANGREJO RAYA NO. 60",
        rtrw="002/003",
        kel="KARANGREJO",
        kec="GAJAHMUNGKUR",
    )
    info = "jumlah penderita TBC di wilayah RW 03 Kelurahan Karangrejo tahun 2026"
    purpose = "perencanaan kegiatan kader kesehatan RW"
    blocks = [
        "Kepada Yth. PPID Kota Uji",
        "",
        "Dengan hormat,",
        "Saya Yulianto, Ketua RW 03 Kelurahan Karangrejo, mengajukan permohonan informasi sebagai berikut:",
        (
            "table",
            [
                ["No", "Informasi yang dimohon", "Keterangan"],
                ["1", info, "data agregat, tanpa nama"],
                ["2", "jadwal kegiatan posyandu lansia dan posbindu di RW 03", "tahun 2027"],
                ["3", "jumlah balita gizi kurang di RW 03", "hasil penimbangan terakhir"],
            ],
        ),
        "",
        f"Informasi tersebut akan kami gunakan untuk {purpose} tahun 2027.",
        "Sebagai identitas saya lampirkan SIM.",
        "",
        "Hormat saya,",
        "Yulianto",
        "Ketua RW 03 Karangrejo",
        "HP 0857-4120-3367",
    ]
    out.append(
        Letter(
            kind,
            "RW head's letter in DOCX with a table of three requested items; 'akan kami gunakan untuk'; SIM photo as ID",
            [
                "docx",
                "docx_table",
                "purpose_akan_kami_gunakan",
                "sim",
                "camera_filename",
                "sign_role_below",
                "phone_08",
            ],
            ("Yulianto", "yulianto.rw03@mail.example.com"),
            "permohonan informasi kesehatan RW 03",
            "2026-11-24 20:40",
            F("Yulianto", info, purpose, "SIM", None, phone="0857-4120-3367"),
            [],
            text="Selamat malam, surat permohonan terlampir (word) beserta SIM saya. Terima kasih.\n",
            files=[
                docx_att("Permohonan Informasi RW03.docx", blocks),
                sim_photo(p, "IMG_20261124_203112.jpg", "j7", "7607-3374-220091", "A"),
            ],
        )
    )

    # J8 - village head, purpose first ('Dalam rangka musyawarah ...'), KTP photo
    p = Person(
        "Siti Maryam",
        "337413",
        "11-01-1978",
        female=True,
        serial=6,
        job="KEPALA DESA",
        street="DUSUN KRAJAN RT 02 RW 01",
        rtrw="002/001",
        kel="TEGALSARI",
        kec="CANDISARI",
    )
    info = "peta genangan banjir Kota Uji tahun 2025 yang mencakup wilayah Desa Tegalsari"
    purpose = "musyawarah perencanaan pembangunan desa"
    out.append(
        Letter(
            kind,
            "village head in the body: purpose first ('Dalam rangka musyawarah ...'), then 'kami mohon diberikan'; role under the name; KTP photo",
            [
                "purpose_before",
                "purpose_dalam_rangka",
                "mohon_diberikan",
                "formal_letter_body",
                "sign_role_below",
                "ktp_photo",
                "camera_filename",
            ],
            ("Siti Maryam", "kades.tegalsari@desa.example.id"),
            "Permohonan Peta Genangan Banjir",
            "2026-12-14 10:10",
            F("Siti Maryam", info, purpose, "KTP", p.nik),
            [],
            text=f"""Kepada Yth.
Kepala PPID Pemerintah Kota Uji

Dengan hormat,

Dalam rangka {purpose} (Musrenbangdes) tahun 2027, khususnya usulan normalisasi saluran, kami mohon diberikan {info}.

Kami lampirkan KTP saya sebagai kelengkapan.

Atas perhatiannya kami ucapkan terima kasih.

Hormat kami,

Siti Maryam
Kepala Desa Tegalsari
""",
            files=[ktp_photo(p, "IMG_20261214_100233.jpg", "j8")],
        )
    )
    return out


def teachers() -> list[Letter]:
    out = []
    kind = "guru"

    # K1 - SMA letterhead 'PEMERINTAH PROVINSI JAWA TENGAH' scanned to PDF; KTP photo separately
    p = Person(
        "Retno Wulandari",
        "337409",
        "19-11-1985",
        female=True,
        serial=21,
        job="GURU",
        street="JL. MULAWARMAN RAYA NO. 19",
        rtrw="001/009",
        kel="KRAMAS",
        kec="TEMBALANG",
    )
    info = "data jumlah bank sampah aktif per kelurahan tahun 2026"
    purpose = "bahan pembelajaran proyek penguatan profil pelajar"
    letter_text = f"""Nomor    : 400.3/714/2026
Lampiran : -
Perihal  : Permohonan Data

Kepada Yth.
PPID Pemerintah Kota Uji
di Kota Uji

Dengan hormat,
Saya yang bertanda tangan di bawah ini, guru pembina Adiwiyata SMA Negeri 9 Kota Uji, memohon {info}, beserta alamat dan jenis sampah yang dikelola.

Data tersebut akan digunakan sebagai {purpose} bertema Gaya Hidup Berkelanjutan bagi siswa kelas XI.

Atas perhatian Bapak/Ibu saya ucapkan terima kasih.

\tKota Uji, 12 November 2026
\tGuru Pembina Adiwiyata,
~sig~
\tRetno Wulandari, S.Pd.
\tNIP 198511192010012014"""
    head = Head(
        [
            ("PEMERINTAH PROVINSI JAWA TENGAH", 30, True),
            ("DINAS PENDIDIKAN DAN KEBUDAYAAN", 30, True),
            ("SEKOLAH MENENGAH ATAS NEGERI 9 KOTA UJI", 30, True),
            ("Jl. Cemara Raya No. 5 Kota Uji 50263 Telp. (024) 760 2211", 19, False),
        ]
    )
    out.append(
        Letter(
            kind,
            "teacher's letter on a school letterhead reading 'PEMERINTAH PROVINSI JAWA TENGAH' (not an ID), scanned PDF; a separate KTP photo",
            [
                "letterhead_scan",
                "scan_pdf_1page",
                "purpose_sebagai_bahan",
                "ktp_photo",
                "camera_filename",
                "sign_role_above",
            ],
            ("Retno Wulandari", "retno.wulandari@sman9kotauji.sch.example.id"),
            "Permohonan data bank sampah",
            "2026-11-12 12:45",
            F("Retno Wulandari", info, purpose, "KTP", p.nik),
            [],
            text="Selamat siang,\n\nBerikut saya lampirkan surat permohonan data dan KTP saya.\n\nTerima kasih,\nRetno Wulandari\nSMA Negeri 9 Kota Uji\n",
            files=[
                scan_pdf(
                    "Surat Permohonan Data Bank Sampah.pdf",
                    "k1",
                    [(letter_text, head)],
                    keep=(info, purpose),
                ),
                ktp_photo(p, "IMG_20261112_123801.jpg", "k1k"),
            ],
        )
    )

    # K2 - primary-school teacher, chat, 'ingin tahu', 'buat bahan rapat KKG'
    p = Person(
        "Endang Sri Rahayu",
        "337412",
        "06-06-1979",
        female=True,
        serial=28,
        job="GURU",
        street="JL. SILIWANGI NO. 401",
        rtrw="002/006",
        kel="KALIPANCUR",
        kec="NGALIYAN",
    )
    info = "jumlah anak usia sekolah yang tidak sekolah (ATS) di Kecamatan Timur tahun 2026"
    purpose = "bahan rapat KKG"
    out.append(
        Letter(
            kind,
            "primary-school teacher, chat style ('sy', 'utk', 'yg', 'dgn', 'bu'), 'ingin tahu', 'buat bahan rapat KKG'; KTP photo",
            ["chat", "ingin_tahu", "purpose_buat", "ktp_photo", "whatsapp_filename"],
            ("bu endang", "endangsr79@mail.example.com"),
            "tanya data ATS",
            "2026-11-26 14:55",
            F("Endang Sri Rahayu", info, purpose, "KTP", p.nik, occupation="guru SD"),
            [],
            text=f"""siang pak/bu, sy Endang guru SD di Kec. Timur. sy ingin tahu {info}, kalau bisa per kelurahan dan dgn alasan tdk sekolahnya. buat {purpose} bulan depan utk program yg kami rencanakan. ktp sy lampirkan. trmksh

Endang Sri Rahayu
""",
            files=[ktp_photo(p, "WhatsApp Image 2026-11-26 at 14.50.33.jpeg", "k2")],
        )
    )

    # K3 - Perki form with each label on its own line, value on the next
    p = Person(
        "Yohanes Bere",
        "537102",
        "02-12-1983",
        serial=11,
        job="GURU",
        street="JL. TIMOR RAYA KM. 8",
        rtrw="021/007",
        kel="OESAPA",
        kec="KELAPA LIMA",
        religion="KATOLIK",
    )
    info = "data jumlah guru penerima tunjangan daerah terpencil per kecamatan tahun 2026"
    purpose = "penulisan artikel ilmiah untuk jurnal pendidikan"
    out.append(
        Letter(
            kind,
            "Perki form in the body with each label on its own line and the value on the next line; KTP photo",
            ["form_nextline", "purpose_label_tujuan", "ktp_photo", "camera_filename", "phone_08"],
            ("Yohanes Bere", "yohanesbere83@mail.example.com"),
            "Formulir Permohonan Informasi",
            "2026-11-09 13:20",
            F(
                "Yohanes Bere",
                info,
                purpose,
                "KTP",
                p.nik,
                occupation="Guru SMP",
                phone="0813-3945-2210",
                address="Jl. Timor Raya Km. 8, Kel. Oesapa, Kota Kupang",
            ),
            [],
            text=f"""Selamat siang Bapak/Ibu,

FORMULIR PERMOHONAN INFORMASI

Nama Lengkap
Yohanes Bere

Nomor Induk Kependudukan
{p.nik}

Pekerjaan
Guru SMP

Alamat
Jl. Timor Raya Km. 8, Kel. Oesapa, Kota Kupang

Nomor Telepon
0813-3945-2210

Informasi yang Dibutuhkan
{info}

Tujuan Penggunaan Informasi
{purpose}

Cara Memperoleh Informasi
Mendapatkan salinan (softcopy) melalui email

Terima kasih. Tuhan memberkati.
Yohanes Bere
""",
            files=[ktp_photo(p, "IMG_20261109_131455.jpg", "k3")],
        )
    )

    # K4 - HTML only, Islamic greeting, 'Tujuan Penggunaan Informasi'
    p = Person(
        "Nur Aisyah Harahap",
        "127105",
        "15-09-1987",
        female=True,
        serial=30,
        job="GURU",
        street="JL. BROMO GG. SEJAHTERA NO. 9",
        rtrw="-",
        kel="BINJAI",
        kec="MEDAN DENAI",
    )
    info = "daftar SD dan SMP negeri yang masih kekurangan ruang kelas tahun 2026"
    purpose = "penyusunan usulan program kerja PGRI Cabang Kecamatan Barat"
    out.append(
        Letter(
            kind,
            "HTML only with <br> line breaks, Assalamu'alaikum, bold 'Informasi yang Dibutuhkan' / 'Tujuan Penggunaan Informasi' labels; KTP photo",
            [
                "html",
                "html_only",
                "islamic",
                "purpose_label_tujuan",
                "ktp_photo",
                "camera_filename",
                "sign_role_below",
            ],
            ("Nur Aisyah", "nuraisyah.hrp@mail.example.com"),
            "Permohonan Informasi Publik",
            "2026-11-30 10:35",
            F("Nur Aisyah Harahap", info, purpose, "KTP", p.nik),
            [],
            html=f"""<div dir="ltr">Assalamu'alaikum Wr. Wb.<br><br>Yth. PPID Kota Uji,<br><br>Dengan hormat, saya Nur Aisyah Harahap, guru SMP dan pengurus PGRI Cabang Kecamatan Barat, mengajukan permohonan informasi:<br><br><b>Informasi yang Dibutuhkan:</b><br>{info}<br><br><b>Tujuan Penggunaan Informasi:</b><br>{purpose}<br><br>KTP saya lampirkan.<br><br>Wassalamu'alaikum Wr. Wb.<br><br>Nur Aisyah Harahap, S.Pd.<br>Sekretaris PGRI Cabang Kec. Barat<br></div>
""",
            files=[ktp_photo(p, "IMG_20261130_102849.jpg", "k4")],
        )
    )

    # K5 - school letterhead (Pemerintah Kota Uji) scanned; no KTP
    info = "data kecelakaan lalu lintas yang melibatkan pelajar di Kota Uji tahun 2025"
    purpose = "materi sosialisasi keselamatan berlalu lintas di sekolah"
    letter_text = f"""Nomor    : 421.3/288/SMP.4/2026
Lampiran : -
Hal      : Permohonan Data

Yth. Kepala PPID Kota Uji
di tempat

Dengan hormat,
Dalam rangka kegiatan Pekan Keselamatan Berlalu Lintas di SMP Negeri 4 Kota Uji, saya selaku guru BK memohon {info}, per kelompok umur dan jenis kendaraan.

Data tersebut akan kami gunakan sebagai {purpose}.

Atas perhatiannya saya ucapkan terima kasih.

\tKota Uji, 1 Desember 2026
\tGuru Bimbingan Konseling,
~sig~
\tBambang Purnomo, S.Pd."""
    head = Head(
        [
            ("PEMERINTAH KOTA UJI", 32, True),
            ("DINAS PENDIDIKAN", 30, True),
            ("SMP NEGERI 4 KOTA UJI", 32, True),
            (
                "Jl. Pemuda No. 31 Kota Uji  Telp. (024) 354 1180  smpn4kotauji.sch.example.id",
                19,
                False,
            ),
        ]
    )
    out.append(
        Letter(
            kind,
            "teacher's letter on a city school letterhead, scanned PDF; no identity document at all",
            [
                "letterhead_scan",
                "scan_pdf_1page",
                "purpose_before",
                "purpose_dalam_rangka",
                "purpose_akan_kami_gunakan",
                "no_id",
                "sign_role_above",
            ],
            ("Bambang Purnomo", "bambang.purnomo@smpn4kotauji.sch.example.id"),
            "Permohonan data kecelakaan pelajar",
            "2026-12-01 09:55",
            F("Bambang Purnomo", info, purpose, None, None),
            ["id_document"],
            text="Yth. PPID Kota Uji,\nTerlampir surat permohonan data dari SMP Negeri 4 Kota Uji.\nTerima kasih.\n\nBambang Purnomo\n",
            files=[
                scan_pdf(
                    "SMPN4_permohonan_data.pdf", "k5", [(letter_text, head)], keep=(info, purpose)
                )
            ],
        )
    )

    # K6 - 'mohon diberikan', no purpose; SIM
    p = Person(
        "Agnes Kristanti",
        "337404",
        "24-04-1990",
        female=True,
        serial=17,
        job="GURU",
        street="JL. MATARAM GG. ANGGREK NO. 7",
        rtrw="003/002",
        kel="REJOSARI",
        kec="SEMARANG TIMUR",
        religion="KATOLIK",
    )
    info = "jadwal dan kuota Pendidikan Profesi Guru (PPG) dalam jabatan bagi guru swasta di Kota Uji tahun 2027"
    out.append(
        Letter(
            kind,
            "short polite mail 'Mohon diberikan ...' with no purpose; SIM photo as the ID",
            ["mohon_diberikan", "no_purpose", "sim", "camera_filename"],
            ("Agnes Kristanti", "agnes.kristanti@mail.example.com"),
            "PPG 2027",
            "2026-12-06 18:22",
            F("Agnes Kristanti", info, None, "SIM", None),
            ["purpose"],
            text=f"""Selamat sore,

Mohon diberikan {info}.

Saya lampirkan SIM sebagai identitas.

Salam,
Agnes Kristanti
Guru SD Kanisius Rejosari
""",
            files=[sim_photo(p, "IMG_20261206_181540.jpg", "k6", "9004-3374-331702")],
        )
    )

    # K7 - DOCX letter, 'sebagai bahan', KTP WhatsApp photo
    p = Person(
        "Hadi Susanto",
        "337415",
        "12-10-1982",
        serial=23,
        job="GURU",
        street="JL. WOLTER MONGINSIDI GG. 4 NO. 2",
        rtrw="004/001",
        kel="PLAMONGAN SARI",
        kec="PEDURUNGAN",
    )
    info = "rapor pendidikan tingkat SMP se-Kota Uji tahun 2025 per sekolah"
    purpose = "bahan refleksi dan perbaikan pembelajaran di MGMP Matematika"
    blocks = [
        "Kota Uji, 8 Desember 2026",
        "",
        "Kepada Yth.",
        "Pejabat Pengelola Informasi dan Dokumentasi",
        "Pemerintah Kota Uji",
        "",
        "Perihal: Permohonan Informasi",
        "",
        "Dengan hormat,",
        "Saya yang bertanda tangan di bawah ini, Hadi Susanto, guru Matematika SMP Negeri 21 Kota Uji dan Ketua MGMP Matematika SMP Kota Uji, bermaksud memohon informasi publik berupa:",
        f"{info}, khususnya capaian literasi dan numerasi.",
        "",
        f"Informasi tersebut akan dipergunakan sebagai {purpose}.",
        "",
        "Demikian permohonan saya. Atas perhatian Bapak/Ibu, saya ucapkan terima kasih.",
        "",
        "Hormat saya,",
        "",
        "",
        "Hadi Susanto, S.Pd., M.Pd.",
        "Ketua MGMP Matematika SMP Kota Uji",
    ]
    out.append(
        Letter(
            kind,
            "teacher's letter as DOCX, information after 'berupa:' on its own paragraph, 'sebagai bahan ...'; KTP photo with WhatsApp name",
            ["docx", "purpose_sebagai_bahan", "ktp_photo", "whatsapp_filename", "sign_role_below"],
            ("Hadi Susanto", "hadisusanto.mgmp@mail.example.com"),
            "permohonan informasi rapor pendidikan",
            "2026-12-08 15:30",
            F("Hadi Susanto", info, purpose, "KTP", p.nik),
            [],
            text="Selamat sore Bapak/Ibu, terlampir surat permohonan informasi dan KTP saya. Terima kasih.\n\nHadi Susanto\n",
            files=[
                docx_att("Permohonan Informasi_Hadi Susanto.docx", blocks),
                ktp_photo(p, "WhatsApp Image 2026-12-08 at 15.21.44.jpeg", "k7"),
            ],
        )
    )

    # K8 - text PDF form with the hint text left next to the filled values, [x] boxes
    p = Person(
        "Marlina Situmorang",
        "127106",
        "08-03-1986",
        female=True,
        serial=15,
        job="GURU",
        street="JL. PERJUANGAN NO. 66",
        rtrw="-",
        kel="SIDOREJO HILIR",
        kec="MEDAN TEMBUNG",
        religion="KRISTEN",
    )
    info = (
        "data sekolah yang menerima bantuan rehabilitasi ruang kelas dari APBD Kota Uji tahun 2026"
    )
    purpose = "bahan laporan komite sekolah"
    form = f"""FORMULIR PERMOHONAN INFORMASI PUBLIK
No. Pendaftaran: ............ (diisi oleh petugas)

Nama                          : Marlina Situmorang
Alamat                        : Jl. Perjuangan No. 66, Medan Tembung
Pekerjaan                     : Guru / Sekretaris Komite Sekolah
Nomor Telepon/Email           : 0812 6077 1940 / marlina.situmorang@mail.example.com
Rincian informasi yang dibutuhkan (tuliskan secara jelas dan rinci) : {info}
Tujuan penggunaan informasi (jelaskan untuk apa informasi digunakan) : {purpose}
Cara memperoleh informasi **)  : [ ] melihat/membaca/mendengarkan/mencatat  [x] mendapatkan salinan
Cara mendapatkan salinan **)   : [ ] mengambil langsung  [ ] kurir  [ ] pos  [ ] faksimili  [x] email

**) pilih salah satu dengan memberi tanda (x)

Medan, 29 November 2026
Pemohon Informasi,

Marlina Situmorang"""
    out.append(
        Letter(
            kind,
            "Perki form as a text PDF with the form's hint text '(tuliskan secara jelas dan rinci)' left between label and value; [x] boxes; phone and email in one field",
            [
                "pdf_text",
                "form_hint",
                "form_checkbox",
                "purpose_label_tujuan",
                "ktp_photo",
                "camera_filename",
            ],
            ("Marlina Situmorang", "marlina.situmorang@mail.example.com"),
            "Formulir permohonan informasi",
            "2026-11-29 21:00",
            F(
                "Marlina Situmorang",
                info,
                purpose,
                "KTP",
                p.nik,
                occupation="Guru / Sekretaris Komite Sekolah",
                phone="0812 6077 1940",
                address="Jl. Perjuangan No. 66, Medan Tembung",
            ),
            [],
            text="Selamat malam, formulir dan KTP terlampir. Terima kasih.\n\nMarlina\n",
            files=[
                pdf_att("formulir_permohonan_informasi_marlina.pdf", form, keep=(info, purpose)),
                ktp_photo(p, "IMG_20261129_205219.jpg", "k8"),
            ],
        )
    )
    return out


def lawyers() -> list[Letter]:
    out = []
    kind = "advokat"

    # L1 - law-office letter as text PDF, on behalf of a client; KTA advocate card + KTP
    p = Person(
        "Yohanes Sitompul",
        "337402",
        "29-06-1975",
        serial=8,
        job="ADVOKAT",
        street="JL. SULTAN AGUNG NO. 90 B",
        rtrw="003/004",
        kel="GAJAHMUNGKUR",
        kec="GAJAHMUNGKUR",
        religion="KRISTEN",
    )
    info = "salinan berita acara penertiban bangunan di Jalan Kenari No. 45 tanggal 12 Oktober 2026"
    purpose = "kepentingan pembelaan hukum klien kami"
    letter_text = f"""KANTOR HUKUM SITOMPUL & REKAN
Advokat - Konsultan Hukum
Jl. Sultan Agung No. 90 B, Kota Uji 50232 | Telp. (024) 831 7700 | sitompulrekan.test
=====================================================================

Nomor    : 212/SR/XI/2026                                    Kota Uji, 24 November 2026
Lampiran : 1 (satu) berkas Surat Kuasa Khusus
Perihal  : Permohonan Informasi Publik

Kepada Yth.
PPID Pemerintah Kota Uji
c.q. Satuan Polisi Pamong Praja Kota Uji
di Tempat

Dengan hormat,

Kami yang bertanda tangan di bawah ini, Yohanes Sitompul, S.H., M.H., Advokat pada Kantor Hukum Sitompul & Rekan, dalam hal ini bertindak untuk dan atas nama klien kami, Sdr. Handoko Wijaya, berdasarkan Surat Kuasa Khusus tanggal 20 November 2026, dengan ini memohon {info}, beserta surat perintah tugas pelaksanaannya.

Informasi tersebut kami perlukan untuk {purpose} dalam upaya keberatan administratif.

Demikian permohonan ini, atas perhatiannya kami ucapkan terima kasih.

Hormat kami,
Kuasa Hukum,



Yohanes Sitompul, S.H., M.H.
Advokat"""
    seed = "l1"
    out.append(
        Letter(
            kind,
            "advocate on behalf of a client (client named in the letter), law-office letterhead in a text PDF; advocate's member card plus KTP",
            [
                "pdf_text",
                "on_behalf",
                "purpose_running",
                "sign_role_below",
                "ktp_photo",
                "camera_filename",
            ],
            ("Sitompul & Rekan", "admin@sitompulrekan.test"),
            "Permohonan Informasi Publik - 212/SR/XI/2026",
            "2026-11-24 14:48",
            F("Yohanes Sitompul", info, purpose, "KTP", p.nik, occupation="Advokat"),
            [],
            text="Dengan hormat,\n\nTerlampir surat permohonan informasi publik kami beserta KTP dan kartu advokat.\n\nHormat kami,\nKantor Hukum Sitompul & Rekan\n",
            files=[
                pdf_att("212-SR-XI-2026 Permohonan Informasi.pdf", letter_text, keep=(info,)),
                card_att(
                    kta_card(
                        "Yohanes Sitompul, S.H., M.H.", "12.00417/ADV/PAN/2009", random.Random(seed)
                    ),
                    "KTA.jpg",
                    seed,
                    "KTA advokat",
                ),
                ktp_photo(p, "IMG_20261124_144002.jpg", "l1k"),
            ],
        )
    )

    # L2 - HTML with legal disclaimer; 'Hormat kami, Kuasa Hukum,' then name then 'Advokat'
    p = Person(
        "Ratna Sari Dewi",
        "337405",
        "04-08-1983",
        female=True,
        serial=9,
        job="ADVOKAT",
        street="JL. PAWIYATAN LUHUR IV NO. 2",
        rtrw="002/003",
        kel="BENDAN DUWUR",
        kec="GAJAHMUNGKUR",
    )
    info = "dokumen Persetujuan Bangunan Gedung (PBG) atas bangunan di Jalan Pahlawan No. 88"
    purpose = "bahan gugatan di Pengadilan Tata Usaha Negara"
    disclaimer = (
        "PRIVILEGED &amp; CONFIDENTIAL: Komunikasi ini dilindungi oleh hak kerahasiaan advokat-klien. Jika Anda bukan penerima yang "
        "dimaksud, Anda dilarang menggunakan, menyebarkan, atau menyalin komunikasi ini."
    )
    out.append(
        Letter(
            kind,
            "advocate's HTML mail (with plain part): 'Hormat kami, / Kuasa Hukum,' then name with degrees then 'Advokat'; privileged & confidential disclaimer",
            [
                "html",
                "on_behalf",
                "disclaimer",
                "sign_role_below",
                "sign_role_above",
                "purpose_sebagai_bahan",
                "ktp_photo",
                "camera_filename",
                "phone_plus62",
            ],
            ("Ratna Sari Dewi, S.H.", "ratna@dewilaw.test"),
            "Permohonan Informasi - PBG Jl. Pahlawan 88",
            "2026-12-04 16:40",
            F("Ratna Sari Dewi", info, purpose, "KTP", p.nik, phone="+62 24 8441 902"),
            [],
            text=f"""Yth. PPID Pemerintah Kota Uji,

Dengan hormat, kami selaku kuasa hukum warga RT 02 RW 05 Kelurahan Pindrikan Lor memohon {info}, termasuk gambar teknis yang dilampirkan pada permohonannya.

Dokumen tersebut kami perlukan sebagai {purpose}.

KTP saya terlampir.

Hormat kami,
Kuasa Hukum,

Ratna Sari Dewi, S.H.
Advokat
Dewi & Partners Law Office | +62 24 8441 902

PRIVILEGED & CONFIDENTIAL: Komunikasi ini dilindungi oleh hak kerahasiaan advokat-klien. Jika Anda bukan penerima yang dimaksud, Anda dilarang menggunakan, menyebarkan, atau menyalin komunikasi ini.
""",
            html=f"""<div dir="ltr"><p>Yth. PPID Pemerintah Kota Uji,</p><p>Dengan hormat, kami selaku kuasa hukum warga RT 02 RW 05 Kelurahan Pindrikan Lor memohon {info}, termasuk gambar teknis yang dilampirkan pada permohonannya.</p><p>Dokumen tersebut kami perlukan sebagai {purpose}.</p><p>KTP saya terlampir.</p><p>Hormat kami,<br>Kuasa Hukum,<br><br><b>Ratna Sari Dewi, S.H.</b><br>Advokat<br>Dewi &amp; Partners Law Office | +62 24 8441 902</p><p style="font-size:8pt;color:#888">{disclaimer}</p></div>
""",
            files=[ktp_photo(p, "IMG_20261204_163311.jpg", "l2")],
        )
    )

    # L3 - DOCX letter, 'memohon salinan', 'sebagai alat bukti'
    p = Person(
        "Ferdinand Tambunan",
        "317101",
        "16-02-1980",
        serial=27,
        job="ADVOKAT",
        street="JL. TEBET UTARA DALAM NO. 12",
        rtrw="004/002",
        kel="TEBET TIMUR",
        kec="TEBET",
        religion="KRISTEN",
    )
    info = "salinan risalah lelang aset daerah berupa tanah di Kelurahan Gayamsari tahun 2024"
    purpose = "alat bukti dalam perkara perdata"
    blocks = [
        "**LAW FIRM TAMBUNAN, SIHOMBING & ASSOCIATES**",
        "Menara Kuningan Lt. 12, Jakarta Selatan 12940",
        "",
        "Nomor : 088/TSA/XII/2026",
        "Perihal : Permohonan Salinan Risalah Lelang",
        "",
        "Kepada Yth.",
        "PPID Pemerintah Kota Uji",
        "c.q. Badan Pengelolaan Keuangan dan Aset Daerah",
        "",
        "Dengan hormat,",
        "Bertindak untuk dan atas nama klien kami, PT Sentosa Agung Properti, berdasarkan Surat Kuasa Khusus tanggal 1 Desember 2026, kami dengan ini memohon",
        f"{info}, beserta daftar peserta lelangnya.",
        f"Salinan dokumen tersebut akan dipergunakan sebagai {purpose} yang sedang berjalan di Pengadilan Negeri Kota Uji.",
        "",
        "Atas perhatian dan kerja samanya kami ucapkan terima kasih.",
        "",
        "Jakarta, 2 Desember 2026",
        "Hormat kami,",
        "",
        "",
        "Ferdinand Tambunan, S.H., LL.M.",
        "Partner",
    ]
    out.append(
        Letter(
            kind,
            "law-firm letter in DOCX for a corporate client, 'memohon salinan ...', 'sebagai alat bukti'; signer with degrees and 'Partner' below; KTP photo",
            [
                "docx",
                "on_behalf",
                "memohon_salinan",
                "purpose_running",
                "sign_role_below",
                "ktp_photo",
                "whatsapp_filename",
            ],
            ("Ferdinand Tambunan", "f.tambunan@tsa-law.test"),
            "Permohonan Salinan Risalah Lelang",
            "2026-12-02 17:20",
            F("Ferdinand Tambunan", info, purpose, "KTP", p.nik),
            [],
            text="Yth. PPID Kota Uji,\n\nMohon diterima surat permohonan kami terlampir (format Word) beserta KTP.\n\nBest regards,\nFerdinand Tambunan\n",
            files=[
                docx_att("088-TSA-XII-2026.docx", blocks),
                ktp_photo(p, "WhatsApp Image 2026-12-02 at 17.11.09.jpeg", "l3"),
            ],
        )
    )

    # L4 - no ID: only a scanned power of attorney naming the client
    info = "catatan riwayat perizinan usaha toko Sinar Jaya di Pasar Johar Baru"
    purpose = "upaya keberatan atas pencabutan izin usaha klien kami"
    kuasa = """SURAT KUASA KHUSUS

Yang bertanda tangan di bawah ini:
Nama      : Lim Ah Kiong
Pekerjaan : Pedagang
Alamat    : Jl. Pasar Johar Baru Blok A No. 17, Kota Uji

dengan ini memberikan kuasa kepada:
Ahmad Rifai Siregar, S.H., Advokat pada Kantor Advokat A.R. Siregar & Partners,
beralamat di Jl. Gajah Mada No. 41 Kota Uji,

KHUSUS
untuk mewakili Pemberi Kuasa dalam mengurus keberatan atas pencabutan izin usaha toko
Sinar Jaya, termasuk meminta informasi dan dokumen pada instansi terkait.

\tKota Uji, 20 November 2026
\tPenerima Kuasa,           Pemberi Kuasa,
~sig~
\tAhmad Rifai Siregar, S.H.   Lim Ah Kiong"""
    out.append(
        Letter(
            kind,
            "advocate's request in the body; the only attachment is a scanned power of attorney (names the client), no identity document",
            [
                "on_behalf",
                "formal_letter_body",
                "scan_pdf_1page",
                "purpose_running",
                "no_id",
                "sign_role_below",
            ],
            ("A.R. Siregar & Partners", "arsiregar.law@mail.example.com"),
            "Permohonan informasi perizinan - Toko Sinar Jaya",
            "2026-11-21 11:05",
            F("Ahmad Rifai Siregar", info, purpose, None, None),
            ["id_document"],
            text=f"""Kepada Yth.
PPID Pemerintah Kota Uji

Dengan hormat,
Kami, Ahmad Rifai Siregar, S.H., advokat yang bertindak untuk dan atas nama Sdr. Lim Ah Kiong berdasarkan Surat Kuasa Khusus terlampir, dengan ini memohon {info}.

Dokumen tersebut kami perlukan untuk {purpose}.

Hormat kami,
Ahmad Rifai Siregar, S.H.
Advokat
""",
            files=[scan_pdf("Surat Kuasa Khusus.pdf", "l4", [(kuasa, None)])],
        )
    )

    # L5 - reply adding the KTP; the request is only in the quoted first mail ("Pada ... menulis:")
    p = Person(
        "Dewi Kartika Sari",
        "337401",
        "26-01-1986",
        female=True,
        serial=20,
        job="ADVOKAT",
        street="JL. IMAM BONJOL NO. 155",
        rtrw="001/001",
        kel="PENDRIKAN KIDUL",
        kec="SEMARANG TENGAH",
    )
    info = "salinan laporan hasil audit investigasi Inspektorat atas pengadaan alat kesehatan RSUD Kota Uji tahun 2025"
    purpose = "kepentingan pembelaan klien kami"
    out.append(
        Letter(
            kind,
            "reply that only adds the KTP ('Pada ... menulis:'); the information and purpose are in the quoted earlier mail of the same advocate",
            [
                "reply_quote",
                "on_behalf",
                "memohon_salinan",
                "purpose_running",
                "ktp_photo",
                "camera_filename",
            ],
            ("Dewi Kartika Sari", "dewi.kartika@kslaw.test"),
            "Re: Permohonan Informasi Hasil Audit",
            "2026-11-18 09:25",
            F("Dewi Kartika Sari", info, purpose, "KTP", p.nik),
            [],
            text=f"""Yth. PPID Kota Uji,

Menindaklanjuti email kami di bawah, berikut kami lampirkan KTP sebagaimana diminta.

Hormat kami,
Dewi Kartika Sari, S.H.

Pada tanggal Sel, 17 Nov 2026 pukul 15.40, PPID Kota Uji <ppid@kota-uji.go.id> menulis:
> Yth. Ibu Dewi Kartika Sari,
> Mohon melampirkan identitas (KTP) agar permohonan dapat kami register.
> Terima kasih.
>
> Pada tanggal Sen, 16 Nov 2026 pukul 10.02, Dewi Kartika Sari <dewi.kartika@kslaw.test> menulis:
>> Dengan hormat,
>> Kami selaku kuasa hukum dr. Andreas Wibowo memohon {info}.
>> Dokumen tersebut kami perlukan untuk {purpose} dalam
>> perkara yang sedang disidik.
>>
>> Hormat kami,
>> Dewi Kartika Sari, S.H.
>> Advokat
""",
            headers={"In-Reply-To": "<ppid-20261117-1540-31@kota-uji.go.id>"},
            files=[ktp_photo(p, "IMG_20261118_091933.jpg", "l5")],
        )
    )

    # L6 - lettered list under 'berupa:', 'Telp/WA', KTP "NIK :"
    p = Person(
        "Benny Halomoan",
        "127103",
        "10-05-1978",
        serial=4,
        job="ADVOKAT",
        street="JL. KARYA WISATA NO. 3",
        rtrw="-",
        kel="GEDUNG JOHOR",
        kec="MEDAN JOHOR",
        religion="KRISTEN",
    )
    info = "salinan Keputusan Wali Kota tentang penetapan lokasi pasar relokasi"
    purpose = "pendampingan hukum para pedagang"
    out.append(
        Letter(
            kind,
            "advocate for a traders' association, lettered list under 'berupa:', 'Telp/WA' line; KTP printed 'NIK : ...'",
            [
                "on_behalf",
                "list_alpha",
                "purpose_running",
                "phone_telp_wa",
                "ktp_photo",
                "ktp_colon",
                "camera_filename",
            ],
            ("Benny Halomoan", "benny.halomoan@lbhpedagang.test"),
            "Permohonan Informasi Relokasi Pasar",
            "2026-11-13 15:10",
            F("Benny Halomoan", info, purpose, "KTP", p.nik, phone="0811-6520-4471"),
            [],
            text=f"""Kepada Yth.
PPID Pemerintah Kota Uji

Dengan hormat,
Saya Benny Halomoan, S.H., advokat yang mendampingi Paguyuban Pedagang Pasar Waru, mengajukan permohonan informasi berupa:

a. {info};
b. daftar pedagang yang memperoleh kios di pasar relokasi;
c. rencana anggaran pembangunan pasar relokasi tahun 2026.

Informasi tersebut untuk {purpose} yang terdampak relokasi.

KTP terlampir.

Hormat saya,
Benny Halomoan, S.H.
Telp/WA 0811-6520-4471
""",
            files=[ktp_photo(p, "IMG_20261113_150230.jpg", "l6", nik_style="colon")],
        )
    )

    # L7 - vague: 'semua dokumen yang ada di dinas terkait klien kami'
    p = Person(
        "Arif Wicaksono",
        "347104",
        "07-07-1981",
        serial=12,
        job="ADVOKAT",
        street="JL. PARANGTRITIS NO. 77",
        rtrw="009/003",
        kel="PRAWIROTAMAN",
        kec="MERGANGSAN",
    )
    out.append(
        Letter(
            kind,
            "advocate asks for 'semua dokumen yang ada di dinas terkait klien kami' (too vague); purpose and KTP present",
            [
                "on_behalf",
                "vague_information",
                "purpose_running",
                "ktp_photo",
                "camera_filename",
                "sign_role_below",
            ],
            ("Arif Wicaksono", "arif.wicaksono@awlaw.test"),
            "Permohonan dokumen",
            "2026-12-11 13:00",
            F("Arif Wicaksono", None, "kepentingan hukum klien", "KTP", p.nik),
            ["information"],
            text="""Dengan hormat,

Bersama ini kami mohon diberikan semua dokumen yang ada di dinas terkait klien kami, Sdr. Joko Prihatin, untuk kepentingan hukum klien.

KTP saya terlampir.

Hormat kami,
Arif Wicaksono, S.H.
Advokat
""",
            files=[ktp_photo(p, "IMG_20261211_125540.jpg", "l7")],
        )
    )
    return out


def farmers() -> list[Letter]:
    out = []
    kind = "petani"

    # M1 - 'Kulo nuwun', chat, 'biar'
    p = Person(
        "Sutarno",
        "337413",
        "12-12-1966",
        serial=5,
        job="PETANI/PEKEBUN",
        street="DUSUN NGABLAK RT 03 RW 02",
        rtrw="003/002",
        kel="CANGKIRAN",
        kec="MIJEN",
    )
    info = "kuota pupuk subsidi urea utk kelompok tani Ngudi Makmur musim tanam I thn 2026/2027"
    purpose = "anggota kelompok bisa siap2 modal"
    out.append(
        Letter(
            kind,
            "farmer in chat style with Javanese ('Kulo nuwun', 'nggih', 'Matur nuwun'), 'nyuwun info', 'biar ...'; KTP photo",
            ["chat", "javanese", "minta_info", "purpose_running", "ktp_photo", "whatsapp_filename"],
            ("tarno ngablak", "tarno.ngablak@mail.example.com"),
            "pupuk subsidi",
            "2026-11-07 05:40",
            F("Sutarno", info, purpose, "KTP", p.nik, occupation="petani"),
            [],
            text=f"""Kulo nuwun,
sy Sutarno petani di dusun Ngablak, Cangkiran. nyuwun info {info}, biar {purpose} nggih. ktp sy lampirkan.
Matur nuwun
""",
            files=[ktp_photo(p, "IMG-20261107-WA0002.jpg", "m1", grain=0.07)],
        )
    )

    # M2 - Kelompok Tani letter as text PDF, numbered list under 'berupa:'
    p = Person(
        "Paiman",
        "337414",
        "03-03-1964",
        serial=2,
        job="PETANI/PEKEBUN",
        street="KAMPUNG WONOSARI RT 01",
        rtrw="001/004",
        kel="WONOSARI",
        kec="NGALIYAN",
    )
    info = "data luas lahan sawah yang masuk Lahan Pertanian Pangan Berkelanjutan (LP2B) di Kelurahan Wonosari"
    purpose = "usulan perbaikan saluran irigasi"
    letter_text = f"""KELOMPOK TANI "SRI REJEKI"
Kelurahan Wonosari, Kecamatan Ngaliyan, Kota Uji
Sekretariat: Kampung Wonosari RT 01 RW 04

Nomor    : 09/KT-SR/XI/2026                               Wonosari, 19 November 2026
Perihal  : Permohonan Informasi

Kepada Yth.
PPID Pemerintah Kota Uji
c.q. Dinas Pertanian
di Tempat

Dengan hormat,
Kami Kelompok Tani Sri Rejeki Kelurahan Wonosari mengajukan permohonan informasi berupa:
1. {info};
2. rencana pembangunan dan perbaikan jaringan irigasi tersier tahun 2027;
3. daftar kelompok tani penerima bantuan pompa air tahun 2026.

Informasi tersebut akan kami gunakan untuk menyusun {purpose} dalam Musrenbang Kelurahan.

Demikian permohonan kami, atas perhatian Bapak/Ibu kami sampaikan terima kasih.

                                                Ketua Kelompok Tani Sri Rejeki,


                                                Paiman"""
    out.append(
        Letter(
            kind,
            "farmers' group letter as text PDF with a typed letterhead, numbered list under 'berupa:', role above the name; KTP photo",
            [
                "pdf_text",
                "list_numbered",
                "purpose_akan_kami_gunakan",
                "sign_role_above",
                "ktp_photo",
                "camera_filename",
            ],
            ("KT Sri Rejeki", "ktsrirejeki.wonosari@mail.example.com"),
            "Surat Permohonan Informasi Kelompok Tani Sri Rejeki",
            "2026-11-19 16:10",
            F("Paiman", info, purpose, "KTP", p.nik),
            [],
            text="Selamat sore, kami kirimkan surat permohonan informasi dari Kelompok Tani Sri Rejeki beserta KTP ketua. Terima kasih.\n",
            files=[
                pdf_att("Surat Permohonan KT Sri Rejeki.pdf", letter_text, keep=(info,)),
                ktp_photo(p, "IMG_20261119_155804.jpg", "m2"),
            ],
        )
    )

    # M3 - simple letter, no purpose
    p = Person(
        "Warsito",
        "337415",
        "09-09-1970",
        serial=13,
        job="PETANI/PEKEBUN",
        street="JL. JATISARI RT 04",
        rtrw="004/002",
        kel="JATISARI",
        kec="MIJEN",
    )
    info = "daftar penerima bantuan alat mesin pertanian (alsintan) tahun 2026 di Kecamatan Selatan"
    out.append(
        Letter(
            kind,
            "farmer's short letter 'Saya mohon informasi ...', occupation stated, no purpose; KTP photo",
            ["no_purpose", "ktp_photo", "camera_filename", "phone_08"],
            ("Warsito", "warsito.jatisari@mail.example.com"),
            "Mohon informasi",
            "2026-11-23 18:30",
            F("Warsito", info, None, "KTP", p.nik, occupation="petani", phone="0852-2566-7013"),
            ["purpose"],
            text=f"""Selamat sore Bapak/Ibu,

Saya Warsito, petani di Kelurahan Jatisari. Saya mohon informasi {info}.

KTP saya lampirkan.

Terima kasih.
Warsito
HP 0852-2566-7013
""",
            files=[ktp_photo(p, "IMG_20261123_182211.jpg", "m3")],
        )
    )

    # M4 - a photo of the rice field named ktp.jpg
    info = "data serangan hama wereng di Kecamatan Barat musim tanam 2026"
    purpose = "mengajukan bantuan pestisida"
    out.append(
        Letter(
            kind,
            "farmer says 'foto KTP terlampir' but the ktp.jpg is a photo of his rice field",
            ["purpose_running", "non_id_photo", "no_id"],
            ("Ponirin", "ponirin.tani@mail.example.com"),
            "permohonan data hama wereng",
            "2026-12-03 07:05",
            F("Ponirin", info, purpose, None, None),
            ["id_document"],
            text=f"""Dengan hormat,

Saya Ponirin, ketua kelompok tani Subur Makmur. Saya meminta {info}. Data itu untuk {purpose} ke Dinas Pertanian karena sawah kami banyak yang puso.

Foto KTP terlampir.

Ponirin
""",
            files=[picture("field", "ktp.jpg", "m4")],
        )
    )

    # M5 - Gapoktan HTML table, 'Kegunaan:', SIM
    p = Person(
        "Sugiharto",
        "337413",
        "28-02-1969",
        serial=9,
        job="PETANI/PEKEBUN",
        street="DUSUN SUMBER RT 02 RW 06",
        rtrw="002/006",
        kel="WONOPLUMBON",
        kec="MIJEN",
    )
    info = "Realisasi penyaluran benih padi bersubsidi per kelompok tani tahun 2026"
    purpose = "evaluasi pembagian benih antar kelompok"
    rows = [
        (info, "Dinas Pertanian"),
        ("Jadwal sekolah lapang pengendalian hama terpadu 2027", "Dinas Pertanian"),
        ("Daftar penyuluh pertanian per kelurahan", "Dinas Pertanian"),
    ]
    trs = "".join(
        f"<tr><td>{i}.</td><td>{a}</td><td>{b}</td></tr>" for i, (a, b) in enumerate(rows, 1)
    )
    out.append(
        Letter(
            kind,
            "Gapoktan chairman, Gmail HTML + plain: request in an HTML table, 'Kegunaan:' label; SIM photo as ID",
            [
                "html",
                "html_table",
                "purpose_label_kegunaan",
                "sim",
                "camera_filename",
                "sign_role_below",
            ],
            ("Gapoktan Tani Makmur", "gapoktan.tanimakmur@mail.example.com"),
            "Permohonan informasi Gapoktan Tani Makmur",
            "2026-12-09 13:30",
            F("Sugiharto", info, purpose, "SIM", None),
            [],
            text="Yth. PPID Kota Uji,\n\nKami Gabungan Kelompok Tani (Gapoktan) Tani Makmur mohon informasi:\n"
            + "\n".join(f"{i}. {a} ({b})" for i, (a, b) in enumerate(rows, 1))
            + f"\n\nKegunaan: {purpose} supaya adil.\n\nSIM ketua terlampir.\n\nSugiharto\nKetua Gapoktan Tani Makmur\n",
            html=f"""<div dir="ltr">Yth. PPID Kota Uji,<br><br>Kami Gabungan Kelompok Tani (Gapoktan) Tani Makmur mohon informasi:<br><br><table border="1" cellspacing="0" cellpadding="3"><tr><th>No</th><th>Informasi</th><th>Instansi</th></tr>{trs}</table><br>Kegunaan: {purpose} supaya adil.<br><br>SIM ketua terlampir.<br><br>Sugiharto<br>Ketua Gapoktan Tani Makmur<br></div>
""",
            files=[sim_photo(p, "IMG_20261209_132201.jpg", "m5", "6902-3374-010338", "A")],
        )
    )

    # M6 - handwritten-style letter scanned with the KTP in a two-page PDF
    p = Person(
        "Sarmini",
        "331311",
        "18-05-1972",
        female=True,
        serial=4,
        job="PETANI/PEKEBUN",
        street="DUKUH GEDANGAN RT 01 RW 03",
        rtrw="001/003",
        kel="KRENDOWAHONO",
        kec="GONDANGREJO",
    )
    info = "jadwal gilir giring air irigasi dari Bendung Kali Pepe untuk musim tanam II tahun 2027"
    purpose = "supaya petani bisa mengatur waktu tanam"
    letter_text = f"""Kepada Yth.
Bapak/Ibu PPID Kota Uji

Dengan hormat,
Saya Sarmini, petani penggarap di Dukuh Gedangan,
Krendowahono. Saya mohon diberi tahu {info}.
Informasi itu perlu {purpose}
dan tidak rebutan air.
Terima kasih.

\tGedangan, 5 Desember 2026
\tHormat saya,
~sig~
\tSarmini"""
    out.append(
        Letter(
            kind,
            "handwritten-style letter on lined paper and the KTP copy, scanned together into a two-page image-only PDF; one-line mail",
            ["handwritten", "scan_pdf_2pages", "ktp_in_pdf", "purpose_supaya"],
            ("sarmini", "sarmini.gedangan@mail.example.com"),
            "surat",
            "2026-12-05 10:44",
            F(
                "Sarmini",
                info,
                "petani bisa mengatur waktu tanam",
                "KTP",
                p.nik,
                occupation="petani penggarap",
            ),
            [],
            text="surat sama ktp saya lampirkan\n",
            files=[
                scan_pdf(
                    "scan surat sarmini.pdf",
                    "m6",
                    [(letter_text, None)],
                    keep=(info, purpose),
                    ktp_of=p,
                    hand=True,
                )
            ],
        )
    )

    # M7 - young farmer, nickname From, 'ingin tahu', 'buat', sent from Android
    p = Person(
        "Galang Prakoso",
        "337414",
        "14-02-1997",
        serial=20,
        job="PETANI/PEKEBUN",
        street="JL. KEDUNGPANE RAYA NO. 8",
        rtrw="002/001",
        kel="KEDUNGPANE",
        kec="MIJEN",
        married="BELUM KAWIN",
    )
    info = "prosedur dan biaya sewa tanah aset Pemkot untuk lahan pertanian"
    purpose = "usaha budidaya melon"
    out.append(
        Letter(
            kind,
            "young farmer with a nickname in From ('pak tani milenial'), 'ingin tahu', 'buat usaha ...', 'Dikirim dari ponsel Android'; KTP photo",
            [
                "ingin_tahu",
                "purpose_buat",
                "from_differs",
                "sent_from_android",
                "ktp_photo",
                "camera_filename",
            ],
            ("pak tani milenial", "taniMilenial97@mail.example.com"),
            "Tanya sewa tanah aset pemkot",
            "2026-11-29 20:20",
            F("Galang Prakoso", info, purpose, "KTP", p.nik),
            [],
            text=f"""Selamat malam.
Perkenalkan saya Galang Prakoso dari Kedungpane. Saya ingin tahu {info}, buat {purpose} dengan greenhouse. Sudah ada lahan kosong di dekat rumah yang katanya milik Pemkot.
KTP saya lampirkan.
Terima kasih.
Galang"""
            + SIG_ANDROID,
            files=[ktp_photo(p, "IMG_20261129_201455.jpg", "m7")],
        )
    )
    return out


def housewives() -> list[Letter]:
    out = []
    kind = "ibu rumah tangga"

    # N1 - 'min mau tanya', 'biar'
    p = Person(
        "Rina Marlina",
        "337403",
        "22-06-1990",
        female=True,
        serial=41,
        job="MENGURUS RUMAH TANGGA",
        street="JL. GEDAWANG RAYA NO. 17",
        rtrw="003/004",
        kel="GEDAWANG",
        kec="BANYUMANIK",
    )
    info = "jadwal pencairan bansos PKH tahap 4 thn 2026 di kelurahan sy"
    purpose = "biar sy gak bolak balik ke kantor pos"
    out.append(
        Letter(
            kind,
            "housewife, chat style 'min mau tanya', 'sy', 'thn', 'blm', 'gak', 'biar ...'; KTP photo",
            ["chat", "mau_tanya", "purpose_running", "ktp_photo", "whatsapp_filename"],
            ("Rina Marlina", "rinamarlina90@mail.example.com"),
            "tanya PKH",
            "2026-11-10 11:47",
            F(
                "Rina Marlina",
                info,
                "sy gak bolak balik ke kantor pos",
                "KTP",
                p.nik,
                occupation="ibu rumah tangga",
            ),
            [],
            text=f"""min mau tanya, sy ibu rumah tangga di kel. Gedawang. sy mau tau {info} kapan ya min? soalnya blm cair, {purpose}. ktp terlampir ya min makasih""",
            files=[ktp_photo(p, "WhatsApp Image 2026-11-10 at 11.44.02.jpeg", "n1")],
        )
    )

    # N2 - Islamic greeting, 'ingin mengetahui', 'agar', no ID
    info = "daya tampung SMP negeri zona Kecamatan Utara untuk SPMB tahun 2027"
    purpose = "menyiapkan pilihan sekolah untuk anak saya"
    out.append(
        Letter(
            kind,
            "Assalamu'alaikum, 'Saya ingin mengetahui ...', 'agar saya bisa ...'; nothing attached",
            ["islamic", "ingin_mengetahui", "purpose_agar", "no_id"],
            ("Fatimah Azzahra", "fatimah.azzahra88@mail.example.com"),
            "Permohonan informasi daya tampung SMP",
            "2026-12-07 08:40",
            F("Fatimah Azzahra", info, purpose, None, None),
            ["id_document"],
            text=f"""Assalamu'alaikum Wr. Wb.

Yth. Bapak/Ibu PPID Kota Uji,
Saya Fatimah Azzahra, ibu dari siswa kelas 6 SD di Kecamatan Utara. Saya ingin mengetahui {info}, agar saya bisa {purpose} sejak awal.

Terima kasih atas bantuannya.
Wassalamu'alaikum Wr. Wb.

Fatimah Azzahra
""",
        )
    )

    # N3 - only a KTP photo, empty subject
    p = Person(
        "Yuliana Wati",
        "337408",
        "11-07-1993",
        female=True,
        serial=38,
        job="MENGURUS RUMAH TANGGA",
        street="JL. PUCANG GADING RAYA NO. 5",
        rtrw="010/012",
        kel="PLAMONGAN SARI",
        kec="PEDURUNGAN",
    )
    out.append(
        Letter(
            kind,
            "empty subject, body 'ini ktp saya', only a KTP photo - no request",
            ["only_ktp", "ktp_photo", "whatsapp_filename"],
            ("Yuliana", "yuliana.wati93@mail.example.com"),
            "",
            "2026-11-24 09:09",
            F("Yuliana Wati", None, None, "KTP", p.nik),
            ["letter", "information", "purpose"],
            text="ini ktp saya\n",
            files=[ktp_photo(p, "WhatsApp Image 2026-11-24 at 09.05.40.jpeg", "n3")],
        )
    )

    # N4 - HTML with an ordered list, 'supaya', KTP
    p = Person(
        "Maya Sari Putri",
        "337408",
        "02-09-1994",
        female=True,
        serial=29,
        job="MENGURUS RUMAH TANGGA",
        street="JL. TLOGOSARI RAYA I NO. 33",
        rtrw="005/007",
        kel="TLOGOSARI KULON",
        kec="PEDURUNGAN",
    )
    info = "daftar posyandu di Kelurahan Tlogosari Kulon beserta jadwalnya"
    purpose = "membawa anak imunisasi tepat waktu"
    out.append(
        Letter(
            kind,
            "Gmail HTML + plain with an <ol> list of two items under 'berupa:', 'supaya ...'; KTP photo",
            [
                "html",
                "html_list",
                "list_numbered",
                "purpose_supaya",
                "ktp_photo",
                "camera_filename",
            ],
            ("Maya Sari Putri", "mayasari.putri@mail.example.com"),
            "Permohonan informasi posyandu",
            "2026-11-16 13:13",
            F("Maya Sari Putri", info, purpose, "KTP", p.nik),
            [],
            text=f"""Selamat siang Bapak/Ibu,

Saya Maya, warga baru di Kelurahan Tlogosari Kulon. Saya memohon informasi berupa:
1. {info}
2. jadwal imunisasi anak di Puskesmas Tlogosari Kulon bulan Desember 2026

supaya saya bisa {purpose}. KTP saya lampirkan.

Terima kasih,
Maya Sari Putri
""",
            html=f"""<div dir="ltr"><div>Selamat siang Bapak/Ibu,</div><div><br></div><div>Saya Maya, warga baru di Kelurahan Tlogosari Kulon. Saya memohon informasi berupa:</div><ol><li>{info}</li><li>jadwal imunisasi anak di Puskesmas Tlogosari Kulon bulan Desember 2026</li></ol><div>supaya saya bisa {purpose}. KTP saya lampirkan.</div><div><br></div><div>Terima kasih,</div><div>Maya Sari Putri</div></div>
""",
            files=[ktp_photo(p, "IMG_20261116_130740.jpg", "n4")],
        )
    )

    # N5 - selfie as 'KTP saya.jpg' and no purpose
    info = "daftar harga sewa kios di Pasar Kota Uji tahun 2027"
    out.append(
        Letter(
            kind,
            "asks for a price list with no purpose; the 'KTP saya.jpg' is a selfie",
            ["non_id_photo", "no_id", "no_purpose"],
            ("Wulan Suryani", "wulansuryani@mail.example.com"),
            "Permohonan informasi",
            "2026-12-13 15:25",
            F("Wulan Suryani", info, None, None, None),
            ["purpose", "id_document"],
            text=f"""Selamat sore,

Saya Wulan Suryani, mohon dikirimkan {info}. KTP saya lampirkan.

Terima kasih
Wulan
""",
            files=[picture("selfie", "KTP saya.jpg", "n5")],
        )
    )

    # N6 - DOCX letter, KTP "NIK :"
    p = Person(
        "Ratna Juwita",
        "337402",
        "30-10-1989",
        female=True,
        serial=16,
        job="MENGURUS RUMAH TANGGA",
        street="JL. MANGUNHARJO GG. 2 NO. 14",
        rtrw="006/002",
        kel="MANGUNHARJO",
        kec="TUGU",
    )
    info = "data kualitas udara (ISPU) harian di stasiun pemantau terdekat dengan Kelurahan Mangunharjo bulan Oktober-November 2026"
    purpose = "mempertimbangkan kesehatan anak saya yang menderita asma"
    blocks = [
        "Perihal: Permohonan Informasi Kualitas Udara",
        "",
        "Kepada Yth.",
        "PPID Pemerintah Kota Uji",
        "",
        "Dengan hormat,",
        "Saya Ratna Juwita, ibu rumah tangga, warga Jl. Mangunharjo Gg. 2 No. 14, Kota Uji. Akhir-akhir ini udara di sekitar rumah kami sering berbau dan berdebu dari kawasan industri.",
        f"Untuk itu saya memohon {info}.",
        f"Informasi ini saya perlukan untuk {purpose}, apakah kami perlu pindah sementara.",
        "",
        "Terlampir foto KTP saya.",
        "",
        "Hormat saya,",
        "Ratna Juwita",
        "HP: 0896 7720 1531",
    ]
    out.append(
        Letter(
            kind,
            "housewife's letter as DOCX, address and phone in the text; KTP photo printed 'NIK : ...'",
            [
                "docx",
                "purpose_running",
                "ktp_photo",
                "ktp_colon",
                "camera_filename",
                "phone_08_spaces",
            ],
            ("Ratna Juwita", "ratnajuwita89@mail.example.com"),
            "Permohonan Informasi Kualitas Udara",
            "2026-11-08 10:58",
            F(
                "Ratna Juwita",
                info,
                purpose,
                "KTP",
                p.nik,
                occupation="ibu rumah tangga",
                phone="0896 7720 1531",
                address="Jl. Mangunharjo Gg. 2 No. 14, Kota Uji",
            ),
            [],
            text="Selamat siang, surat permohonan dan KTP terlampir. Terima kasih.\n",
            files=[
                docx_att("Surat Permohonan Informasi - Ratna Juwita.docx", blocks),
                ktp_photo(p, "IMG_20261108_105012.jpg", "n6", nik_style="colon"),
            ],
        )
    )

    # N7 - forwarded by the kelurahan office; the original writer is the housewife
    p = Person(
        "Lestari Widyaningsih",
        "337404",
        "05-05-1985",
        female=True,
        serial=22,
        job="MENGURUS RUMAH TANGGA",
        street="JL. PANDEAN LAMPER VI NO. 21",
        rtrw="002/004",
        kel="PANDEAN LAMPER",
        kec="GAYAMSARI",
    )
    info = "jadwal fogging demam berdarah di RW 04 Kelurahan Pandean Lamper"
    purpose = "disampaikan di pertemuan PKK RW 04"
    out.append(
        Letter(
            kind,
            "kelurahan staff forward a resident's mail to the desk; requester is the forwarded writer (a housewife); her KTP forwarded too",
            ["forwarded", "from_differs", "purpose_running", "ktp_photo", "whatsapp_filename"],
            ("Kelurahan Pandean Lamper", "kel.pandeanlamper@kota-uji.go.id"),
            "Fwd: Tanya jadwal fogging",
            "2026-11-12 08:05",
            F("Lestari Widyaningsih", info, purpose, "KTP", p.nik, occupation="ibu rumah tangga"),
            [],
            text=f"""Yth. PPID Kota Uji,
Mohon ditindaklanjuti permohonan warga kami di bawah ini.
Terima kasih.

Admin Kelurahan Pandean Lamper

---------- Forwarded message ---------
From: Lestari Widyaningsih <lestari.widya@keluarga.test>
Date: Wed, Nov 11, 2026 at 8:52 PM
Subject: Tanya jadwal fogging
To: <kel.pandeanlamper@kota-uji.go.id>


Selamat malam Bapak/Ibu,
Saya Lestari, ibu rumah tangga, warga RT 02 RW 04. Di RW kami sudah ada 3 anak kena DBD bulan ini. Saya mohon informasi {info}, untuk {purpose} hari Minggu.
KTP saya lampirkan.
Terima kasih.
Lestari Widyaningsih
""",
            files=[ktp_photo(p, "WhatsApp Image 2026-11-11 at 20.49.30.jpeg", "n7")],
        )
    )

    # N8 - PKK chairwoman: phone photo of a typed letter with the PKK letterhead, 'Kegunaan :' label; KTP photo
    p = Person(
        "Dwi Astuti Rahayu",
        "337406",
        "17-12-1982",
        female=True,
        serial=12,
        job="MENGURUS RUMAH TANGGA",
        street="JL. JOMBLANG PERBALAN NO. 40",
        rtrw="005/009",
        kel="JOMBLANG",
        kec="CANDISARI",
    )
    info = "jumlah ibu hamil risiko tinggi di Kelurahan Jomblang tahun 2026"
    purpose = "bahan penyuluhan kader PKK"
    letter_text = f"""Nomor    : 12/PKK-RW09/XII/2026
Perihal  : Permohonan Informasi

Kepada Yth.
PPID Pemerintah Kota Uji
di Tempat

Dengan hormat,
Kami pengurus Tim Penggerak PKK RW 09 Kelurahan Jomblang ingin mengetahui {info}, serta jadwal kelas ibu hamil di Puskesmas Jomblang.

Kegunaan : {purpose} dalam kegiatan Gerakan Sayang Ibu.

Demikian, atas perhatiannya kami ucapkan terima kasih.

\tJomblang, 11 Desember 2026
\tKetua TP PKK RW 09,
~sig~
\tDwi Astuti Rahayu"""
    head = Head(
        [
            ("TIM PENGGERAK PKK RW 09", 32, True),
            ("KELURAHAN JOMBLANG KECAMATAN CANDISARI", 26, True),
            ("KOTA UJI", 28, True),
        ],
        serif=False,
    )
    out.append(
        Letter(
            kind,
            "PKK chairwoman: phone photo of a typed letter with a PKK letterhead naming the city, 'ingin mengetahui', 'Kegunaan :' label; Islamic greeting in the mail; KTP photo",
            [
                "photo_letter",
                "letterhead_scan",
                "ingin_mengetahui",
                "purpose_label_kegunaan",
                "islamic",
                "ktp_photo",
                "camera_filename",
                "sign_role_above",
            ],
            ("Dwi Astuti", "dwiastuti.pkk@mail.example.com"),
            "surat PKK RW 09",
            "2026-12-11 13:58",
            F("Dwi Astuti Rahayu", info, purpose, "KTP", p.nik),
            [],
            text="Assalamu'alaikum,\n\nterlampir foto surat permohonan informasi dari PKK RW 09 dan KTP saya.\n\nWassalamu'alaikum\nDwi Astuti\n",
            files=[
                letter_jpg(letter_text, "IMG_20261211_135020.jpg", "n8", head=head, keep=(info,)),
                ktp_photo(p, "IMG_20261211_135102.jpg", "n8k"),
            ],
        )
    )
    return out


def disability_orgs() -> list[Letter]:
    out = []
    kind = "organisasi penyandang disabilitas"

    # O1 - text PDF, numbered list
    p = Person(
        "Sri Handayani",
        "337406",
        "13-03-1977",
        female=True,
        serial=10,
        job="WIRASWASTA",
        street="JL. TEUKU UMAR NO. 45",
        rtrw="002/003",
        kel="JATINGALEH",
        kec="CANDISARI",
    )
    info = "data penyandang disabilitas per kecamatan menurut ragam disabilitas tahun 2026"
    purpose = "penyusunan usulan program dalam Musrenbang Inklusi 2027"
    letter_text = f"""PERSATUAN PENYANDANG DISABILITAS KOTA UJI (PPDKU)
Jl. Teuku Umar No. 45 Kota Uji - ppdku.test

Nomor    : 019/PPDKU/XI/2026
Lampiran : 1 lembar
Perihal  : Permohonan Informasi Publik

Kepada Yth.
PPID Pemerintah Kota Uji
di Tempat

Dengan hormat,
Dewan Pengurus PPDKU mengajukan permohonan informasi publik berupa:
1. {info};
2. jumlah penyandang disabilitas yang terdaftar sebagai penerima bantuan sosial tahun 2026;
3. daftar fasilitas layanan publik yang sudah memiliki Unit Layanan Disabilitas.

Informasi tersebut akan kami gunakan untuk {purpose}.

Demikian, atas perhatiannya kami ucapkan terima kasih.

                                           Kota Uji, 11 November 2026
                                           Ketua,


                                           Sri Handayani"""
    out.append(
        Letter(
            kind,
            "disability organisation letter as text PDF, numbered list under 'berupa:', 'akan kami gunakan untuk'; KTP photo",
            [
                "pdf_text",
                "list_numbered",
                "purpose_akan_kami_gunakan",
                "sign_role_above",
                "ktp_photo",
                "camera_filename",
            ],
            ("PPDKU", "sekretariat@ppdku.test"),
            "Permohonan Informasi Publik PPDKU",
            "2026-11-11 10:00",
            F("Sri Handayani", info, purpose, "KTP", p.nik),
            [],
            text="Dengan hormat, terlampir surat permohonan informasi dari PPDKU dan KTP Ketua. Terima kasih.\n\nSekretariat PPDKU\n",
            files=[
                pdf_att("019-PPDKU-XI-2026.pdf", letter_text, keep=(info,)),
                ktp_photo(p, "IMG_20261111_095512.jpg", "o1"),
            ],
        )
    )

    # O2 - HTML table, role above name
    p = Person(
        "Anisa Rahmawati",
        "337410",
        "21-11-1992",
        female=True,
        serial=35,
        job="KARYAWAN SWASTA",
        street="JL. SETIABUDI NO. 150",
        rtrw="001/003",
        kel="SRONDOL WETAN",
        kec="BANYUMANIK",
    )
    info = "Jumlah bangunan gedung pemerintah yang telah dilengkapi ramp dan toilet aksesibel"
    purpose = "audit aksesibilitas bangunan publik"
    rows = [
        (info, "per perangkat daerah"),
        ("Anggaran penyediaan sarana aksesibilitas tahun 2026", "total dan per kegiatan"),
    ]
    trs = "".join(
        f'<tr><td style="border:1px solid #444;padding:4px">{i}</td><td style="border:1px solid #444;padding:4px">{a}</td><td style="border:1px solid #444;padding:4px">{b}</td></tr>'
        for i, (a, b) in enumerate(rows, 1)
    )
    out.append(
        Letter(
            kind,
            "women with disabilities' association, Gmail HTML + plain with a request table; role and organisation ABOVE the name; KTP photo",
            [
                "html",
                "html_table",
                "sign_role_above",
                "purpose_running",
                "ktp_photo",
                "camera_filename",
                "phone_whatsapp",
            ],
            ("HWDKU", "hwdku.kotauji@mail.example.com"),
            "Permohonan informasi aksesibilitas gedung",
            "2026-11-25 14:14",
            F("Anisa Rahmawati", info, purpose, "KTP", p.nik, phone="0877 3310 9045"),
            [],
            text="Yth. PPID Kota Uji,\n\nHimpunan Wanita Disabilitas Kota Uji (HWDKU) memohon informasi berikut:\n\n"
            + "\n".join(f"{i}. {a} - {b}" for i, (a, b) in enumerate(rows, 1))
            + f"\n\nInformasi tersebut untuk {purpose} yang kami lakukan bersama mahasiswa arsitektur.\n\nSalam inklusi,\n\nKoordinator Program\nHWDKU\n\nAnisa Rahmawati\nWhatsApp 0877 3310 9045\n",
            html=f"""<div dir="ltr"><div>Yth. PPID Kota Uji,</div><div><br></div><div>Himpunan Wanita Disabilitas Kota Uji (HWDKU) memohon informasi berikut:</div><div><br></div><table style="border-collapse:collapse"><tr><th style="border:1px solid #444;padding:4px">No</th><th style="border:1px solid #444;padding:4px">Informasi</th><th style="border:1px solid #444;padding:4px">Rincian</th></tr>{trs}</table><div><br></div><div>Informasi tersebut untuk {purpose} yang kami lakukan bersama mahasiswa arsitektur.</div><div><br></div><div>Salam inklusi,</div><div><br></div><div>Koordinator Program</div><div>HWDKU</div><div><br></div><div>Anisa Rahmawati</div><div>WhatsApp 0877 3310 9045</div></div>
""",
            files=[ktp_photo(p, "IMG_20261125_140547.jpg", "o2")],
        )
    )

    # O3 - blind member using a screen reader; plain, simple; KTP
    p = Person(
        "Bayu Aji Nugroho",
        "337405",
        "08-08-1991",
        serial=14,
        job="WIRASWASTA",
        street="JL. LAMPER TENGAH XIV NO. 8",
        rtrw="007/003",
        kel="LAMPER TENGAH",
        kec="SEMARANG SELATAN",
    )
    info = "daftar layanan publik di Kota Uji yang sudah menyediakan dokumen dalam format braille atau audio"
    purpose = "memberi masukan kepada pemerintah tentang layanan yang ramah tunanetra"
    out.append(
        Letter(
            kind,
            "blind member writing with a screen reader, apologises for typos, 'ingin mengetahui', purpose with 'agar'; KTP photo (taken by family)",
            ["ingin_mengetahui", "purpose_agar", "ktp_photo", "camera_filename", "typos"],
            ("Bayu Aji Nugroho", "bayuaji.n@mail.example.com"),
            "permohonan informasi layanan braille",
            "2026-12-10 09:30",
            F("Bayu Aji Nugroho", info, purpose, "KTP", p.nik),
            [],
            text=f"""Selamat pagi bapak ibu PPID

Mohon maaf apabila ada salah ketik, saya tunanetra dan menggunakan aplikasi pembaca layar. Saya anggota Perkumpulan Tunanetra Mandiri Kota Uji. Saya ingin mengetahui {info}, agar kami bisa {purpose}.

Foto KTP saya lampirkan, difotokan oleh adik saya.

Terimakasih
Bayu Aji Nugroho
""",
            files=[ktp_photo(p, "IMG_20261210_092011.jpg", "o3", angle=5.5, blur=1.2)],
        )
    )

    # O4 - DOCX table form with hint text; no ID
    info = "jumlah Juru Bahasa Isyarat yang dikontrak Pemerintah Kota Uji tahun 2026"
    purpose = "advokasi penyediaan juru bahasa isyarat di layanan publik"
    blocks = [
        ">>**FORMULIR PERMOHONAN INFORMASI**",
        "",
        (
            "table",
            [
                ["Isian", "Keterangan"],
                ["Nama Pemohon", "Dimas Satria"],
                ["Lembaga", "Komunitas Tuli Kota Uji (KTKU)"],
                ["Alamat", "Jl. Gajah Raya No. 12, Kota Uji"],
                ["Kontak", "WA (chat saja, tidak bisa telepon): 0821-3777-5108"],
                ["Informasi yang diminta (sebutkan dengan rinci)", info],
                ["Tujuan penggunaan informasi (untuk apa?)", purpose],
                ["Cara mendapatkan salinan informasi", "[x] email   [ ] ambil langsung"],
            ],
        ),
        "",
        "Catatan: mohon komunikasi lewat email atau chat WA karena saya Tuli.",
    ]
    out.append(
        Letter(
            kind,
            "deaf community: DOCX table form with hint text in the labels and '[x]' box; asks to be contacted by chat; no identity document",
            ["docx", "docx_table", "form_table", "form_hint", "form_checkbox", "no_id", "phone_wa"],
            ("KTKU", "komunitastuli.uji@mail.example.com"),
            "Permohonan Informasi Juru Bahasa Isyarat",
            "2026-11-20 19:19",
            F(
                "Dimas Satria",
                info,
                purpose,
                None,
                None,
                phone="0821-3777-5108",
                address="Jl. Gajah Raya No. 12, Kota Uji",
            ),
            ["id_document"],
            text="Halo PPID Kota Uji, formulir terlampir ya. Terima kasih.\n\nDimas Satria - KTKU\n",
            files=[docx_att("formulir KTKU.docx", blocks)],
        )
    )

    # O5 - vague: 'semua data tentang disabilitas'
    p = Person(
        "Hartati",
        "337411",
        "29-01-1974",
        female=True,
        serial=18,
        job="MENGURUS RUMAH TANGGA",
        street="JL. MUKTIHARJO RAYA NO. 3",
        rtrw="004/006",
        kel="MUKTIHARJO KIDUL",
        kec="PEDURUNGAN",
    )
    out.append(
        Letter(
            kind,
            "parents' forum asks for 'semua data tentang disabilitas yang dimiliki pemkot' (too vague); purpose and KTP present",
            [
                "vague_information",
                "purpose_running",
                "ktp_photo",
                "camera_filename",
                "sign_role_below",
            ],
            ("Forum Ortu ABK", "forumortuabk.uji@mail.example.com"),
            "permintaan data disabilitas",
            "2026-12-12 16:40",
            F("Hartati", None, "bahan diskusi forum orang tua", "KTP", p.nik),
            ["information"],
            text="""Selamat sore,

Kami dari Forum Orang Tua Anak Berkebutuhan Khusus Kota Uji minta semua data tentang disabilitas yang dimiliki pemkot, untuk bahan diskusi forum orang tua bulan depan.

KTP saya lampirkan.

Hormat kami,
Ibu Hartati
Ketua Forum
""",
            files=[ktp_photo(p, "IMG_20261212_163518.jpg", "o5")],
        )
    )

    # O6 - scanned letter with the organisation's letterhead; 'Kegunaan :' label; KTP separately
    p = Person(
        "Suharyanto",
        "337407",
        "14-06-1970",
        serial=21,
        job="WIRASWASTA",
        street="JL. WONODRI BARU NO. 28",
        rtrw="003/001",
        kel="WONODRI",
        kec="SEMARANG SELATAN",
    )
    info = "data penerima bantuan alat bantu disabilitas dari Dinas Sosial tahun 2026"
    purpose = "evaluasi ketepatan sasaran bantuan"
    letter_text = f"""Nomor    : 044/PTM/XII/2026
Lampiran : -
Perihal  : Permohonan Informasi

Kepada Yth.
PPID Pemerintah Kota Uji
di Tempat

Dengan hormat,
Perkumpulan Tunanetra Mandiri Kota Uji dengan ini mengajukan permohonan informasi sebagai berikut:

Informasi  : {info}, jenis alat, dan kelurahan penerima
Kegunaan   : {purpose} bagi anggota kami
Bentuk     : softcopy dalam format Word atau Excel agar dapat dibaca pembaca layar

Atas perhatian Bapak/Ibu kami ucapkan terima kasih.

\tKota Uji, 9 Desember 2026
\tKetua,
~stamp~
\tSuharyanto"""
    head = Head(
        [
            ("PERKUMPULAN TUNANETRA MANDIRI", 34, True),
            ("KOTA UJI", 30, True),
            ("Sekretariat: Jl. Wonodri Baru No. 28 Kota Uji  -  Telp. 0823 2277 1040", 20, False),
        ],
        serif=False,
    )
    out.append(
        Letter(
            kind,
            "organisation letter with letterhead scanned to a one-page PDF, 'Informasi :' / 'Kegunaan :' labels; KTP photo attached separately",
            [
                "scan_pdf_1page",
                "letterhead_scan",
                "purpose_label_kegunaan",
                "ktp_photo",
                "camera_filename",
                "sign_role_above",
            ],
            ("PTM Kota Uji", "ptm.kotauji@mail.example.com"),
            "PERMOHONAN INFORMASI",
            "2026-12-09 11:40",
            F("Suharyanto", info, purpose, "KTP", p.nik),
            [],
            text="Dengan hormat,\nsurat permohonan informasi dan KTP ketua kami lampirkan.\nTerima kasih.\n\nSekretariat PTM\n",
            files=[
                scan_pdf("Surat PTM 044.pdf", "o6", [(letter_text, head)], keep=(info, purpose)),
                ktp_photo(p, "IMG_20261209_113002.jpg", "o6k"),
            ],
        )
    )

    # O7 - Outlook-style forward ('-----Original Message-----'); original by the org's secretary-general
    p = Person(
        "Eka Prasetyawan",
        "337409",
        "02-10-1984",
        serial=26,
        job="KARYAWAN SWASTA",
        street="JL. KELUD RAYA NO. 9",
        rtrw="002/004",
        kel="PETOMPON",
        kec="GAJAHMUNGKUR",
    )
    info = "rencana anggaran pembangunan trotoar ramah disabilitas tahun 2027"
    purpose = "bahan audiensi dengan DPRD"
    out.append(
        Letter(
            kind,
            "Outlook-style forward ('-----Original Message-----' with From/Sent/To/Subject); the original writer is the requester; KTP photo",
            [
                "forwarded",
                "from_differs",
                "purpose_sebagai_bahan",
                "ktp_photo",
                "camera_filename",
                "sign_role_below",
            ],
            ("Yuni Astuti", "yuni.astuti@gdm.test"),
            "FW: Permohonan informasi trotoar ramah disabilitas",
            "2026-11-27 08:50",
            F("Eka Prasetyawan", info, purpose, "KTP", p.nik),
            [],
            text=f"""Yth. PPID,

Saya teruskan permohonan Sekjen kami di bawah ini, lengkap dengan KTP beliau.

Salam,
Yuni Astuti
Staf Sekretariat GDM

-----Original Message-----
From: Eka Prasetyawan <eka.prasetyawan@gdm.test>
Sent: Thursday, November 26, 2026 4:12 PM
To: Yuni Astuti <yuni.astuti@gdm.test>
Subject: Permohonan informasi trotoar ramah disabilitas

Mbak Yuni, tolong kirim ke PPID Kota Uji ya.

Kepada Yth. PPID Kota Uji,
Gerakan Difabel Mandiri (GDM) memohon informasi mengenai {info}, termasuk ruas jalan yang direncanakan. Informasi tersebut sebagai {purpose} pada bulan Januari 2027.

Hormat kami,
Eka Prasetyawan
Sekretaris Jenderal GDM
""",
            client="outlook",
            files=[ktp_photo(p, "IMG_20261126_161008.jpg", "o7")],
        )
    )
    return out


# --------------------------------------------------------------------------------------------
# Checks and output
# --------------------------------------------------------------------------------------------

GROUPS = [
    "students_s1",
    "students_s2",
    "unions",
    "journalists",
    "ngos",
    "companies",
    "job_seekers",
    "foreign_researchers",
    "elderly",
    "village_heads",
    "teachers",
    "lawyers",
    "farmers",
    "housewives",
    "disability_orgs",
]
SEALED_OFFSETS = (1, 3, 5, 7, 9)  # of every run of eleven: 50 of 110
CODES = ("letter", "information", "purpose", "id_document")


def squash(s: str) -> str:
    return " ".join(s.split())


def visible_text(letter: Letter) -> str:
    parts = [letter.text or "", html_to_text(letter.html) if letter.html else ""] + [
        a.text for a in letter.files
    ]
    return squash(" ".join(parts))


def check(letter: Letter, n: int) -> None:
    where = f"letter {n} ({letter.kind}: {letter.note[:50]})"
    f, missing = letter.fields, letter.missing
    assert set(f) >= {"name", "nik", "information", "purpose", "id_kind"}, where
    assert set(f) <= {
        "name",
        "nik",
        "information",
        "purpose",
        "id_kind",
        "occupation",
        "phone",
        "address",
    }, where
    assert all(m in CODES for m in missing) and len(set(missing)) == len(missing), where
    text = visible_text(letter)
    html_text = squash(html_to_text(letter.html)) if letter.html else None
    for key in ("information", "purpose", "occupation", "address"):
        value = f.get(key)
        if value:
            assert squash(value) in text, f"{where}: {key} {value!r} not in the letter"
            if html_text is not None and letter.text is None:
                assert squash(value) in html_text, where
    assert (f["information"] is None) == ("information" in missing), where
    assert (f["purpose"] is None) == ("purpose" in missing), where
    assert (f["id_kind"] is None) == ("id_document" in missing), where
    if "letter" in missing:
        assert "information" in missing and "purpose" in missing, where
    id_kinds = {a.is_id for a in letter.files if a.is_id}
    if f["id_kind"] is not None:
        assert f["id_kind"] in id_kinds, f"{where}: {f['id_kind']} not attached ({id_kinds})"
    else:
        assert not id_kinds, where
    card_niks = {a.nik for a in letter.files if a.nik}
    if card_niks:
        assert f["nik"] in card_niks, where
    if f["nik"]:
        check_nik(f["nik"])
        assert f["nik"] in card_niks or f["nik"] in text, where
    if f.get("phone"):
        digits = re.sub(r"\D", "", f["phone"])
        assert digits in re.sub(r"\D", "", text), f"{where}: phone"
    if f["name"]:
        assert (
            f["name"].lower() in text.lower()
            or any(f["name"].upper() in a.text.upper() for a in letter.files)
            or card_niks
        ), f"{where}: name {f['name']!r} nowhere"


def all_letters() -> list[Letter]:
    letters: list[Letter] = []
    for name in GROUPS:
        letters += globals()[name]()
    return letters


def tags(letter: Letter) -> list[str]:
    return (
        [f"kind: {letter.kind}"]
        + sorted(set(letter.styles))
        + ["complete" if not letter.missing else "incomplete"]
        + [f"missing {m}" for m in letter.missing]
    )


def assign(letters: list[Letter]) -> list[bool]:
    """Which letters are sealed: start from offsets 1, 3, 5, 7, 9 of every eleven, then swap pairs
    (deterministically, first improvement) until every kind, style and kind of gap that occurs at least
    twice is in both parts and each part holds about its share (50/110) of it."""
    share = 50 / len(letters)
    sealed = [i % 11 in SEALED_OFFSETS for i in range(len(letters))]
    letter_tags = [tags(l) for l in letters]
    total: dict[str, int] = {}
    for ts in letter_tags:
        for t in ts:
            total[t] = total.get(t, 0) + 1
    count = {t: 0 for t in total}
    for i, ts in enumerate(letter_tags):
        if sealed[i]:
            for t in ts:
                count[t] += 1

    def cost(t: str, c: int) -> float:
        n = total[t]
        weight = 4.0 if t.startswith(("kind", "complete", "incomplete", "missing")) else 1.0
        empty = 100.0 if n >= 2 and (c == 0 or c == n) else 0.0
        return empty + weight * (c - n * share) ** 2

    improved = True
    while improved:
        improved = False
        for i in range(len(letters)):
            if not sealed[i]:
                continue
            for j in range(len(letters)):
                if sealed[j]:
                    continue
                delta: dict[str, int] = {}
                for t in letter_tags[i]:
                    delta[t] = delta.get(t, 0) - 1
                for t in letter_tags[j]:
                    delta[t] = delta.get(t, 0) + 1
                change = sum(
                    cost(t, count[t] + d) - cost(t, count[t]) for t, d in delta.items() if d
                )
                if change < -1e-9:
                    for t, d in delta.items():
                        count[t] += d
                    sealed[i], sealed[j] = False, True
                    improved = True
                    break
    assert sum(sealed) == 50
    return sealed


def coverage(letters: list[Letter], sealed: list[bool]) -> str:
    table: dict[str, list[int]] = {}
    for i, letter in enumerate(letters):
        for tag in tags(letter):
            table.setdefault(tag, [0, 0])[sealed[i]] += 1
    width = max(len(t) for t in table)
    lines = [f"{'':{width}}  open sealed"]
    for tag in sorted(table, key=lambda t: (not t.startswith("kind"), t)):
        o, s = table[tag]
        flag = "" if o and s else ("   (occurs once)" if o + s == 1 else "   <-- only one part")
        lines.append(f"{tag:{width}}  {o:4d} {s:6d}{flag}")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    letters = all_letters()
    assert len(letters) == 110, len(letters)
    for n, letter in enumerate(letters, start=1):
        check(letter, n)
    sealed = assign(letters)
    if "--coverage" in argv:
        print(coverage(letters, sealed))
        return 0
    OPEN_DIR.mkdir(parents=True, exist_ok=True)
    SEALED_DIR.mkdir(parents=True, exist_ok=True)
    ids: set[str] = set()
    n_open = n_sealed = refused = 0
    for i, letter in enumerate(letters):
        raw = build_mail(letter, i + 1)
        mid = str(email.message_from_bytes(raw)["Message-ID"]).strip()
        assert mid not in ids, mid
        ids.add(mid)
        meta = {
            "note": letter.note,
            "kind": letter.kind,
            "fields": letter.fields,
            "missing": letter.missing,
        }
        meta_text = json.dumps(meta, ensure_ascii=False, indent=2) + "\n"
        if sealed[i]:
            n_sealed += 1
            stem = SEALED_DIR / f"s{n_sealed:03d}"
            for path, data in (
                (stem.with_suffix(".eml"), raw),
                (stem.with_suffix(".json"), meta_text.encode()),
            ):
                try:
                    with open(path, "xb") as out:  # never overwrite a sealed letter
                        out.write(data)
                except FileExistsError:
                    refused += 1
                    print(f"refusing to overwrite sealed {path.name}", file=sys.stderr)
        else:
            n_open += 1
            stem = OPEN_DIR / f"b{n_open:03d}"
            stem.with_suffix(".eml").write_bytes(raw)
            stem.with_suffix(".json").write_text(meta_text)
    print(
        f"wrote {n_open} open letters to {OPEN_DIR} and {n_sealed - refused // 2} of {n_sealed} sealed letters to {SEALED_DIR}"
    )
    return 1 if refused else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
