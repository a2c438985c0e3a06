"""Every letter the desk writes, in every branch, built by the real letter specs (core/letters)
from fixed facts and rendered by the real renderer with the shipped templates.

tests/unit/test_letters.py renders all of them and fails on anything a letter must never show,
and compares those marked `golden` with tests/golden/NAME.txt. After a deliberate change to a
letter, write the golden files again and review the difference:

    .venv/bin/python -m tests.letter_catalog --write-golden
    git diff tests/golden/
"""

from __future__ import annotations

import configparser
import email
import email.policy
import sys
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from email.message import EmailMessage
from pathlib import Path
from zoneinfo import ZoneInfo

from ppid_mailer.adapters.render import Renderer
from ppid_mailer.config import Settings, parse_settings
from ppid_mailer.core.commands import REJECTION_GROUNDS
from ppid_mailer.core.domain import OBJECTION_REASONS, Attachment, LetterSpec, Status
from ppid_mailer.core.letters import citizen, officer, unit
from ppid_mailer.core.letters.facts import RequestFacts, tanggal
from ppid_mailer.core.requirements import Missing
from ppid_mailer.service.letter_queue import office_facts

GOLDEN = Path(__file__).resolve().parent / "golden"
WIB = ZoneInfo("Asia/Jakarta")
NOW = datetime(2026, 11, 30, 3, 15, tzinfo=UTC)  # Monday 30 November 2026, 10.15 WIB
TODAY = date(2026, 11, 30)

# The office of settings.example.ini, with its signatories filled in (invented people).
FULL_SETTINGS = {
    "office": {
        "name": "Dinas Perindustrian dan Tenaga Kerja Kota Pekalongan",
        "address": "Jl. Contoh No. 1, Kota Pekalongan, Jawa Tengah",
        "phone": "(0285) 000000",
        "website": "https://disperinaker.pekalongankota.example",
        "complaints_to": "sekretariat@disperinaker.pekalongankota.example",
        "city": "Kota Pekalongan",
        "ppid_name": "Sri Rahayu, S.Sos.",
        "ppid_title": "PPID Dinas Perindustrian dan Tenaga Kerja Kota Pekalongan",
        "atasan_name": "Drs. Bambang Setiawan, M.M.",
        "atasan_title": "Kepala Dinas Perindustrian dan Tenaga Kerja Kota Pekalongan",
        "komisi_informasi": "Komisi Informasi Provinsi Jawa Tengah",
        "letter_number_format": "{seq:03d}/PPID/{year}",
    },
    "inbox": {"protocol": "maildir", "path": "Maildir"},
    "inbox:blk": {"title": "PPID Pelaksana UPT Balai Latihan Kerja", "number_format": "{seq}/BLK"},
    "outbox": {
        "transport": "pickup",
        "path": "outbox",
        "from_address": "ppid@disperinaker.pekalongankota.example",
    },
    "officers": {
        "ppid": "petugas.ppid@disperinaker.pekalongankota.example",
        "secret_key": "0123456789abcdef0123456789abcdef",
    },
    "units": {"bidang-industri": "kabid.industri@disperinaker.pekalongankota.example"},
    "unit_titles": {"bidang-industri": "Kepala Bidang Industri"},
}
# An office that set only what is required: every letter must still read whole.
BARE_SETTINGS = {
    "office": {"name": "Dinas Kominfo Kota Uji"},
    "inbox": {"protocol": "maildir", "path": "Maildir"},
    "outbox": {"transport": "pickup", "path": "outbox", "from_address": "ppid@kota-uji.go.id"},
    "officers": {"ppid": "petugas@kota-uji.go.id", "secret_key": "0123456789abcdef0123"},
    "units": {"bidang-statistik": "statistik@kota-uji.go.id"},
}


def settings(sections: dict[str, dict[str, str]]) -> Settings:
    parser = configparser.ConfigParser(interpolation=None)
    parser.read_dict(sections)
    return parse_settings(parser, Path("/nonexistent"))


