"""Attachments -> labelled texts for core.extract: PDF text layer (scans: OCR of their images),
DOCX, plain text, and OCR of photos. Each document is read in a child process with limits."""

from __future__ import annotations

import base64
import json
import logging
import resource
import subprocess
import sys
from collections.abc import Sequence

from ppid_mailer.core.domain import Attachment
from ppid_mailer.core.extract import DocText

from .ocr import Ocr

log = logging.getLogger(__name__)
WORKER_SECONDS = 30
WORKER_MEMORY = 1024 * 1024 * 1024
MAX_DOCUMENTS = 12


class DocumentReader:
    def __init__(self, ocr: Ocr | None = None) -> None:
        self.ocr = ocr or Ocr()

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
            result = _worker("docx", attachment.data)
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
        result = _worker("pdf", attachment.data)
        text = str(result.get("text", ""))
        out = [DocText(f"lampiran {name}", text, name, "pdf", str(result.get("problem", "")))]
        if len(text.split()) < 20:  # a scan: read its page images
            images = [str(i) for i in result.get("images", []) or []]  # type: ignore[union-attr]
            scanned = [self.ocr.read(base64.b64decode(i)) for i in images]
            ocr_text = "\n".join(r.text for r in scanned)
            problem = next((r.problem for r in scanned if r.problem), "")
            if scanned:
                out.append(
                    DocText(f"lampiran {name} (OCR pindaian)", ocr_text, name, "ocr", problem)
                )
        return out


def _limits() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (WORKER_MEMORY, WORKER_MEMORY))
    resource.setrlimit(resource.RLIMIT_CPU, (WORKER_SECONDS, WORKER_SECONDS))


def _worker(kind: str, data: bytes) -> dict[str, object]:
    try:
        done = subprocess.run(
            [sys.executable, "-m", "ppid_mailer.adapters.doc_worker", kind],
            input=data,
            capture_output=True,
            timeout=WORKER_SECONDS,
            preexec_fn=_limits,
        )
    except subprocess.TimeoutExpired:
        return {"problem": f"pembacaan dokumen melebihi {WORKER_SECONDS} detik"}
    try:
        result = json.loads(done.stdout or b"{}")
    except ValueError:
        result = {}
    if not isinstance(result, dict) or (done.returncode != 0 and "problem" not in result):
        return {"problem": "dokumen tidak dapat dibaca (pembaca berhenti)"}
    return result
