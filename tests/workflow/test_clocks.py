"""Legal clocks: a fixed clock walks a request through its life; every reminder, escalation,
lapse and digest is sent exactly once, also after a week of downtime. And the daemon's metrics."""

from __future__ import annotations

import time
import urllib.request
from datetime import date

from ppid_mailer.adapters.models import Request
from ppid_mailer.core.domain import Status
from tests.desk import ATASAN, CITIZEN, OFFICER, Desk, at
from tests.helpers import Daemon
from tests.servers import free_port


def test_a_request_through_reminder_escalation_and_overdue_notice(desk: Desk) -> None:
    desk.clock.moment = at(2026, 11, 30, 6)  # Monday 06:00 WIB, before the digest time
    desk.configure(officers={"atasan": ATASAN}, deadlines={"digest_time": "07:30"})
    desk.citizen_writes("clock-1")
    desk.run()
    number = desk.request().number
    assert desk.request().due_date == date(2026, 12, 14)
    assert desk.subjects(to=OFFICER) == [f"[PPID] Permohonan baru {number}"]

    # Each day of the life, several passes a day: the digest once a day after 07:30.
    for day in (1, 2, 3, 4):
        for hour in (8, 12, 16):
            desk.clock.moment = at(2026, 12, day, hour)
            desk.run()
    digests = [s for s in desk.subjects(to=OFFICER) if "Ringkasan harian" in s]
    assert len(digests) == 4 and len(set(digests)) == 4
    assert not any("Pengingat" in s for s in desk.subjects(to=OFFICER))

    desk.clock.moment = at(2026, 12, 10, 9)  # Thursday: 2 working days before Monday 14th
    desk.run()
    desk.run()
    reminders = [s for s in desk.subjects(to=OFFICER) if "Pengingat" in s]
    assert reminders == [f"[PPID] Pengingat batas waktu ({number})"]

    # A week of downtime, then one pass: one escalation, one notice to the citizen, one digest.
    desk.clock.moment = at(2026, 12, 21, 10)
    desk.run()
    desk.run()
    escalations = [s for s in desk.subjects(to=ATASAN) if "melewati batas waktu" in s]
    assert escalations == ["[PPID] 1 permohonan melewati batas waktu"]
    overdue = [m for m in desk.letters(to=CITIZEN) if "telah lewat" in m.subject]
    assert len(overdue) == 1 and "KEBERATAN" in overdue[0].text
    # Digests: 1-4 Dec, 10 Dec, and today's after the downtime (none for the days missed).
    assert len([s for s in desk.subjects(to=OFFICER) if "Ringkasan harian" in s]) == 6
    digest = [m for m in desk.letters(to=OFFICER) if "Ringkasan harian" in m.subject][-1]
    assert number in digest.text and "Terlambat" in digest.text
    assert not digest.attachments  # never an ID copy in a digest


def test_incomplete_requests_lapse_once(desk: Desk) -> None:
    desk.clock.moment = at(2026, 11, 30)
    desk.citizen_writes("lapse-1")
    desk.run()
    Request.update(status=Status.INCOMPLETE).execute()  # as the requirement check will do
    desk.clock.moment = at(2026, 12, 11)
    desk.run()
    assert desk.request().status == "incomplete"
    desk.clock.moment = at(2026, 12, 15)
    desk.run()
    desk.run()
    assert desk.request().status == "lapsed"
    assert len([s for s in desk.subjects(to=CITIZEN) if "belum lengkap" in s]) == 1


def test_a_holiday_added_after_registration_moves_the_deadline(desk: Desk) -> None:
    desk.clock.moment = at(2026, 11, 30)
    desk.citizen_writes("holiday-1")
    desk.run()
    assert desk.request().due_date == date(2026, 12, 14)

    # The government adds a cuti bersama day; the office puts it in settings (and the daemon
    # starts again on them).
    desk.configure(deadlines={"extra_holidays": "2026-12-07"})
    desk.run()
    desk.run()
    request = desk.request()
    assert request.due_date == date(2026, 12, 15)
    assert "deadline_recomputed" in [e.action for e in desk.store.events(request)]
    changed = [m for m in desk.letters(to=CITIZEN) if "Perubahan batas waktu" in m.subject]
    assert len(changed) == 1 and "15 Desember 2026" in changed[0].text


def test_prometheus_metrics_count_the_work(desk: Desk) -> None:
    """`ppid-mailer run` as a process (on the system clock) polling the desk's Maildir."""
    port = free_port()
    desk.configure(metrics={"port": port})
    with Daemon(desk.config, desk.root / "daemon.log") as daemon:
        desk.citizen_writes("metrics-1")
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
    assert len(desk.letters(to=CITIZEN)) == 1, daemon.log()
    assert "ppid_messages_stored_total 1.0" in text and "ppid_letters_sent_total 2.0" in text
    assert "ppid_last_fetch_timestamp_seconds" in text
