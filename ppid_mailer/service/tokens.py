"""The one place that mints the token-bearing headers of a letter an officer, the atasan or a
unit answers with a command: the Message-ID (always) and, with `reply_to_tokens`, a Reply-To
address that carries the same token (core.trust checks both)."""

from __future__ import annotations

from dataclasses import dataclass

from ppid_mailer.core import trust

from .runtime import Runtime


@dataclass(frozen=True)
class Minted:
    message_id: str
    reply_to: str  # "" unless [officers] reply_to_tokens


def mint(rt: Runtime, kind: str, record_id: int, addressee: str) -> Minted:
    """Headers for the letter about record `record_id` of `kind` sent to `addressee`."""
    settings = rt.settings
    secret = settings.officers.secret_key
    return Minted(
        message_id=trust.notification_message_id(
            secret, kind, record_id, addressee, settings.outbox.domain
        ),
        reply_to=trust.reply_address(
            secret, kind, record_id, addressee, settings.outbox.from_address
        )
        if settings.officers.reply_to_tokens
        else "",
    )
