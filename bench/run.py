"""Throughput, latency and memory of the daemon against the raw limit, measured in one run.

    .venv/bin/python -m bench.run [--count 600] [--latency 200] [--skip-postgres]
                                  [--profile bench/profile.txt]   (needs the [bench] extra)

Starts a private Dovecot (the test fixture) and an SMTP sink (aiosmtpd, in its own process),
loads a realistic mix (70% small Indonesian letters, 20% with a ~200 KB photo, 10% with a ~2 MB
scan) and prints:
1. backlog throughput of `run --once` (fetch, store, parse, check, record, render, send) against
   the raw baseline (imapclient fetch + mail-parser parse of the same messages), and the floor
   the sink alone sets (the same letters sent again, nothing else); last line of that part:
   `ratio pipeline/raw = X.XX`, on SQLite and on PostgreSQL;
2. latency with IDLE: APPEND -> receipt at the SMTP sink, p50 / p95 / max;
3. peak RSS while processing a message with a 25 MB attachment, against the message's size.
Not a test: nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import smtplib
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import mailparser
from imapclient import IMAPClient

from bench.sink import ProcessSink
from bench.workload import letter, mix
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
    work: Path, dovecot: Dovecot, user: str, password: str, smtp_port: int, db_url: str
) -> Path:
    """settings.ini for one benchmark mailbox (the test suite's settings writer)."""
    return write_settings(
        work,
        imap_port=dovecot.port,
        user=user,
        password=password,
        smtp_port=smtp_port,
        db_url=db_url,
        secret=SECRET,
    )


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


def backlog(
    dovecot: Dovecot,
    smtp: ProcessSink,
    messages: list[bytes],
    database: str,
    work: Path,
    profile: Path | None = None,
) -> None:
    user, password = dovecot.add_user()
    append_all(dovecot, user, password, messages)
    count, raw_seconds = raw_baseline(dovecot, user, password)
    url = (
        f"sqlite:///{work / f'bench-{user}.sqlite3'}"
        if database == "sqlite"
        else create_pg_database()
    )
    try:
        config = bench_settings(work, dovecot, user, password, smtp.port, url)
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
        rt.store.db.close()
    finally:
        if database == "postgres":
            drop_pg_database(url)
    raw_rate, pipe_rate = count / raw_seconds, len(messages) / pipeline_seconds
    print(f"backlog on {database}: {len(messages)} messages")
    print(f"  raw (imapclient fetch + mail-parser):  {raw_rate:8.1f} msg/s  ({raw_seconds:.1f} s)")
    print(
        f"  pipeline (run --once, {smtp.count() - before} letters sent): "
        f"{pipe_rate:8.1f} msg/s  ({pipeline_seconds:.1f} s)"
    )
    send_seconds = send_alone(smtp, letters)
    print(
        f"  floor: the same {len(letters)} letters ({sum(len(r) for _, _, r in letters) >> 20} MB)"
        f" sent alone to the sink take {send_seconds:.1f} s: even if everything else were free,"
        f" ratio <= {len(messages) / send_seconds / raw_rate:.2f}"
    )
    print(f"ratio pipeline/raw = {pipe_rate / raw_rate:.2f}")


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
        raw = letter(100_000 + i, 0, seed=7)
        address = f"warga{100_000 + i}@warga.test"
        started = time.perf_counter()
        client.append("INBOX", raw)
        deadline = started + 30
        while not smtp.delivered_to(address) and time.perf_counter() < deadline:
            time.sleep(0.005)
        seconds.append(time.perf_counter() - started)
    client.logout()
    stop.set()
    daemon.join(timeout=30)
    seconds.sort()
    p95 = seconds[max(0, int(round(0.95 * len(seconds))) - 1)]
    print(
        f"latency with IDLE over {count} messages: p50 {statistics.median(seconds):.2f} s, "
        f"p95 {p95:.2f} s, max {seconds[-1]:.2f} s"
    )


def memory(dovecot: Dovecot, smtp: ProcessSink, work: Path, database: str = "sqlite") -> None:
    user, password = dovecot.add_user()
    big = letter(999_999, 25 * 1024, seed=3)
    append_all(dovecot, user, password, [big])
    url = f"sqlite:///{work / 'memory.sqlite3'}" if database == "sqlite" else create_pg_database()
    try:
        config = bench_settings(work, dovecot, user, password, smtp.port, url)
        config.write_text(config.read_text() + "\n[limits]\nmax_message_mb = 40\n")
        command = [sys.executable, "-m", "ppid_mailer", "--config", str(config)]
        subprocess.run([*command, "db", "upgrade"], check=True, capture_output=True)
        peak_mb = peak_rss_mb([*command, "run", "--once"])
    finally:
        if database == "postgres":
            drop_pg_database(url)
    size_mb = len(big) / 1024 / 1024
    print(
        f"memory on {database}: peak RSS {peak_mb:.0f} MB processing a {size_mb:.1f} MB message "
        f"(target under 3 x size + 100 MB = {3 * size_mb + 100:.0f} MB)"
    )


def peak_rss_mb(command: list[str]) -> float:
    # ru_maxrss of a child inherits the parent's high-water mark at exec on Linux, and this
    # process holds the test data: read the child's own VmHWM from /proc while it runs instead.
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak_kb = 0
    while child.poll() is None:
        try:
            status = Path(f"/proc/{child.pid}/status").read_text()
            peak_kb = max(peak_kb, int(status.split("VmHWM:")[1].split()[0]))
        except (OSError, IndexError, ValueError):
            pass
        time.sleep(0.02)
    assert child.returncode == 0, "run --once failed"
    return peak_kb / 1024


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=600)
    parser.add_argument("--latency", type=int, default=200)
    parser.add_argument("--skip-postgres", action="store_true")
    parser.add_argument(
        "--profile",
        type=Path,
        help="write a pyinstrument profile of the SQLite backlog to this file",
    )
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="ppid-bench-"))
    dovecot, smtp = Dovecot.start(), ProcessSink(work)
    try:
        memory(dovecot, smtp, work)
        if not args.skip_postgres:
            memory(dovecot, smtp, work, "postgres")
        messages = mix(args.count)
        backlog(dovecot, smtp, messages, "sqlite", work, args.profile)
        if not args.skip_postgres:
            backlog(dovecot, smtp, mix(args.count, seed=1), "postgres", work)
        latency(dovecot, smtp, args.latency, work)
    finally:
        smtp.stop()
        dovecot.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
