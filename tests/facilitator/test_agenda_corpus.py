"""The agenda corpus (tests/fixtures/agendas): every agenda read exactly, nothing invented."""

from __future__ import annotations

import json

import pytest

from benchmarks.agenda_corpus import CORPUS, differences, score_folder
from facilitator.agenda_parser import parse_agenda

AGENDAS = sorted(CORPUS.glob("*.txt"))


def test_the_corpus_is_large_enough() -> None:
    assert len(AGENDAS) >= 30
    assert all(path.with_suffix(".json").exists() for path in AGENDAS)


@pytest.mark.parametrize("path", AGENDAS, ids=[p.stem for p in AGENDAS])
def test_each_agenda_is_read_exactly(path) -> None:
    want = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    got = parse_agenda(path.read_text(encoding="utf-8"), total_minutes=want["total_minutes"])
    assert differences(want["items"], got) == []


def test_the_score_line_and_nothing_invented() -> None:
    score = score_folder(CORPUS)
    assert score.invented_minutes == 0 and score.invented_presenters == 0
    assert score.line().startswith(f"{score.agendas}/{score.agendas} parsed exactly")
