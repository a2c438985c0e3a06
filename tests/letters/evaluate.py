"""Run the letter set through parsing, document reading, extraction and the requirement check,
and score each field against the expected results (also `python -m tests.letters.evaluate`).

Two parts: the open part (`tests/data/letters`, which the rules may be tuned on) and the sealed
part (`tests/data/sealed`, written by another hand before the rules were changed for it, and
never edited since). Both are reported separately, with the two rates that decide whether a
citizen is wrongly sent away: complete letters told they are incomplete, and truly incomplete
letters registered as complete."""

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

DATA = Path(__file__).resolve().parent.parent / "data"
LETTERS = DATA / "letters"
SEALED = DATA / "sealed"
PARTS = {"open": LETTERS, "sealed": SEALED}
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
    letters: int = 0
    complete: int = 0  # letters that are complete (expected missing: none)
    incomplete: int = 0
    complete_told_incomplete: list[str] = field(default_factory=list)
    incomplete_registered: list[str] = field(default_factory=list)

    @property
    def missing_exact(self) -> float:
        return 1 - len(self.missing_wrong) / self.letters if self.letters else 1.0

    @property
    def false_incomplete_rate(self) -> float:
        return len(self.complete_told_incomplete) / self.complete if self.complete else 0.0

    @property
    def false_complete_rate(self) -> float:
        return len(self.incomplete_registered) / self.incomplete if self.incomplete else 0.0


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


def evaluate(reader: DocumentReader, folder: Path = LETTERS) -> Report:
    report = Report()
    for path in sorted(folder.glob("*.eml")):
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
        has_images = any(
            a.content_type.startswith(("image/", "application/pdf")) for a in mail.attachments
        )
        missing = sorted(m.code for m in check(Facts(got, words, has_images)))
        report.letters += 1
        if expected["missing"]:
            report.incomplete += 1
            if not missing:
                report.incomplete_registered.append(path.name)
        else:
            report.complete += 1
            if missing:
                report.complete_told_incomplete.append(path.name)
        if missing != sorted(expected["missing"]):
            report.missing_wrong.append(
                f"{path.name}: missing {missing}, expected {sorted(expected['missing'])}"
            )
        for name, want in expected["fields"].items():
            if name not in SCORED:
                continue
            value = got.value(name)
            if name == "information" and "information" in missing:
                value = ""  # the check judged it too vague to look for: no information found
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


def summary(part: str, report: Report) -> str:
    lines = [
        f"== {part}: {report.letters} letters ({report.complete} complete, "
        f"{report.incomplete} incomplete)",
        f"missing codes exactly right: {report.letters - len(report.missing_wrong)} of "
        f"{report.letters} ({report.missing_exact:.2f})",
        f"complete letters told incomplete: {len(report.complete_told_incomplete)} of "
        f"{report.complete} ({report.false_incomplete_rate:.3f})",
        f"incomplete letters registered as complete: {len(report.incomplete_registered)} of "
        f"{report.incomplete} ({report.false_complete_rate:.3f})",
    ]
    for name, score in report.fields.items():
        lines.append(
            f"{name:12} precision {score.precision:.2f}  recall {score.recall:.2f}  "
            f"(tp {score.tp}, fp {score.fp}, fn {score.fn})"
        )
    return "\n".join(lines)


def main() -> None:
    import sys

    verbose = "-v" in sys.argv
    reader = DocumentReader()
    for part, folder in PARTS.items():
        report = evaluate(reader, folder)
        print(summary(part, report))
        if verbose and part == "open":  # the sealed part's errors are not for tuning
            print(*report.missing_wrong, sep="\n")
            print(*report.field_errors, sep="\n")
        print()


if __name__ == "__main__":
    main()
