"""Field accuracy on the project's own 42 request letters (tests/data/letters), and the missing
codes: each reported for the right letters, all at once, and only those."""

from __future__ import annotations

import shutil

import pytest

from ppid_mailer.adapters.documents import DocumentReader
from tests.conftest import need
from tests.letters.evaluate import LETTERS, evaluate

PRECISION_BAR = 0.90
RECALL_BAR = 0.85


@pytest.fixture(scope="module")
def report():  # type: ignore[no-untyped-def]
    need(
        None
        if shutil.which("tesseract")
        else "tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-ind)"
    )
    return evaluate(DocumentReader())


def test_the_set_is_large_enough() -> None:
    assert len(list(LETTERS.glob("*.eml"))) >= 40


def test_missing_codes_are_exactly_right(report) -> None:  # type: ignore[no-untyped-def]
    assert report.missing_wrong == []


@pytest.mark.parametrize(
    "field", ["name", "nik", "occupation", "phone", "address", "information", "purpose", "id_kind"]
)
def test_field_precision_and_recall(report, field: str) -> None:  # type: ignore[no-untyped-def]
    score = report.fields[field]
    assert score.tp > 0
    errors = [e for e in report.field_errors if f" {field}:" in e]
    assert score.precision >= PRECISION_BAR, errors
    assert score.recall >= RECALL_BAR, errors
