"""The votes' keys are listed in F1 and clash with no other menu key."""

from __future__ import annotations

from collections import Counter

from ui.shell.shortcuts_dialog import shortcut_rows


def test_the_votes_keys_are_in_f1_and_taken_by_nothing_else(window) -> None:
    rows = shortcut_rows(window.menuBar())
    listed = {what: keys for _menu, keys, what in rows}
    assert listed["Add a vote…"] == "Ctrl+Shift+K"
    assert listed["Reveal or hide the results"] == "Ctrl+Shift+R"
    assert listed["Project the vote"] == "Ctrl+Shift+P"
    every_key = Counter(k for _menu, keys, _what in rows for k in keys.split(" or "))
    assert [k for k, n in every_key.items() if n > 1] == []
    dialog = window.show_shortcuts()
    assert ("Ctrl+Return", "Record the selected vote as a decision") in dialog.rows()
    dialog.close()
