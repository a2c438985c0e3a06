"""The annual report of Perki 1/2021 Pasal 56 and UU 14/2008 Pasal 12, and the register book.

Pure: rows in, figures and text out. The figures are the ones the law asks for: how many
requests, the time taken to serve each (in working days: every request, within 10 days, with
the extension, later; median and mean), how many were granted in full or in part, how many
rejected on each Pasal 17 ground (every ground listed, also at zero), not held, and the
objections on each Pasal 35(1) reason with their outcomes.
"""

from __future__ import annotations

import csv
import html
import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from .commands import REJECTION_GROUNDS
from .domain import OBJECTION_REASONS, STATUS_LABELS, ObjectionStatus, Status
from .letters.facts import tanggal_surat

OBJECTION_STATUS_LABELS = {
    ObjectionStatus.OPEN: "Belum ditanggapi",
    ObjectionStatus.GRANTED: "Diterima",
    ObjectionStatus.REJECTED: "Ditolak",
}


@dataclass(frozen=True)
class RequestRow:
    number: str
    received: date
    status: Status
    decided: date | None
    working_days: int | None  # from completion (or receipt) to the decision
    ground: str
    extended: bool
    name: str = ""
    address: str = ""
    phone: str = ""
    occupation: str = ""
    information: str = ""
    purpose: str = ""
    how_obtain: str = ""
    how_receive: str = ""
    reason: str = ""


@dataclass(frozen=True)
class ObjectionRow:
    number: str
    request_number: str
    received: date
    status: str  # open | granted | rejected
    reason: str = ""
    decided: date | None = None
    decision: str = ""
    basis: str = ""  # UU 14/2008 Pasal 35(1) huruf a-g ('' when none applied)


@dataclass
class AnnualFigures:
    year: int
    requests: int = 0
    by_status: Counter[str] = field(default_factory=Counter)
    granted_full: int = 0
    granted_partly: int = 0
    rejected: int = 0
    rejected_by_ground: Counter[str] = field(default_factory=Counter)
    not_held: int = 0
    extended: int = 0
    days_median: float | None = None
    days_mean: float | None = None
    # (number, received, decided, working days, status label) of every decided request
    served: list[tuple[str, date, date, int, str]] = field(default_factory=list)
    objections: int = 0
    objections_by_outcome: Counter[str] = field(default_factory=Counter)
    objections_by_basis: Counter[str] = field(default_factory=Counter)
    complaints: int = 0


def annual(
    year: int, rows: Sequence[RequestRow], objections: Sequence[ObjectionRow], complaints: int
) -> AnnualFigures:
    figures = AnnualFigures(year)
    mine = [r for r in rows if r.received.year == year]
    figures.requests = len(mine)
    figures.by_status = Counter(r.status.value for r in mine)
    figures.granted_full = figures.by_status[Status.GRANTED.value]
    figures.granted_partly = figures.by_status[Status.PARTIALLY_GRANTED.value]
    figures.rejected = figures.by_status[Status.REJECTED.value]
    figures.rejected_by_ground = Counter(
        r.ground or "tanpa dasar" for r in mine if r.status is Status.REJECTED
    )
    figures.not_held = figures.by_status[Status.NOT_HELD.value]
    figures.extended = sum(r.extended for r in mine)
    days = [r.working_days for r in mine if r.working_days is not None]
    if days:
        figures.days_median = float(statistics.median(days))
        figures.days_mean = round(statistics.fmean(days), 1)
    figures.served = [
        (r.number, r.received, r.decided, r.working_days, STATUS_LABELS[r.status])
        for r in mine
        if r.decided is not None and r.working_days is not None
    ]
    own = [o for o in objections if o.received.year == year]
    figures.objections = len(own)
    figures.objections_by_outcome = Counter(o.status for o in own)
    figures.objections_by_basis = Counter(o.basis for o in own)
    figures.complaints = complaints
    return figures


