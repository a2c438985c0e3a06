"""Attachments -> labelled texts for core.extract: PDF text layer (scans: OCR of their images),
DOCX, plain text, and OCR of photos.

Every document is read, and every image OCRed, in a bounded pool of worker processes
(`[limits] workers`, default the number of cores), each with memory and time limits: a hostile
file kills a worker, never the daemon, and a backlog of photographed KTPs and scanned letters
uses every core. Reading is asynchronous (`submit`, `read_ahead`), so the pipeline can start on
the documents of the next messages while it records the current one; `read_all` is what a
message's check waits for.
"""

from __future__ import annotations

import base64
import json
import logging
import os
import queue
import resource
import select
import subprocess
import sys
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from typing import IO

from ppid_mailer.core.domain import Attachment
from ppid_mailer.core.extract import DocText
from ppid_mailer.core.filetypes import looks_like_pdf

from .ocr import TIMEOUT_SECONDS as OCR_SECONDS
from .ocr import Ocr

log = logging.getLogger(__name__)
WORKER_SECONDS = 30
# An image is read at most twice by Tesseract (a second time in sparse-text mode), each run
# bounded by adapters.ocr; the worker's own deadline leaves room for both.
OCR_WORKER_SECONDS = 2 * OCR_SECONDS + 10
WORKER_MEMORY = 1024 * 1024 * 1024
MAX_DOCUMENTS = 12
# Documents read ahead for messages not yet processed, at most: bounds the memory their bytes
# hold while they wait, and the work wasted if another instance takes those messages.
AHEAD_LIMIT = 48

Key = tuple[str, str, str]  # file name, content type, sha256: what a reading depends on


def _key(attachment: Attachment) -> Key:
    return (attachment.filename, attachment.content_type, attachment.sha256)


def _done(value: list[DocText]) -> Future[list[DocText]]:
    future: Future[list[DocText]] = Future()
    future.set_result(value)
    return future


def _then(
    future: Future[dict[str, object]], make: Callable[[dict[str, object]], list[DocText]]
) -> Future[list[DocText]]:
    out: Future[list[DocText]] = Future()

    def finish(done: Future[dict[str, object]]) -> None:
        try:
            out.set_result(make(done.result()))
        except Exception as exc:  # noqa: BLE001 - handed to whoever waits for the reading
            out.set_exception(exc)

    future.add_done_callback(finish)
    return out