@dataclass(frozen=True)
class Entry:
    name: str
    spec: LetterSpec
    settings: Settings
    golden: bool = True
    audience: str = "citizen"  # citizen | officer | unit


def request(**changes: object) -> RequestFacts:
    """A complete request received on Monday 30 November 2026, read from a Perki form."""
    facts = RequestFacts(
        number="0002/PPID/2026",
        requester_name="Rina Wulandari",
        requester_email="rina.wulandari@warga.example",
        received_at=datetime(2026, 11, 30, 10, 15, tzinfo=WIB),
        due_date=date(2026, 12, 14),
        final_due_date=date(2026, 12, 23),
        subject="Permohonan data IKM 2025",
        status_label=Status.REGISTERED.label,
        information="Data jumlah industri kecil dan menengah (IKM) per kecamatan tahun 2025",
        purpose="Penelitian skripsi tentang sentra batik",
        attachment_names=("formulir.pdf", "ktp.jpg"),
        letter_text="Dengan hormat, saya mohon data jumlah IKM per kecamatan tahun 2025 ...",
        message_id="<permohonan-0002@warga.example>",
        clock_start=date(2026, 11, 30),
        requester_address="Jl. Merdeka No. 5, Kota Pekalongan",
        how_obtain="Mendapatkan salinan informasi (softcopy)",
        how_receive="E-mail",
        desk_title="Dinas Perindustrian dan Tenaga Kerja Kota Pekalongan",
    )
    return replace(facts, **changes)  # type: ignore[arg-type]


INCOMPLETE = {
    "due_date": None,
    "final_due_date": None,
    "clock_start": None,
    "status_label": Status.INCOMPLETE.label,
}
BARE_REQUEST = {
    **INCOMPLETE,
    "requester_name": "",
    "information": "",
    "purpose": "",
    "requester_address": "",
    "how_obtain": "",
    "how_receive": "",
    "subject": "",
}
MISSING = [
    Missing(
        "letter",
        "Surat permohonan",
        "Kami tidak menemukan surat permohonan tertulis dalam surel atau lampirannya.",
        "Tulis permohonan Saudara di badan surel, atau lampirkan surat/formulir permohonan.",
    ),
    Missing(
        "information",
        "Rincian informasi yang dibutuhkan",
        'Rincian informasi "semua data" belum cukup jelas untuk dicari.',
        "Sebutkan jenis data atau dokumen, periode/tahun, dan wilayah yang dimaksud.",
    ),
    Missing(
        "purpose",
        "Tujuan penggunaan informasi",
        "Surat belum menyebutkan untuk apa informasi tersebut akan digunakan.",
        "Sebutkan tujuan penggunaan informasi.",
    ),
    Missing(
        "id_document",
        "Salinan identitas",
        "Kami tidak menemukan salinan KTP, paspor, atau identitas lain pada lampiran.",
        "Lampirkan foto atau pindaian KTP yang terbaca jelas.",
    ),
]
UNREADABLE = [
    "surat.pdf: tidak dapat dibaca (PdfStreamError)",
    "foto.png: gambar terlalu besar (50000 x 50000 piksel)",
]
FORM = Attachment("formulir-permohonan-informasi.txt", "text/plain", b"FORMULIR")
FILES = (
    Attachment("rekap-ikm-2025.xlsx", "application/vnd.ms-excel", b"PK\x03\x04"),
    Attachment("Catatan Metodologi.PDF", "application/pdf", b"%PDF-1.4"),
)
OBJECTION = {
    "number": "0001/KEBERATAN/2026",
    "reason": "Data agregat per kecamatan tidak memuat data pribadi",
    "basis": "a",
    "basis_text": OBJECTION_REASONS["a"],
    "received": "Senin, 30 November 2026 pukul 09.30 WIB",
    "due_date": tanggal(date(2027, 1, 12)),
    "days": 30,
    "status": "open",
}


