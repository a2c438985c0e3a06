"""settings.ini -> Settings: defaults, validation, and errors that name section and key."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ppid_mailer.config import load_settings
from ppid_mailer.errors import ConfigError

MINIMAL = """\
[office]
name = Dinas Kominfo Kota Uji

[inbox]
host = imap.kota-uji.go.id
username = ppid@kota-uji.go.id
password = rahasia

[outbox]
host = smtp.kota-uji.go.id
from_address = ppid@kota-uji.go.id

[database]
url = sqlite:///data/ppid.sqlite3

[officers]
ppid = petugas@kota-uji.go.id, kepala@kota-uji.go.id
secret_key = 0123456789abcdef0123

[units]
perindustrian = kabid.industri@kota-uji.go.id
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "settings.ini"
    path.write_text(text, encoding="utf-8")
    return path


def error_for(tmp_path: Path, text: str) -> ConfigError:
    with pytest.raises(ConfigError) as info:
        load_settings(write(tmp_path, text))
    return info.value


def test_minimal_file_gets_sensible_defaults(tmp_path: Path) -> None:
    settings = load_settings(write(tmp_path, MINIMAL))
    assert settings.office.timezone == "Asia/Jakarta"
    assert settings.office.number_format == "{seq:04d}/PPID/{year}"
    assert settings.inbox.security == "ssl" and settings.inbox.port == 993
    assert settings.outbox.security == "starttls" and settings.outbox.port == 587
    assert settings.inbox.folder == "INBOX"
    assert settings.database.url == f"sqlite:///{tmp_path / 'data' / 'ppid.sqlite3'}"
    assert settings.officers.ppid == ("petugas@kota-uji.go.id", "kepala@kota-uji.go.id")
    assert settings.units == {"perindustrian": ("kabid.industri@kota-uji.go.id",)}
    assert settings.deadlines.response_days == 10 and settings.deadlines.extension_days == 7
    assert settings.limits.max_message_mb == 25
    assert settings.limits.message_seconds == 60
    assert settings.limits.workers == (os.cpu_count() or 1)  # one per core
    assert settings.outbox.max_letter_mb == 20  # after encoding: what mail servers accept


def test_settings_are_immutable(tmp_path: Path) -> None:
    settings = load_settings(write(tmp_path, MINIMAL))
    with pytest.raises(AttributeError):
        settings.office.name = "other"  # type: ignore[misc]


def test_password_file_is_read_relative_to_the_settings_file(tmp_path: Path) -> None:
    (tmp_path / "imap.secret").write_text("s3cret\n")
    text = MINIMAL.replace("password = rahasia", "password_file = imap.secret")
    assert load_settings(write(tmp_path, text)).inbox.password == "s3cret"


@pytest.mark.parametrize(
    ("old", "new", "section", "key", "words"),
    [
        ("host = imap.kota-uji.go.id\n", "", "inbox", "host", "required"),
        (
            "host = smtp.kota-uji.go.id",
            "host = smtp.kota-uji.go.id\nport = 70000",
            "outbox",
            "port",
            "between",
        ),
        (
            "host = smtp.kota-uji.go.id",
            "host = smtp.kota-uji.go.id\nport = dua",
            "outbox",
            "port",
            "whole number",
        ),
        (
            "password = rahasia",
            "password = rahasia\nsecurity = tls",
            "inbox",
            "security",
            "ssl, starttls, none",
        ),
        ("url = sqlite:///data/ppid.sqlite3", "url = mysql://x", "database", "url", "sqlite:///"),
        ("secret_key = 0123456789abcdef0123", "secret_key = short", "officers", "secret_key", "16"),
        (
            "ppid = petugas@kota-uji.go.id, kepala@kota-uji.go.id",
            "ppid = bukan-alamat",
            "officers",
            "ppid",
            "e-mail",
        ),
        (
            "name = Dinas Kominfo Kota Uji",
            "name = X\ntimezone = Mars/Base",
            "office",
            "timezone",
            "time zone",
        ),
        (
            "name = Dinas Kominfo Kota Uji",
            "name = X\nnumber_format = {nomor}",
            "office",
            "number_format",
            "fields",
        ),
        (
            "password = rahasia",
            "password_file = missing.secret",
            "inbox",
            "password_file",
            "cannot read",
        ),
        ("password = rahasia", "auth = oauth2", "inbox", "auth", "oauth2_token_command"),
        (
            "url = sqlite:///data/ppid.sqlite3",
            "url = sqlite:///data/ppid.sqlite3\n\n[limits]\nmessage_seconds = -5",
            "limits",
            "message_seconds",
            "between 0 and 86400",
        ),
        (
            "url = sqlite:///data/ppid.sqlite3",
            "url = sqlite:///data/ppid.sqlite3\n\n[limits]\nworkers = 0",
            "limits",
            "workers",
            "between 1 and 256",
        ),
    ],
)
def test_bad_values_name_section_and_key(
    tmp_path: Path, old: str, new: str, section: str, key: str, words: str
) -> None:
    assert old in MINIMAL
    error = error_for(tmp_path, MINIMAL.replace(old, new))
    assert (error.section, error.key) == (section, key)
    assert words in str(error)
    assert str(error).startswith(f"settings: [{section}] {key}: ")


