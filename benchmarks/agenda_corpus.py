"""`python -m benchmarks.agenda_corpus [FOLDER]`: how exactly the parser reads a folder of agendas.

Each NAME.txt has a NAME.json beside it with the expected items (title, minutes or null when
the text gives none, start, presenter, and optionally kind). Prints one line per agenda that is
not read exactly, then "N/M parsed exactly; items found; minutes right; presenters right;
invented minutes". The default folder is the repository's corpus, tests/fixtures/agendas.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from facilitator.agenda_parser import ParsedItem, parse_agenda

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "agendas"
STATED = ("text", "times")


@dataclass
class Score:
    agendas: int = 0
    exact: int = 0
    expected_items: int = 0
    found: int = 0
    minutes_right: int = 0
    presenters_right: int = 0
    invented_minutes: int = 0
    invented_presenters: int = 0
    misses: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (f"{self.exact}/{self.agendas} parsed exactly; "
                f"items found {self.found}/{self.expected_items}; "
                f"minutes right {self.minutes_right}/{self.expected_items}; "
                f"presenters right {self.presenters_right}/{self.expected_items}; "
                f"invented minutes {self.invented_minutes}; "
                f"invented presenters {self.invented_presenters}")


def _minutes(item: ParsedItem) -> int | None:
    return item.minutes if item.minutes_from in STATED else None


def _start(item: ParsedItem) -> str | None:
    return item.start.strftime("%H:%M") if item.start else None


def differences(expected: list[dict[str, Any]], got: list[ParsedItem]) -> list[str]:
    """What differs, item by item (empty when exact)."""
    out = []
    if len(expected) != len(got):
        out.append(f"{len(got)} items instead of {len(expected)}: "
                   f"{[i.title for i in got]}")
    for n, (want, item) in enumerate(zip(expected, got, strict=False), 1):
        have = {"title": item.title, "minutes": _minutes(item), "start": _start(item),
                "presenter": item.presenter, "kind": item.kind.value}
        for key in ("title", "minutes", "start", "presenter", "kind"):
            if key in want and want[key] != have[key]:
                out.append(f"item {n} {key}: {have[key]!r} instead of {want[key]!r}")
    return out


def score_folder(folder: Path) -> Score:
    score = Score()
    for text_file in sorted(folder.glob("*.txt")):
        want = json.loads(text_file.with_suffix(".json").read_text(encoding="utf-8"))
        got = parse_agenda(text_file.read_text(encoding="utf-8"),
                           total_minutes=want.get("total_minutes"))
        expected = want["items"]
        score.agendas += 1
        score.expected_items += len(expected)
        diffs = differences(expected, got)
        if not diffs:
            score.exact += 1
        else:
            score.misses.append(f"{text_file.name}: " + "; ".join(diffs[:4]))
        by_title = {i.title.casefold(): i for i in got}
        for item in expected:
            match = by_title.get(item["title"].casefold())
            if match is None:
                continue
            score.found += 1
            score.minutes_right += _minutes(match) == item["minutes"]
            score.presenters_right += match.presenter == item["presenter"]
            score.invented_minutes += item["minutes"] is None and _minutes(match) is not None
            score.invented_presenters += not item["presenter"] and bool(match.presenter)
    return score


def main(argv: list[str]) -> int:
    folder = Path(argv[1]) if len(argv) > 1 else CORPUS
    score = score_folder(folder)
    for miss in score.misses:
        print(miss)
    print(score.line())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
