"""Secrets and personal data stay with the service user: the files we create that hold them are
mode 0600, and `check` warns (without failing) of a file with a secret others may read."""

from __future__ import annotations

import stat
from pathlib import Path

from tests.desk import Desk


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def warnings(desk: Desk) -> list[str]:
    result = desk.cli("check")
    assert result.returncode == 0, result.stdout + result.stderr  # a warning is no failure
    return [line for line in result.stdout.splitlines() if line.startswith("warn")]


def test_check_warns_of_a_secret_others_may_read(desk: Desk, secret: str) -> None:
    desk.config.chmod(0o644)  # as `cp` makes it: the HMAC key is in it
    [warning] = warnings(desk)
    assert warning == (
        f"warn  settings file {desk.config} holds a secret and is readable by its group and "
        "all users (mode 0644): chmod 600 it, owned by the user the daemon runs as"
    )
    desk.config.chmod(0o600)
    assert warnings(desk) == []

    # the key in a file of its own: that file is looked at, the settings file holds no secret
    key = desk.root / "hmac.key"
    key.write_text(secret + "\n", encoding="utf-8")
    key.chmod(0o640)
    del desk.sections["officers"]["secret_key"]
    desk.configure(officers={"secret_key_file": "hmac.key"})
    desk.config.chmod(0o644)
    [warning] = warnings(desk)
    assert f"file {key} holds a secret and is readable by its group (mode 0640)" in warning
    key.chmod(0o600)
    assert warnings(desk) == []


def test_the_database_is_its_owners_alone(desk: Desk) -> None:
    desk.citizen_writes("rahasia")
    desk.run()
    files = [desk.root / f"ppid.sqlite3{suffix}" for suffix in ("", "-wal", "-shm")]
    assert files[0].exists()
    assert {f.name: mode(f) for f in files if f.exists()} == {
        f.name: 0o600 for f in files if f.exists()
    }
