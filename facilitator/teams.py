"""Team names as people type them: "Sales", "sales" and "Sales " are one team."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable


def team_key(name: str) -> str:
    """The key a team is matched by: case and spacing ignored ("" for no team)."""
    return " ".join(name.split()).casefold()


def team_spellings(names: Iterable[str]) -> dict[str, str]:
    """For each team key, the spelling to show: the most common one, the first on a tie."""
    return counted_team_spellings((name, 1, order) for order, name in enumerate(names))


def counted_team_spellings(rows: Iterable[tuple[str, int, int]]) -> dict[str, str]:
    """team_spellings from (name, how many times, order of its first use) rows, e.g. a GROUP BY
    over thousands of participants instead of every name one by one."""
    counts: Counter[str] = Counter()
    first: dict[str, dict[str, int]] = {}
    for name, times, order in rows:
        spelling = " ".join(name.split())
        if not spelling:
            continue
        counts[spelling] += times
        seen = first.setdefault(team_key(spelling), {})
        seen[spelling] = min(seen.get(spelling, order), order)
    return {key: min(seen, key=lambda s: (-counts[s], seen[s])) for key, seen in first.items()}


def distinct_teams(names: Iterable[str]) -> list[str]:
    """Each team once (in its usual spelling), alphabetically."""
    return sorted(team_spellings(names).values(), key=str.casefold)
