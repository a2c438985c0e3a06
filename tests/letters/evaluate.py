"""Run the letter set through parsing, document reading, extraction and the requirement check,
and score each field against the expected results (also `python -m tests.letters.evaluate`)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from ppid_mailer.adapters.documents import DocumentReader
from ppid_mailer.core.commands import new_top
from ppid_mailer.core.extract import DocText, extract_request
from ppid_mailer.core.parse import parse_mail
from ppid_mailer.core.requirements import Facts, check

LETTERS = Path(__file__).resolve().parent.parent / "data" / "letters"
SCORED = ("name", "nik", "occupation", "phone", "address", "information", "purpose", "id_kind")


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


@dataclass
class Report:
    fields: dict[str, Score] = field(default_factory=lambda: {f: Score() for f in SCORED})
    missing_wrong: list[str] = field(default_factory=list)
    field_errors: list[str] = field(default_factory=list)


def norm(value: str) -> str:
    return " ".join(re.sub(r"[^\w/]+", " ", value.lower()).split())


def matches(name: str, got: str, want: str) -> bool:
    if name in ("information", "purpose", "address"):
        return norm(want) in norm(got) and len(norm(got)) <= 3 * len(norm(want)) + 40
    if name == "nik":
        return re.sub(r"\D", "", got) == re.sub(r"\D", "", want) or got.strip() == want.strip()
    if name == "phone":
        return re.sub(r"\D", "", got) == re.sub(r"\D", "", want)
    return norm(got) == norm(want)


def evaluate(reader: DocumentReader) -> Report:
    report = Report()
    for path in sorted(LETTERS.glob("*.eml")):
        expected = json.loads(path.with_suffix(".json").read_text())
        mail = parse_mail(path.read_bytes())
        texts = [DocText("isi surel", mail.text)] + reader.read_all(mail.attachments)
        got = extract_request(
            texts,
            [(a.filename, a.content_type) for a in mail.attachments],
            mail.from_name,
            mail.from_addr,
        )
        id_name = got.id_document.filename if got.id_document else ""
        words = len(new_top(mail.text).split()) + sum(
            len(t.text.split()) for t in texts[1:] if t.method != "ocr" or t.filename != id_name
        )
        missing = sorted(m.code for m in check(Facts(got, words)))
        if missing != sorted(expected["missing"]):
            report.missing_wrong.append(
                f"{path.name}: missing {missing}, expected {sorted(expected['missing'])}"
            )
        for name, want in expected["fields"].items():
            if name not in SCORED:
                continue
            value = got.value(name)
            score = report.fields[name]
            if want is None:
                if value:
                    score.fp += 1
                    report.field_errors.append(
                        f"{path.name} {name}: got {value!r}, expected nothing"
                    )
            elif not value:
                score.fn += 1
                report.field_errors.append(f"{path.name} {name}: nothing, expected {want!r}")
            elif matches(name, value, str(want)):
                score.tp += 1
            else:
                score.fp += 1
                score.fn += 1
                report.field_errors.append(f"{path.name} {name}: got {value!r}, expected {want!r}")
    return report


def main() -> None:
    report = evaluate(DocumentReader())
    for name, score in report.fields.items():
        print(
            f"{name:12} precision {score.precision:.2f}  recall {score.recall:.2f}  "
            f"(tp {score.tp}, fp {score.fp}, fn {score.fn})"
        )
    print(*report.missing_wrong, sep="\n")
    print(*report.field_errors, sep="\n")


if __name__ == "__main__":
    main()