def test_missing_file_and_broken_syntax(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="does not exist"):
        load_settings(tmp_path / "nope.ini")
    assert "not a valid ini file" in str(error_for(tmp_path, "key without section\n"))


def test_cli_prints_one_line_and_exits_non_zero(tmp_path: Path) -> None:
    config = write(
        tmp_path, MINIMAL.replace("password = rahasia", "password = rahasia\nsecurity = tls")
    )
    result = subprocess.run(
        [sys.executable, "-m", "ppid_mailer", "--config", str(config), "check"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "ppid-mailer: settings: [inbox] security: must be one of ssl, starttls, none, not 'tls'"
    ]
    assert "Traceback" not in result.stderr


def test_secret_key_file_holds_the_key(tmp_path: Path) -> None:
    (tmp_path / "hmac.key").write_text("\n  0123456789abcdef0123456789abcdef \n")
    text = MINIMAL.replace("secret_key = 0123456789abcdef0123", "secret_key_file = hmac.key")
    settings = load_settings(write(tmp_path, text))
    assert settings.officers.secret_key == "0123456789abcdef0123456789abcdef"
    # the key and the IMAP password in files: the settings file itself holds no secret
    (tmp_path / "imap.secret").write_text("s3cret\n")
    text = text.replace("password = rahasia", "password_file = imap.secret")
    settings = load_settings(write(tmp_path, text))
    assert settings.secret_files == (tmp_path / "imap.secret", tmp_path / "hmac.key")
    assert load_settings(write(tmp_path, MINIMAL)).secret_files == (tmp_path / "settings.ini",)


@pytest.mark.parametrize(
    ("officers", "key", "words"),
    [
        ("secret_key = 0123456789abcdef0123\nsecret_key_file = hmac.key", "secret_key", "both"),
        ("", "secret_key", "required but missing (or set secret_key_file)"),
        ("secret_key =\nsecret_key_file = nowhere.key", "secret_key_file", "cannot read"),
        ("secret_key_file = short.key", "secret_key_file", "at least 16 characters"),
        ("secret_key_file = binary.key", "secret_key_file", "not UTF-8"),
    ],
)
def test_exactly_one_secret_key(tmp_path: Path, officers: str, key: str, words: str) -> None:
    (tmp_path / "hmac.key").write_text("0123456789abcdef0123456789abcdef\n")
    (tmp_path / "short.key").write_text("pendek\n")
    (tmp_path / "binary.key").write_bytes(b"\xff\xfe" * 10)
    text = MINIMAL.replace("secret_key = 0123456789abcdef0123", officers)
    error = error_for(tmp_path, text)
    assert (error.section, error.key) == ("officers", key)
    assert words in str(error)


def test_letter_settings_have_defaults(tmp_path: Path) -> None:
    """An existing settings file (without any of the letter keys of issue #16) keeps working."""
    settings = load_settings(write(tmp_path, MINIMAL))
    office = settings.office
    assert office.letter_number_format == "{seq:04d}/SRT-PPID/{year}" and office.city == ""
    assert (office.ppid_name, office.ppid_title) == ("", "PPID Dinas Kominfo Kota Uji")
    assert office.atasan_title == "Atasan PPID Dinas Kominfo Kota Uji"
    assert office.komisi_informasi == "Komisi Informasi"
    d = settings.deadlines
    assert (d.clarification_days, d.unit_lead_days, d.objection_execution_days) == (5, 3, 10)
    assert settings.unit_title("perindustrian") == "Perindustrian"


def test_unit_titles_name_known_units(tmp_path: Path) -> None:
    text = MINIMAL + "\n[unit_titles]\nperindustrian = Kepala Bidang Perindustrian\n"
    assert load_settings(write(tmp_path, text)).unit_title("perindustrian") == (
        "Kepala Bidang Perindustrian"
    )
    error = error_for(tmp_path, MINIMAL + "\n[unit_titles]\nstatistik = Kepala Statistik\n")
    assert "[unit_titles] statistik" in str(error) and "perindustrian" in str(error)


def test_letter_numbers_never_read_as_registration_numbers(tmp_path: Path) -> None:
    text = MINIMAL.replace(
        "name = Dinas Kominfo Kota Uji",
        "name = Dinas Kominfo Kota Uji\nletter_number_format = {seq:04d}/PPID/{year}",
    )
    assert "[office] letter_number_format: must differ" in str(error_for(tmp_path, text))
