"""`ppid-mailer demo`: the whole desk on the embedded defaults, no server needed.

It writes a settings file for SQLite, a Maildir inbox and a pickup folder into a working folder,
seeds the inbox with the sample letters shipped in `ppid_mailer/demo/` the first time, runs one
pass and prints the register with the file each receipt was written to. Running it again
processes nothing twice: the same table comes back.
"""

from __future__ import annotations

import json
import mailbox
import secrets
from importlib import resources
from pathlib import Path

from ppid_mailer.adapters.models import Request
from ppid_mailer.adapters.transport import pickup_filename
from ppid_mailer.config import load_settings

from .daemon import run_once
from .listings import _table
from .runtime import build_runtime

SETTINGS = """\
# Written by `ppid-mailer demo`. See settings.example.ini for every key.
[office]
name = Dinas Komunikasi dan Informatika Kota Contoh
address = Jl. Contoh No. 1, Kota Contoh
phone = (022) 000000
website = https://ppid.kota-contoh.go.id
timezone = Asia/Jakarta
complaints_to = sekretariat@kota-contoh.go.id

[inbox]
protocol = maildir
path = Maildir

[outbox]
transport = pickup
path = outbox
from_address = ppid@kota-contoh.go.id
from_name = PPID Kota Contoh

[database]
url = sqlite:///ppid-demo.sqlite3

[officers]
ppid = petugas.ppid@kota-contoh.go.id
atasan = sekretaris@kota-contoh.go.id
secret_key = {secret}
"""


def run_demo(folder: Path) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    settings_file = folder / "settings.ini"
    if not settings_file.exists():
        settings_file.write_text(SETTINGS.format(secret=secrets.token_hex(16)), encoding="utf-8")
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
    rows = []
    for request in Request.select().order_by(Request.year, Request.seq):
        receipt = rt.store.letter_for(request, "receipt")
        where = str(outbox / pickup_filename(receipt.message_id)) if receipt else "-"
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


def _seed(maildir: Path) -> None:
    box = mailbox.Maildir(maildir, create=True)
    samples = resources.files("ppid_mailer.demo")
    for sample in sorted(samples.iterdir(), key=lambda p: p.name):
        if sample.name.endswith(".eml"):
            box.add(sample.read_bytes())
