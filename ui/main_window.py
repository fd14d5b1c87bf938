"""The facilitator's main window: the workspace's meetings, and the open meeting."""

from __future__ import annotations

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator import __version__
from facilitator.workspace import Workspace
from ui import settings
from ui.meeting_list_model import MeetingListModel


class MainWindow(QMainWindow):
    def __init__(self, ws: Workspace) -> None:
        super().__init__()
        self.ws = ws
        self.setWindowTitle(f"Facilitator — {ws.path.name}")
        self.meetings = MeetingListModel(ws, self)

        self.search = QLineEdit(
            placeholderText="Search meetings by title…", clearButtonEnabled=True
        )
        self.search.textChanged.connect(lambda text: self.meetings.refresh(text))
        self.meeting_table = QTableView()
        self.meeting_table.setModel(self.meetings)
        self.meeting_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.meeting_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.meeting_table.verticalHeader().hide()
        header = self.meeting_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, self.meetings.columnCount()):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.search)
        layout.addWidget(self.meeting_table)
        self.setCentralWidget(page)
        self._build_menus()
        self.statusBar().showMessage(f"Workspace: {ws.path}")
        self._restore_geometry()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        quit_action = QAction("&Quit", self, shortcut=QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu("&Help")
        about = QAction("&About Facilitator", self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _about(self) -> None:
        QMessageBox.about(self, "About Facilitator",
                          f"Facilitator {__version__}\nRun the room: agenda, clock, notes, "
                          "decisions, actions, board and minutes — offline.")

    def _restore_geometry(self) -> None:
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        state = settings.value("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        settings.set_value("window/geometry", self.saveGeometry())
        settings.set_value("window/state", self.saveState())
        super().closeEvent(event)



