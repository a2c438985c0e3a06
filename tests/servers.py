"""Real servers for the integration tests: a private Dovecot, an aiosmtpd sink, PostgreSQL.

Each server is started by the test suite itself on a free loopback port, owned by this process
(a parent-death signal stops it if pytest dies) and stopped by its own PID. Nothing here touches a
system Dovecot or a system mail spool.
"""

from __future__ import annotations

import ctypes
import os
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

PR_SET_PDEATHSIG = 1


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for_port(port: int, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.02)
    raise TimeoutError(f"nothing listens on 127.0.0.1:{port} after {timeout} s")


def _die_with_parent() -> None:
    """Run in the child before exec: SIGTERM it when the test process dies."""
    libc = ctypes.CDLL("libc.so.6", use_errno=True)
    libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


# --- Dovecot ----------------------------------------------------------------------------------

DOVECOT_CONF = """\
protocols = imap
listen = 127.0.0.1
base_dir = {dir}/run
state_dir = {dir}/state
log_path = {dir}/dovecot.log
ssl = yes
ssl_cert = <{dir}/cert.pem
ssl_key = <{dir}/key.pem
disable_plaintext_auth = no
auth_mechanisms = plain login{mechanisms}
first_valid_uid = 1
mail_max_userip_connections = 50
{passdb}passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {dir}/users/%u
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={dir}/home/%u
}}
mail_location = maildir:~/Maildir
namespace inbox {{
  inbox = yes
  separator = /
}}
service imap-login {{
  inet_listener imap {{
    port = {port}
  }}
  inet_listener imaps {{
    port = {ssl_port}
  }}
{login_user}
}}
{extra}
"""

NON_ROOT_EXTRA = """\
default_login_user = {user}
default_internal_user = {user}
default_internal_group = {group}
service anvil {{
  chroot =
}}
"""


def dovecot_binary() -> str | None:
    return shutil.which("dovecot") or (
        "/usr/sbin/dovecot" if Path("/usr/sbin/dovecot").exists() else None
    )


@dataclass
class Dovecot:
    """A private Dovecot with plain IMAP and IMAPS on free ports; users are added on the fly."""

    directory: Path
    port: int = 0
    ssl_port: int = 0
    process: subprocess.Popen[bytes] | None = None
    users: dict[str, str] = field(default_factory=dict)

    passdb: str = ""
    mechanisms: str = ""
    settings: str = ""  # more dovecot.conf lines, e.g. a capability list without MOVE

    @classmethod
    def start(cls, passdb: str = "", mechanisms: str = "", settings: str = "") -> Dovecot:
        binary = dovecot_binary()
        if binary is None:
            raise RuntimeError("dovecot is not installed (apt-get install dovecot-imapd)")
        base = "/dev/shm" if os.access("/dev/shm", os.W_OK) else None
        directory = Path(tempfile.mkdtemp(prefix="ppid-dovecot-", dir=base))
        directory.chmod(0o755)
        server = cls(
            directory,
            free_port(),
            free_port(),
            passdb=passdb,
            mechanisms=mechanisms,
            settings=settings,
        )
        server._configure()
        server.process = subprocess.Popen(
            [binary, "-F", "-c", str(directory / "dovecot.conf")],
            stdout=subprocess.DEVNULL,
            stderr=open(directory / "stderr.log", "wb"),  # noqa: SIM115 - the child owns it
            preexec_fn=_die_with_parent,
        )
        try:
            wait_for_port(server.port)
            wait_for_port(server.ssl_port)
        except TimeoutError:
            server.stop()
            raise RuntimeError("dovecot did not start: " + server.log_tail()) from None
        return server

    def _configure(self) -> None:
        d = self.directory
        for sub in ("run", "state", "users", "home"):
            (d / sub).mkdir()
        subprocess.run(
            [
                "openssl",
                "req",
                "-x509",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-days",
                "2",
                "-subj",
                "/CN=localhost",
                "-keyout",
                str(d / "key.pem"),
                "-out",
                str(d / "cert.pem"),
                "-addext",
                "subjectAltName=DNS:localhost,IP:127.0.0.1",
            ],
            check=True,
            capture_output=True,
        )
        if os.geteuid() == 0:
            import pwd

            entry = pwd.getpwnam("dovecot")
            uid, gid = entry.pw_uid, entry.pw_gid
            os.chown(d / "home", uid, gid)
            login_user, extra = "", ""
        else:
            import grp
            import pwd

            uid, gid = os.getuid(), os.getgid()
            user, group = pwd.getpwuid(uid).pw_name, grp.getgrgid(gid).gr_name
            login_user = "  chroot ="
            extra = NON_ROOT_EXTRA.format(user=user, group=group)
        self.uid, self.gid = uid, gid
        (d / "dovecot.conf").write_text(
            DOVECOT_CONF.format(
                dir=d,
                uid=uid,
                gid=gid,
                port=self.port,
                ssl_port=self.ssl_port,
                login_user=login_user,
                extra=extra + self.settings,
                passdb=self.passdb.replace("{dir}", str(d)),
                mechanisms=self.mechanisms,
            )
        )

    def add_user(self, name: str | None = None, password: str | None = None) -> tuple[str, str]:
        name = name or f"u{secrets.token_hex(4)}"
        password = password or secrets.token_hex(8)
        path = self.directory / "users" / name
        path.write_text(f"{name}:{password}\n")
        path.chmod(0o644)
        self.users[name] = password
        return name, password

    def log_tail(self, lines: int = 20) -> str:
        text = ""
        for name in ("dovecot.log", "stderr.log"):
            path = self.directory / name
            if path.exists():
                text += "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
        return text

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None

    def restart(self) -> None:
        self.stop()
        binary = dovecot_binary()
        assert binary
        self.process = subprocess.Popen(
            [binary, "-F", "-c", str(self.directory / "dovecot.conf")],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            preexec_fn=_die_with_parent,
        )
        wait_for_port(self.port)

    def cleanup(self) -> None:
        self.stop()
        shutil.rmtree(self.directory, ignore_errors=True)


