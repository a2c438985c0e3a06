"""Attachments -> labelled texts for core.extract: PDF text layer (scans: OCR of their images),
DOCX, plain text, and OCR of photos. Each document is read in a child process with limits."""

from __future__ import annotations

import base64
import json
import logging
import os
import resource
import select
import subprocess
import sys
import time
from collections.abc import Sequence
from typing import IO

from ppid_mailer.core.domain import Attachment
from ppid_mailer.core.extract import DocText
from ppid_mailer.core.filetypes import looks_like_pdf

from .ocr import Ocr

log = logging.getLogger(__name__)
WORKER_SECONDS = 30
WORKER_MEMORY = 1024 * 1024 * 1024
MAX_DOCUMENTS = 12


class DocumentReader:
    def __init__(self, ocr: Ocr | None = None) -> None:
        self.ocr = ocr or Ocr()
        self.worker = Worker()

    def read_all(self, attachments: Sequence[Attachment]) -> list[DocText]:
        texts: list[DocText] = []
        for attachment in list(attachments)[:MAX_DOCUMENTS]:
            texts.extend(self.read(attachment))
        return texts

    def read(self, attachment: Attachment) -> list[DocText]:
        name, ctype = attachment.filename, attachment.content_type
        lower = name.lower()
        if ctype == "application/pdf" or lower.endswith(".pdf"):
            return self._pdf(attachment)
        if lower.endswith(".docx") or "wordprocessingml" in ctype:
            result = self.worker.read("docx", attachment.data)
            return [
                DocText(
                    f"lampiran {name}",
                    str(result.get("text", "")),
                    name,
                    "docx",
                    str(result.get("problem", "")),
                )
            ]
        if ctype.startswith("image/"):
            ocr = self.ocr.read(attachment.data)
            return [DocText(f"lampiran {name} (OCR)", ocr.text, name, "ocr", ocr.problem)]
        if ctype == "text/plain" and attachment.size < 1_000_000:
            return [
                DocText(
                    f"lampiran {name}", attachment.data.decode("utf-8", "replace"), name, "text"
                )
            ]
        return []

    def _pdf(self, attachment: Attachment) -> list[DocText]:
        name = attachment.filename
        if not looks_like_pdf(attachment.data[:1024]):
            return [DocText(f"lampiran {name}", "", name, "pdf", "berkas ini bukan PDF yang sah")]
        result = self.worker.read("pdf", attachment.data)
        text = str(result.get("text", ""))
        out = [DocText(f"lampiran {name}", text, name, "pdf", str(result.get("problem", "")))]
        if len(text.split()) < 20:  # a scan: read its page images, one text per page
            images = [str(i) for i in result.get("images", []) or []]  # type: ignore[union-attr]
            scanned = [self.ocr.read(base64.b64decode(i)) for i in images]
            for page, read in enumerate(scanned, start=1):
                where = "OCR pindaian" if len(scanned) == 1 else f"OCR pindaian, halaman {page}"
                out.append(
                    DocText(f"lampiran {name} ({where})", read.text, name, "ocr", read.problem)
                )
        return out


def _limits() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (WORKER_MEMORY, WORKER_MEMORY))


class Worker:
    """One long-lived child process reading documents, killed and replaced when one hangs."""

    RECYCLE_AFTER = 500

    def __init__(self) -> None:
        self.process: subprocess.Popen[bytes] | None = None
        self.served = 0

    def read(self, kind: str, data: bytes) -> dict[str, object]:
        process = self._process()
        assert process.stdin is not None and process.stdout is not None
        try:
            process.stdin.write(f"{kind} {len(data)}\n".encode() + data)
            process.stdin.flush()
            answer = self._answer(process.stdout, time.monotonic() + WORKER_SECONDS)
        except (OSError, TimeoutError, ValueError) as exc:
            self.stop()
            if isinstance(exc, TimeoutError):
                return {"problem": f"pembacaan dokumen melebihi {WORKER_SECONDS} detik"}
            return {"problem": "dokumen tidak dapat dibaca (pembaca berhenti)"}
        self.served += 1
        if self.served >= self.RECYCLE_AFTER:
            self.stop()
        return answer

    def _answer(self, stdout: IO[bytes], deadline: float) -> dict[str, object]:
        fd = stdout.fileno()
        buffer = b""
        while b"\n" not in buffer or len(buffer) < buffer.index(b"\n") + 1 + int(
            buffer[: buffer.index(b"\n")]
        ):
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not select.select([fd], [], [], remaining)[0]:
                raise TimeoutError
            chunk = os.read(fd, 1 << 20)
            if not chunk:
                raise ValueError("worker ended")
            buffer += chunk
        length, _, rest = buffer.partition(b"\n")
        result = json.loads(rest[: int(length)])
        return result if isinstance(result, dict) else {}

    def _process(self) -> subprocess.Popen[bytes]:
        if self.process is None or self.process.poll() is not None:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "ppid_mailer.adapters.doc_worker", "serve"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                preexec_fn=_limits,
                bufsize=0,
            )
            self.served = 0
        return self.process

    def stop(self) -> None:
        if self.process is not None:
            self.process.kill()
            self.process.wait()
            self.process = None
