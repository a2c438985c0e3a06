"""settings.ini -> an immutable, validated Settings.

Every problem is reported as a ConfigError naming the section and key, so that a sysadmin can fix
the file without reading code. Nothing here connects to a server: `ppid-mailer check` does that.
Relative paths are taken relative to the directory of the settings file, so that a service and a
shell started elsewhere see the same files.
"""

from __future__ import annotations

import configparser
import dataclasses
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from email.utils import parseaddr
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .errors import ConfigError

SECURITY_MODES = ("ssl", "starttls", "none")
DEFAULT_PORTS = {
    "imap": {"ssl": 993, "starttls": 143, "none": 143},
    "smtp": {"ssl": 465, "starttls": 587, "none": 25},
}


@dataclass(frozen=True)
class OfficeSettings:
    name: str
    address: str
    phone: str
    website: str
    timezone: str
    number_format: str
    complaints_to: str
    templates_dir: Path | None
    objection_number_format: str
    complaint_number_format: str
    # Letters (docs/LETTERS.md): the numbered notices, the date line, who signs.
    letter_number_format: str = "{seq:04d}/SRT-PPID/{year}"
    city: str = ""
    ppid_name: str = ""
    ppid_title: str = ""
    atasan_name: str = ""
    atasan_title: str = ""
    komisi_informasi: str = "Komisi Informasi"


@dataclass(frozen=True)
class InboxSettings:
    protocol: str
    host: str
    port: int
    security: str
    username: str
    password: str
    folder: str
    processed_folder: str
    quarantine_folder: str
    idle: bool
    poll_seconds: int
    path: Path | None
    timeout_seconds: int
    fetch_batch_mb: int
    ca_file: Path | None
    stall_alert_minutes: int
    auth: str
    oauth2_token_command: str
    oauth2_token_file: Path | None
    # Filled in by parse_settings: which desk this inbox is, and who answers it.
    name: str = "ppid"
    title: str = ""
    number_format: str = ""
    officers: tuple[str, ...] = ()
    ppid_name: str = ""  # who signs this desk's letters ('' = [office] ppid_name)
    ppid_title: str = ""  # ('' = the desk's title)


@dataclass(frozen=True)
class OutboxSettings:
    transport: str
    host: str
    port: int
    security: str
    username: str
    password: str
    from_address: str
    from_name: str
    path: Path | None
    timeout_seconds: int
    give_up_hours: int
    ca_file: Path | None
    verp: bool
    auth: str
    oauth2_token_command: str
    oauth2_token_file: Path | None
    retry_seconds: int
    max_letter_mb: int  # the largest letter sent, counted after encoding (files beyond it wait)

    @property
    def domain(self) -> str:
        """The domain of our own address, used in our Message-IDs."""
        return self.from_address.rpartition("@")[2] or "localhost"


@dataclass(frozen=True)
class DatabaseSettings:
    url: str


@dataclass(frozen=True)
class OfficerSettings:
    ppid: tuple[str, ...]
    atasan: tuple[str, ...]
    secret_key: str
    admin: tuple[str, ...]
    require_auth: tuple[str, ...]
    authserv_id: str
    reply_to_tokens: bool


@dataclass(frozen=True)
class DeadlineSettings:
    response_days: int
    extension_days: int
    objection_days: int
    objection_response_days: int
    extra_holidays: tuple[date, ...]
    extra_workdays: tuple[date, ...]
    remind_days: int
    incomplete_days: int
    digest_time: str
    clarification_days: int = 5
    unit_lead_days: int = 3
    objection_execution_days: int = 10


@dataclass(frozen=True)
class LimitSettings:
    max_message_mb: int
    max_attachments: int
    auto_replies_per_sender_per_day: int
    command_results_per_officer_per_day: int
    alerts_per_address_per_day: int
    spam_flag_header: str
    spam_score_header: str
    spam_threshold: float
    message_seconds: int  # processing budget of one message; 0 = none
    workers: int  # processes reading documents and running OCR


@dataclass(frozen=True)
class RetentionSettings:
    id_copy_days: int


@dataclass(frozen=True)
class MetricsSettings:
    address: str
    port: int  # 0 = no metrics


