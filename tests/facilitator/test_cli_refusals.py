"""The command line refuses what it cannot use, and ends quietly when its reader goes away."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

from facilitator.models import Meeting
from facilitator.workspace import open_workspace


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([sys.executable, "-m", "facilitator", *args], input=stdin,
                          capture_output=True, timeout=60)
    return subprocess.CompletedProcess(done.args, done.returncode, done.stdout.decode(),
                                       done.stderr.decode())


def meeting_count(db: str) -> int:
    listed = run("list", "--db", db, "--json")
    assert listed.returncode == 0, listed.stderr
    return len(json.loads(listed.stdout))


def a_docx() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("word/document.xml", "<w:document>1. Welcome (10 min)</w:document>")
    return buffer.getvalue()


def test_import_agenda_refuses_binary_files(tmp_path: Path) -> None:
    db = str(tmp_path / "w.db")
    docx = tmp_path / "agenda.docx"
    fake = a_docx()
    docx.write_bytes(fake)
    noise = tmp_path / "noise.bin"
    noise.write_bytes(bytes(range(256)) * 4)
    for source, stdin, says in (
            (str(docx), None, "agenda.docx is not a Word document (.docx), or it is damaged"),
            (str(noise), None, "noise.bin is not a text file"),
            ("-", a_docx(), "standard input is not a text file")):
        refused = run("import-agenda", "--db", db, "--title", "X", source, stdin=stdin)
        assert refused.returncode == 1, refused.stdout
        assert refused.stdout == ""
        lines = refused.stderr.splitlines()
        assert len(lines) == 1 and says in lines[0], refused.stderr
        assert "Traceback" not in refused.stderr
    assert docx.read_bytes() == fake  # refused, and left as it was
    assert meeting_count(db) == 0


def test_import_agenda_still_reads_windows_text(tmp_path: Path) -> None:
    db = str(tmp_path / "w.db")
    source = tmp_path / "agenda.txt"
    source.write_bytes("1. Café – welcome (10 min)\r\n2. Close (5 min)\r\n".encode("cp1252"))
    made = run("import-agenda", "--db", db, "--title", "Windows", str(source))
    assert made.returncode == 0, made.stderr
    shown = json.loads(run("show", "--db", db, "--json").stdout)
    assert [i["title"] for i in shown["agenda"]] == ["Café – welcome", "Close"]


def test_save_template_refuses_a_built_in_name(tmp_path: Path) -> None:
    db = str(tmp_path / "w.db")
    meeting = run("demo", "--db", db).stdout.strip()
    builtins = json.loads(run("templates", "--db", db, "--json").stdout)
    kickoff = next(t for t in builtins if t["key"] == "kickoff")
    for name in ("Kickoff", kickoff["name"].upper()):
        refused = run("save-template", "--db", db, "--meeting", meeting, "--name", name,
                      "--replace")
        assert refused.returncode == 1
        assert "built-in template" in refused.stderr and len(refused.stderr.splitlines()) == 1
    saved = run("save-template", "--db", db, "--meeting", meeting, "--name", "Summit days")
    assert saved.returncode == 0, saved.stderr
    again = run("save-template", "--db", db, "--meeting", meeting, "--name", "SUMMIT DAYS")
    assert again.returncode == 1 and "already called 'Summit days'" in again.stderr
    listed = json.loads(run("templates", "--db", db, "--json").stdout)
    names = [n.casefold() for t in listed for n in {t["key"], t["name"]}]
    assert len(names) == len(set(names))
    assert sum(1 for t in listed if not t["builtin"]) == 1


def test_broken_pipe_ends_quietly(tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    with open_workspace(db) as ws, ws.session() as s:  # more than a pipe buffer of output
        s.add_all(Meeting(title=f"Weekly sync number {n} " + "x" * 60,
                          date=dt.date(2026, 1, 1) + dt.timedelta(days=n)) for n in range(2000))
        big = Meeting(title="Long objective", objective="All of it. " * 20000)
        s.add(big)
        s.flush()
        big_id = str(big.id)
    for command in (["list"], ["list", "--json"], ["show", "--json", "--meeting", big_id],
                    ["show", "--meeting", big_id]):
        with subprocess.Popen([sys.executable, "-m", "facilitator", *command, "--db", str(db)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              env={**os.environ, "PYTHONUNBUFFERED": ""}) as process:
            assert process.stdout is not None and process.stderr is not None
            assert process.stdout.readline()
            process.stdout.close()  # what `| head -1` does
            stderr = process.stderr.read().decode()
            assert process.wait(timeout=60) == 0
        assert stderr == "", (command, stderr)


def test_next_twice_refuses_the_identical_twin(tmp_path: Path) -> None:
    db = str(tmp_path / "w.db")
    held = run("demo", "--db", db).stdout.strip()
    first = run("next", "--db", db, "--meeting", held, "--date", "2026-12-08")
    assert first.returncode == 0, first.stderr
    again = run("next", "--db", db, "--meeting", held, "--date", "2026-12-08")
    assert again.returncode == 1 and again.stdout == ""
    assert again.stderr.splitlines() == [
        f"facilitator: meeting {first.stdout.split()[0]} 'Sales & Marketing Summit' "
        "(2026-12-08) is already planned in this series; give another --date or --title, "
        "or --force to make another"]
    assert meeting_count(db) == 2
    other_day = run("next", "--db", db, "--meeting", held, "--date", "2026-12-15")
    forced = run("next", "--db", db, "--meeting", held, "--date", "2026-12-08", "--force")
    assert other_day.returncode == 0 and forced.returncode == 0, forced.stderr
    assert meeting_count(db) == 4