def _citizen_letters(s: Settings, desk: str = "ppid") -> Iterator[tuple[str, LetterSpec]]:
    office = office_facts(s, TODAY, desk)
    r = request()
    later = request(clock_start=date(2026, 12, 2), due_date=date(2026, 12, 16))
    bare = request(**BARE_REQUEST)
    yield "receipt-complete", citizen.receipt(r, office, r.message_id, (), complete_by=None)
    yield (
        "receipt-complete-unreadable",
        citizen.receipt(r, office, r.message_id, (), unreadable=UNREADABLE[:1]),
    )
    yield (
        "receipt-incomplete",
        citizen.receipt(
            request(**INCOMPLETE, purpose=""),
            office,
            r.message_id,
            (),
            MISSING[2:],
            UNREADABLE,
            FORM,
            complete_by=date(2026, 12, 14),
        ),
    )
    yield (
        "receipt-incomplete-nothing-read",
        citizen.receipt(
            bare, office, r.message_id, (), MISSING, (), FORM, complete_by=date(2026, 12, 14)
        ),
    )
    yield (
        "complete-later",
        citizen.completion(later, office, (), UNREADABLE[1:], FORM, "<balasan@warga.example>"),
    )
    yield (
        "still_missing",
        citizen.completion(
            request(**INCOMPLETE),
            office,
            MISSING[3:],
            (),
            FORM,
            "<balasan@warga.example>",
            complete_by=date(2026, 12, 14),
        ),
    )
    yield (
        "too_large-numbered",
        citizen.too_large(
            r.requester_email,
            office,
            r.subject,
            r.received_at,
            31 * 1024 * 1024,
            25,
            r.message_id,
            number=r.number,
            complete_by=date(2026, 12, 14),
            requester_name=r.requester_name,
        ),
    )
    yield (
        "too_large-reply",
        citizen.too_large(
            r.requester_email, office, "", r.received_at, 31 * 1024 * 1024, 25, r.message_id
        ),
    )
    yield "declared_complete", citizen.declared_complete(r, office)
    yield "in_process", citizen.in_process(later, office)
    yield (
        "extension",
        citizen.extension(
            request(extended=True, due_date=date(2026, 12, 23)),
            office,
            "data IKM masih direkap oleh tiga bidang.",
            "014/PPID/2026",
        ),
    )
    yield (
        "clarification",
        citizen.clarification(
            r, office, "Data IKM tahun 2025 atau tahun ajaran 2025/2026?", date(2026, 12, 7)
        ),
    )
    deadline, days = date(2027, 1, 12), 30
    for name, notice, files in (
        ("granted-files", citizen.Notice(Status.GRANTED, "", letter_number="015/PPID/2026"), FILES),
        (
            "granted-link",
            citizen.Notice(
                Status.GRANTED,
                "Data dapat diunduh di https://data.pekalongankota.example/ikm-2025.",
                letter_number="015/PPID/2026",
            ),
            (),
        ),
        (
            "granted-means",
            citizen.Notice(
                Status.GRANTED,
                "Salinan cetak dapat diambil di loket PPID pada jam kerja",
                letter_number="015/PPID/2026",
            ),
            (),
        ),
        (
            "partially_granted-pasal17h-files",
            citizen.Notice(
                Status.PARTIALLY_GRANTED,
                "nama dan NIK pemilik usaha dihitamkan karena memuat data pribadi..",
                "pasal17h",
                letter_number="016/PPID/2026",
            ),
            FILES[:1],
        ),
        (
            "partially_granted-means",
            citizen.Notice(
                Status.PARTIALLY_GRANTED,
                "Rincian per perusahaan tidak diberikan; rekap per kecamatan dapat diambil di "
                "kantor PPID",
                letter_number="016/PPID/2026",
            ),
            (),
        ),
        (
            "partially_granted-pasal17j",
            citizen.Notice(
                Status.PARTIALLY_GRANTED,
                "daftar pemilih per TPS dihitamkan",
                "pasal17j",
                "UU No. 7 Tahun 2017 tentang Pemilihan Umum Pasal 14.",
                "016/PPID/2026",
            ),
            FILES,
        ),
        *(
            (
                f"rejected-{ground}",
                citizen.Notice(
                    Status.REJECTED,
                    "daftar memuat nama, NIK dan alamat pemilik usaha yang bila dibuka dapat "
                    "disalahgunakan untuk penipuan.",
                    ground,
                    "UU No. 24 Tahun 2013 tentang Administrasi Kependudukan Pasal 79"
                    if ground == "pasal17j"
                    else "",
                    "017/PPID/2026",
                ),
                (),
            )
            for ground in REJECTION_GROUNDS
        ),
        (
            "not_held-holder",
            citizen.Notice(
                Status.NOT_HELD, "Badan Pusat Statistik Kota Pekalongan", "", "", "018/PPID/2026"
            ),
            (),
        ),
        ("not_held-unknown", citizen.Notice(Status.NOT_HELD, letter_number="018/PPID/2026"), ()),
        (
            "not_held-undocumented",
            citizen.Notice(
                Status.NOT_HELD,
                "rekap IKM 2025 baru disusun pada triwulan pertama 2027",
                "belum-didokumentasikan",
                letter_number="018/PPID/2026",
            ),
            (),
        ),
        (
            "not_held-not-yet-held",
            citizen.Notice(Status.NOT_HELD, "", "belum-dikuasai", letter_number="018/PPID/2026"),
            (),
        ),
    ):
        yield name, citizen.decision(r, office, notice, files, deadline, days)
    yield (
        "status",
        citizen.status_letter(
            request(extended=True, due_date=date(2026, 12, 23), status_label="Diproses"),
            office,
            "jangka waktu diperpanjang",
            reply_to="<status@warga.example>",
        ),
    )
    yield (
        "status-incomplete",
        citizen.status_letter(
            request(**INCOMPLETE), office, "permohonan dicatat", "<status@warga.example>"
        ),
    )
    yield "withdrawn", citizen.withdrawn(r, office, reply_to="<batal@warga.example>")
    yield (
        "objection_receipt",
        citizen.objection_receipt(r, office, OBJECTION, reply_to="<keberatan@warga.example>"),
    )
    yield (
        "objection_receipt-no-basis",
        citizen.objection_receipt(r, office, {**OBJECTION, "basis": "", "basis_text": ""}),
    )
    yield (
        "objection_decision-granted",
        citizen.objection_decision(
            r,
            office,
            OBJECTION,
            True,
            "Data agregat per kecamatan tidak memuat data pribadi dan wajib diberikan.",
            date(2026, 12, 18),
            "021/PPID/2026",
            date(2026, 12, 14),
        ),
    )
    yield (
        "objection_decision-rejected",
        citizen.objection_decision(
            r,
            office,
            OBJECTION,
            False,
            "Rekap per kecamatan di tiga kecamatan hanya memuat satu usaha, sehingga pemiliknya "
            "dapat dikenali",
            date(2026, 12, 18),
            "021/PPID/2026",
        ),
    )
    yield (
        "command_failed",
        citizen.command_failed(
            r.requester_email,
            office,
            "STATUS",
            "kami tidak menemukan permohonan atas nama alamat surel Saudara",
            "<status@warga.example>",
        ),
    )
    yield (
        "complaint_receipt",
        citizen.complaint_receipt(
            r.requester_email,
            office,
            "0001/PENGADUAN/2026",
            "Senin, 30 November 2026 pukul 10.15 WIB",
            "<aduan@warga.example>",
        ),
    )
    yield (
        "deadline_changed",
        citizen.to_citizen(
            "citizen/deadline_changed",
            request(due_date=date(2026, 12, 15)),
            office,
            "deadline_changed",
            old_due=tanggal(date(2026, 12, 14)),
        ),
    )
    yield (
        "overdue",
        citizen.to_citizen(
            "citizen/overdue",
            r,
            office,
            "overdue",
            objection_deadline=tanggal(date(2027, 1, 27)),
            objection_days=30,
        ),
    )
    yield (
        "lapsed",
        citizen.to_citizen(
            "citizen/lapsed",
            request(**INCOMPLETE),
            office,
            "lapsed",
            letter_number="019/PPID/2026",
            complete_by=tanggal(date(2026, 12, 14)),
        ),
    )
    yield (
        "objection_overdue",
        citizen.to_citizen(
            "citizen/objection_overdue",
            r,
            office,
            "objection_overdue",
            objection_number=OBJECTION["number"],
            komisi_deadline=tanggal(date(2027, 3, 8)),
        ),
    )
    yield (
        "transferred",
        citizen.to_citizen(
            "citizen/transferred",
            request(desk_title="PPID Pelaksana UPT Balai Latihan Kerja"),
            office,
            "transferred",
            letter_number="020/PPID/2026",
            note="data pelatihan kerja dikelola UPT BLK",
        ),
    )


