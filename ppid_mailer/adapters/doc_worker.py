"""Read one untrusted document in a child process: `python -m ppid_mailer.adapters.doc_worker KIND`.

The parent (adapters.documents) sends the bytes on stdin and gets JSON on stdout. Running here,
with CPU and memory limits set by the parent and a wall-clock timeout, a PDF that loops forever
or a zip bomb kills only this process, never the daemon. Images are OCRed here too (`ocr`):
decoding a photo and running Tesseract is the heaviest work of a desk, and several workers do
it on several cores.
"""

from __future__ import annotations

import base64
import io
import json
import sys
import zipfile
from xml.etree import ElementTree

from ppid_mailer.adapters.ocr import Ocr

MAX_PAGES = 30
MAX_IMAGES = 6
MAX_DOCX_XML = 20 * 1024 * 1024
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def pdf(data: bytes) -> dict[str, object]:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted:
        try:
            if not reader.decrypt(""):
                return {"problem": "PDF terenkripsi dengan kata sandi"}
        except Exception:  # noqa: BLE001 - any decryption failure means unreadable
            return {"problem": "PDF terenkripsi"}
    texts, images = [], []
    for page in reader.pages[:MAX_PAGES]:
        texts.append(page.extract_text() or "")
        if len(images) < MAX_IMAGES and len("".join(texts).split()) < 20:
            for image in page.images[:2]:
                images.append(base64.b64encode(image.data).decode())
    return {"text": "\n".join(texts), "images": images[:MAX_IMAGES], "pages": len(reader.pages)}


def docx(data: bytes) -> dict[str, object]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        info = archive.getinfo("word/document.xml")
        if info.file_size > MAX_DOCX_XML or info.file_size > 200 * max(info.compress_size, 1):
            return {"problem": "DOCX terlalu besar setelah dibuka (kemungkinan zip bomb)"}
        root = ElementTree.fromstring(archive.read(info))
    body = root.find(f"{W}body")
    return {"text": "\n".join(_docx_lines(body if body is not None else root))}


def _docx_lines(body: ElementTree.Element) -> list[str]:
    """Paragraphs one per line; a table one row per line with its cells apart (" | "), so a
    request written in a table stays readable row by row."""
    lines: list[str] = []
    for child in body:
        if child.tag == f"{W}tbl":
            for row in child.iter(f"{W}tr"):
                cells = [
                    " ".join(_paragraph(p) for p in cell.iter(f"{W}p")).strip()
                    for cell in row.iter(f"{W}tc")
                ]
                lines.append(" | ".join(cells))
        elif child.tag == f"{W}p":
            lines.append(_paragraph(child))
    return lines


def _paragraph(paragraph: ElementTree.Element) -> str:
    return "".join(node.text or "" for node in paragraph.iter(f"{W}t"))


_OCR: list[Ocr] = []


def ocr(data: bytes) -> dict[str, object]:
    if not _OCR:  # once per worker: asking Tesseract for its languages costs a process
        _OCR.append(Ocr())
    read = _OCR[0].read(data)
    return {"text": read.text, "problem": read.problem}


def read_one(kind: str, data: bytes) -> dict[str, object]:
    try:
        return {"pdf": pdf, "docx": docx, "ocr": ocr}[kind](data)
    except Exception as exc:  # noqa: BLE001 - the document is hostile or broken; say so, do not crash
        return {"problem": f"tidak dapat dibaca ({type(exc).__name__})"}


def serve() -> int:
    """Many documents over one process: `KIND LENGTH\n` + bytes in, `LENGTH\n` + JSON out.

    Starting Python and importing pypdf costs more than reading most letters; the parent kills
    and restarts this process when a document takes too long.
    """
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    while True:
        header = stdin.readline()
        if not header:
            return 0
        kind, length = header.decode().split()
        answer = json.dumps(read_one(kind, stdin.read(int(length)))).encode()
        stdout.write(f"{len(answer)}\n".encode() + answer)
        stdout.flush()


def main() -> int:
    if sys.argv[1] == "serve":
        return serve()
    sys.stdout.write(json.dumps(read_one(sys.argv[1], sys.stdin.buffer.read())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
