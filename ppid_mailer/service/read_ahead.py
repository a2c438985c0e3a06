"""Read the documents of waiting messages ahead, in the worker pool, while the current message
is recorded.

Messages are processed one transaction at a time, in order; what takes long in them is OCR of
a photographed KTP or a scanned letter, which runs in the worker processes (adapters.documents).
Reading ahead keeps every worker busy across messages: the pool reads the next messages'
documents while this one is checked, recorded and its letters rendered, so a photo backlog
clears about `workers` times as fast. Nothing here decides anything: a message's check takes
the texts read ahead when its files match them (name, type and bytes), else reads them itself.
"""

from __future__ import annotations

import logging
from collections import deque

from ppid_mailer.core.parse import parse_mail

from .runtime import Runtime

log = logging.getLogger(__name__)
WINDOW = 16  # waiting messages looked up at once (one query per window)
# A message this small holds no document worth reading ahead (a letter in plain text).
SMALLEST = 16 * 1024
# Nor is a large one read ahead: the daemon would hold two large messages at once, and the
# memory target is three times the largest message.
LARGEST = 4 * 1024 * 1024


class ReadAhead:
    def __init__(self, rt: Runtime) -> None:
        self.rt = rt
        self.waiting: deque[tuple[int, int]] = deque()
        self.last = 0
        self.exhausted = False

    def top_up(self) -> None:
        """Hand the pool the documents of the next waiting messages, while fewer than two per
        worker are in flight."""
        documents = self.rt.documents
        enough = 2 * len(documents.pool.workers)
        limit = self.rt.settings.limits.max_attachments
        while documents.ahead() < enough:
            if not self.waiting:
                if self.exhausted:
                    return
                self.waiting.extend(self.rt.store.upcoming_inbound(WINDOW, after=self.last))
                self.exhausted = len(self.waiting) < WINDOW
                if not self.waiting:
                    return
            inbound_id, size = self.waiting.popleft()
            self.last = inbound_id
            if SMALLEST <= size <= LARGEST:
                raw = self.rt.store.inbound_raw(inbound_id)
                try:
                    attachments = parse_mail(raw).attachments[:limit]
                except Exception:  # noqa: BLE001 - the message's own turn will say what is wrong
                    log.warning("inbound #%d not read ahead", inbound_id, exc_info=True)
                    continue
                documents.read_ahead(attachments)
