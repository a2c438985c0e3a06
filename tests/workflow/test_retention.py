"""Retention: `purge` removes exactly the personal data past retention and nothing else."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from ppid_mailer.adapters.models import AttachmentRow, Event, InboundMessage, Request, utcnow_naive
from ppid_mailer.service.retention import purge
from tests.desk import Desk


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

    def files(request: Request) -> dict[str, bool]:
        return {
            a.filename: a.data is not None
            for a in AttachmentRow.select().where(AttachmentRow.request == request)
        }

    assert files(old) == {"ktp.png": False, "keputusan.pdf": True}  # the decision stays
    assert all(files(recent).values()) and all(files(still_open).values())
    raw = {r.request_id: r.size for r in InboundMessage.select()}
    assert raw[old.id] == 0 and raw[recent.id] > 0 and raw[still_open.id] > 0
    assert Request.select().count() == 3  # the register keeps every row
    assert Event.select().where(Event.request == old, Event.action == "registered").exists()
    assert Event.select().where(Event.request == old, Event.action == "purged").exists()

    with rt.store.atomic():
        assert purge(rt, clock.now()).requests == []  # nothing twice
