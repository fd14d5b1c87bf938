"""Default export file names: date and title, usable on Windows, macOS and Linux."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator.export.filenames import MAX_NAME_BYTES, default_filename, safe_name

DAY = dt.date(2026, 11, 24)


@pytest.mark.parametrize(("title", "expected"), [
    ("Sales & Marketing Summit", "2026-11-24 Sales & Marketing Summit - minutes.docx"),
    ("Q1: plan/review?", "2026-11-24 Q1 plan review - minutes.docx"),
    ('A "quoted" <title> | with * stars', "2026-11-24 A quoted title with stars - minutes.docx"),
    ("tabs\tand\nnewlines", "2026-11-24 tabs and newlines - minutes.docx"),
    ("...", "2026-11-24 Meeting - minutes.docx"),
    ("  trailing dots. . ", "2026-11-24 trailing dots - minutes.docx"),
    ("Réunion d'équipe — 東京", "2026-11-24 Réunion d'équipe — 東京 - minutes.docx"),
])
def test_default_filename(title: str, expected: str) -> None:
    assert default_filename(title, DAY) == expected


def test_without_a_date_and_for_the_agenda() -> None:
    assert default_filename("Kick-off", None, what="agenda") == "Kick-off - agenda.docx"


@pytest.mark.parametrize("word", ["CON", "con", "Nul", "COM1", "lpt9", "AUX.txt", "PRN "])
def test_windows_reserved_names_are_avoided(word: str) -> None:
    assert safe_name(word).startswith("_")


def test_long_titles_are_cut_on_a_character_boundary() -> None:
    name = default_filename("東京" * 200, DAY)
    assert len(name.encode("utf-8")) <= MAX_NAME_BYTES
    assert name.endswith(" - minutes.docx") and "東京" in name


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(st.characters(exclude_categories=()), max_size=300))
def test_any_title_gives_a_name_the_disk_accepts(tmp_path: Path, title: str) -> None:
    name = default_filename(title, DAY)
    assert not re.search(r'[<>:"/\\|?*\x00-\x1f]', name)
    assert len(name.encode("utf-8")) <= MAX_NAME_BYTES
    stem = name.removesuffix(".docx")
    assert stem == stem.rstrip(" .")
    path = tmp_path / name
    path.write_bytes(b"x")  # the file system takes it
    assert path.read_bytes() == b"x"
    path.unlink()
