"""`facilitator export-minutes` and `export-agenda`, run as a user runs them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.facilitator.export.docx_read import headings, open_docx, picture_blobs
from tests.facilitator.test_cli import run
from tests.helpers import sha256


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "w.db")
    assert run("demo", "--db", path).returncode == 0
    return path


def test_export_minutes_of_the_most_recent_meeting(db: str, tmp_path: Path) -> None:
    out = tmp_path / "minutes.docx"
    result = run("export-minutes", "--db", db, "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Minutes of 'Sales & Marketing Summit' written to {out}"
    document = open_docx(out)
    assert document.paragraphs[0].text == "Sales & Marketing Summit"
    assert "Decision log" in headings(document)
    # `python -m facilitator` has no Qt renderer: the minutes come without the chart.
    assert picture_blobs(document) == [] and "Timing chart" not in headings(document)


def test_export_agenda_of_a_given_meeting(db: str, tmp_path: Path) -> None:
    second = int(run("demo", "--db", db).stdout)
    out = tmp_path / "agenda.docx"
    result = run("export-agenda", "--db", db, "--meeting", str(second), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert headings(open_docx(out)) == ["Participants", "Agenda"]


def test_export_with_a_reference(db: str, tmp_path: Path) -> None:
    import docx

    reference = tmp_path / "acme.docx"
    template = docx.Document()
    template.styles["Normal"].font.name = "Georgia"
    template.save(str(reference))
    out = tmp_path / "m.docx"
    result = run("export-minutes", "--db", db, "--out", str(out), "--reference", str(reference))
    assert result.returncode == 0, result.stderr
    assert open_docx(out).styles["Normal"].font.name == "Georgia"


@pytest.mark.parametrize(("args", "status", "message"), [
    (["export-minutes", "--out", "{tmp}/missing/m.docx"], 1, "does not exist"),
    (["export-minutes", "--out", "{tmp}"], 1, "is a folder"),
    (["export-agenda", "--out", "{tmp}/a.docx", "--meeting", "99"], 1, "no meeting with id 99"),
    (["export-minutes", "--out", "{tmp}/m.docx", "--reference", "{tmp}/nope.docx"], 1,
     "does not exist"),
    (["export-minutes"], 2, "--out"),
])
def test_errors_are_one_line(db: str, tmp_path: Path, args: list[str], status: int,
                             message: str) -> None:
    result = run(*[a.format(tmp=tmp_path) for a in args], "--db", db)
    assert result.returncode == status
    assert message in result.stderr and "Traceback" not in result.stderr
    if status == 1:
        assert len(result.stderr.strip().splitlines()) == 1


def test_a_failed_export_keeps_the_previous_file(db: str, tmp_path: Path) -> None:
    out = tmp_path / "m.docx"
    assert run("export-minutes", "--db", db, "--out", str(out)).returncode == 0
    before = sha256(out)
    bad = tmp_path / "bad.docx"
    bad.write_text("not word")
    result = run("export-minutes", "--db", db, "--out", str(out), "--reference", str(bad))
    assert result.returncode == 1
    assert sha256(out) == before