@dataclass(frozen=True)
class LogSettings:
    level: str
    format: str


@dataclass(frozen=True)
class Settings:
    office: OfficeSettings
    inbox: InboxSettings
    outbox: OutboxSettings
    database: DatabaseSettings
    officers: OfficerSettings
    deadlines: DeadlineSettings
    limits: LimitSettings
    log: LogSettings
    retention: RetentionSettings
    metrics: MetricsSettings
    units: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    unit_titles: Mapping[str, str] = field(default_factory=dict)  # [unit_titles], every unit
    source: Path | None = None
    inboxes: tuple[InboxSettings, ...] = ()  # [inbox] first, then every [inbox:NAME]
    secret_files: tuple[Path, ...] = ()  # password, token and key files the settings name

    @property
    def number_formats(self) -> tuple[str, ...]:
        """Every registration-number format in use: the office's and each desk's."""
        return tuple(
            dict.fromkeys([self.office.number_format, *(d.number_format for d in self.inboxes)])
        )

    def inbox_named(self, name: str) -> InboxSettings:
        return next((i for i in self.inboxes if i.name == name), self.inbox)

    def unit_title(self, unit: str) -> str:
        """How letters greet a work unit: its [unit_titles] entry, else its name in words."""
        return self.unit_titles.get(unit) or unit_words(unit)


def unit_words(name: str) -> str:
    """'bidang-tenaga-kerja' -> 'Bidang Tenaga Kerja'."""
    return " ".join(w[:1].upper() + w[1:] for w in re.split(r"[-_\s]+", name) if w)


class _Section:
    """Typed access to one section; every error names the section and the key."""

    def __init__(self, parser: configparser.ConfigParser, name: str, base: Path) -> None:
        self.name = name
        self.base = base
        self.values: Mapping[str, str] = parser[name] if parser.has_section(name) else {}

    def fail(self, key: str | None, problem: str) -> ConfigError:
        return ConfigError(self.name, key, problem)

    def text(self, key: str, default: str | None = None) -> str:
        value = self.values.get(key)
        if value is None or value.strip() == "":
            if default is None:
                raise self.fail(key, "is required but missing")
            return default
        return value.strip()

    def integer(self, key: str, default: int, low: int = 0, high: int = 10**9) -> int:
        raw = self.text(key, str(default))
        try:
            number = int(raw)
        except ValueError:
            raise self.fail(key, f"must be a whole number, not {raw!r}") from None
        if not low <= number <= high:
            raise self.fail(key, f"must be between {low} and {high}, not {number}")
        return number

    def number(self, key: str, default: float) -> float:
        raw = self.text(key, str(default))
        try:
            return float(raw)
        except ValueError:
            raise self.fail(key, f"must be a number, not {raw!r}") from None

    def choice(self, key: str, choices: tuple[str, ...], default: str | None = None) -> str:
        value = self.text(key, default).lower()
        if value not in choices:
            raise self.fail(key, f"must be one of {', '.join(choices)}, not {value!r}")
        return value

    def boolean(self, key: str, default: bool) -> bool:
        value = self.text(key, "yes" if default else "no").lower()
        if value in ("yes", "true", "on", "1"):
            return True
        if value in ("no", "false", "off", "0"):
            return False
        raise self.fail(key, f"must be yes or no, not {value!r}")

    def path(self, key: str, required: bool) -> Path | None:
        value = self.values.get(key, "").strip()
        if not value:
            if required:
                raise self.fail(key, "is required but missing")
            return None
        path = Path(value).expanduser()
        return path if path.is_absolute() else (self.base / path)

    def password(self) -> str:
        """The password itself, or the first line of `password_file` (kept out of the ini)."""
        file_path = self.path("password_file", required=False)
        if file_path is None:
            return self.values.get("password", "")
        try:
            return (
                file_path.read_text(encoding="utf-8").splitlines()[0]
                if file_path.stat().st_size
                else ""
            )
        except OSError as exc:
            raise self.fail("password_file", f"cannot read {file_path}: {exc.strerror}") from None

    def address(self, key: str, default: str | None = None) -> str:
        value = self.text(key, default)
        return _checked_address(self, key, value) if value else value

    def addresses(self, key: str, required: bool = False) -> tuple[str, ...]:
        items = [item.strip() for item in self.values.get(key, "").split(",") if item.strip()]
        if required and not items:
            raise self.fail(key, "needs at least one e-mail address")
        return tuple(_checked_address(self, key, item) for item in items)

    def dates(self, key: str) -> tuple[date, ...]:
        out = []
        for item in self.values.get(key, "").replace("\n", ",").split(","):
            if item.strip():
                try:
                    out.append(date.fromisoformat(item.strip()))
                except ValueError:
                    raise self.fail(
                        key, f"{item.strip()!r} is not a date like 2026-12-31"
                    ) from None
        return tuple(out)