def _lines(f: AnnualFigures) -> list[tuple[str, str]]:
    """(label, value) pairs in the order the report shows them."""

    def num(value: float | None) -> str:
        return "-" if value is None else f"{value:g}".replace(".", ",")

    out = [
        ("Jumlah permohonan informasi", str(f.requests)),
        ("Dikabulkan seluruhnya", str(f.granted_full)),
        ("Dikabulkan sebagian", str(f.granted_partly)),
        ("Ditolak", str(f.rejected)),
        ("Informasi tidak dikuasai", str(f.not_held)),
        ("Dibatalkan pemohon", str(f.by_status[Status.WITHDRAWN.value])),
        ("Kedaluwarsa (tidak dilengkapi)", str(f.by_status[Status.LAPSED.value])),
        (
            "Masih diproses",
            str(
                sum(
                    f.by_status[s.value]
                    for s in (
                        Status.INCOMPLETE,
                        Status.REGISTERED,
                        Status.IN_PROCESS,
                        Status.CLARIFICATION,
                    )
                )
            ),
        ),
        ("Jangka waktu diperpanjang", str(f.extended)),
        ("Waktu pemenuhan, median (hari kerja)", num(f.days_median)),
        ("Waktu pemenuhan, rata-rata (hari kerja)", num(f.days_mean)),
    ]
    out += [(label, str(n)) for label, n in _time_buckets(f)]
    out += [
        (f"Ditolak: {REJECTION_GROUNDS[g].split(':')[0]}", str(f.rejected_by_ground[g]))
        for g in REJECTION_GROUNDS
    ]
    out += [
        (f"Ditolak: {g}", str(n))
        for g, n in sorted(f.rejected_by_ground.items())
        if g not in REJECTION_GROUNDS
    ]
    out += [
        ("Keberatan", str(f.objections)),
        *(
            (f"Keberatan: Pasal 35 ayat (1) huruf {b}, {text}", str(f.objections_by_basis[b]))
            for b, text in OBJECTION_REASONS.items()
        ),
        ("Keberatan: alasan lain", str(f.objections_by_basis[""])),
        ("Keberatan diterima", str(f.objections_by_outcome[ObjectionStatus.GRANTED])),
        ("Keberatan ditolak", str(f.objections_by_outcome[ObjectionStatus.REJECTED])),
        ("Keberatan belum ditanggapi", str(f.objections_by_outcome[ObjectionStatus.OPEN])),
        ("Pengaduan layanan", str(f.complaints)),
    ]
    return out


def _time_buckets(f: AnnualFigures) -> list[tuple[str, int]]:
    """How many requests were served within the 10 working days, with the extension, later."""
    days = [d for *_, d, _ in f.served]
    return [
        ("Dipenuhi dalam 10 hari kerja", sum(d <= 10 for d in days)),
        ("Dipenuhi dalam 11-17 hari kerja (dengan perpanjangan)", sum(10 < d <= 17 for d in days)),
        ("Dipenuhi lebih dari 17 hari kerja", sum(d > 17 for d in days)),
    ]


SERVED_COLUMNS = (
    "Nomor pendaftaran",
    "Diterima",
    "Pemberitahuan tertulis",
    "Waktu (hari kerja)",
    "Keputusan",
)


def _served_rows(f: AnnualFigures) -> list[tuple[str, str, str, str, str]]:
    return [
        (number, tanggal_surat(received), tanggal_surat(decided), str(days), label)
        for number, received, decided, days, label in f.served
    ]


def to_markdown(f: AnnualFigures, office: str) -> str:
    rows = "\n".join(f"| {label} | {value} |" for label, value in _lines(f))
    served = "\n".join("| " + " | ".join(row) + " |" for row in _served_rows(f))
    return (
        f"# Laporan layanan informasi publik {f.year}\n\n{office}\n\n"
        "Sesuai Perki No. 1 Tahun 2021 Pasal 56 dan UU No. 14 Tahun 2008 Pasal 12.\n\n"
        f"| Uraian | Jumlah |\n|---|---:|\n{rows}\n\n"
        "## Waktu pemenuhan setiap permohonan\n\n"
        f"| {' | '.join(SERVED_COLUMNS)} |\n|---|---|---|---:|---|\n{served}\n"
    )


class _Text:
    """A write-only text sink for csv.writer (the core does no I/O, not even io.StringIO)."""

    def __init__(self) -> None:
        self.parts: list[str] = []

    def write(self, text: str) -> int:
        self.parts.append(text)
        return len(text)

    def getvalue(self) -> str:
        return "".join(self.parts)


def to_csv(f: AnnualFigures) -> str:
    out = _Text()
    writer = csv.writer(out)
    writer.writerow(["uraian", "jumlah"])
    writer.writerows(_lines(f))
    return out.getvalue()


def _bars(title: str, items: list[tuple[str, int]]) -> str:
    """A horizontal bar chart as inline SVG: no script, no external file."""
    top = max([n for _, n in items] + [1])
    height = 28 * len(items) + 40
    bars = []
    for i, (label, n) in enumerate(items):
        y = 30 + 28 * i
        width = 360 * n / top
        bars.append(
            f'<text x="0" y="{y + 15}" font-size="13">{html.escape(label)}</text>'
            f'<rect class="bar" x="260" y="{y}" width="{width:.1f}" height="20" fill="#2b6cb0"/>'
            f'<text x="{266 + width:.1f}" y="{y + 15}" font-size="13">{n}</text>'
        )
    return (
        f'<figure><svg class="chart" role="img" aria-label="{html.escape(title)}" width="680" '
        f'height="{height}" xmlns="http://www.w3.org/2000/svg"><text x="0" y="16" font-size="15" '
        f'font-weight="bold">{html.escape(title)}</text>{"".join(bars)}</svg></figure>'
    )


