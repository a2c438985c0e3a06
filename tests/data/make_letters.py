"""Generate the request-letter test set: `python -m tests.data.make_letters` rewrites
tests/data/letters/*.eml and their expected *.json. Invented people and numbers only.

Kept in the repository (with its output) so that the set can be extended and regenerated.
"""

from __future__ import annotations

import io
import json
import textwrap
import zipfile
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

OUT = Path(__file__).resolve().parent / "letters"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def font(size: int, bold: bool = False) -> ImageFont.ImageFont:
    try:
        return ImageFont.truetype(FONT_BOLD if bold else FONT, size)
    except OSError:
        return ImageFont.load_default(size=size)


def card(lines: list[str], title: str, colour: tuple[int, int, int]) -> bytes:
    """A synthetic identity card: plain, high-contrast text, as a clean scan would give."""
    img = Image.new("RGB", (1100, 90 + 46 * len(lines)), colour)
    draw = ImageDraw.Draw(img)
    draw.text((40, 20), title, fill=(0, 0, 0), font=font(34, bold=True))
    for i, line in enumerate(lines):
        draw.text((40, 80 + 46 * i), line, fill=(0, 0, 0), font=font(30))
    out = io.BytesIO()
    img.save(out, format="JPEG", quality=92)
    return out.getvalue()


def ktp(nik: str, name: str, city: str = "KOTA BANDUNG", province: str = "JAWA BARAT") -> bytes:
    return card(
        [
            f"{city}",
            f"NIK : {nik}",
            f"Nama : {name.upper()}",
            "Tempat/Tgl Lahir : BANDUNG, 05-06-1990",
            "Alamat : JL. MERDEKA NO. 12",
            "Kewarganegaraan : WNI",
            "Berlaku Hingga : SEUMUR HIDUP",
        ],
        f"PROVINSI {province}",
        (200, 225, 245),
    )


def sim(name: str) -> bytes:
    return card(
        [
            "SURAT IZIN MENGEMUDI",
            f"1. {name.upper()}",
            "2. JAKARTA, 12-03-1985",
            "3. JL. SUDIRMAN NO. 5",
            "4. POLDA METRO JAYA",
        ],
        "REPUBLIK INDONESIA",
        (240, 230, 200),
    )


def passport(name: str) -> bytes:
    return card(
        [
            "PASSPORT / PASPOR",
            f"Surname / Nama: {name.upper()}",
            "Nationality: INDONESIA",
            "Passport No: B1234567",
            "Date of expiry: 01 JAN 2030",
        ],
        "REPUBLIK INDONESIA",
        (230, 240, 230),
    )


def photo_of_text(text: str) -> bytes:
    lines = [part for line in text.splitlines() for part in (textwrap.wrap(line, 70) or [""])]
    img = Image.new("L", (1500, 80 + 42 * len(lines)), 250)
    draw = ImageDraw.Draw(img)
    for i, line in enumerate(lines):
        draw.text((50, 40 + 42 * i), line, fill=10, font=font(28))
    out = io.BytesIO()
    img.save(out, format="JPEG", quality=90)
    return out.getvalue()


def scanned_pdf(text: str) -> bytes:
    img = Image.open(io.BytesIO(photo_of_text(text))).convert("RGB")
    out = io.BytesIO()
    img.save(out, format="PDF", resolution=150)
    return out.getvalue()


def photographed(image: bytes, degrees: float, quality: int = 85) -> bytes:
    """A card as a phone photographs it: turned a few degrees on a light table, JPEG."""
    img = Image.open(io.BytesIO(image)).convert("RGB")
    img = img.rotate(degrees, expand=True, fillcolor=(235, 235, 230), resample=Image.BICUBIC)
    out = io.BytesIO()
    img.save(out, format="JPEG", quality=quality)
    return out.getvalue()


def scanned_pages(texts: list[str]) -> bytes:
    """A scanned letter of several pages: one image per page, no text layer."""
    pages = [Image.open(io.BytesIO(photo_of_text(t))).convert("RGB") for t in texts]
    out = io.BytesIO()
    pages[0].save(out, format="PDF", resolution=150, save_all=True, append_images=pages[1:])
    return out.getvalue()


