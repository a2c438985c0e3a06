"""`ppid-mailer demo`: our first desk (Disperinaker Kota Pekalongan) on the bundled sample letters,
as the README tells a newcomer to run it; a second run processes nothing twice."""

from __future__ import annotations

import email
import email.policy
import re
import stat
import subprocess
import sys
from pathlib import Path

from ppid_mailer.config import load_settings

ROOT = Path(__file__).resolve().parents[2]
OFFICE = "Dinas Perindustrian dan Tenaga Kerja Kota Pekalongan"


def demo(folder: Path) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "ppid_mailer", "demo", "--dir", str(folder)],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def test_the_demo_is_our_first_desk_and_runs_twice_the_same(tmp_path: Path) -> None:
    folder = tmp_path / "ppid-demo"
    first = demo(folder)
    assert "this pass: 4 message(s) fetched, 4 processed" in first
    assert "auto_reply: not answered" in first
    table = re.findall(r"^(\d{4}/PPID/\d{4})\s+(\w+)\s+(\S+)\s.*\s(\S+\.eml)$", first, flags=re.M)
    assert [(row[1], row[2]) for row in table] == [
        ("incomplete", "siti.rahmawati@warga.example"),
        ("registered", "budi.santoso@lembaga.example"),
        ("incomplete", "dewi.lestari@serikat.example"),
    ]
    for *_, receipt_file in table:
        receipt = email.message_from_bytes(
            Path(receipt_file).read_bytes(), policy=email.policy.default
        )
        body = receipt.get_body(preferencelist=("plain",))
        assert body is not None and OFFICE in " ".join(body.get_content().split())
        assert receipt["From"].addresses[0].addr_spec == "ppid@disperinaker.pekalongankota.example"

    # The settings hold the HMAC key, the database the citizens' letters: the owner's alone.
    for private in (folder / "settings.ini", folder / "ppid-demo.sqlite3"):
        assert stat.S_IMODE(private.stat().st_mode) == 0o600, private

    # The demo's settings and settings.example.ini describe the same office and work units.
    ours = load_settings(folder / "settings.ini")
    example_text = (ROOT / "settings.example.ini").read_text(encoding="utf-8")
    (tmp_path / "imap.password").write_text("x\n")
    example_text = re.sub(r"/etc/ppid-mailer/\w+\.password", "imap.password", example_text)
    (tmp_path / "example.ini").write_text(example_text, encoding="utf-8")
    example = load_settings(tmp_path / "example.ini")
    assert ours.office.name == example.office.name == OFFICE
    assert set(ours.units) == set(example.units) == {"bidang-industri", "bidang-tenaga-kerja"}
    assert ours.office.complaints_to == example.office.complaints_to

    second = demo(folder)
    assert "this pass: 0 message(s) fetched, 0 processed, 0 letter(s) written" in second
    register = re.compile(r"^\d{4}/PPID/\d{4} .*$", flags=re.M)
    assert register.findall(second) == register.findall(first)  # the same table comes back