# --- SMTP sink ----------------------------------------------------------------------------------


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    data: bytes
    smtputf8: bool = False  # MAIL FROM carried SMTPUTF8 (RFC 6531)

    @property
    def message(self):  # type: ignore[no-untyped-def]
        import email
        import email.policy

        return email.message_from_bytes(self.data, policy=email.policy.default)

    @property
    def text(self) -> str:
        body = self.message.get_body(preferencelist=("plain",))
        return body.get_content().replace("\r\n", "\n") if body is not None else ""


class SmtpSink:
    """aiosmtpd on a free port, recording every message it accepts.

    `tls` is none, starttls or ssl (with `cert`/`key` files); `auth` a (user, password) pair
    that is then required; `refuse` maps a recipient to the reply that refuses it ("550 ...");
    `smtputf8` offers SMTPUTF8 (RFC 6531), without which aiosmtpd takes only ASCII addresses.
    """

    def __init__(
        self,
        port: int | None = None,
        tls: str = "none",
        cert: tuple[Path, Path] | None = None,
        auth: tuple[str, str] | None = None,
        refuse: dict[str, str] | None = None,
        xoauth2_token: str | None = None,
        smtputf8: bool = False,
    ) -> None:
        import ssl

        from aiosmtpd.controller import Controller
        from aiosmtpd.smtp import AuthResult

        self.messages: list[Received] = []
        self.lock = threading.Lock()
        self.refuse = dict(refuse or {})
        sink = self

        class Handler:
            async def handle_RCPT(self, server, session, envelope, address, options):  # type: ignore[no-untyped-def]
                if address in sink.refuse:
                    return sink.refuse[address]
                envelope.rcpt_tos.append(address)
                return "250 OK"

            async def auth_XOAUTH2(self, server, args):  # type: ignore[no-untyped-def]
                import base64

                text = base64.b64decode(args[1]).decode() if len(args) > 1 else ""
                fields = dict(part.split("=", 1) for part in text.split("\x01") if "=" in part)
                ok = xoauth2_token is not None and fields.get("auth") == f"Bearer {xoauth2_token}"
                return AuthResult(success=ok, handled=False)

            async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]
                with sink.lock:
                    sink.messages.append(
                        Received(
                            envelope.mail_from,
                            list(envelope.rcpt_tos),
                            envelope.content,
                            envelope.smtp_utf8,
                        )
                    )
                return "250 OK"

        def authenticator(server, session, envelope, mechanism, auth_data):  # type: ignore[no-untyped-def]
            ok = (
                auth is not None and (auth_data.login.decode(), auth_data.password.decode()) == auth
            )
            return AuthResult(success=ok, handled=False)

        kwargs: dict[str, object] = {"enable_SMTPUTF8": smtputf8}
        if tls != "none":
            assert cert is not None
            context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            context.load_cert_chain(str(cert[0]), str(cert[1]))
            kwargs["tls_context" if tls == "starttls" else "ssl_context"] = context
            if tls == "starttls":
                kwargs["require_starttls"] = True
        if xoauth2_token is not None:
            kwargs["auth_require_tls"] = False
        if auth is not None:
            # aiosmtpd does not count implicit TLS as TLS for AUTH: only require it on STARTTLS.
            kwargs.update(
                authenticator=authenticator, auth_required=True, auth_require_tls=tls == "starttls"
            )
        self.tls = tls
        self.port = port or free_port()
        self.controller = Controller(Handler(), hostname="127.0.0.1", port=self.port, **kwargs)
        self.controller.start()

    def stop(self) -> None:
        self.controller.stop()

    def to(self, address: str) -> list[Received]:
        """What was delivered to one address (a citizen, an officer)."""
        return [m for m in list(self.messages) if address in m.rcpt_tos]

    def wait_to(self, address: str, count: int, timeout: float = 10.0) -> list[Received]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and len(self.to(address)) < count:
            time.sleep(0.05)
        return self.to(address)

    def wait_for(self, count: int, timeout: float = 10.0) -> list[Received]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and len(self.messages) < count:
            time.sleep(0.05)
        return list(self.messages)


# --- PostgreSQL -----------------------------------------------------------------------------------

PG_DSN = os.environ.get("PPID_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres")


def postgres_available() -> str | None:
    """None when a server answers, else the reason it does not."""
    try:
        import psycopg2
    except ImportError:
        return "psycopg2 is not installed"
    try:
        psycopg2.connect(PG_DSN, connect_timeout=3).close()
    except psycopg2.OperationalError as exc:
        return f"PostgreSQL at {PG_DSN} is not reachable: {str(exc).strip()}"
    return None


def create_pg_database() -> str:
    import psycopg2

    name = f"ppid_test_{secrets.token_hex(5)}"
    conn = psycopg2.connect(PG_DSN)
    conn.autocommit = True
    with conn.cursor() as cur:
        cur.execute(f'CREATE DATABASE "{name}"')
    conn.close()
    return PG_DSN.rsplit("/", 1)[0] + "/" + name


def drop_pg_database(url: str) -> None:
    import psycopg2

    name = url.rsplit("/", 1)[1]
    conn = psycopg2.connect(PG_DSN)
    conn.autocommit = True
    with conn.cursor() as cur:
        cur.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    conn.close()
