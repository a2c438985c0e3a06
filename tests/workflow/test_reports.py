"""The annual report against figures worked out by hand, the register export, and the HTML
report opened in headless Chromium with its charts."""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest

from ppid_mailer.adapters.models import Complaint, Objection, Request, utcnow_naive
from ppid_mailer.core import reports
from ppid_mailer.core.domain import OBJECTION_REASONS
from tests.conftest import need
from tests.desk import Desk

WIB = 7


def at(day: int) -> datetime:
    return datetime(2026, 2, day, 9 - WIB, tzinfo=UTC)


# (status, decided day of February 2026, ground): received Monday 2 February 2026. Working days
# to the decision, counted by hand (no holidays between 2 and 13 February): 3, 5, 7, 2, 9, 4.
SEED = [
    ("granted", 5, ""),
    ("granted", 9, ""),
    ("partially_granted", 11, ""),
    ("rejected", 4, "pasal17h"),
    ("rejected", 13, "pasal17a"),
    ("not_held", 6, ""),
    ("withdrawn", None, ""),
    ("in_process", None, ""),
]


@pytest.fixture
def seeded(desk: Desk) -> Desk:
    desk.clock.moment = at(2)
    rt = desk.rt
    for i, (status, day, ground) in enumerate(SEED, start=1):
        rt.store.create_request(
            number=f"{i:04d}/PPID/2026",
            scope="ppid",
            year=2026,
            seq=i,
            status=status,
            requester_name=f"Pemohon {i}",
            requester_email=f"p{i}@warga.test",
            received_at=at(2),
            due_date=None,
            final_due_date=None,
            subject=f"Permohonan {i}",
            now=at(2),
        )
        Request.update(
            completed_at=utcnow_naive(at(2)),
            rejection_ground=ground,
            information=f"data {i}",
            decided_at=utcnow_naive(at(day)) if day else None,
            extended=(i == 3),
        ).where(Request.seq == i).execute()
    first, second = Request.get(Request.seq == 4), Request.get(Request.seq == 5)
    for seq, (request, status, basis) in enumerate(
        [(first, "granted", "a"), (second, "open", "")], start=1
    ):
        Objection.create(
            number=f"{seq:04d}/KEBERATAN/2026",
            year=2026,
            seq=seq,
            request=request,
            requester_email=request.requester_email,
            reason="alasan",
            status=status,
            received_at=utcnow_naive(at(16)),
            due_date=at(27).date(),
            created_at=utcnow_naive(at(16)),
            basis=basis,
        )
    Complaint.create(
        number="0001/PENGADUAN/2026",
        year=2026,
        seq=1,
        sender="x@warga.test",
        text="lambat",
        received_at=utcnow_naive(at(20)),
    )
    return desk


def cli(desk: Desk, *args: str) -> str:
    """`ppid-mailer ARGS` on the seeded desk: its standard output."""
    result = desk.cli(*args)
    assert result.returncode == 0, result.stderr
    return result.stdout


def figures(markdown: str) -> dict[str, str]:
    return {
        cells[1].strip(): cells[2].strip()
        for line in markdown.splitlines()
        if (cells := line.split("|"))
        and len(cells) == 4
        and cells[1].strip() not in ("Uraian", "---")
    }


def test_annual_report_matches_the_hand_count(seeded: Desk) -> None:
    got = figures(cli(seeded, "report", "annual", "--year", "2026", "--format", "md"))
    assert got["Jumlah permohonan informasi"] == "8"
    assert got["Dikabulkan seluruhnya"] == "2" and got["Dikabulkan sebagian"] == "1"
    assert got["Ditolak"] == "2" and got["Informasi tidak dikuasai"] == "1"
    assert got["Dibatalkan pemohon"] == "1" and got["Masih diproses"] == "1"
    assert got["Waktu pemenuhan, median (hari kerja)"] == "4,5"  # of 2, 3, 4, 5, 7, 9
    assert got["Waktu pemenuhan, rata-rata (hari kerja)"] == "5"  # 30 / 6
    assert got["Ditolak: Pasal 17 huruf a"] == "1" and got["Ditolak: Pasal 17 huruf h"] == "1"
    # every Pasal 17 ground is listed, also those no refusal used
    assert got["Ditolak: Pasal 17 huruf j"] == "0" and got["Ditolak: Pasal 17 huruf b"] == "0"
    # objections by their Pasal 35(1) reason
    assert got["Keberatan: Pasal 35 ayat (1) huruf a, " + OBJECTION_REASONS["a"]] == "1"
    assert got["Keberatan: Pasal 35 ayat (1) huruf c, " + OBJECTION_REASONS["c"]] == "0"
    assert got["Keberatan: alasan lain"] == "1"
    # the time taken to serve the requests: all six within 10 working days, and each listed
    assert got["Dipenuhi dalam 10 hari kerja"] == "6"
    assert got["Dipenuhi lebih dari 17 hari kerja"] == "0"
    assert (
        got["Keberatan"] == "2"
        and got["Keberatan diterima"] == "1"
        and got["Keberatan belum ditanggapi"] == "1"
    )
    assert got["Pengaduan layanan"] == "1" and got["Jangka waktu diperpanjang"] == "1"
    markdown = cli(seeded, "report", "annual", "--year", "2026", "--format", "md")
    assert "| 0005/PPID/2026 | 2 Februari 2026 | 13 Februari 2026 | 9 | Ditolak |" in markdown
    rows = list(
        csv.reader(
            io.StringIO(cli(seeded, "report", "annual", "--year", "2026", "--format", "csv"))
        )
    )
    assert rows[0] == ["uraian", "jumlah"] and ["Jumlah permohonan informasi", "8"] in rows


def test_register_export(seeded: Desk) -> None:
    table = list(csv.reader(io.StringIO(cli(seeded, "register", "export", "--year", "2026"))))
    assert tuple(table[0]) == reports.REGISTER_COLUMNS
    assert len(table) == 9 and table[4][1] == "0004/PPID/2026" and table[4][11] == "Ditolak"
    assert "rahasia pribadi" in table[4][13]
    objections = list(
        csv.reader(io.StringIO(cli(seeded, "register", "export", "--year", "2026", "--objections")))
    )
    assert objections[1][5] == "huruf a: " + OBJECTION_REASONS["a"]
    assert objections[1][6] == "Diterima" and objections[2][6] == "Belum ditanggapi"


def test_html_report_shows_its_charts_in_chromium(seeded: Desk, tmp_path: Path) -> None:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    need(None if browser else "chromium is not installed (apt-get install chromium)")
    page = tmp_path / "laporan.html"
    page.write_text(
        cli(seeded, "report", "annual", "--year", "2026", "--format", "html"), encoding="utf-8"
    )
    flags = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={tmp_path / 'profile'}",
    ]
    dom = subprocess.run(
        [browser, *flags, "--dump-dom", page.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "HOME": str(tmp_path)},
    ).stdout
    assert dom.count('class="chart"') == 3 and dom.count('class="bar"') >= 10
    shot = tmp_path / "laporan.png"
    subprocess.run(
        [browser, *flags, f"--screenshot={shot}", "--window-size=800,1400", page.as_uri()],
        capture_output=True,
        timeout=120,
        env={**os.environ, "HOME": str(tmp_path)},
    )
    assert shot.exists() and shot.stat().st_size > 10_000
    shutil.copy(shot, Path(os.environ.get("PPID_REPORT_SHOT", tmp_path / "copy.png")))