def _officer_letters(s: Settings) -> Iterator[tuple[str, LetterSpec]]:
    office = office_facts(s, TODAY)
    r = request()
    fields = [
        ("Nama", "Rina Wulandari", "lampiran formulir.pdf"),
        ("Informasi yang diminta", r.information, "lampiran formulir.pdf"),
        ("Tujuan penggunaan", r.purpose, "isi surel"),
    ]
    common = {
        "officer": "petugas.ppid@disperinaker.pekalongankota.example",
        "office": office,
        "message_id": "<ppid.notify.2.abc@disperinaker.pekalongankota.example>",
        "reply_to": "",
        "attachments": (),
    }
    yield (
        "notification",
        officer.notification(
            r,
            skipped=(),
            fields=fields,
            notes=["identitas: ktp.jpg (KTP; OCR menemukan NIK dan PROVINSI)"],
            units=["bidang-industri", "blk"],
            **common,  # type: ignore[arg-type]
        ),
    )
    yield (
        "notification-incomplete",
        officer.notification(
            request(**INCOMPLETE),
            skipped=(("scan-besar.pdf", "31,2 MB", "PDF"),),
            fields=fields[:1],
            missing=[
                {"code": m.code, "title": m.title, "explanation": m.explanation}
                for m in MISSING[2:]
            ],
            notes=["tidak terbaca: " + UNREADABLE[0]],
            doubts=["lampiran gambar belum dapat dibaca OCR: periksa apakah ada salinan identitas"],
            **common,  # type: ignore[arg-type]
        ),
    )
    yield (
        "notification-stored-codes",
        officer.notification(
            request(**BARE_REQUEST),
            skipped=(),
            missing=[{"code": "letter"}, {"code": "id_document"}],
            **common,  # type: ignore[arg-type]
        ),
    )
    yield (
        "objection_notification",
        officer.objection_notification(
            OBJECTION,
            request(status_label=Status.REJECTED.label),
            "kepala.dinas@disperinaker.pekalongankota.example",
            office,
            "<ppid.objection.1.abc@disperinaker.pekalongankota.example>",
            "",
        ),
    )
    sent = {"to": r.requester_email, "files": ""}
    yield (
        "result-applied",
        officer.result(
            "petugas.ppid@disperinaker.pekalongankota.example",
            r.number,
            [
                "PROSES: status Diproses",
                "PERPANJANG: status Diproses, batas waktu Rabu, 23 Desember 2026",
            ],
            [],
            [
                {**sent, "letter": "in_process"},
                {**sent, "letter": "extension"},
                {**sent, "letter": "granted", "files": "0002-PPID-2026-lampiran-1.xlsx"},
                *(
                    {**sent, "letter": name}
                    for name in (
                        "declared_complete",
                        "clarification",
                        "partially_granted",
                        "rejected",
                        "not_held",
                        "transferred",
                        "objection_decision",
                    )
                ),
            ],
            False,
            False,
            "<balasan-petugas@disperinaker.pekalongankota.example>",
        ),
    )
    yield (
        "files",
        officer.files(
            "petugas.ppid@disperinaker.pekalongankota.example",
            r.number,
            [("scan-besar.pdf", "31,2 MB", "PDF"), ("ktp.jpg", "0,3 MB", "gambar")],
            1,
            2,
            (Attachment("ktp.jpg", "image/jpeg", b"\xff\xd8 ktp"),),
            20,
        ),
    )
    yield (
        "result-refused",
        officer.result(
            "petugas.ppid@disperinaker.pekalongankota.example",
            r.number,
            [],
            [
                "TOLAK pasal17h memerlukan pengujian konsekuensi (UU 14/2008 Pasal 19)",
                "PROSES: tidak dilaksanakan karena ada kesalahan lain dalam balasan ini",
            ],
            [],
            True,
            False,
            "<balasan-petugas@disperinaker.pekalongankota.example>",
        ),
    )
    yield (
        "result-atasan",
        officer.result(
            "kepala.dinas@disperinaker.pekalongankota.example",
            r.number,
            ["keberatan 0001/KEBERATAN/2026 diterima"],
            [],
            [{**sent, "letter": "objection_decision"}],
            True,
            True,
            "<balasan-atasan@disperinaker.pekalongankota.example>",
        ),
    )
    yield (
        "alert-withdrawn",
        officer.request_closed_notice(("petugas@x.example",), r.number, "dibatalkan", TODAY),
    )
    yield (
        "alert",
        officer.alert(
            ("petugas@x.example",),
            "Pengingat batas waktu",
            ["Batas waktu: Senin, 14 Desember 2026 (2 hari kerja lagi)", "Status: Terdaftar"],
            "Balas pemberitahuan permohonan dengan kata kunci keputusan.",
            number=r.number,
        ),
    )
    yield (
        "unit_answer",
        officer.unit_answer(
            ("petugas@x.example",),
            r.number,
            "bidang-industri",
            "kabid.industri@disperinaker.pekalongankota.example",
            "Terlampir rekap IKM 2025.",
            False,
            FILES[:1],
        ),
    )
    yield (
        "unit_answer-not-held",
        officer.unit_answer(
            ("petugas@x.example",),
            r.number,
            "bidang-industri",
            "kabid.industri@disperinaker.pekalongankota.example",
            "tidak ada, data dikuasai BPS.",
            True,
            (),
        ),
    )
    yield (
        "complaint",
        officer.complaint(
            ("sekretariat@x.example",),
            "0001/PENGADUAN/2026",
            r.requester_email,
            "Petugas tidak menjawab telepon.",
            r.number,
        ),
    )
    yield (
        "complaint-no-request",
        officer.complaint(
            ("sekretariat@x.example",), "0002/PENGADUAN/2026", r.requester_email, "Lambat.", ""
        ),
    )
    for name, granted in (
        ("objection_decided-granted", True),
        ("objection_decided-rejected", False),
    ):
        yield (
            name,
            officer.objection_decided(
                ("petugas@x.example",),
                request(status_label=Status.IN_PROCESS.label if granted else "Ditolak"),
                office,
                OBJECTION,
                granted,
                "Data agregat per kecamatan wajib diberikan",
                date(2026, 12, 14) if granted else None,
            ),
        )
    line = "0002/PPID/2026 — batas Senin, 14 Desember 2026 — Terdaftar — Permohonan data IKM"
    for name, items in (("digest", [line]), ("digest-empty", [])):
        yield (
            name,
            LetterSpec(
                template="officer/digest",
                to=("petugas@x.example",),
                context={
                    "today": tanggal(TODAY),
                    "counts": [("Terdaftar", 1)] if items else [],
                    "due_today": items,
                    "due_week": items,
                    "late": items,
                    "unanswered_units": items,
                    "open_objections": items,
                },
                purpose="digest",
            ),
        )


