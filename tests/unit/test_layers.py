"""The core stays pure: no adapter, service module or I/O library may be imported from it."""

from __future__ import annotations

import ast
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "ppid_mailer" / "core"
FORBIDDEN_PACKAGES = (
    "ppid_mailer.adapters",
    "ppid_mailer.service",
    "ppid_mailer.cli",
    "ppid_mailer.config",
    "ppid_mailer.log",
    "ppid_mailer.faults",
)
IO_LIBRARIES = {
    "os",
    "io",
    "pathlib",
    "shutil",
    "tempfile",
    "socket",
    "ssl",
    "smtplib",
    "imaplib",
    "poplib",
    "imapclient",
    "mailbox",
    "peewee",
    "playhouse",
    "sqlite3",
    "psycopg2",
    "subprocess",
    "urllib",
    "http",
    "requests",
    "jinja2",
    "holidays",
    "time",
    "logging",
    "threading",
    "asyncio",
    "aiosmtpd",
    "schedule",
    "signal",
    "zoneinfo",
}


def imported_modules(path: Path) -> set[str]:
    """Absolute names of every module a file imports, relative imports resolved."""
    package = "ppid_mailer.core"
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                names.add(f"{base}.{node.module}" if node.module else base)
            elif node.module:
                names.add(node.module)
    return names


def violations(path: Path) -> list[str]:
    found = []
    for name in imported_modules(path):
        if name.startswith(FORBIDDEN_PACKAGES) or name.split(".")[0] in IO_LIBRARIES:
            found.append(f"{path.name} imports {name}")
    return found


def test_core_imports_no_adapter_service_or_io_library() -> None:
    modules = sorted(CORE.glob("*.py"))
    assert len(modules) >= 8
    problems = [v for module in modules for v in violations(module)]
    assert problems == []


def test_the_scanner_catches_a_forbidden_import(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("import os\nfrom ..adapters import models\nfrom .domain import Status\n")
    assert sorted(violations(bad)) == ["bad.py imports os", "bad.py imports ppid_mailer.adapters"]
