"""The store contract, run on SQLite and on PostgreSQL with the same assertions."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from ppid_mailer.adapters.connection import is_postgres, open_database
from ppid_mailer.adapters.migrations import LATEST_VERSION, upgrade
from ppid_mailer.adapters.models import AttachmentRow, BlobPiece, InboundMessage, OutboundMessage
from ppid_mailer.adapters.store import Store

pytestmark = pytest.mark.integration
NOW = datetime(2026, 11, 30, 2, 0, tzinfo=UTC)


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    database = open_database(db_url)
    assert upgrade(database, NOW) == list(range(1, LATEST_VERSION + 1))
    assert upgrade(database, NOW) == []  # idempotent
    yield Store(database)
    database.close()


def stored(  # type: ignore[no-untyped-def]
    store: Store,
    uid: str,
    raw: bytes,
    validity: int = 7,
    message_id: str = "<m@x>",
    sender: str = "a@b.test",
):
    return store.store_inbound(
        mailbox="imap://u@h/INBOX",
        uidvalidity=validity,
        uid=uid,
        raw=raw,
        message_id=message_id,
        sender=sender,
        subject="s",
        now=NOW,
    )


def test_inbound_is_stored_once_and_moves_the_mark(store: Store) -> None:
    first = stored(store, "5", b"raw-1")
    again = stored(store, "5", b"raw-1")
    assert first.created and not again.created and first.id == again.id
    assert store.last_uid("imap://u@h/INBOX", 7) == 5
    assert store.known_uids("imap://u@h/INBOX", 7, ["4", "5", "6"]) == {"5"}


def test_same_message_under_a_new_uidvalidity_is_a_duplicate(store: Store) -> None:
    stored(store, "5", b"raw-1")
    twin = stored(store, "1", b"raw-1", validity=8)
    other = stored(store, "2", b"raw-2", validity=8, message_id="<n@x>")
    assert (twin.state, other.state) == ("duplicate", "new")


def test_same_message_id_and_from_by_another_route_is_a_duplicate(store: Store) -> None:
    first = stored(store, "1", b"Received: from mx1\r\n\r\nx")
    copy = stored(store, "2", b"Received: from mx2\r\n\r\nx")
    forged = stored(store, "3", b"Received: from mx3\r\n\r\nx", sender="c@d.test")
    no_id = [stored(store, uid, raw, message_id="") for uid, raw in (("4", b"y1"), ("5", b"y2"))]
    assert (first.state, copy.state, forged.state) == ("new", "duplicate", "new")
    assert [row.state for row in no_id] == ["new", "new"]


def test_claim_and_finish(store: Store) -> None:
    stored(store, "1", b"raw-a", message_id="<a@x>")
    stored(store, "2", b"raw-b", message_id="<b@x>")
    with store.atomic():
        row = store.claim_inbound()
        assert row is not None and row.uid == "1"
        store.finish_inbound(row, "done", "new_request", "ok", NOW)  # type: ignore[arg-type]
    with store.atomic():
        nxt = store.claim_inbound()
        assert nxt is not None and nxt.uid == "2"
    store.shunt_inbound(nxt.id, "Traceback: boom", NOW)
    assert [r.state for r in store.inbound_rows()] == ["done", "shunted"]


def test_numbers_are_gap_free_and_roll_back_with_the_request(store: Store) -> None:
    with store.atomic():
        assert store.next_seq("ppid", 2026) == 1
    with pytest.raises(RuntimeError), store.atomic():
        assert store.next_seq("ppid", 2026) == 2
        raise RuntimeError("the request failed to record")
    with store.atomic():
        assert store.next_seq("ppid", 2026) == 2
        assert store.next_seq("ppid", 2027) == 1


def test_outbox_dedupe_and_due_rows(store: Store) -> None:
    with store.atomic():
        queued = queue(store, "receipt:1", "<r1@ppid>", b"x")
        again = queue(store, "receipt:1", "<r2@ppid>", b"x")
    assert queued is not None and again is None
    ids = store.due_outbound_ids(NOW)
    assert len(ids) == 1
    lease = NOW + timedelta(minutes=4)
    row = store.claim_outbound(ids[0], NOW, lease, "host-a:1")
    assert row is not None and row.recipients == "a@b.test" and row.claimed_by == "host-a:1"
    # leased: neither due nor claimable by another sender until the lease runs out
    assert store.due_outbound_ids(NOW) == []
    assert store.claim_outbound(ids[0], NOW, lease, "host-b:2") is None
    later = lease + timedelta(seconds=1)
    assert store.due_outbound_ids(later) == ids
    assert store.claim_outbound(ids[0], later, later + timedelta(minutes=4), "host-b:2")


def test_a_dead_senders_lease_is_freed_at_once_on_its_own_host(store: Store) -> None:
    for key, owner in (("a", "host-a:100"), ("b", "host-a:200"), ("c", "host-b:100")):
        with store.atomic():
            row = queue(store, key, f"<{key}@ppid>", b"x")
        assert row is not None
        assert store.claim_outbound(row.id, NOW, NOW + timedelta(minutes=4), owner)
    # on host-a, process 100 died and 200 lives; host-b's leases are not ours to judge
    assert store.release_dead_claims("host-a", lambda pid: pid == 200) == 1
    [freed] = store.due_outbound_ids(NOW)
    assert store.outbound_raw(freed) == b"x"
    assert [r.dedupe_key for r in store.outbound_rows() if not r.claimed_by] == ["a"]


def queue(store: Store, dedupe_key: str, message_id: str, raw: bytes):  # type: ignore[no-untyped-def]
    return store.queue_outbound(
        request=None,
        cause_id=None,
        dedupe_key=dedupe_key,
        purpose="receipt",
        message_id=message_id,
        mail_from="ppid@x.test",
        recipients=["a@b.test"],
        raw=raw,
        now=NOW,
    )


WORKER = """
import sys
from ppid_mailer.adapters.connection import open_database
from ppid_mailer.adapters.store import Store
store = Store(open_database(sys.argv[1]))
numbers = []
for _ in range(int(sys.argv[2])):
    with store.atomic():
        numbers.append(store.next_seq("ppid", 2026))
