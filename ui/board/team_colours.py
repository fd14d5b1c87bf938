"""A stable colour per team name, so that Marketing's cards look the same everywhere, every day."""

from __future__ import annotations

import zlib

from PySide6.QtGui import QColor

# Distinct on white and on black, and distinguishable with the common colour-vision deficiencies
# (Okabe–Ito, extended with a few darker tones).
PALETTE = (
    "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#8C6D31", "#7B4FA0",
    "#2F8F8F", "#B8860B",
)
NO_TEAM = "#9AA0A6"


def team_colour(team: str) -> QColor:
    """The colour of a team; the same name (any case, any spacing) always gets the same one."""
    key = " ".join(team.split()).casefold()
    if not key:
        return QColor(NO_TEAM)
    return QColor(PALETTE[zlib.crc32(key.encode("utf-8")) % len(PALETTE)])
