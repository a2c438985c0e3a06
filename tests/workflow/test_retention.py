"""Retention: `purge` removes exactly the personal data past retention and nothing else."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from ppid_mailer.adapters.models import AttachmentRow, Event, InboundMessage, Request, utcnow_naive
from ppid_mailer.service import repair, retention
from ppid_mailer.service.audit import record
from ppid_mailer.service.retention import purge
from tests import mails
from tests.desk import CITIZEN, OFFICER, UNIT, Desk, at


def test_purge_removes_only_what_is_past_retention(desk: Desk) -> None:
    start = datetime(2025, 1, 6, 2, tzinfo=UTC)
    clock = desk.clock
    clock.moment = start
    rt = desk.rt
    for tag in ("lama", "baru", "terbuka"):
        desk.citizen_writes(f"retensi-{tag}", sender=f"{tag}@warga.test")
    desk.run()
    old, recent, still_open = (
        Request.get(Request.requester_email == f"{t}@warga.test")
        for t in ("lama", "baru", "terbuka")
    )
    Request.update(status="granted", updated_at=utcnow_naive(start)).where(
        Request.id == old.id
    ).execute()
    Request.update(status="rejected", updated_at=utcnow_naive(start + timedelta(days=300))).where(
        Request.id == recent.id
    ).execute()
    Request.update(updated_at=utcnow_naive(start)).where(Request.id == still_open.id).execute()
    AttachmentRow.create(
        request=old,
        filename="keputusan.pdf",
        content_type="application/pdf",
        size=3,
        sha256="x",
        data=b"pdf",
        role="decision",
        created_at=utcnow_naive(start),
    )

    clock.moment = start + timedelta(days=370)
    with rt.store.atomic():
        preview = purge(rt, clock.now(), dry_run=True)
    assert preview.requests == [old.number]
    assert AttachmentRow.select().where(AttachmentRow.data.is_null()).count() == 0  # dry run

    with rt.store.atomic():
        done = purge(rt, clock.now())
    assert done.requests == [old.number] and done.files == 1 and done.raw_messages == 1
    assert done.letters == 2  # the receipt and the officers' notification (with the ID copy)

    def files(request: Request) -> dict[str, bool]:
        return {
            a.filename: a.data is not None
            for a in AttachmentRow.select().where(AttachmentRow.request == request)
        }

    assert files(old) == {"ktp.png": False, "keputusan.pdf": True}  # the decision stays
    assert all(files(recent).values()) and all(files(still_open).values())
    raw = {r.request_id: r.size for r in InboundMessage.select()}
    assert raw[old.id] == 0 and raw[recent.id] > 0 and raw[still_open.id] > 0
    assert not any(letter_copies(desk, old).values())
    assert all(letter_copies(desk, recent).values()) and all(
        letter_copies(desk, still_open).values()
    )
    assert Request.select().count() == 3  # the register keeps every row
    assert Event.select().where(Event.request == old, Event.action == "registered").exists()
    assert Event.select().where(Event.request == old, Event.action == "purged").exists()

    with rt.store.atomic():
        assert purge(rt, clock.now()).requests == []  # nothing twice


def letter_copies(desk: Desk, request: Request) -> dict[str, bool]:
    """Each stored letter of a request (by purpose and id): whether it still has its bytes."""
    return {
        f"{row.purpose}#{row.id}": bool(desk.store.outbound_raw(row.id))
        for row in desk.store.outbound_rows()
        if row.request_id == request.id
    }


def test_every_copy_goes_as_soon_as_a_request_closes_with_zero_days(desk: Desk) -> None:
    """id_copy_days = 0: the files, the mail and every letter that carried them (the officers'
    notification, the unit's forward and answer, the decision letter) once it is sent."""
    desk.configure(units={"perindustrian": UNIT}, retention={"id_copy_days": 0})
    desk.citizen_writes("nol-hari")
    desk.run()
    [notification] = desk.letters(to=OFFICER)
    assert "ktp.png" in notification.attachments
    desk.officer_replies(notification, "TERUSKAN perindustrian")
    desk.run()
    [to_unit] = desk.letters(to=UNIT)
    desk.unit_replies(to_unit, "Terlampir.", attachments=[("ikm.xlsx", b"PK\x03\x04 data")])
    desk.run()
    request = desk.request()
    assert all(letter_copies(desk, request).values())  # open: everything stays
    assert not Event.select().where(Event.action == "purged").exists()

    desk.officer_replies(notification, "KABULKAN data terlampir")
    desk.run()  # processed (the decision letter sent alongside), then the jobs purge
    request = desk.request()
    assert request.status == "granted"
    assert any("dikabulkan" in s for s in desk.subjects(to=CITIZEN))
    copies = letter_copies(desk, request)
    assert {"notification", "forward", "unit_answer", "receipt", "decision_granted"} <= {
        name.split("#")[0] for name in copies
    }
    assert not any(copies.values())
    files = {(a.filename, a.role, a.data is not None) for a in AttachmentRow.select()}
    assert files == {
        ("ktp.png", "", False),
        ("ikm.xlsx", "unit:perindustrian", False),
        ("ikm.xlsx", "decision", True),  # what the citizen was given stays
    }
    assert all(
        r.size == 0 for r in InboundMessage.select().where(InboundMessage.request == request)
    )

    # a letter still waiting to go keeps its copy until it is sent (or given up on)
    with desk.store.atomic():
        desk.store.queue_outbound(
            request=request,
            cause_id=None,
            dedupe_key="late-letter",
            purpose="status",
            message_id="<late@kota-uji.go.id>",
            mail_from="ppid@kota-uji.go.id",
            recipients=[CITIZEN],
            raw=b"Subject: x\r\n\r\nx\r\n",
            now=desk.clock.now(),
        )
        assert purge(desk.rt, desk.clock.now()).letters == 0
    desk.run()  # sent, then purged by the next pass's jobs at the latest
    desk.run()
    assert not any(letter_copies(desk, request).values())


def test_mail_tied_to_no_request_goes_after_the_period(desk: Desk) -> None:
    """Spam, robots, a duplicate copy of a letter (with its ID copy): by when it was fetched."""
    desk.configure(retention={"id_copy_days": 30})
    start = desk.clock.moment
    desk.citizen_writes("spam-lama", extra={"X-Spam-Flag": "YES"})
    desk.deliver(mails.AUTO_REPLIES["gmail-vacation-id"].encode())
    letter = desk.citizen_writes("dua-kali")
    desk.deliver(letter)  # the same message again: a duplicate
    desk.run()
    desk.clock.moment = start + timedelta(days=20)
    desk.citizen_writes("spam-baru", extra={"X-Spam-Flag": "YES"}, sender="baru@warga.test")
    desk.run()
    assert [r.state for r in InboundMessage.select().order_by(InboundMessage.id)] == [
        "held",
        "done",
        "done",
        "duplicate",
        "held",
    ]

    desk.clock.moment = start + timedelta(days=31)
    desk.run()
    kept = [
        (r.subject.removeprefix("Permohonan informasi "), r.request_id is not None, r.size > 0)
        for r in InboundMessage.select().order_by(InboundMessage.id)
    ]
    assert kept == [
        ("spam-lama", False, False),
        ("Sedang cuti", False, False),
        ("dua-kali", True, True),  # its request is open: kept, ...
        ("dua-kali", False, False),  # ... but not its duplicate
        ("spam-baru", False, True),  # fetched 11 days ago
    ]
    event = Event.get(Event.action == "purged", Event.request.is_null())
    assert event.detail.startswith("3 raw messages tied to no request")

    held = InboundMessage.get(InboundMessage.subject.contains("spam-lama"))
    assert repair.replay_inbound(desk.store, held.id).startswith("nothing to replay")
    with desk.store.atomic():
        assert purge(desk.rt, desk.clock.now()).unattached == 0  # nothing twice


def test_the_daemon_rewrites_the_tables_at_most_once_a_day(desk: Desk) -> None:
    """The rule for PostgreSQL's VACUUM FULL, read from the audit trail."""
    rt = desk.rt
    clock = desk.clock
    assert not retention.rewrite_pending() and not retention.rewrite_due(rt, clock.now())
    with rt.store.atomic():
        record(rt, None, retention.PURGED, "x")
    assert retention.rewrite_due(rt, clock.now())  # never rewritten: at once
    with rt.store.atomic():
        record(rt, None, retention.REWRITTEN, "y")
    assert not retention.rewrite_pending()
    clock.moment += timedelta(hours=1)
    with rt.store.atomic():
        record(rt, None, retention.PURGED, "x")
    assert retention.rewrite_pending() and not retention.rewrite_due(rt, clock.now())
    clock.moment = at(2026, 12, 1, 0) + timedelta(minutes=5)  # just after midnight WIB
    assert retention.rewrite_due(rt, clock.now())


def test_purge_command_takes_days_and_rewrites(desk: Desk) -> None:
    """`purge --days N` overrides the setting for one run (the real command, real clock)."""
    desk.clock.moment = datetime.now(UTC) - timedelta(days=10)
    desk.citizen_writes("perintah")
    desk.run()
    [notification] = desk.letters(to=OFFICER)
    desk.officer_replies(
        notification, "TOLAK pasal17a membukanya dapat menghambat penyidikan yang sedang berjalan"
    )
    desk.run()
    assert desk.request().status == "rejected"

    later = desk.cli("purge", "--days", "30")
    assert later.returncode == 0, later.stderr
    assert later.stdout.startswith("deleted 0 files, 0 raw messages and 0 stored letters of 0")
    preview = desk.cli("purge", "--days", "5", "--dry-run")
    assert preview.stdout.startswith("would delete 1 files, 2 raw messages and 3 stored")
    assert AttachmentRow.get().data is not None
    done = desk.cli("purge", "--days", "5")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("deleted 1 files, 2 raw messages and 3 stored letters of 1")
    assert "rewrote the database tables" in done.stdout
    assert AttachmentRow.get().data is None
    assert Event.get(Event.action == "rewritten")
    wrong = desk.cli("purge", "--days", "-1")
    assert wrong.returncode == 2 and "0 or more" in wrong.stderr

    letter = desk.store.letter_for(desk.request(), "notification")
    assert letter is not None
    assert repair.retry_outbound(desk.store, letter.id, desk.clock.now()).startswith(
        "nothing to send"
    )
