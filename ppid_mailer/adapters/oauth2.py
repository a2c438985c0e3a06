"""OAuth2 access tokens for IMAP and SMTP (XOAUTH2), for Microsoft 365 and Google Workspace.

ppid-mailer does not run the OAuth flow itself: the token comes from a command the sysadmin
configures (which refreshes it, e.g. a small script around the provider's library) or from a
file another service keeps fresh. It is read again at every login, so it never goes stale here.
"""

from __future__ import annotations

import base64
import shlex
import subprocess
from pathlib import Path

from ppid_mailer.errors import PpidError

TOKEN_COMMAND_SECONDS = 30


def access_token(section: str, command: str, file: Path | None) -> str:
    """The current token from `oauth2_token_command` or `oauth2_token_file`; PpidError if none."""
    if command:
        try:
            done = subprocess.run(
                shlex.split(command), capture_output=True, text=True, timeout=TOKEN_COMMAND_SECONDS
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise PpidError(f"[{section}] oauth2_token_command failed: {exc}") from None
        if done.returncode != 0 or not done.stdout.strip():
            raise PpidError(
                f"[{section}] oauth2_token_command exited {done.returncode}: "
                f"{done.stderr.strip()[:200] or 'no token printed'}"
            )
        return done.stdout.strip().splitlines()[0]
    if file is not None:
        try:
            token = file.read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise PpidError(f"[{section}] oauth2_token_file {file}: {exc.strerror}") from None
        if token:
            return token
        raise PpidError(f"[{section}] oauth2_token_file {file} is empty")
    raise PpidError(f"[{section}] auth = oauth2 needs oauth2_token_command or oauth2_token_file")


def xoauth2(user: str, token: str) -> str:
    """The SASL XOAUTH2 initial response, base64-encoded."""
    return base64.b64encode(f"user={user}\x01auth=Bearer {token}\x01\x01".encode()).decode()