def text_pdf(text: str) -> bytes:
    """A one-page PDF with a real text layer, written by hand (Helvetica, WinAnsi)."""

    def esc(line: str) -> str:
        return line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    body = (
        "BT /F1 11 Tf 50 800 Td 15 TL "
        + " ".join(f"({esc(l)}) Tj T*" for l in text.splitlines())
        + " ET"
    )
    stream = body.encode("cp1252", "replace")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return bytes(out)


def docx(text: str) -> bytes:
    def para(line: str) -> str:
        safe = line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        return f'<w:p><w:r><w:t xml:space="preserve">{safe}</w:t></w:r></w:p>'

    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        + "".join(para(l) for l in text.splitlines())
        + "</w:body></w:document>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
            'package/2006/content-types"><Default Extension="rels" ContentType="application/'
            'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
            'ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType='
            '"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
            "</Types>",
        )
        archive.writestr(
            "_rels/.rels",
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
            'schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            'Target="word/document.xml"/></Relationships>',
        )
        archive.writestr("word/document.xml", document)
    return out.getvalue()


MIME = {
    ".jpg": ("image", "jpeg"),
    ".png": ("image", "png"),
    ".pdf": ("application", "pdf"),
    ".docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
}


def mail(
    number: int,
    name: str,
    email: str,
    subject: str,
    body: str | None,
    files: list[tuple[str, bytes]],
    html: str | None = None,
) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"{name} <{email}>"
    msg["To"] = "ppid@kota-uji.go.id"
    msg["Subject"] = subject
    msg["Date"] = "Mon, 30 Nov 2026 09:00:00 +0700"
    msg["Message-ID"] = f"<letter-{number:02d}@warga.test>"
    if html is not None:
        msg.set_content(html, subtype="html")
    else:
        msg.set_content(body or "")
    for filename, data in files:
        maintype, subtype = MIME[Path(filename).suffix.lower()]
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return msg.as_bytes(policy=SMTP)


FREE = [
    (
        "Siti Rahmawati",
        "3273014506900002",
        "Mahasiswa",
        "Dengan hormat,\n\nSaya mohon data jumlah industri kecil dan menengah per kecamatan tahun 2025 untuk keperluan penyusunan skripsi.\nFoto KTP saya lampirkan.\n\nHormat saya,\nSiti Rahmawati",
        "jumlah industri kecil dan menengah per kecamatan tahun 2025",
        "penyusunan skripsi",
    ),
    (
        "Budi Santoso",
        "3273011203850001",
        "Peneliti",
        "Yth. PPID Kota Uji,\n\nKami memohon salinan laporan realisasi anggaran Dinas Pendidikan tahun 2025 guna bahan kajian lembaga kami tentang belanja pendidikan.\n\nSalam,\nBudi Santoso",
        "laporan realisasi anggaran Dinas Pendidikan tahun 2025",
        "bahan kajian lembaga kami",
    ),
    (
        "Dewi Lestari",
        "3171046107920003",
        "Wartawan",
        "Selamat pagi,\n\nSaya meminta daftar penerima bantuan sosial tahun 2026 per kelurahan untuk kepentingan pemberitaan di media kami.\nTerlampir KTP.\n\nTerima kasih,\nDewi Lestari",
        "daftar penerima bantuan sosial tahun 2026 per kelurahan",
        "pemberitaan",
    ),
    (
        "Agus Salim",
        "3578012001800004",
        "Wiraswasta",
        "Dengan hormat,\nBersama ini saya mengajukan permohonan informasi mengenai rekapitulasi izin usaha yang terbit pada tahun 2025 dengan tujuan untuk menganalisis peluang usaha di daerah.\n\nHormat saya,\nAgus Salim",
        "rekapitulasi izin usaha yang terbit pada tahun 2025",
        "menganalisis peluang usaha",
    ),
    (
        "Rina Wulandari",
        "3204055508950005",
        "Guru",
        "Kepada Yth. PPID,\n\nSaya membutuhkan data jumlah guru honorer per sekolah dasar tahun 2026 yang akan saya gunakan untuk bahan advokasi kesejahteraan guru.\n\nHormat saya,\nRina Wulandari",
        "data jumlah guru honorer per sekolah dasar tahun 2026",
        "bahan advokasi kesejahteraan guru",
    ),
    (
        "Joko Prasetyo",
        "3374031010880006",
        "Dosen",
        "Dengan hormat,\n\nMohon diberikan salinan dokumen RPJMD Kota Uji 2025-2029 beserta lampirannya untuk keperluan penelitian tentang perencanaan pembangunan daerah.\n\nWassalam,\nJoko Prasetyo",
        "salinan dokumen RPJMD Kota Uji 2025-2029 beserta lampirannya",
        "penelitian tentang perencanaan pembangunan daerah",
    ),
    (
        "Maria Ulfa",
        "5171024403930007",
        "Mahasiswa",
        "Halo PPID,\n\nsaya minta data jumlah kunjungan wisatawan per bulan tahun 2025 untuk tugas kuliah statistik pariwisata. KTP terlampir ya.\n\nMaria Ulfa",
        "data jumlah kunjungan wisatawan per bulan tahun 2025",
        "tugas kuliah statistik pariwisata",
    ),
    (
        "Hendra Gunawan",
        "6171050909870008",
        "Pengacara",
        "Dengan hormat,\n\nKami memerlukan salinan berita acara serah terima aset gedung pasar tahun 2024 sebagai bahan pembelaan hukum klien kami.\n\nHormat kami,\nHendra Gunawan",
        "salinan berita acara serah terima aset gedung pasar tahun 2024",
        "pembelaan hukum klien kami",
    ),
    (
        "Nur Aisyah",
        "7371036612990009",
        "Aktivis LSM",
        "Assalamualaikum,\n\nSaya mohon data hasil uji kualitas air sungai tahun 2025 di tiga titik pantau untuk keperluan pemantauan lingkungan oleh komunitas kami.\n\nSalam hormat,\nNur Aisyah",
        "data hasil uji kualitas air sungai tahun 2025 di tiga titik pantau",
        "pemantauan lingkungan oleh komunitas kami",
    ),
    (
        "Yohanes Tanoto",
        "1271021507910010",
        "Karyawan swasta",
        "Dengan hormat,\n\nSaya memohon untuk diberikan rincian anggaran perbaikan jalan di Kecamatan Utara tahun 2026 dengan tujuan mengetahui rencana perbaikan jalan di lingkungan saya.\n\nHormat saya,\nYohanes Tanoto",
        "rincian anggaran perbaikan jalan di Kecamatan Utara tahun 2026",
        "mengetahui rencana perbaikan jalan",
    ),
]

