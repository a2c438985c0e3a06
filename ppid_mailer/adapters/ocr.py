"""Optional Tesseract OCR (Debian `tesseract-ocr` + `tesseract-ocr-ind`). Absent -> "not
available", never a crash; every run is bounded in time, and images are checked for size first."""

from __future__ import annotations

import io
import logging
import os
import shutil
import subprocess
from dataclasses import dataclass

log = logging.getLogger(__name__)
MAX_PIXELS = 40_000_000  # a 50,000 x 50,000 "photo" is refused before it is decoded
TIMEOUT_SECONDS = 40


@dataclass(frozen=True)
class OcrResult:
    text: str
    problem: str = ""


MIN_SIDE = 100  # pixels: below this no text can be read, so nothing is learnt
SPARSE_RETRY_WORDS = 12  # fewer words than this: read again in sparse-text mode


class Ocr:
    def __init__(self, languages: str = "ind+eng") -> None:
        self.binary = shutil.which("tesseract")
        self.languages = languages if self.binary and self._has(languages) else "eng"

    @property
    def available(self) -> bool:
        return self.binary is not None

    def _has(self, languages: str) -> bool:
        try:
            listed = subprocess.run(
                [str(self.binary), "--list-langs"], capture_output=True, text=True, timeout=10
            ).stdout.split()
        except (OSError, subprocess.SubprocessError):
            return False
        return all(lang in listed for lang in languages.split("+"))

    def read(self, image: bytes) -> OcrResult:
        if self.binary is None:
            return OcrResult("", "OCR tidak tersedia (tesseract belum dipasang)")
        problem = _image_problem(image)
        if problem:
            return OcrResult("", problem)
        normalised = _normalised(image)
        first = self._run(normalised, "3")
        if first.problem or len(first.text.split()) >= SPARSE_RETRY_WORDS:
            return first
        # Little text on a page (a card copied small on a scanned page, a skewed photo): sparse
        # text mode finds text that page segmentation missed.
        second = self._run(normalised, "11")
        return second if len(second.text.split()) > len(first.text.split()) else first

    def _run(self, image: bytes, psm: str) -> OcrResult:
        assert self.binary is not None
        try:
            done = subprocess.run(
                [self.binary, "stdin", "stdout", "-l", self.languages, "--psm", psm],
                env={
                    **os.environ,
                    "OMP_THREAD_LIMIT": "1",
                },  # OpenMP threads make it 6x slower here
                input=image,
                capture_output=True,
                timeout=TIMEOUT_SECONDS,
            )
        except subprocess.TimeoutExpired:
            return OcrResult("", f"OCR melebihi {TIMEOUT_SECONDS} detik")
        except OSError as exc:
            return OcrResult("", f"OCR gagal: {exc.strerror}")
        if done.returncode != 0:
            return OcrResult("", "OCR gagal membaca gambar")
        return OcrResult(done.stdout.decode("utf-8", "replace"))


def _image_problem(image: bytes) -> str:
    try:
        from PIL import Image
    except ImportError:
        return ""
    limit, Image.MAX_IMAGE_PIXELS = Image.MAX_IMAGE_PIXELS, None  # open() reads only the header
    try:
        with Image.open(io.BytesIO(image)) as img:
            width, height = img.size
    except Exception:  # noqa: BLE001 - Pillow raises many types on garbage; all mean unreadable
        return "gambar tidak dapat dibuka"
    finally:
        Image.MAX_IMAGE_PIXELS = limit
    if width * height > MAX_PIXELS:
        return f"gambar terlalu besar ({width} x {height} piksel)"
    if width < MIN_SIDE or height < MIN_SIDE:
        return f"gambar terlalu kecil untuk dibaca OCR ({width} x {height} piksel)"
    return ""


def _normalised(image: bytes) -> bytes:
    """Tesseract reads PNG reliably; convert what Pillow can open (HEIC, WebP, CMYK JPEG)."""
    try:
        from PIL import Image

        with Image.open(io.BytesIO(image)) as img:
            out = io.BytesIO()
            img.convert("L").save(out, format="PNG")
            return out.getvalue()
    except Exception:  # noqa: BLE001 - hand tesseract the original; it reports what it cannot read
        return image