print(" ".join(map(str, numbers)))
"""


@pytest.mark.parametrize("engine", ["sqlite", "postgres"])
def test_two_processes_take_distinct_gap_free_numbers(
    engine: str, request: pytest.FixtureRequest, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    url = (
        f"sqlite:///{tmp_path / 'n.sqlite3'}"
        if engine == "sqlite"
        else request.getfixturevalue("pg_url")
    )
    upgrade(open_database(url), NOW)
    workers = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER, url, "60"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    outputs = [w.communicate(timeout=120) for w in workers]
    assert all(w.returncode == 0 for w in workers), [err for _, err in outputs]
    taken = [int(n) for out, _ in outputs for n in out.split()]
    assert sorted(taken) == list(range(1, 121))


def test_version_7_moves_raw_bytes_out_of_the_message_rows(db_url: str) -> None:
    """A database left at version 6 (bytes in the message rows) keeps every byte on upgrade."""
    database = open_database(db_url)
    upgrade(database, NOW)
    blob = "BYTEA" if is_postgres(database) else "BLOB"
    # back to version 6: the raw columns in the message rows, no raw tables
    database.execute_sql("DROP TABLE inbound_raw")
    database.execute_sql("DROP TABLE outbound_raw")
    database.execute_sql(f"ALTER TABLE inbound_message ADD COLUMN raw {blob}")
    database.execute_sql(f"ALTER TABLE outbound_message ADD COLUMN raw {blob}")
    database.execute_sql("DELETE FROM schema_version WHERE version >= 7")
    database.execute_sql(
        "INSERT INTO inbound_message (mailbox, uidvalidity, uid, message_id, sha256, size, sender,"
        " subject, state, kind, reason, error, attempts, fetched_at, raw) VALUES ('m', 1, '1',"
        " '<a@b>', 'x', 3, '', '', 'new', '', '', '', 0, '2026-11-30 02:00:00', %s)"
        % ("'\\x616263'" if blob == "BYTEA" else "X'616263'")
    )
    database.execute_sql(
        "INSERT INTO outbound_message (dedupe_key, purpose, message_id, mail_from, recipients,"
        " state, attempts, next_attempt_at, last_error, created_at, claimed_by, raw) VALUES ('k',"
        " 'receipt', '<o@b>', 'a@b', 'c@d', 'pending', 0, '2026-11-30 02:00:00', '',"
        " '2026-11-30 02:00:00', '', %s)" % ("'\\x646566'" if blob == "BYTEA" else "X'646566'")
    )
    assert upgrade(database, NOW) == list(range(7, LATEST_VERSION + 1))
    store = Store(database)
    [inbound] = InboundMessage.select()
    [outbound] = OutboundMessage.select()
    assert store.inbound_raw(inbound.id) == b"abc" and store.outbound_raw(outbound.id) == b"def"
    assert "raw" not in {c.name for c in database.get_columns("inbound_message")}
    assert "raw" not in {c.name for c in database.get_columns("outbound_message")}
    database.close()


def test_large_bytes_come_back_whole_and_purged_pieces_go(store: Store) -> None:
    """A 3.5 MB message, letter and file are stored a megabyte a row and read back byte for
    byte; a purged file leaves no piece behind."""
    import random

    from ppid_mailer.core.domain import Attachment

    big = random.Random(8).randbytes(3_500_000)
    with store.atomic():
        inbound = stored(store, "77", big, message_id="<big@x>")
        letter = queue(store, "big", "<big@ppid>", big[::-1])
        request = store.create_request(
            number="0001/PPID/2026",
            scope="ppid",
            year=2026,
            seq=1,
            status="incomplete",
            requester_name="Rina",
            requester_email="rina@warga.test",
            received_at=NOW,
            subject="s",
            letter_text="t",
            calendar_fingerprint="f",
            now=NOW,
        )
        store.add_files(request, None, [Attachment("scan.pdf", "application/pdf", big)], NOW)
    assert letter is not None
    assert store.inbound_raw(inbound.id) == big
    assert store.outbound_raw(letter.id) == big[::-1]
    [row] = AttachmentRow.select(AttachmentRow.id)
    assert store.attachment_data(row.id) == big
    pieces = BlobPiece.select().count()
    assert pieces == 9  # 3 x 3 pieces past each first megabyte
    store.purge_files([row.id])
    assert store.attachment_data(row.id) == b""
    assert BlobPiece.select().count() == 6