FORMS = [
    (
        "Lestari Handayani",
        "3273015012960011",
        "Mahasiswa",
        "Nama",
        "NIK",
        "Rincian informasi yang dibutuhkan",
        "Tujuan penggunaan informasi",
        "data stunting balita per puskesmas tahun 2025",
        "penelitian tesis kesehatan masyarakat",
    ),
    (
        "Andi Wijaya",
        "3273010105830012",
        "Wiraswasta",
        "Nama Lengkap",
        "No. KTP",
        "Rincian Informasi yang Diminta",
        "Tujuan Penggunaan",
        "daftar pemenang tender pengadaan barang tahun 2025",
        "pengawasan pengadaan",
    ),
    (
        "Fitri Amalia",
        "3273014807970013",
        "Ibu rumah tangga",
        "Nama Pemohon",
        "Nomor Identitas",
        "Informasi yang dibutuhkan",
        "Tujuan",
        "jadwal dan lokasi posyandu di Kelurahan Sukajadi tahun 2026",
        "informasi keluarga",
    ),
    (
        "Bambang Sutrisno",
        "3273012209750014",
        "Pensiunan",
        "Nama",
        "NIK",
        "Rincian informasi yang dibutuhkan",
        "Tujuan penggunaan informasi",
        "besaran tunjangan pensiunan daerah tahun 2026",
        "mengetahui hak pensiun",
    ),
    (
        "Sri Mulyani",
        "3273016303880015",
        "Guru",
        "Nama",
        "No. Identitas",
        "Rincian informasi yang diminta",
        "Tujuan penggunaan informasi",
        "data sekolah penerima dana BOS daerah tahun 2025",
        "bahan diskusi komite sekolah",
    ),
    (
        "Rudi Hartono",
        "3273011111900016",
        "Petani",
        "Nama",
        "NIK",
        "Informasi yang diminta",
        "Tujuan penggunaan",
        "data distribusi pupuk bersubsidi per kelompok tani tahun 2026",
        "memastikan kelompok tani kami terdaftar",
    ),
]


