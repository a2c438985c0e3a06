"""Soak: push N messages (a fifth of them junk) through a real Dovecot and SMTP server and count.

    .venv/bin/python -m bench.soak [--count 10000] [--database sqlite|postgres]

Prints how many requests, receipts, lost and duplicated; exits non-zero if anything was lost
or duplicated or a robot was answered. Not a test: it takes minutes.
"""

from __future__ import annotations

import argparse
import collections
import sys
import tempfile
import time
from pathlib import Path

from imapclient import IMAPClient

from bench.run import bench_settings
from bench.workload import junk, letter
from ppid_mailer.adapters.models import InboundMessage, Request
from ppid_mailer.config import load_settings
from ppid_mailer.service.daemon import run_once
from ppid_mailer.service.runtime import build_runtime
from tests.servers import Dovecot, SmtpSink, create_pg_database, drop_pg_database


def append_all(dovecot: Dovecot, user: str, password: str, messages: list[bytes]) -> float:
    client = IMAPClient("127.0.0.1", port=dovecot.port, ssl=False)
    client.login(user, password)
    started = time.perf_counter()
    for i in range(0, len(messages), 50):
        client.multiappend("INBOX", messages[i : i + 50])
    client.logout()
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--database", choices=("sqlite", "postgres"), default="sqlite")
    args = parser.parse_args()
    good_count = args.count - args.count // 5
    messages = [letter(i) for i in range(good_count)] + [
        junk(i) for i in range(args.count - good_count)
    ]
    # Interleave junk with letters, as a real inbox would.
    messages.sort(key=lambda raw: hash(raw[-40:]))
    dovecot, smtp = Dovecot.start(), SmtpSink()
    work = Path(tempfile.mkdtemp(prefix="ppid-soak-"))
    db_url = (
        f"sqlite:///{work / 'soak.sqlite3'}" if args.database == "sqlite" else create_pg_database()
    )
    try:
        user, password = dovecot.add_user()
        config = bench_settings(work, dovecot, user, password, smtp.port, db_url)
        print(f"appending {args.count} messages ({args.count - good_count} junk)...", flush=True)
        print(f"  appended in {append_all(dovecot, user, password, messages):.1f} s", flush=True)
        settings = load_settings(config)
        if args.database == "postgres":
            from ppid_mailer.adapters.clock import SystemClock
            from ppid_mailer.adapters.connection import open_database
            from ppid_mailer.adapters.migrations import upgrade

            upgrade(open_database(db_url), SystemClock().now())
        rt = build_runtime(settings)
        started = time.perf_counter()
        while True:
            result = run_once(rt)
            if (
                not result.intake.stored
                and not result.processed.outcomes
                and not result.flushed.sent
            ):
                break
        elapsed = time.perf_counter() - started
        smtp.wait_for(2 * good_count, timeout=10)  # receipts and notifications
        receipts = collections.Counter(
            m.rcpt_tos[0] for m in smtp.messages if "kota-uji.go.id" not in m.rcpt_tos[0]
        )
        states = collections.Counter(r.state for r in InboundMessage.select(InboundMessage.state))
        requests = Request.select().count()
        robots_answered = sum(n for addr, n in receipts.items() if not addr.startswith("warga"))
        lost = good_count - len([a for a in receipts if a.startswith("warga")])
        duplicated = sum(n - 1 for n in receipts.values() if n > 1) + max(0, requests - good_count)
        print(
            f"database {args.database}: {args.count} messages in {elapsed:.1f} s "
            f"({args.count / elapsed:.1f} msg/s)"
        )
        print(f"inbound states: {dict(states)}")
        print(
            f"requests {requests}, receipts {sum(receipts.values())}, robots answered {robots_answered}"
        )
        print(f"lost {lost}, duplicated {duplicated}")
        return 0 if lost == duplicated == robots_answered == 0 and requests == good_count else 1
    finally:
        smtp.stop()
        dovecot.cleanup()
        if args.database == "postgres":
            drop_pg_database(db_url)


if __name__ == "__main__":
    sys.exit(main())
