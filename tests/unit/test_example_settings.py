"""settings.example.ini stays loadable and documents every key the code reads."""

from __future__ import annotations

import configparser
import re
from pathlib import Path

from ppid_mailer.config import load_settings

ROOT = Path(__file__).resolve().parents[2]


def test_example_settings_load(tmp_path: Path) -> None:
    text = (ROOT / "settings.example.ini").read_text(encoding="utf-8")
    (tmp_path / "imap.password").write_text("x\n")
    text = text.replace("/etc/ppid-mailer/imap.password", "imap.password")
    text = text.replace("/etc/ppid-mailer/smtp.password", "imap.password")
    (tmp_path / "settings.ini").write_text(text, encoding="utf-8")
    settings = load_settings(tmp_path / "settings.ini")
    assert settings.office.name.startswith("Dinas")


def test_every_key_read_by_the_code_is_documented() -> None:
    source = (ROOT / "ppid_mailer" / "config.py").read_text(encoding="utf-8")
    read = set(
        re.findall(
            r'\.(?:text|integer|number|choice|boolean|path|address|addresses|dates)\(\s*"(\w+)"',
            source,
        )
    )
    read |= {"password", "password_file"}
    parser = configparser.ConfigParser(interpolation=None)
    example = (ROOT / "settings.example.ini").read_text(encoding="utf-8")
    documented = set(re.findall(r"^#?\s*(\w+)\s*=", example, flags=re.M))
    parser.read_string(example)
    assert read - documented == set()
