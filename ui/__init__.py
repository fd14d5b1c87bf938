"""Qt presentation: windows, widgets, item models, undo commands and the projector."""
