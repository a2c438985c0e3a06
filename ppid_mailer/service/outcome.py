"""What one officer mail did: the lines of the result mail (hasil perintah)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Outcome:
    applied: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    sent: list[str] = field(default_factory=list)
    show_help: bool = False
