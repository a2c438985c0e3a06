"""Field accuracy on the open part of the letter set (tests/data/letters: the project's own 42
letters and 60 written by another hand), the missing codes, and the two rates that decide whether
a citizen is wrongly sent away or wrongly registered. The sealed part (tests/data/sealed) is not
asserted here: it is reported by `python -m tests.letters.evaluate` and in the README."""

from __future__ import annotations

import shutil

import pytest

from ppid_mailer.adapters.documents import DocumentReader
from tests.conftest import need
from tests.letters.evaluate import LETTERS, SEALED, evaluate

PRECISION_BAR = 0.95
RECALL_BAR = 0.90
MISSING_EXACT_BAR = 0.90
# Targets of issue #14 are under 2% and under 10%; the first is not yet met on the open part
# (photographed IDs that OCR cannot read): this bar keeps it from getting worse.
FALSE_INCOMPLETE_BAR = 0.06
FALSE_COMPLETE_BAR = 0.10


@pytest.fixture(scope="module")
def report():  # type: ignore[no-untyped-def]
    need(
        None
        if shutil.which("tesseract")
        else "tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-ind)"
    )
    return evaluate(DocumentReader())


def test_the_set_is_large_and_a_third_is_sealed() -> None:
    open_part = len(list(LETTERS.glob("*.eml")))
    sealed = len(list(SEALED.glob("*.eml")))
    assert open_part + sealed >= 150
    assert sealed >= (open_part + sealed) // 3


def test_missing_codes_are_right_for_nearly_every_letter(report) -> None:  # type: ignore[no-untyped-def]
    assert report.missing_exact >= MISSING_EXACT_BAR, report.missing_wrong


def test_doubt_goes_to_a_person_not_to_the_citizen(report) -> None:  # type: ignore[no-untyped-def]
    assert report.false_incomplete_rate <= FALSE_INCOMPLETE_BAR, report.complete_told_incomplete
    assert report.false_complete_rate <= FALSE_COMPLETE_BAR, report.incomplete_registered


@pytest.mark.parametrize(
    "field", ["name", "nik", "occupation", "phone", "address", "information", "purpose", "id_kind"]
)
def test_field_precision_and_recall(report, field: str) -> None:  # type: ignore[no-untyped-def]
    score = report.fields[field]
    assert score.tp > 0
    errors = [e for e in report.field_errors if f" {field}:" in e]
    assert score.precision >= PRECISION_BAR, errors
    assert score.recall >= RECALL_BAR, errors