class DocumentReader:
    def __init__(self, ocr: Ocr | None = None, workers: int = 1) -> None:
        self.ocr = ocr or Ocr()  # here only to say whether OCR is available (checks summary)
        self.pool = Pool(workers)
        self._ahead: OrderedDict[Key, Future[list[DocText]]] = OrderedDict()
        self._lock = threading.Lock()

    @property
    def worker(self) -> Worker:
        """The first worker of the pool (one worker when `[limits] workers = 1`)."""
        return self.pool.workers[0]

    def read_all(self, attachments: Sequence[Attachment]) -> list[DocText]:
        """Every document of one message, read in parallel in the pool, in the message's order."""
        futures = [self._take(a) for a in list(attachments)[:MAX_DOCUMENTS]]
        return [text for future in futures for text in future.result()]

    def read(self, attachment: Attachment) -> list[DocText]:
        return self.submit(attachment).result()

    def read_ahead(self, attachments: Sequence[Attachment]) -> None:
        """Start reading a message that waits in the queue; `read_all` takes the result."""
        with self._lock:
            for attachment in list(attachments)[:MAX_DOCUMENTS]:
                key = _key(attachment)
                if key in self._ahead:
                    continue
                self._ahead[key] = self.submit(attachment)
                while len(self._ahead) > AHEAD_LIMIT:
                    self._ahead.popitem(last=False)  # its reading ends unused

    def ahead(self) -> int:
        """Documents read ahead and not yet taken, read or still in the pool."""
        with self._lock:
            return sum(1 for f in self._ahead.values() if not f.done())

    def _take(self, attachment: Attachment) -> Future[list[DocText]]:
        with self._lock:
            future = self._ahead.pop(_key(attachment), None)
        return future if future is not None else self.submit(attachment)

    def submit(self, attachment: Attachment) -> Future[list[DocText]]:
        """Read one attachment in the pool; a future of its texts (none for other files)."""
        name, ctype = attachment.filename, attachment.content_type
        lower = name.lower()
        if ctype == "application/pdf" or lower.endswith(".pdf"):
            return self._pdf(attachment)
        if lower.endswith(".docx") or "wordprocessingml" in ctype:
            return _then(
                self.pool.submit("docx", attachment.data),
                lambda result: [_read(result, f"lampiran {name}", name, "docx")],
            )
        if ctype.startswith("image/"):
            return _then(
                self.pool.submit("ocr", attachment.data),
                lambda result: [_read(result, f"lampiran {name} (OCR)", name, "ocr")],
            )
        if ctype == "text/plain" and attachment.size < 1_000_000:
            text = attachment.data.decode("utf-8", "replace")
            return _done([DocText(f"lampiran {name}", text, name, "text")])
        return _done([])

    def _pdf(self, attachment: Attachment) -> Future[list[DocText]]:
        name = attachment.filename
        if not looks_like_pdf(attachment.data[:1024]):
            return _done(
                [DocText(f"lampiran {name}", "", name, "pdf", "berkas ini bukan PDF yang sah")]
            )
        out: Future[list[DocText]] = Future()

        def pages(done: Future[dict[str, object]]) -> None:
            result = done.result()
            text = str(result.get("text", ""))
            first = _read(result, f"lampiran {name}", name, "pdf")
            images = [str(i) for i in result.get("images", []) or []]  # type: ignore[union-attr]
            if len(text.split()) >= 20 or not images:  # a scan has no text layer to speak of
                out.set_result([first])
                return
            # A scan: its pages are OCRed side by side, one text per page.
            scans = [self.pool.submit("ocr", base64.b64decode(i)) for i in images]
            left = [len(scans)]
            lock = threading.Lock()

            def page_done(_: Future[dict[str, object]]) -> None:
                with lock:
                    left[0] -= 1
                    if left[0]:
                        return
                texts = [first]
                for page, scan in enumerate(scans, start=1):
                    read = scan.result()
                    where = "OCR pindaian" if len(scans) == 1 else f"OCR pindaian, halaman {page}"
                    texts.append(_read(read, f"lampiran {name} ({where})", name, "ocr"))
                out.set_result(texts)

            for scan in scans:
                scan.add_done_callback(page_done)

        def pages_or_fail(done: Future[dict[str, object]]) -> None:
            try:
                pages(done)
            except Exception as exc:  # noqa: BLE001 - handed to whoever waits for the reading
                if not out.done():
                    out.set_exception(exc)

        self.pool.submit("pdf", attachment.data).add_done_callback(pages_or_fail)
        return out

    def stop(self) -> None:
        self.pool.stop()


class Pool:
    """`size` worker processes, each reading one document at a time; jobs wait their turn.

    The threads only carry bytes to a worker and wait for its answer (on a pipe, without the
    interpreter lock); the work itself runs in the worker processes, on every core.
    """

    def __init__(self, size: int) -> None:
        self.workers = [Worker() for _ in range(max(1, size))]
        self.idle: queue.SimpleQueue[Worker] = queue.SimpleQueue()
        for worker in self.workers:
            self.idle.put(worker)
        self.executor = ThreadPoolExecutor(len(self.workers), thread_name_prefix="documents")

    def submit(self, kind: str, data: bytes) -> Future[dict[str, object]]:
        return self.executor.submit(self._run, kind, data)

    def _run(self, kind: str, data: bytes) -> dict[str, object]:
        worker = self.idle.get()
        try:
            return worker.read(kind, data)
        finally:
            self.idle.put(worker)

    def pids(self) -> list[int]:
        """The worker processes running now (for the benchmark's memory report)."""
        return [w.process.pid for w in self.workers if w.process is not None]

    def stop(self) -> None:
        for worker in self.workers:
            worker.stop()


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
        seconds = OCR_WORKER_SECONDS if kind == "ocr" else WORKER_SECONDS
        try:
            process.stdin.write(f"{kind} {len(data)}\n".encode() + data)
            process.stdin.flush()
            answer = self._answer(process.stdout, time.monotonic() + seconds)
        except (OSError, TimeoutError, ValueError) as exc:
            self.stop()
            if isinstance(exc, TimeoutError):
                what = "OCR" if kind == "ocr" else "pembacaan dokumen"
                return {"problem": f"{what} melebihi {seconds} detik"}
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


def _read(result: dict[str, object], source: str, name: str, method: str) -> DocText:
    """A worker's answer ({text, problem}) as the labelled text the core reads."""
    return DocText(
        source, str(result.get("text", "")), name, method, str(result.get("problem", ""))
    )
