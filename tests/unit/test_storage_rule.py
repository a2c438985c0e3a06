"""The storage rule (docs/STORAGE.md), checked on the source: outside ppid_mailer/adapters no
module names a store-only table, reads a bytes column or sends a statement that changes rows in
bulk or runs SQL of its own; only the request tables get single rows created there.

What a scan of names cannot see: `.save()` on a row the Store handed out. The store-only tables
cannot even be named outside the adapters (but in `if TYPE_CHECKING:` blocks, for annotations),
which keeps their rows' fields out of reach of honest code; the rest is left to review.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "ppid_mailer"
ADAPTERS = PACKAGE / "adapters"
MODELS = {"ppid_mailer.adapters.models", "..adapters.models", ".adapters.models"}
# Bytes, raw messages, the outbox, mailbox marks and numbering: the Store's alone.
STORE_ONLY = {
    "BlobPiece",
    "InboundRaw",
    "OutboundRaw",
    "OutboundMessage",
    "MailboxState",
    "NumberSequence",
}
# Columns that hold bytes in tables service code may otherwise read.
BYTES_COLUMNS = {("AttachmentRow", "data")}
# Service code may create single rows of these (inside the caller's transaction).
REQUEST_TABLES = {"Request", "Objection", "Forwarding", "Complaint"}
# Statements that change many rows at once, or run SQL of their own: the Store's alone.
BULK = {
    "update",
    "delete",
    "insert",
    "insert_many",
    "insert_from",
    "replace",
    "replace_many",
    "bulk_create",
    "bulk_update",
    "get_or_create",
    "raw",
    "delete_instance",
    "execute_sql",
}


def _type_checking_nodes(tree: ast.AST) -> set[ast.AST]:
    """Every node inside an `if TYPE_CHECKING:` block (imports for annotations only)."""
    inside: set[ast.AST] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for child in node.body:
                inside.update(ast.walk(child))
    return inside


def violations(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    typing_only = _type_checking_nodes(tree)
    models: set[str] = set()  # model names this file imported
    found: list[str] = []
    for node in ast.walk(tree):
        if node in typing_only:
            continue
        if isinstance(node, ast.ImportFrom):
            module = "." * node.level + (node.module or "")
            if module in MODELS:
                models.update(a.asname or a.name for a in node.names)
                found += [
                    f"{path.name} imports {a.name}" for a in node.names if a.name in STORE_ONLY
                ]
            elif (
                module.endswith("adapters.blobs")
                or module.endswith("adapters")
                and any(a.name == "blobs" for a in node.names)
            ):
                found.append(f"{path.name} imports the blob pieces")
        elif isinstance(node, ast.Attribute) and node.attr in STORE_ONLY:
            found.append(f"{path.name} uses {node.attr}")
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and (node.value.id, node.attr) in BYTES_COLUMNS
            and node.value.id in models
        ):
            found.append(f"{path.name}:{node.lineno} reads {node.value.id}.{node.attr}")
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        method, owner = node.func.attr, node.func.value
        if method == "execute_sql":
            found.append(f"{path.name}:{node.lineno} runs SQL of its own")
        elif isinstance(owner, ast.Name) and owner.id in models:
            if method in BULK or (method == "create" and owner.id not in REQUEST_TABLES):
                found.append(f"{path.name}:{node.lineno} {owner.id}.{method}()")
    return found


def test_only_the_adapters_touch_the_store_only_tables_or_write_in_bulk() -> None:
    modules = [p for p in sorted(PACKAGE.rglob("*.py")) if ADAPTERS not in p.parents]
    assert len(modules) >= 30
    problems = [v for module in modules for v in violations(module)]
    assert problems == []


def test_the_scanner_catches_what_breaks_the_rule(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text(
        "from typing import TYPE_CHECKING\n"
        "from ppid_mailer.adapters.models import AttachmentRow, Event, OutboundMessage, Request\n"
        "from ppid_mailer.adapters import blobs\n"
        "if TYPE_CHECKING:\n"
        "    from ppid_mailer.adapters.models import BlobPiece\n"
        "Request.get_or_none(Request.id == 1)\n"  # a simple read: allowed
        "Request.create(number='1')\n"  # one request row: allowed
        "Request.update(status='x').execute()\n"
        "Event.create(action='x')\n"
        "db.execute_sql('VACUUM')\n"
        "AttachmentRow.select(AttachmentRow.data)\n"
    )
    assert sorted(violations(bad)) == [
        "bad.py imports OutboundMessage",
        "bad.py imports the blob pieces",
        "bad.py:10 runs SQL of its own",
        "bad.py:11 reads AttachmentRow.data",
        "bad.py:8 Request.update()",
        "bad.py:9 Event.create()",
    ]