def _unit_letters(s: Settings) -> Iterator[tuple[str, LetterSpec]]:
    common = {
        "to": "kabid.industri@disperinaker.pekalongankota.example",
        "asked_by": "petugas.ppid@disperinaker.pekalongankota.example",
        "message_id": "<ppid.unit.1.abc@x.example>",
        "reply_to": "",
    }
    yield (
        "forward",
        unit.unit_request(
            request(),
            "bidang-industri",
            note="mohon rekap per kecamatan",
            days_left=7,
            unit_title=s.unit_title("bidang-industri"),
            unit_due=date(2026, 12, 9),
            lead_days=3,
            **common,  # type: ignore[arg-type]
        ),
    )
    yield (
        "forward-incomplete",
        unit.unit_request(
            request(**BARE_REQUEST),
            "bidang-statistik",
            note="",
            days_left=None,
            unit_title=s.unit_title("bidang-statistik"),
            **common,  # type: ignore[arg-type]
        ),
    )


def catalog() -> list[Entry]:
    """Every letter kind: the full office (golden), a bare office, and a PPID Pelaksana desk."""
    full, bare = settings(FULL_SETTINGS), settings(BARE_SETTINGS)
    out: list[Entry] = []
    for name, spec in _citizen_letters(full):
        golden = not (
            name.startswith("rejected-") and name not in ("rejected-pasal17h", "rejected-pasal17j")
        )
        out.append(Entry(name, spec, full, golden))
    out += [Entry(n, spec, full, True, "officer") for n, spec in _officer_letters(full)]
    out += [Entry(n, spec, full, True, "unit") for n, spec in _unit_letters(full)]
    out += [Entry(f"bare/{n}", spec, bare, False) for n, spec in _citizen_letters(bare)]
    out += [Entry(f"bare/{n}", s, bare, False, "officer") for n, s in _officer_letters(bare)]
    out += [Entry(f"bare/{n}", s, bare, False, "unit") for n, s in _unit_letters(bare)]
    out += [Entry(f"blk/{n}", spec, full, False) for n, spec in _citizen_letters(full, "blk")]
    return out


