"""XOAUTH2 against real servers: a Dovecot whose oauth2 passdb asks a local token-introspection
endpoint (as it would ask Microsoft or Google), and aiosmtpd with an XOAUTH2 mechanism."""

from __future__ import annotations

import dataclasses
import json
import threading
import urllib.parse
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest

from ppid_mailer.adapters.mailbox import ImapMailbox
from ppid_mailer.adapters.transport import SmtpTransport
from ppid_mailer.config import load_settings
from ppid_mailer.errors import MailboxError, PermanentTransportError
from tests.helpers import write_settings
from tests.servers import Dovecot, SmtpSink, dovecot_binary, free_port

pytestmark = pytest.mark.integration
TOKEN = "ya29.token-dari-penyedia"


@pytest.fixture(scope="module")
def introspection() -> Iterator[int]:
    """The provider's token endpoint: says who a token belongs to."""

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - the http.server API
            body = self.rfile.read(int(self.headers.get("Content-Length", 0))).decode()
            token = urllib.parse.parse_qs(body).get("token", [""])[0]
            answer = {"active": True, "username": "ppid"} if token == TOKEN else {"active": False}
            data = json.dumps(answer).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args: object) -> None:
            return None

    server = HTTPServer(("127.0.0.1", free_port()), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server.server_address[1]
    server.shutdown()


@pytest.fixture(scope="module")
def oauth_dovecot(
    introspection: int, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Dovecot]:
    from tests.conftest import need

    need(None if dovecot_binary() else "dovecot is not installed (apt-get install dovecot-imapd)")
    conf = tmp_path_factory.mktemp("oauth2") / "dovecot-oauth2.conf.ext"
    conf.write_text(
        f"introspection_mode = post\nintrospection_url = http://127.0.0.1:{introspection}/introspect\n"
        "username_attribute = username\nactive_attribute = active\nactive_value = true\n"
    )
    conf.parent.chmod(0o755)
    conf.chmod(0o644)
    passdb = (
        f"passdb {{\n  driver = oauth2\n  mechanisms = xoauth2 oauthbearer\n  args = {conf}\n}}\n"
    )
    server = Dovecot.start(passdb=passdb, mechanisms=" xoauth2 oauthbearer")
    server.add_user("ppid", "tidak-dipakai")
    yield server
    server.cleanup()


def settings(tmp_path: Path, dovecot: Dovecot, smtp_port: int, token_source: str):  # type: ignore[no-untyped-def]
    config = write_settings(
        tmp_path,
        imap_port=dovecot.port,
        user="ppid",
        password="",
        smtp_port=smtp_port,
        db_url="sqlite:///x.sqlite3",
        secret="0123456789abcdef0123",
        outbox_extra=f"username = ppid\nauth = oauth2\n{token_source}",
    )
    config.write_text(
        config.read_text().replace("password = \n", f"auth = oauth2\n{token_source}\n", 1)
    )
    return load_settings(config)


def test_imap_and_smtp_log_in_with_a_token_from_a_command(
    tmp_path: Path, oauth_dovecot: Dovecot
) -> None:
    (tmp_path / "token.txt").write_text(TOKEN + "\n")
    sink = SmtpSink(xoauth2_token=TOKEN)
    try:
        s = settings(
            tmp_path,
            oauth_dovecot,
            sink.port,
            f"oauth2_token_command = cat {tmp_path / 'token.txt'}",
        )
        assert s.inbox.auth == "oauth2" and s.outbox.auth == "oauth2"
        with ImapMailbox(s.inbox).session() as box:
            assert box.uidvalidity > 0
        transport = SmtpTransport(s.outbox)
        transport.send("ppid@kota-uji.go.id", ["warga@warga.test"], b"Subject: x\r\n\r\nx\r\n")
        transport.close()
        assert len(sink.wait_for(1)) == 1
    finally:
        sink.stop()


def test_a_wrong_token_is_a_clear_login_error(tmp_path: Path, oauth_dovecot: Dovecot) -> None:
    (tmp_path / "token.txt").write_text("kedaluwarsa\n")
    sink = SmtpSink(xoauth2_token=TOKEN)
    try:
        s = settings(
            tmp_path, oauth_dovecot, sink.port, f"oauth2_token_file = {tmp_path / 'token.txt'}"
        )
        with pytest.raises(MailboxError, match="login refused|AUTHENTICATE|failed"):
            ImapMailbox(s.inbox).connect()
        with pytest.raises(PermanentTransportError, match="login refused"):
            SmtpTransport(s.outbox).send(
                "ppid@kota-uji.go.id", ["w@warga.test"], b"Subject: x\r\n\r\nx\r\n"
            )
        broken = dataclasses.replace(s.inbox, oauth2_token_file=None, oauth2_token_command="false")
        with pytest.raises(MailboxError, match="oauth2_token_command exited 1"):
            ImapMailbox(broken).connect()
    finally:
        sink.stop()
