"""Rules of the house that a reader relies on: code never points outside the repository, events
are recorded one way, tokens are minted in one place."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "ppid_mailer"


def _sources() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def test_code_cites_only_documents_in_the_repository() -> None:
    cited = {
        (path.relative_to(ROOT).as_posix(), doc)
        for path in _sources()
        for doc in re.findall(r"\b([\w/.-]+\.md)\b", path.read_text())
    }
    missing = [f"{src} cites {doc}" for src, doc in cited if not (ROOT / doc).exists()]
    assert missing == []
    assert (ROOT / "docs" / "ARCHITECTURE.md").exists()


def test_only_the_audit_module_writes_events() -> None:
    writers = [
        p.relative_to(PACKAGE).as_posix()
        for p in _sources()
        if p.parent.name in ("service", "handlers") and "store.add_event(" in p.read_text()
    ]
    assert writers == ["service/audit.py"]


def test_only_the_tokens_module_mints_tokens() -> None:
    minters = [
        p.relative_to(PACKAGE).as_posix()
        for p in _sources()
        if p.parent.name in ("service", "handlers")
        and re.search(r"trust\.(?:notification_message_id|reply_address)\(", p.read_text())
    ]
    assert minters == ["service/tokens.py"]
