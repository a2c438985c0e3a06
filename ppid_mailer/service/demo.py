"""`ppid-mailer demo`: the whole desk on the embedded defaults, no server needed.

It writes a settings file for SQLite, a Maildir inbox and a pickup folder into a working folder,
seeds the inbox with the sample letters shipped in `ppid_mailer/demo/` the first time, runs one
pass and prints the register with the file each receipt was written to. Running it again
processes nothing twice: the same table comes back.
"""

from __future__ import annotations

import email.policy
import json
import mailbox
import os
import secrets
from email.parser import BytesHeaderParser
from importlib import resources
from pathlib import Path

from ppid_mailer.adapters.models import Request
from ppid_mailer.config import load_settings

from .daemon import run_once
from .listings import _table
from .runtime import build_runtime

SETTINGS = """\
# Written by `ppid-mailer demo`. See settings.example.ini for every key.
# Our first desk: the PPID of Dinas Perindustrian dan Tenaga Kerja Kota Pekalongan, with its
# two work units and its secretariat. Every address is a placeholder (.example).
[office]
name = Dinas Perindustrian dan Tenaga Kerja Kota Pekalongan
address = Jl. Contoh No. 1, Kota Pekalongan, Jawa Tengah
phone = (0285) 000000
website = https://disperinaker.pekalongankota.example
timezone = Asia/Jakarta
complaints_to = sekretariat@disperinaker.pekalongankota.example

[inbox]
protocol = maildir
path = Maildir

[outbox]
transport = pickup
path = outbox
from_address = ppid@disperinaker.pekalongankota.example
from_name = PPID Disperinaker Kota Pekalongan

[database]
url = sqlite:///ppid-demo.sqlite3

[officers]
ppid = petugas.ppid@disperinaker.pekalongankota.example
atasan = kepala.dinas@disperinaker.pekalongankota.example
secret_key = {secret}

[units]
bidang-industri = kabid.industri@disperinaker.pekalongankota.example
bidang-tenaga-kerja = kabid.naker@disperinaker.pekalongankota.example
"""


def run_demo(folder: Path) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    settings_file = folder / "settings.ini"
    if not settings_file.exists():
        _write_private(settings_file, SETTINGS.format(secret=secrets.token_hex(16)))
        _seed(folder / "Maildir")
    settings = load_settings(settings_file)
    rt = build_runtime(settings)
    result = run_once(rt)
    print(f"ppid-mailer demo in {folder.resolve()}")
    print(
        f"this pass: {result.intake.stored} message(s) fetched, "
        f"{len(result.processed.outcomes)} processed, {result.flushed.sent} letter(s) written\n"
    )
    for outcome in result.processed.outcomes:
        print(f"  - {outcome}")
    outbox = settings.outbox.path
    assert outbox is not None
    written = _written(outbox)
    rows = []
    for request in Request.select().order_by(Request.year, Request.seq):
        receipt = rt.store.letter_for(request, "receipt")
        where = str(written.get(receipt.message_id.strip(), "-")) if receipt else "-"
        rows.append(
            [
                request.number,
                request.status,
                request.requester_email,
                request.due_date.isoformat() if request.due_date else "-",
                ", ".join(json.loads(request.missing or "[]")) or "-",
                where,
            ]
        )
    print()
    print(
        _table(["number", "status", "requester", "due", "missing", "receipt written to"], rows)
        if rows
        else "(no requests)"
    )
    print(f"\nTry: ppid-mailer --config {settings_file} requests list --json")
    return 0


def _write_private(path: Path, text: str) -> None:
    """Create a file only its owner may read: the demo's settings hold the HMAC key that makes
    officers' commands trusted."""
    handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        out.write(text)


def _written(outbox: Path) -> dict[str, Path]:
    """Each letter in the pickup folder by the Message-ID read from the file itself (a long
    Message-ID is folded onto a line of its own, and the file name follows it as written)."""
    found = {}
    for path in outbox.glob("*.eml"):
        with path.open("rb") as handle:
            headers = BytesHeaderParser(policy=email.policy.default).parse(handle)
        found[str(headers.get("message-id", "")).strip()] = path
    return found


def _seed(maildir: Path) -> None:
    box = mailbox.Maildir(maildir, create=True)
    samples = resources.files("ppid_mailer.demo")
    for sample in sorted(samples.iterdir(), key=lambda p: p.name):
        if sample.name.endswith(".eml"):
            box.add(sample.read_bytes())
