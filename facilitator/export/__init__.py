"""Exports: the Word minutes and the agenda handout, written atomically."""

from __future__ import annotations

from facilitator.export.agenda_handout import build_agenda_handout, export_agenda
from facilitator.export.filenames import default_filename
from facilitator.export.minutes import build_minutes, export_minutes
from facilitator.export.timing import ChartRenderer, ItemTiming, meeting_timing

__all__ = ["build_agenda_handout", "build_minutes", "default_filename", "export_agenda",
           "export_minutes", "ChartRenderer", "ItemTiming", "meeting_timing"]
