"""Daily limits count mailboxes, not spellings, and cover every automatic letter (#15.5)."""

from __future__ import annotations

import pytest

from ppid_mailer.config import LimitSettings
from ppid_mailer.core.addresses import normalized
from ppid_mailer.core.limits import LIMITS, limit_for


@pytest.mark.parametrize(
    ("address", "mailbox"),
    [
        ("Rina+x@Warga.test", "rina@warga.test"),
        ("rina@warga.test", "rina@warga.test"),
        ("rina.wulandari+ppid@GoogleMail.com", "rinawulandari@gmail.com"),
        ("r.i.n.a@gmail.com", "rina@gmail.com"),
        ("rina.wulandari@warga.test", "rina.wulandari@warga.test"),  # dots count elsewhere
        ("+tag@warga.test", "+tag@warga.test"),
    ],
)
def test_one_mailbox_has_one_normalized_spelling(address: str, mailbox: str) -> None:
    assert normalized(address) == mailbox


def test_every_limit_names_a_setting_and_automatic_letters_are_limited() -> None:
    assert {limit.setting for limit in LIMITS} <= set(LimitSettings.__dataclass_fields__)
    for purpose in ("receipt", "complaint_receipt", "result", "alert", "status", "too_large"):
        assert limit_for(purpose) is not None, purpose
    for purpose in ("notification", "decision_granted", "digest", "forward"):
        assert limit_for(purpose) is None, purpose
