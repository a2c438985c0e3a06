"""TLS contexts for IMAP and SMTP: the system's CAs, or an office's own CA file."""

from __future__ import annotations

import ssl
from pathlib import Path

from ppid_mailer.errors import PpidError


def tls_context(ca_file: Path | None) -> ssl.SSLContext:
    """Certificates are always verified; `ca_file` adds a private CA (or a self-signed server)."""
    try:
        return ssl.create_default_context(cafile=str(ca_file) if ca_file else None)
    except (OSError, ssl.SSLError) as exc:
        raise PpidError(f"cannot load CA file {ca_file}: {exc}") from None