def form_text(
    name: str,
    nik: str,
    job: str,
    l_name: str,
    l_nik: str,
    l_info: str,
    l_purpose: str,
    info: str,
    purpose: str,
) -> str:
    return (
        f"FORMULIR PERMOHONAN INFORMASI\n\n{l_name} : {name}\n{l_nik} : {nik}\n"
        f"Alamat : Jl. Cendana No. 7, Kota Uji\nPekerjaan : {job}\nNo. Telp/HP : 081234567890\n"
        f"Email : {name.split()[0].lower()}@warga.test\n\n{l_info} : {info}\n\n{l_purpose} : {purpose}\n\n"
        "Cara memperoleh informasi : mendapatkan salinan softcopy\nCara mendapatkan salinan informasi : email\n"
    )


def cases() -> list[tuple[bytes, dict[str, object]]]:
    out: list[tuple[bytes, dict[str, object]]] = []

    def add(raw: bytes, fields: dict[str, object], missing: list[str], note: str) -> None:
        out.append((raw, {"note": note, "fields": fields, "missing": missing}))

    n = 0
    for name, nik, job, body, info, purpose in FREE:  # 1-10 free letters in the body + KTP photo
        n += 1
        email = f"{name.split()[0].lower()}@warga.test"
        add(
            mail(
                n,
                name,
                email,
                "Permohonan informasi",
                body,
                [(f"ktp-{name.split()[0].lower()}.jpg", ktp(nik, name))],
            ),
            {"name": name, "information": info, "purpose": purpose, "nik": nik, "id_kind": "KTP"},
            [],
            "free letter in the body, KTP photo",
        )
    for name, nik, job, *labels in FORMS:  # 11-16 the Perki form pasted in the body
        n += 1
        info, purpose = labels[4], labels[5]
        text = form_text(name, nik, job, *labels)
        add(
            mail(
                n,
                name,
                f"{name.split()[0].lower()}@warga.test",
                "Formulir permohonan informasi",
                text,
                [("KTP.jpg", ktp(nik, name))],
            ),
            {
                "name": name,
                "nik": nik,
                "occupation": job,
                "information": info,
                "purpose": purpose,
                "phone": "081234567890",
                "address": "Jl. Cendana No. 7, Kota Uji",
                "id_kind": "KTP",
            },
            [],
            "Perki form in the body, label variants",
        )
    for i, (name, nik, job, *labels) in enumerate(FORMS[:4]):  # 17-20 the form as a PDF
        n += 1
        text = form_text(name, nik, job, *labels)
        add(
            mail(
                n,
                name,
                f"{name.split()[0].lower()}@warga.test",
                "Permohonan informasi publik",
                "Dengan hormat, bersama ini saya kirimkan formulir permohonan informasi dan salinan KTP.",
                [("formulir-permohonan.pdf", text_pdf(text)), ("ktp.jpg", ktp(nik, name))],
            ),
            {
                "name": name,
                "nik": nik,
                "information": labels[4],
                "purpose": labels[5],
                "id_kind": "KTP",
            },
            [],
            "form as a PDF with a text layer",
        )
    for name, nik, job, body, info, purpose in FREE[:3]:  # 21-23 the letter as DOCX
        n += 1
        add(
            mail(
                n,
                name,
                f"{name.split()[0].lower()}@warga.test",
                "Surat permohonan",
                "Terlampir surat permohonan saya beserta KTP.",
                [("surat-permohonan.docx", docx(body)), ("identitas.jpg", ktp(nik, name))],
            ),
            {"name": name, "information": info, "purpose": purpose, "id_kind": "KTP"},
            [],
            "letter as DOCX",
        )
    for name, nik, job, body, info, purpose in FREE[3:5]:  # 24-25 a photographed letter
        n += 1
        add(
            mail(
                n,
                name,
                f"{name.split()[0].lower()}@warga.test",
                "Permohonan data",
                "",
                [
                    ("IMG_20261130_0901.jpg", photo_of_text(body)),
                    ("IMG_20261130_0902.jpg", ktp(nik, name)),
                ],
            ),
            {"information": info, "purpose": purpose, "id_kind": "KTP"},
            [],
            "phone photo of a letter, KTP photo with a camera file name",
        )
    n += 1  # 26 SIM as the ID
    add(
        mail(
            n,
            "Taufik Hidayat",
            "taufik@warga.test",
            "Permohonan informasi",
            "Dengan hormat,\nSaya mohon data jumlah kecelakaan lalu lintas per bulan tahun 2025 untuk keperluan kampanye keselamatan jalan.\nSebagai identitas saya lampirkan SIM.\n\nHormat saya,\nTaufik Hidayat",
            [("sim.jpg", sim("Taufik Hidayat"))],
        ),
        {
            "name": "Taufik Hidayat",
            "information": "data jumlah kecelakaan lalu lintas per bulan tahun 2025",
            "purpose": "kampanye keselamatan jalan",
            "id_kind": "SIM",
        },
        [],
        "SIM as the ID",
    )
    n += 1  # 27 passport, English
    add(
        mail(
            n,
            "John Miller",
            "john.miller@uni.test",
            "Request for public information",
            "Dear Sir or Madam,\n\nI would like to request the annual report on foreign investment in Kota Uji for 2025 for the purpose of academic research on regional investment.\n\nA copy of my passport is attached.\n\nSincerely,\nJohn Miller",
            [("passport.jpg", passport("John Miller"))],
        ),
        {
            "name": "John Miller",
            "information": "annual report on foreign investment in Kota Uji for 2025",
            "purpose": "academic research on regional investment",
            "id_kind": "paspor",
        },
        [],
        "English request with a passport",
    )
    for name, nik, *_ in FREE[5:8]:  # 28-30 no purpose
        n += 1
        add(
            mail(
                n,
                name,
                f"{name.split()[0].lower()}@warga.test",
                "Permohonan",
                f"Dengan hormat,\n\nSaya mohon salinan peraturan wali kota tentang retribusi pasar tahun 2025.\n\nHormat saya,\n{name}",
                [("ktp.jpg", ktp(nik, name))],
            ),
            {
                "name": name,
                "information": "salinan peraturan wali kota tentang retribusi pasar tahun 2025",
                "purpose": None,
                "id_kind": "KTP",
            },
            ["purpose"],
            "no purpose given",
        )
    for name, nik, *_ in FREE[8:10]:  # 31-32 vague information
        n += 1
        add(
            mail(
                n,
                name,
                f"{name.split()[0].lower()}@warga.test",
                "Minta data",
                f"Selamat siang,\n\nSaya minta data untuk keperluan penelitian.\n\nSalam,\n{name}",
                [("ktp.jpg", ktp(nik, name))],
            ),
            {"name": name, "purpose": "penelitian", "id_kind": "KTP"},
            ["information"],
            "vague information",
        )
    for name, nik, job, body, info, purpose in FREE[:2]:  # 33-34 no ID
        n += 1
        add(
            mail(
                n,
                name,
                f"{name.split()[0].lower()}@warga.test",
                "Permohonan informasi",
                body.replace("Foto KTP saya lampirkan.", ""),
                [],
            ),
            {"name": name, "information": info, "purpose": purpose, "id_kind": None},
            ["id_document"],
            "no ID attached",
        )
    n += 1  # 35 two requests in one mail
    add(
        mail(
            n,
            "Wahyu Kurniawan",
            "wahyu@warga.test",
            "Permohonan dua informasi",
            "Dengan hormat,\n\nSaya mohon data sebagai berikut:\n1. jumlah penduduk miskin per kecamatan tahun 2025;\n2. anggaran program pengentasan kemiskinan tahun 2026.\nuntuk keperluan penyusunan laporan advokasi anggaran.\n\nHormat saya,\nWahyu Kurniawan",
            [("ktp.jpg", ktp("3273010303800017", "Wahyu Kurniawan"))],
        ),
        {
            "name": "Wahyu Kurniawan",
            "information": "jumlah penduduk miskin per kecamatan",
            "purpose": "penyusunan laporan advokasi anggaran",
            "id_kind": "KTP",
        },
        [],
        "two requests in one mail",
    )
    n += 1  # 36 HTML-only letter
    add(
        mail(
            n,
            "Putri Ayu",
            "putri@warga.test",
            "Permohonan informasi",
            None,
            [("ktp.jpg", ktp("3273014404980018", "Putri Ayu"))],
            html="<html><body><p>Dengan hormat,</p><p>Saya mohon <b>data jumlah UMKM binaan</b> tahun 2025 untuk keperluan penelitian skripsi ekonomi.</p><p>Hormat saya,<br>Putri Ayu</p></body></html>",
        ),
        {
            "name": "Putri Ayu",
            "information": "data jumlah UMKM binaan tahun 2025",
            "purpose": "penelitian skripsi ekonomi",
            "id_kind": "KTP",
        },
        [],
        "HTML-only letter",
    )
    n += 1  # 37 only a KTP, nothing written
    add(
        mail(
            n,
            "Anonim",
            "anonim@warga.test",
            "",
            "",
            [("ktp.jpg", ktp("3273010505900019", "Anonim Saja"))],
        ),
        {"information": None, "purpose": None, "id_kind": "KTP"},
        ["letter", "information", "purpose"],
        "only a KTP, no letter",
    )
    n += 1  # 38 nothing at all but a greeting
    add(
        mail(n, "Eko Saputra", "eko@warga.test", "Tanya", "Halo, apa kabar?", []),
        {"information": None, "purpose": None, "id_kind": None},
        ["letter", "information", "purpose", "id_document"],
        "a greeting, nothing else",
    )
    n += 1  # 39 scanned PDF letter (image only) + KTP
    body = FREE[2][3]
    add(
        mail(
            n,
            "Dewi Lestari",
            "dewi2@warga.test",
            "Surat permohonan (pindaian)",
            "Surat terlampir.",
            [("surat-scan.pdf", scanned_pdf(body)), ("ktp.jpg", ktp(FREE[2][1], "Dewi Lestari"))],
        ),
        {"information": FREE[2][4], "purpose": FREE[2][5], "id_kind": "KTP"},
        [],
        "scanned PDF letter",
    )
    n += 1  # 40 implausible NIK in the letter, KTP readable
    add(
        mail(
            n,
            "Samsul Bahri",
            "samsul@warga.test",
            "Permohonan informasi",
            "Dengan hormat,\nNama : Samsul Bahri\nNIK : 9912345678901234\n\nSaya mohon data jumlah pasar tradisional dan kiosnya tahun 2025 untuk keperluan penelitian ekonomi lokal.\n\nHormat saya,\nSamsul Bahri",
            [("ktp.jpg", ktp("3273011506870020", "Samsul Bahri"))],
        ),
        {
            "name": "Samsul Bahri",
            "nik": "9912345678901234",
            "information": "data jumlah pasar tradisional dan kiosnya tahun 2025",
            "purpose": "penelitian ekonomi lokal",
            "id_kind": "KTP",
        },
        [],
        "implausible NIK in the letter",
    )
    n += 1  # 41 purpose only, no information, KTP
    add(
        mail(
            n,
            "Rahmat Hidayat",
            "rahmat@warga.test",
            "Permohonan",
            "Dengan hormat,\n\nSaya ingin mengajukan permohonan untuk keperluan penelitian tugas akhir saya di kampus.\n\nHormat saya,\nRahmat Hidayat",
            [("ktp.jpg", ktp("3273012112000021", "Rahmat Hidayat"))],
        ),
        {
            "name": "Rahmat Hidayat",
            "information": None,
            "purpose": "penelitian tugas akhir",
            "id_kind": "KTP",
        },
        ["information"],
        "purpose but no information",
    )
    n += 1  # 42 form in DOCX, passport
    text = form_text(
        "Kim Lee",
        "B7654321",
        "Peneliti",
        "Nama",
        "No. Paspor",
        "Rincian informasi yang dibutuhkan",
        "Tujuan penggunaan informasi",
        "data ekspor kerajinan rotan tahun 2025",
        "studi perdagangan regional",
    )
    add(
        mail(
            n,
            "Kim Lee",
            "kim@uni.test",
            "Permohonan informasi",
            "Formulir terlampir.",
            [("formulir.docx", docx(text)), ("paspor.jpg", passport("Kim Lee"))],
        ),
        {
            "name": "Kim Lee",
            "information": "data ekspor kerajinan rotan tahun 2025",
            "purpose": "studi perdagangan regional",
            "id_kind": "paspor",
        },
        [],
        "form as DOCX, passport",
    )
    return out


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*"):
        old.unlink()
    for i, (raw, expected) in enumerate(cases(), start=1):
        (OUT / f"{i:02d}.eml").write_bytes(raw)
        (OUT / f"{i:02d}.json").write_text(
            json.dumps(expected, ensure_ascii=False, indent=2) + "\n"
        )
    print(f"wrote {i} letters to {OUT}")


if __name__ == "__main__":
    main()