_ADDRESS = re.compile(r"[^@\s<>,;:\"()\[\]]+@[^@\s<>,;:\"()\[\]]+")


def _checked_address(section: _Section, key: str, value: str) -> str:
    _, addr = parseaddr(value)
    if not _ADDRESS.fullmatch(addr):
        raise section.fail(key, f"{value!r} is not an e-mail address")
    return addr.lower()


def load_settings(path: str | os.PathLike[str]) -> Settings:
    """Read and validate settings.ini; raise ConfigError naming the first bad key."""
    source = Path(path)
    parser = configparser.ConfigParser(interpolation=None)
    try:
        with source.open(encoding="utf-8") as handle:
            parser.read_file(handle)
    except FileNotFoundError:
        raise ConfigError(
            "file", None, f"{source} does not exist (use --config or $PPID_MAILER_CONFIG)"
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError("file", None, f"cannot read {source}: {exc}") from None
    except configparser.Error as exc:
        raise ConfigError(
            "file", None, f"{source} is not a valid ini file: {exc.message}"
        ) from None
    return parse_settings(parser, source.resolve().parent, source)


def parse_settings(
    parser: configparser.ConfigParser, base: Path, source: Path | None = None
) -> Settings:
    """Validate an already-read parser; `base` anchors relative paths."""

    def section(name: str) -> _Section:
        return _Section(parser, name, base)

    settings = Settings(
        office=_office(section("office")),
        inbox=_inbox(section("inbox")),
        outbox=_outbox(section("outbox")),
        database=_database(section("database"), base),
        officers=_officers(section("officers")),
        deadlines=_deadlines(section("deadlines")),
        limits=_limits(section("limits")),
        retention=RetentionSettings(section("retention").integer("id_copy_days", 365, 0, 36500)),
        metrics=MetricsSettings(
            section("metrics").text("address", "127.0.0.1"),
            section("metrics").integer("port", 0, 0, 65535),
        ),
        log=LogSettings(
            section("log").choice("level", ("debug", "info", "warning", "error"), "info").upper(),
            section("log").choice("format", ("text", "json"), "text"),
        ),
        units={
            name: _Section(parser, "units", base).addresses(name, required=True)
            for name in (parser["units"] if parser.has_section("units") else {})
        },
        source=source,
    )
    settings = dataclasses.replace(settings, unit_titles=_unit_titles(parser, base, settings))
    desks = _inboxes(parser, base, settings)
    return dataclasses.replace(
        settings, inbox=desks[0], inboxes=desks, secret_files=secret_files(parser, base, source)
    )


def _unit_titles(
    parser: configparser.ConfigParser, base: Path, settings: Settings
) -> dict[str, str]:
    """[unit_titles] name = title: how letters greet each unit ('Kepala Bidang Industri')."""
    s = _Section(parser, "unit_titles", base)
    for name in s.values:
        if name not in settings.units:
            known = ", ".join(sorted(settings.units)) or "none"
            raise s.fail(name, f"is not a unit of [units] (units: {known})")
    return {name: s.text(name, unit_words(name)) for name in settings.units}


def _office(s: _Section) -> OfficeSettings:
    timezone = s.text("timezone", "Asia/Jakarta")
    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise s.fail(
            "timezone", f"{timezone!r} is not a known time zone (e.g. Asia/Jakarta)"
        ) from None
    number_format = _number_format(s, "number_format", "{seq:04d}/PPID/{year}")
    return OfficeSettings(
        name=s.text("name"),
        address=s.text("address", ""),
        phone=s.text("phone", ""),
        website=s.text("website", ""),
        timezone=timezone,
        number_format=number_format,
        complaints_to=s.address("complaints_to", ""),
        templates_dir=s.path("templates_dir", required=False),
        complaint_number_format=_number_format(
            s, "complaint_number_format", "{seq:04d}/PENGADUAN/{year}"
        ),
        objection_number_format=_number_format(
            s, "objection_number_format", "{seq:04d}/KEBERATAN/{year}"
        ),
        letter_number_format=_letter_number_format(s, number_format),
        city=s.text("city", ""),
        ppid_name=s.text("ppid_name", ""),
        ppid_title=s.text("ppid_title", f"PPID {s.text('name')}"),
        atasan_name=s.text("atasan_name", ""),
        atasan_title=s.text("atasan_title", f"Atasan PPID {s.text('name')}"),
        komisi_informasi=s.text("komisi_informasi", "Komisi Informasi"),
    )


def _letter_number_format(s: _Section, number_format: str) -> str:
    """Letter numbers must never read as registration numbers (replies are matched by those)."""
    letter_format = _number_format(s, "letter_number_format", "{seq:04d}/SRT-PPID/{year}")
    if letter_format in (
        number_format,
        s.text("objection_number_format", "{seq:04d}/KEBERATAN/{year}"),
        s.text("complaint_number_format", "{seq:04d}/PENGADUAN/{year}"),
    ):
        raise s.fail(
            "letter_number_format",
            "must differ from the request, objection and complaint number formats",
        )
    return letter_format


def _auth(s: _Section) -> dict[str, Any]:
    """`auth = password | oauth2`; oauth2 needs a token command or a token file."""
    auth = s.choice("auth", ("password", "oauth2"), "password")
    command = s.text("oauth2_token_command", "")
    file = s.path("oauth2_token_file", required=False)
    if auth == "oauth2" and not command and file is None:
        raise s.fail("auth", "oauth2 needs oauth2_token_command or oauth2_token_file")
    return {"auth": auth, "oauth2_token_command": command, "oauth2_token_file": file}


def _number_format(s: _Section, key: str, default: str) -> str:
    number_format = s.text(key, default)
    try:
        number_format.format(seq=1, year=2026, month=1)
    except (KeyError, IndexError, ValueError) as exc:
        raise s.fail(
            key, f"cannot be used ({exc}); fields are {{seq}}, {{year}}, {{month}}"
        ) from None
    if "{seq" not in number_format:
        raise s.fail(key, "must contain {seq} so that numbers differ")
    return number_format


def _inboxes(
    parser: configparser.ConfigParser, base: Path, settings: Settings
) -> tuple[InboxSettings, ...]:
    """[inbox] is the main desk (PPID Utama); each [inbox:NAME] is another desk (a PPID Pelaksana)
    with its own mailbox, numbering and officers. Keys it does not set come from [inbox]."""
    main = dataclasses.replace(
        settings.inbox,
        name="ppid",
        title=settings.office.name,
        number_format=settings.office.number_format,
        officers=settings.officers.ppid,
        ppid_name=settings.office.ppid_name,
        ppid_title=settings.office.ppid_title,
    )
    desks = [main]
    for section_name in parser.sections():
        if not section_name.startswith("inbox:"):
            continue
        name = section_name.split(":", 1)[1].strip().lower()
        if not re.fullmatch(r"[a-z0-9][a-z0-9_-]*", name) or name == "ppid":
            raise ConfigError(
                section_name,
                None,
                "the name after inbox: must be letters, digits, - or _ "
                "(and not 'ppid', the main desk)",
            )
        merged = configparser.ConfigParser(interpolation=None)
        defaults = dict(parser["inbox"]) if parser.has_section("inbox") else {}
        merged.read_dict({section_name: {**defaults, **dict(parser[section_name])}})
        s = _Section(merged, section_name, base)
        desk = _inbox(s)
        desks.append(
            dataclasses.replace(
                desk,
                name=name,
                title=s.text("title", name),
                number_format=_number_format(
                    s, "number_format", "{seq:04d}/" + name.upper() + "/{year}"
                ),
                officers=s.addresses("ppid") or settings.officers.ppid,
                idle=False,
                ppid_name=s.text("ppid_name", ""),
                ppid_title=s.text("ppid_title", s.text("title", name)),
            )
        )
    return tuple(desks)


def _inbox(s: _Section) -> InboxSettings:
    protocol = s.choice("protocol", ("imap", "maildir"), "imap")
    security = s.choice("security", SECURITY_MODES, "ssl")
    imap = protocol == "imap"
    return InboxSettings(
        protocol=protocol,
        host=s.text("host") if imap else s.text("host", ""),
        port=s.integer("port", DEFAULT_PORTS["imap"][security], 1, 65535),
        security=security,
        username=s.text("username") if imap else s.text("username", ""),
        password=s.password(),
        folder=s.text("folder", "INBOX"),
        processed_folder=s.text("processed_folder", "Processed"),
        quarantine_folder=s.text("quarantine_folder", "Quarantine"),
        idle=s.boolean("idle", True),
        poll_seconds=s.integer("poll_seconds", 60, 1, 86400),
        path=s.path("path", required=not imap),
        timeout_seconds=s.integer("timeout_seconds", 60, 1, 3600),
        fetch_batch_mb=s.integer("fetch_batch_mb", 20, 1, 1024),
        ca_file=s.path("ca_file", required=False),
        stall_alert_minutes=s.integer("stall_alert_minutes", 30, 1, 7 * 24 * 60),
        **_auth(s),
    )


def _outbox(s: _Section) -> OutboxSettings:
    transport = s.choice("transport", ("smtp", "pickup"), "smtp")
    security = s.choice("security", SECURITY_MODES, "starttls")
    smtp = transport == "smtp"
    return OutboxSettings(
        transport=transport,
        host=s.text("host") if smtp else s.text("host", ""),
        port=s.integer("port", DEFAULT_PORTS["smtp"][security], 1, 65535),
        security=security,
        username=s.text("username", ""),
        password=s.password(),
        from_address=s.address("from_address"),
        from_name=s.text("from_name", "PPID"),
        path=s.path("path", required=not smtp),
        timeout_seconds=s.integer("timeout_seconds", 60, 1, 3600),
        give_up_hours=s.integer("give_up_hours", 72, 1, 24 * 60),
        ca_file=s.path("ca_file", required=False),
        verp=s.boolean("verp", False),
        **_auth(s),
        retry_seconds=s.integer("retry_seconds", 60, 1, 3600),
        max_letter_mb=s.integer("max_letter_mb", 20, 1, 1024),
    )


def _database(s: _Section, base: Path) -> DatabaseSettings:
    url = s.text("url", "sqlite:///ppid-mailer.sqlite3")
    if url.startswith("sqlite:///"):
        file_part = url[len("sqlite:///") :]
        if not file_part:
            raise s.fail("url", "names no file: use sqlite:///path/to/ppid.sqlite3")
        if file_part != ":memory:" and not Path(file_part).is_absolute():
            url = "sqlite:///" + str(base / file_part)
    elif not url.startswith(("postgresql://", "postgres://")):
        raise s.fail(
            "url", f"must start with sqlite:/// or postgresql://, not {url.split(':')[0]!r}"
        )
    return DatabaseSettings(url=url)


def _officers(s: _Section) -> OfficerSettings:
    secret = _secret_key(s)
    ppid = s.addresses("ppid", required=True)
    methods = tuple(m.strip().lower() for m in s.text("require_auth", "").split(",") if m.strip())
    unknown = [m for m in methods if m not in ("dkim", "spf", "dmarc", "arc")]
    if unknown:
        raise s.fail("require_auth", f"knows dkim, spf, dmarc and arc, not {', '.join(unknown)}")
    authserv_id = s.text("authserv_id", "")
    if methods and not authserv_id:
        raise s.fail(
            "authserv_id",
            "is required when require_auth is set (the name your mail server writes first "
            "in Authentication-Results)",
        )
    return OfficerSettings(
        ppid=ppid,
        atasan=s.addresses("atasan"),
        secret_key=secret,
        admin=s.addresses("admin") or ppid,
        require_auth=methods,
        authserv_id=authserv_id,
        reply_to_tokens=s.boolean("reply_to_tokens", False),
    )


def _secret_key(s: _Section) -> str:
    """`secret_key`, or the content of `secret_key_file` (stripped): exactly one of the two.

    The file keeps the key out of a settings file that more people get to read or copy; two
    sources would leave the reader guessing which one signs the tokens.
    """
    inline = s.values.get("secret_key", "").strip()
    file_path = s.path("secret_key_file", required=False)
    if inline and file_path is not None:
        raise s.fail("secret_key", "and secret_key_file are both set: keep exactly one")
    if file_path is None:
        if not inline:
            raise s.fail("secret_key", "is required but missing (or set secret_key_file)")
        where, secret = "secret_key", inline
    else:
        where = "secret_key_file"
        try:
            secret = file_path.read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise s.fail(where, f"cannot read {file_path}: {exc.strerror}") from None
        except UnicodeDecodeError:
            raise s.fail(where, f"{file_path} is not UTF-8 text") from None
    if len(secret) < 16:
        raise s.fail(
            where,
            ("" if where == "secret_key" else f"{file_path}: the key ")
            + "must be at least 16 characters (e.g. the output of `openssl rand -hex 32`)",
        )
    return secret


def secret_files(
    parser: configparser.ConfigParser, base: Path, source: Path | None
) -> tuple[Path, ...]:
    """The files that hold a secret (a password, an OAuth2 token, the HMAC key), for `check` to
    look at who may read them: those the settings name, and the settings file itself when it
    holds one (with password_file and secret_key_file it need not)."""
    found: dict[Path, None] = {}
    for name in parser.sections():
        if name in ("inbox", "outbox", "officers") or name.startswith("inbox:"):
            section = _Section(parser, name, base)
            if source is not None and any(
                section.values.get(key, "").strip() for key in ("password", "secret_key")
            ):
                found[source] = None
            for key in ("password_file", "oauth2_token_file", "secret_key_file"):
                path = section.path(key, required=False)
                if path is not None:
                    found[path] = None
    return tuple(found)


def _deadlines(s: _Section) -> DeadlineSettings:
    return DeadlineSettings(
        response_days=s.integer("response_days", 10, 1, 60),
        extension_days=s.integer("extension_days", 7, 0, 60),
        objection_days=s.integer("objection_days", 30, 1, 120),
        objection_response_days=s.integer("objection_response_days", 30, 1, 120),
        extra_holidays=s.dates("extra_holidays"),
        extra_workdays=s.dates("extra_workdays"),
        remind_days=s.integer("remind_days", 2, 0, 30),
        incomplete_days=s.integer("incomplete_days", 10, 1, 120),
        digest_time=_clock_time(s, "digest_time", "07:30"),
        clarification_days=s.integer("clarification_days", 5, 1, 60),
        unit_lead_days=s.integer("unit_lead_days", 3, 0, 30),
        objection_execution_days=s.integer("objection_execution_days", 10, 1, 60),
    )


def _clock_time(s: _Section, key: str, default: str) -> str:
    value = s.text(key, default)
    match = re.fullmatch(r"([01]?\d|2[0-3])[:.]([0-5]\d)", value)
    if not match:
        raise s.fail(key, f"must be a time like 07:30, not {value!r}")
    return f"{int(match.group(1)):02d}:{match.group(2)}"


def _limits(s: _Section) -> LimitSettings:
    return LimitSettings(
        max_message_mb=s.integer("max_message_mb", 25, 1, 1024),
        max_attachments=s.integer("max_attachments", 20, 1, 1000),
        auto_replies_per_sender_per_day=s.integer("auto_replies_per_sender_per_day", 5, 1, 1000),
        command_results_per_officer_per_day=s.integer(
            "command_results_per_officer_per_day", 100, 1, 10000
        ),
        alerts_per_address_per_day=s.integer("alerts_per_address_per_day", 100, 1, 10000),
        spam_flag_header=s.text("spam_flag_header", "X-Spam-Flag").lower(),
        spam_score_header=s.text("spam_score_header", "X-Spam-Score").lower(),
        spam_threshold=s.number("spam_threshold", 5.0),
        message_seconds=s.integer("message_seconds", 60, 0, 24 * 3600),
        workers=s.integer("workers", os.cpu_count() or 1, 1, 256),
    )
