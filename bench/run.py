"""Throughput, latency and memory of the daemon against the floor, measured in one run.

    .venv/bin/python -m bench.run [--count 600] [--photos 60] [--latency 30] [--skip-postgres]
                                  [--profile bench/profile.txt]   (needs the [bench] extra)

Starts a private Dovecot (the test fixture) and an SMTP sink (aiosmtpd, in its own process),
and prints, each figure against a baseline measured in the same run:
1. the backlog of `run --once` on a realistic mix (70% small Indonesian letters, 20% with a
   ~200 KB photo, 10% with a ~2 MB scan) against the floor: fetch + parse of the same messages
   (imapclient + mail-parser) plus sending the very letters the pipeline sent, alone, to the
   same sink: all the work no daemon can avoid. `floor = fetch+parse + send`, then the last
   line `ratio floor/pipeline = X.XX`, on SQLite and on PostgreSQL; then PostgreSQL's rate
   against SQLite's on the same messages;
2. the photo mix (30% with a photographed KTP, 10% with a two-page scanned letter, OCR in the
   loop) cleared with `[limits] workers = 1` and `= 2`: the time with 2 against the time with 1;
3. latency with IDLE: APPEND -> receipt at the SMTP sink of mails with a KTP photo and a
   scanned letter, p50 / p95 / max;
4. peak RSS of the daemon while processing a message with a 25 MB attachment (and a KTP
   photo), against the message's size, with its document workers' peaks beside it.
Not a test: nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import os
import smtplib
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import SMTP as SMTP_POLICY
from pathlib import Path
from typing import Any

import mailparser
from imapclient import IMAPClient

from bench.sink import ProcessSink
from bench.workload import mix, photo_letter, photo_mix
from ppid_mailer.adapters.clock import SystemClock
from ppid_mailer.adapters.connection import open_database
from ppid_mailer.adapters.mailbox import quiet_imaplib
from ppid_mailer.adapters.migrations import upgrade
from ppid_mailer.config import load_settings
from ppid_mailer.service.daemon import run_forever, run_once
from ppid_mailer.service.runtime import build_runtime
from tests.helpers import write_settings
from tests.servers import Dovecot, create_pg_database, drop_pg_database

SECRET = "0123456789abcdef0123"


def bench_settings(
    work: Path,
    dovecot: Dovecot,
    user: str,
    password: str,
    smtp_port: int,
    db_url: str,
    limits: str = "",
) -> Path:
    """settings.ini for one benchmark mailbox (the test suite's settings writer)."""
    config = write_settings(
        work,
        imap_port=dovecot.port,
        user=user,
        password=password,
        smtp_port=smtp_port,
        db_url=db_url,
        secret=SECRET,
    )
    if limits:
        config.write_text(config.read_text() + "\n[limits]\n" + limits + "\n")
    return config


def append_all(dovecot: Dovecot, user: str, password: str, messages: list[bytes]) -> None:
    client = IMAPClient("127.0.0.1", port=dovecot.port, ssl=False)
    client.login(user, password)
    for i in range(0, len(messages), 50):
        client.multiappend("INBOX", messages[i : i + 50])
    client.logout()


def raw_baseline(dovecot: Dovecot, user: str, password: str) -> tuple[int, float]:
    """Fetch every message (batches capped by bytes) and parse it: the fastest a daemon can go."""
    started = time.perf_counter()
    client = IMAPClient("127.0.0.1", port=dovecot.port, ssl=False)
    quiet_imaplib(client)  # as the daemon does: the baseline must not pay for debug formatting
    client.login(user, password)
    client.select_folder("INBOX", readonly=True)
    sizes = client.fetch(client.search(["ALL"]), ["RFC822.SIZE"])
    batch: list[int] = []
    total = 0
    count = 0

    def flush(uids: list[int]) -> int:
        data = client.fetch(uids, ["BODY.PEEK[]"])
        for uid in uids:
            mailparser.parse_from_bytes(data[uid][b"BODY[]"])
        return len(uids)

    for uid in sorted(sizes):
        size = int(sizes[uid][b"RFC822.SIZE"])
        if batch and total + size > 20 * 1024 * 1024:
            count += flush(batch)
            batch, total = [], 0
        batch.append(uid)
        total += size
    if batch:
        count += flush(batch)
    client.logout()
    return count, time.perf_counter() - started


@dataclass
class Backlog:
    messages: int
    fetch_parse: float
    pipeline: float
    send: float
    letters: int

    @property
    def rate(self) -> float:
        return self.messages / self.pipeline


def backlog(
    dovecot: Dovecot,
    smtp: ProcessSink,
    messages: list[bytes],
    database: str,
    work: Path,
    profile: Path | None = None,
    workers: int = 0,
    label: str = "",
) -> Backlog:
    user, password = dovecot.add_user()
    append_all(dovecot, user, password, messages)
    count, raw_seconds = raw_baseline(dovecot, user, password)
    url = (
        f"sqlite:///{work / f'bench-{user}.sqlite3'}"
        if database == "sqlite"
        else create_pg_database()
    )
    try:
        limits = f"workers = {workers}" if workers else ""
        config = bench_settings(work, dovecot, user, password, smtp.port, url, limits)
        settings = load_settings(config)
        upgrade(open_database(url), SystemClock().now())
        rt = build_runtime(settings)
        before = smtp.count()
        profiler = start_profiler() if profile else None
        started = time.perf_counter()
        result = run_once(rt)
        while result.intake.stored or result.processed.outcomes:
            result = run_once(rt)
        pipeline_seconds = time.perf_counter() - started
        if profiler is not None and profile is not None:
            profiler.stop()
            profile.write_text(profiler.output_text(unicode=False, color=False))
            print(f"  profile (pyinstrument, times inflated by sampling) written to {profile}")
        letters = [
            (row.mail_from, row.recipients.split(","), rt.store.outbound_raw(row.id))
            for row in rt.store.outbound_rows()
        ]
        rt.documents.stop()
        rt.store.db.close()
    finally:
        if database == "postgres":
            drop_pg_database(url)
    sent = smtp.count() - before
    print(
        f"backlog on {database}{label}: {len(messages)} messages, {rt.settings.limits.workers} workers"
    )
    print(
        f"  fetch+parse (imapclient + mail-parser):  {raw_seconds:6.2f} s "
        f"({count / raw_seconds:6.1f} msg/s)"
    )
    print(
        f"  pipeline (run --once, {sent} letters sent):  {pipeline_seconds:6.2f} s "
        f"({len(messages) / pipeline_seconds:6.1f} msg/s)"
    )
    if profile is None and label:
        return Backlog(len(messages), raw_seconds, pipeline_seconds, 0.0, len(letters))
    send_seconds = send_alone(smtp, letters)
    megabytes = sum(len(r) for _, _, r in letters) / 1024 / 1024
    print(
        f"  send (the same {len(letters)} letters, {megabytes:.0f} MB, alone to the sink): "
        f"{send_seconds:6.2f} s"
    )
    floor = raw_seconds + send_seconds
    print(f"  floor = fetch+parse + send = {raw_seconds:.2f} + {send_seconds:.2f} = {floor:.2f} s")
    print(f"ratio floor/pipeline = {floor / pipeline_seconds:.2f}")
    return Backlog(len(messages), raw_seconds, pipeline_seconds, send_seconds, len(letters))


def start_profiler() -> Any:
    try:
        from pyinstrument import Profiler
    except ImportError:
        sys.exit("--profile needs pyinstrument: .venv/bin/pip install -e '.[bench]'")
    profiler = Profiler(interval=0.0005)
    profiler.start()
    return profiler


def send_alone(smtp: ProcessSink, letters: list[tuple[str, list[str], bytes]]) -> float:
    """Only the SMTP part of the pipeline: what the sink needs to take the letters in."""
    started = time.perf_counter()
    client = smtplib.SMTP("127.0.0.1", smtp.port)
    for mail_from, recipients, raw in letters:
        client.sendmail(mail_from, recipients, raw)
    client.quit()
    return time.perf_counter() - started


def latency(dovecot: Dovecot, smtp: ProcessSink, count: int, work: Path) -> None:
    """APPEND -> receipt at the sink, with IDLE, for mails with a KTP photo and a scanned
    two-page letter (OCR of three images in each)."""
    user, password = dovecot.add_user()
    config = bench_settings(
        work, dovecot, user, password, smtp.port, f"sqlite:///{work / 'latency.sqlite3'}"
    )
    config.write_text(
        config.read_text()
        .replace("idle = no", "idle = yes")
        .replace("poll_seconds = 1", "poll_seconds = 600")
    )
    rt = build_runtime(load_settings(config))
    stop = threading.Event()
    daemon = threading.Thread(target=run_forever, args=(rt, stop), daemon=True)
    daemon.start()
    time.sleep(2)
    client = IMAPClient("127.0.0.1", port=dovecot.port, ssl=False)
    client.login(user, password)
    seconds = []
    for i in range(count):
        raw = photo_letter(100_000 + i, ktp_photo=True, scan=True, seed=7)
        address = f"warga{100_000 + i}@warga.test"
        started = time.perf_counter()
        client.append("INBOX", raw)
        deadline = started + 30
        while not smtp.delivered_to(address) and time.perf_counter() < deadline:
            time.sleep(0.005)
        seconds.append(time.perf_counter() - started)
        time.sleep(0.2)  # the officers' notification leaves after the receipt
    client.logout()
    stop.set()
    daemon.join(timeout=30)
    rt.documents.stop()
    seconds.sort()
    p95 = seconds[max(0, int(round(0.95 * len(seconds))) - 1)]
    print(
        f"latency with IDLE over {count} mails with a KTP photo and a two-page scan: "
        f"p50 {statistics.median(seconds):.2f} s, p95 {p95:.2f} s, max {seconds[-1]:.2f} s"
    )


def big_message() -> bytes:
    """A request with a KTP photo (so that a document worker runs) and a 25 MB scan."""
    import random

    msg = message_from_bytes(
        photo_letter(999_999, True, False, seed=3), _class=EmailMessage, policy=SMTP_POLICY
    )
    assert isinstance(msg, EmailMessage)
    blob = random.Random(3).randbytes(25 * 1024 * 1024)
    msg.add_attachment(blob, maintype="application", subtype="pdf", filename="scan.pdf")
    return msg.as_bytes(policy=SMTP_POLICY)


def memory(dovecot: Dovecot, smtp: ProcessSink, work: Path, database: str = "sqlite") -> None:
    user, password = dovecot.add_user()
    big = big_message()
    append_all(dovecot, user, password, [big])
    url = f"sqlite:///{work / 'memory.sqlite3'}" if database == "sqlite" else create_pg_database()
    try:
        config = bench_settings(
            work, dovecot, user, password, smtp.port, url, "max_message_mb = 40"
        )
        command = [sys.executable, "-m", "ppid_mailer", "--config", str(config)]
        subprocess.run([*command, "db", "upgrade"], check=True, capture_output=True)
        peak_mb, workers_mb = peak_rss_mb([*command, "run", "--once"])
    finally:
        if database == "postgres":
            drop_pg_database(url)
    size_mb = len(big) / 1024 / 1024
    each = ", ".join(f"{w:.0f}" for w in workers_mb) or "none ran"
    print(
        f"memory on {database}: peak RSS {peak_mb:.0f} MB processing a {size_mb:.1f} MB message "
        f"(target under 3 x size + 100 MB = {3 * size_mb + 100:.0f} MB); "
        f"document workers' peaks: {each} MB"
    )


def _vmhwm_kb(pid: int) -> int:
    status = Path(f"/proc/{pid}/status").read_text()
    return int(status.split("VmHWM:")[1].split()[0])


def _children(pid: int) -> list[int]:
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def peak_rss_mb(command: list[str]) -> tuple[float, list[float]]:
    """The daemon's peak RSS and each document worker's (children running Python)."""
    # ru_maxrss of a child inherits the parent's high-water mark at exec on Linux, and this
    # process holds the test data: read the child's own VmHWM from /proc while it runs instead.
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak_kb = 0
    workers: dict[int, int] = {}
    while child.poll() is None:
        try:
            peak_kb = max(peak_kb, _vmhwm_kb(child.pid))
            for pid in _children(child.pid):
                if "doc_worker" in Path(f"/proc/{pid}/cmdline").read_text():
                    workers[pid] = max(workers.get(pid, 0), _vmhwm_kb(pid))
        except (OSError, IndexError, ValueError):
            pass
        time.sleep(0.02)
    assert child.returncode == 0, "run --once failed"
    return peak_kb / 1024, [kb / 1024 for kb in workers.values()]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=600)
    parser.add_argument("--photos", type=int, default=60)
    parser.add_argument("--latency", type=int, default=30)
    parser.add_argument("--skip-postgres", action="store_true")
    parser.add_argument(
        "--profile",
        type=Path,
        help="write a pyinstrument profile of the SQLite backlog to this file",
    )
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="ppid-bench-"))
    dovecot, smtp = Dovecot.start(), ProcessSink(work)
    print(f"{os.cpu_count()} cores; load average {os.getloadavg()[0]:.2f} at start")
    try:
        memory(dovecot, smtp, work)
        if not args.skip_postgres:
            memory(dovecot, smtp, work, "postgres")
        messages = mix(args.count)
        lite = backlog(dovecot, smtp, messages, "sqlite", work, args.profile)
        if not args.skip_postgres:
            pg = backlog(dovecot, smtp, messages, "postgres", work)
            print(
                f"postgresql/sqlite rate = {pg.rate:.1f} / {lite.rate:.1f} msg/s "
                f"= {pg.rate / lite.rate:.2f}"
            )
        photos = photo_mix(args.photos)
        one = backlog(dovecot, smtp, photos, "sqlite", work, workers=1, label=" (photo mix)")
        two = backlog(dovecot, smtp, photos, "sqlite", work, workers=2, label=" (photo mix)")
        print(
            f"photo backlog, 2 workers / 1 worker = {two.pipeline:.1f} / {one.pipeline:.1f} s "
            f"= {two.pipeline / one.pipeline:.2f}"
        )
        latency(dovecot, smtp, args.latency, work)
        print(f"load average {os.getloadavg()[0]:.2f} at the end")
    finally:
        smtp.stop()
        dovecot.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
