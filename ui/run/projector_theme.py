"""The projector's two themes: high contrast (white on black) and standard (dark on white)."""

from __future__ import annotations

from dataclasses import dataclass

from facilitator.timing import Band


@dataclass(frozen=True)
class ProjectorTheme:
    name: str
    background: str
    text: str
    dim: str  # done items, labels
    highlight: str  # the current item's row in the agenda
    bands: dict[Band, str]
    idle: str  # the countdown when no item runs


HIGH_CONTRAST = ProjectorTheme(
    "high contrast", background="#000000", text="#ffffff", dim="#9a9a9a", highlight="#1f3a66",
    bands={Band.NORMAL: "#4ade80", Band.WARNING: "#ffd60a", Band.OVERTIME: "#ff453a"},
    idle="#bfbfbf",
)
STANDARD = ProjectorTheme(
    "standard", background="#fbfbf8", text="#1d232b", dim="#7d848d", highlight="#fff0b3",
    bands={Band.NORMAL: "#1b5e20", Band.WARNING: "#a35c00", Band.OVERTIME: "#c62828"},
    idle="#5f6b78",
)


def theme(high_contrast: bool) -> ProjectorTheme:
    return HIGH_CONTRAST if high_contrast else STANDARD
