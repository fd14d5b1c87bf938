"""Team colours: stable per name (any case or spacing), distinct for the demo's teams."""

from __future__ import annotations

from ui.board.team_colours import NO_TEAM, team_colour


def test_same_team_same_colour_whatever_the_spelling() -> None:
    assert team_colour("Marketing") == team_colour("  marketing ") == team_colour("MARKETING")
    assert team_colour("Customer  Success") == team_colour("customer success")


def test_demo_teams_get_different_colours_and_no_team_is_grey() -> None:
    colours = {team_colour(t).name() for t in ("Marketing", "Sales", "Support", "Finance")}
    assert len(colours) == 4
    assert team_colour("").name() == NO_TEAM.lower()