def to_html(f: AnnualFigures, office: str) -> str:
    table = "".join(
        f"<tr><td>{html.escape(label)}</td><td>{html.escape(value)}</td></tr>"
        for label, value in _lines(f)
    )
    outcomes = [
        ("Dikabulkan", f.granted_full),
        ("Dikabulkan sebagian", f.granted_partly),
        ("Ditolak", f.rejected),
        ("Tidak dikuasai", f.not_held),
        ("Dibatalkan", f.by_status[Status.WITHDRAWN.value]),
        ("Kedaluwarsa", f.by_status[Status.LAPSED.value]),
    ]
    grounds = [
        (REJECTION_GROUNDS.get(g, g).split(":")[0], n)
        for g, n in sorted(f.rejected_by_ground.items())
    ]
    objections = [
        ("Diterima", f.objections_by_outcome[ObjectionStatus.GRANTED]),
        ("Ditolak", f.objections_by_outcome[ObjectionStatus.REJECTED]),
        ("Belum ditanggapi", f.objections_by_outcome[ObjectionStatus.OPEN]),
    ]
    charts = _bars("Keputusan atas permohonan", outcomes) + _bars("Keberatan", objections)
    if grounds:
        charts += _bars("Dasar penolakan", grounds)
    served = "".join(
        "<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in row) + "</tr>"
        for row in _served_rows(f)
    )
    header = "".join(f"<th>{html.escape(c)}</th>" for c in SERVED_COLUMNS)
    return (
        f'<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Laporan layanan informasi '
        f"publik {f.year}</title><style>body{{font-family:sans-serif;max-width:760px;margin:2em auto}}"
        "td{padding:4px 12px;border-bottom:1px solid #ddd}</style></head><body>"
        f"<h1>Laporan layanan informasi publik {f.year}</h1><p>{html.escape(office)}</p>"
        f"<p>Sesuai Perki No. 1 Tahun 2021 Pasal 56 dan UU No. 14 Tahun 2008 Pasal 12.</p>"
        f"<table>{table}</table>{charts}<h2>Waktu pemenuhan setiap permohonan</h2>"
        f"<table><tr>{header}</tr>{served}</table></body></html>\n"
    )


REGISTER_COLUMNS = (
    "No.",
    "Nomor pendaftaran",
    "Tanggal permohonan",
    "Nama",
    "Alamat",
    "Nomor kontak",
    "Pekerjaan",
    "Rincian informasi",
    "Tujuan penggunaan",
    "Cara memperoleh informasi",
    "Cara mendapatkan salinan",
    "Status",
    "Tanggal pemberitahuan tertulis",
    "Alasan penolakan / keterangan",
)


def register_csv(rows: Sequence[RequestRow]) -> str:
    """The register book (buku register permohonan informasi) as CSV, in its usual columns."""
    out = _Text()
    writer = csv.writer(out)
    writer.writerow(REGISTER_COLUMNS)
    for i, r in enumerate(rows, start=1):
        reason = REJECTION_GROUNDS.get(r.ground, "") if r.status is Status.REJECTED else ""
        writer.writerow(
            [
                i,
                r.number,
                r.received.isoformat(),
                r.name,
                r.address,
                r.phone,
                r.occupation,
                r.information,
                r.purpose,
                r.how_obtain,
                r.how_receive,
                STATUS_LABELS[r.status],
                r.decided.isoformat() if r.decided else "",
                "; ".join(x for x in (reason, r.reason) if x),
            ]
        )
    return out.getvalue()


def objection_register_csv(rows: Sequence[ObjectionRow]) -> str:
    out = _Text()
    writer = csv.writer(out)
    writer.writerow(
        [
            "No.",
            "Nomor keberatan",
            "Nomor pendaftaran permohonan",
            "Tanggal keberatan",
            "Alasan",
            "Dasar (UU 14/2008 Pasal 35 ayat (1))",
            "Status",
            "Tanggal tanggapan",
            "Tanggapan atasan PPID",
        ]
    )
    for i, o in enumerate(rows, start=1):
        writer.writerow(
            [
                i,
                o.number,
                o.request_number,
                o.received.isoformat(),
                o.reason,
                f"huruf {o.basis}: {OBJECTION_REASONS[o.basis]}" if o.basis else "",
                OBJECTION_STATUS_LABELS.get(ObjectionStatus(o.status), o.status),
                o.decided.isoformat() if o.decided else "",
                o.decision,
            ]
        )
    return out.getvalue()