def render(entry: Entry) -> EmailMessage:
    raw = Renderer(entry.settings).render(entry.spec, "<ppid.catalog@x.example>", NOW)
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    return message


def as_text(message: EmailMessage) -> str:
    """A letter as the golden files hold it: the headers a reader sees, then the text."""
    body = message.get_body(preferencelist=("plain",))
    text = body.get_content().replace("\r\n", "\n") if body is not None else ""
    files = [str(part.get_filename()) for part in message.iter_attachments()]
    head = [
        f"Subject: {message['Subject']}",
        f"To: {message['To']}",
        f"Auto-Submitted: {message['Auto-Submitted']}",
    ]
    if message["In-Reply-To"]:
        head.insert(2, f"In-Reply-To: {message['In-Reply-To']}")
    if files:
        head.append("Attachments: " + ", ".join(files))
    return "\n".join(head) + "\n\n" + text


def golden_path(entry: Entry) -> Path:
    return GOLDEN / f"{entry.audience}-{entry.name}.txt"


def write_golden() -> int:
    GOLDEN.mkdir(exist_ok=True)
    written = {golden_path(e) for e in catalog() if e.golden}
    for stale in set(GOLDEN.glob("*.txt")) - written:
        stale.unlink()
    for entry in catalog():
        if entry.golden:
            golden_path(entry).write_text(as_text(render(entry)), encoding="utf-8")
    return len(written)


if __name__ == "__main__":
    if sys.argv[1:] != ["--write-golden"]:
        sys.exit("usage: python -m tests.letter_catalog --write-golden")
    print(f"{write_golden()} golden letters written to {GOLDEN}")
