"""File → Export minutes… / Export agenda…: ask where, write the .docx, offer to open the folder.

The dialogs go through small module functions (ask_save_path, ask_open_folder, show_error,
open_folder, ask_reference_path) so that tests replace them and nothing modal ever blocks.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from facilitator.errors import FacilitatorError
from facilitator.export import default_filename, export_agenda, export_minutes, meeting_timing
from facilitator.export.styles import new_document
from facilitator.serialize import MeetingRecord, load_meeting
from ui.common import settings
from ui.common.document import MeetingDocument
from ui.minutes.timing_chart import render_timing_chart

LAST_FOLDER = "export/last_folder"
REFERENCE = "export/reference_docx"
WORD_FILTER = "Word document (*.docx)"


# --- the dialogs (replaced in tests) -----------------------------------------------------------

def ask_save_path(parent: QWidget | None, caption: str, suggested: Path) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(parent, caption, str(suggested), WORD_FILTER)
    return Path(path) if path else None


def ask_reference_path(parent: QWidget | None, start: Path) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(
        parent, "Minutes template", str(start),
        "Word documents and templates (*.docx *.dotx)")
    return Path(path) if path else None


def ask_open_folder(parent: QWidget | None, path: Path) -> bool:
    answer = QMessageBox.question(
        parent, "Export finished", f"{path.name} is saved in {path.parent}.\n\nOpen the folder?",
        QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close,
        QMessageBox.StandardButton.Close)
    return answer == QMessageBox.StandardButton.Open


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    QMessageBox.warning(parent, title, message)


def open_folder(folder: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


# --- the actions -------------------------------------------------------------------------------

def last_folder() -> Path:
    """The folder of the last export, else the user's Documents folder."""
    saved = settings.value(LAST_FOLDER) or ""
    if saved and Path(saved).is_dir():
        return Path(saved)
    documents = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def minutes_template() -> Path | None:
    saved = settings.value(REFERENCE) or ""
    return Path(saved) if saved else None


def _with_suffix(path: Path) -> Path:
    return path if path.suffix.lower() == ".docx" else path.with_name(f"{path.name}.docx")


def _export(
    parent: QWidget | None, document: MeetingDocument, *, what: str, caption: str,
    write: Callable[[MeetingRecord, Path], Path],
) -> Path | None:
    try:
        record = load_meeting(document.ws, document.meeting_id)
    except FacilitatorError as exc:
        show_error(parent, caption, str(exc))
        return None
    m = record.meeting
    chosen = ask_save_path(parent, caption, last_folder() / default_filename(m.title, m.date,
                                                                             what=what))
    if chosen is None:
        return None
    target = _with_suffix(chosen)
    settings.set_value(LAST_FOLDER, str(target.parent))
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        written = write(record, target)
    except FacilitatorError as exc:
        error: str | None = str(exc)
    else:
        error = None
    finally:
        QGuiApplication.restoreOverrideCursor()
    if error is not None:
        show_error(parent, caption, error)
        return None
    if ask_open_folder(parent, written):
        open_folder(written.parent)
    return written


def export_minutes_interactive(parent: QWidget | None, document: MeetingDocument) -> Path | None:
    """File → Export minutes…: returns the file written, or None (cancelled or failed)."""

    def write(record: MeetingRecord, path: Path) -> Path:
        items = meeting_timing(record).items
        chart = (render_timing_chart(items)
                 if any(i.actual_minutes is not None for i in items) else None)
        return export_minutes(record, path, reference_docx=minutes_template(), chart_png=chart)

    return _export(parent, document, what="minutes", caption="Export minutes", write=write)


def export_agenda_interactive(parent: QWidget | None, document: MeetingDocument) -> Path | None:
    """File → Export agenda…: the handout to send before the meeting."""

    def write(record: MeetingRecord, path: Path) -> Path:
        return export_agenda(record, path, reference_docx=minutes_template())

    return _export(parent, document, what="agenda", caption="Export agenda", write=write)


def choose_minutes_template_interactive(parent: QWidget | None) -> Path | None:
    """File → Minutes template…: a company .docx/.dotx whose styles the exports use."""
    current = minutes_template()
    chosen = ask_reference_path(parent, current.parent if current else last_folder())
    if chosen is None:
        return None
    try:
        new_document(chosen)  # refuse a file that is not a Word document now, not at export
    except FacilitatorError as exc:
        show_error(parent, "Minutes template", str(exc))
        return None
    settings.set_value(REFERENCE, str(chosen))
    return chosen


def clear_minutes_template() -> None:
    """Back to the built-in styles."""
    settings.set_value(REFERENCE, "")
