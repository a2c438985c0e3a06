"""Legal clocks: a fixed clock walks a request through its life; every reminder, escalation,
lapse and digest is sent exactly once, also after a week of downtime. And IDLE."""

from __future__ import annotations

import dataclasses
import time
import urllib.request
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from ppid_mailer.adapters.calendar import build_calendar
from ppid_mailer.adapters.clock import FixedClock
from ppid_mailer.adapters.models import Request
from ppid_mailer.core.domain import Status
from ppid_mailer.service.daemon import run_once
from tests import mails
from tests.helpers import Daemon, append
from tests.servers import Dovecot, SmtpSink, free_port

pytestmark = pytest.mark.integration
OFFICER = "petugas@kota-uji.go.id"
ATASAN = "sekretaris@kota-uji.go.id"
CITIZEN = "rina.wulandari@warga.test"


def subjects(smtp: SmtpSink, address: str) -> list[str]:
    return [m.message["Subject"] for m in smtp.to(address)]


def at(year: int, month: int, day: int, hour_wib: int = 9) -> datetime:
    """A moment given in Jakarta time (UTC+7), as the office sees it."""
    return datetime(year, month, day, hour_wib, tzinfo=ZoneInfo("Asia/Jakarta")).astimezone(UTC)


def test_a_request_through_reminder_escalation_and_overdue_notice(desk, smtp: SmtpSink) -> None:
    clock = FixedClock(at(2026, 11, 30, 6))  # Monday 06:00 WIB, before the digest time
    rt = desk(clock, officers={"atasan": (ATASAN,)}, deadlines={"digest_time": "07:30"})
    desk.deliver(mails.citizen("clock-1"))
    run_once(rt)
    number = Request.get().number
    assert Request.get().due_date == date(2026, 12, 14)
    assert subjects(smtp, OFFICER) == [f"[PPID] Permohonan baru {number}"]

    # Each day of the life, several passes a day: the digest once a day after 07:30.
    for day in (1, 2, 3, 4):
        for hour in (8, 12, 16):
            clock.moment = at(2026, 12, day, hour)
            run_once(rt)
    digests = [s for s in subjects(smtp, OFFICER) if "Ringkasan harian" in s]
    assert len(digests) == 4 and len(set(digests)) == 4
    assert not any("Pengingat" in s for s in subjects(smtp, OFFICER))

    clock.moment = at(2026, 12, 10, 9)  # Thursday: 2 working days before Monday 14th
    run_once(rt)
    run_once(rt)
    reminders = [s for s in subjects(smtp, OFFICER) if "Pengingat" in s]
    assert reminders == [f"[PPID] Pengingat batas waktu ({number})"]

    # A week of downtime, then one pass: one escalation, one notice to the citizen, one digest.
    clock.moment = at(2026, 12, 21, 10)
    run_once(rt)
    run_once(rt)
    escalations = [s for s in subjects(smtp, ATASAN) if "melewati batas waktu" in s]
    assert escalations == ["[PPID] 1 permohonan melewati batas waktu"]
    overdue = [m for m in smtp.to(CITIZEN) if "telah lewat" in m.message["Subject"]]
    assert len(overdue) == 1 and "KEBERATAN" in overdue[0].text
    # Digests: 1-4 Dec, 10 Dec, and today's after the downtime (none for the days missed).
    assert len([s for s in subjects(smtp, OFFICER) if "Ringkasan harian" in s]) == 6
    digest = [m for m in smtp.to(OFFICER) if "Ringkasan harian" in m.message["Subject"]][-1]
    assert number in digest.text and "Terlambat" in digest.text
    assert not list(digest.message.iter_attachments())  # never an ID copy in a digest


def test_incomplete_requests_lapse_once(desk, smtp: SmtpSink) -> None:
    clock = FixedClock(at(2026, 11, 30))
    rt = desk(clock)
    desk.deliver(mails.citizen("lapse-1"))
    run_once(rt)
    Request.update(status=Status.INCOMPLETE).execute()  # as the requirement check will do
    clock.moment = at(2026, 12, 11)
    run_once(rt)
    assert Request.get().status == "incomplete"
    clock.moment = at(2026, 12, 15)
    run_once(rt)
    run_once(rt)
    assert Request.get().status == "lapsed"
    assert len([s for s in subjects(smtp, CITIZEN) if "belum lengkap" in s]) == 1


def test_a_holiday_added_after_registration_moves_the_deadline(desk, smtp: SmtpSink) -> None:
    clock = FixedClock(at(2026, 11, 30))
    rt = desk(clock)
    desk.deliver(mails.citizen("holiday-1"))
    run_once(rt)
    assert Request.get().due_date == date(2026, 12, 14)

    # The government adds a cuti bersama day; the office puts it in settings.
    deadlines = dataclasses.replace(rt.settings.deadlines, extra_holidays=(date(2026, 12, 7),))
    rt.settings = dataclasses.replace(rt.settings, deadlines=deadlines)
    rt.calendar = build_calendar(deadlines, range(2025, 2029))
    run_once(rt)
    run_once(rt)
    request = Request.get()
    assert request.due_date == date(2026, 12, 15)
    assert "deadline_recomputed" in [e.action for e in request.events]
    changed = [m for m in smtp.to(CITIZEN) if "Perubahan batas waktu" in m.message["Subject"]]
    assert len(changed) == 1 and "15 Desember 2026" in changed[0].text


def test_idle_delivers_a_receipt_within_seconds(
    configure: Callable[..., Path],
    tmp_path: Path,
    dovecot: Dovecot,
    imap_user: tuple[str, str],
    smtp: SmtpSink,
    sqlite_url: str,
    secret: str,
) -> None:
    user, password = imap_user
    config = configure()
    config.write_text(
        config.read_text()
        .replace("idle = no", "idle = yes")
        .replace("poll_seconds = 1", "poll_seconds = 600")
    )
    with Daemon(config, tmp_path / "daemon.log") as daemon:
        time.sleep(2)  # the daemon is up and idling; polling would wait 600 s
        started = time.monotonic()
        append(dovecot, user, password, mails.citizen("idle-1"))
        receipts = smtp.wait_to(CITIZEN, 1, timeout=15)
        elapsed = time.monotonic() - started
        assert len(receipts) == 1, daemon.log()
        assert elapsed < 15
        assert daemon.terminate() == 0
    assert "IDLE" in daemon.log()


def test_prometheus_metrics_count_the_work(
    configure: Callable[..., Path],
    tmp_path: Path,
    dovecot: Dovecot,
    imap_user: tuple[str, str],
    smtp: SmtpSink,
) -> None:
    user, password = imap_user
    port = free_port()
    config = configure()
    config.write_text(config.read_text() + f"\n[metrics]\nport = {port}\n")
    with Daemon(config, tmp_path / "daemon.log") as daemon:
        append(dovecot, user, password, mails.citizen("metrics-1"))
        smtp.wait_to(CITIZEN, 1)
        deadline = time.monotonic() + 15
        text = ""
        while time.monotonic() < deadline and "ppid_letters_sent_total 2.0" not in text:
            try:
                text = (
                    urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5)
                    .read()
                    .decode()
                )
            except OSError:
                pass
            time.sleep(0.2)
        assert daemon.terminate() == 0
    assert "ppid_messages_stored_total 1.0" in text and "ppid_letters_sent_total 2.0" in text
    assert "ppid_last_fetch_timestamp_seconds" in text
