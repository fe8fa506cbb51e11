"""About fieldapp: its version, the commit it was built from, its licence, and the parts
inside it with their licences' full texts (what the GPL and the LGPL ask us to show)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QItemSelection, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QSplitter, QVBoxLayout, QWidget

from fieldapp.services import about
from fieldapp.services.about import Component
from fieldapp.ui.dialog_base import Buttons, DialogBase
from fieldapp.ui.row_table import RowTableModel, RowTableView

# What each part is, in the user's language (English in fieldapp/services/about.py).
_WHAT = {
    "fieldapp": QT_TRANSLATE_NOOP("AboutComponents", "This application"),
    "python": QT_TRANSLATE_NOOP("AboutComponents", "The Python runtime and its standard library"),
    "qt": QT_TRANSLATE_NOOP("AboutComponents", "The Qt libraries: windows, PDF viewer, charts"),
    "pyside6": QT_TRANSLATE_NOOP("AboutComponents", "Python bindings for Qt"),
    "pyside6-essentials": QT_TRANSLATE_NOOP(
        "AboutComponents", "Qt's main modules and their Python bindings"),
    "pyside6-addons": QT_TRANSLATE_NOOP(
        "AboutComponents", "More Qt modules (PDF viewer, charts) and their bindings"),
    "shiboken6": QT_TRANSLATE_NOOP("AboutComponents", "The runtime of the Qt bindings"),
    "sqlcipher3": QT_TRANSLATE_NOOP("AboutComponents",
                                    "Python interface to the encrypted database"),
    "sqlcipher": QT_TRANSLATE_NOOP("AboutComponents", "The encrypted database engine"),
    "sqlite": QT_TRANSLATE_NOOP("AboutComponents", "The database engine SQLCipher is built on"),
    "openssl-sqlcipher3": QT_TRANSLATE_NOOP(
        "AboutComponents", "OpenSSL cryptography library, used by SQLCipher"),
    "openssl-cryptography": QT_TRANSLATE_NOOP(
        "AboutComponents", "OpenSSL cryptography library, used by cryptography"),
    "cryptography": QT_TRANSLATE_NOOP("AboutComponents",
                                      "Keys, signatures and encryption of bundles"),
    "cffi": QT_TRANSLATE_NOOP("AboutComponents", "Calls from Python into C libraries"),
    "pycparser": QT_TRANSLATE_NOOP("AboutComponents", "C parser used by cffi"),
    "platformdirs": QT_TRANSLATE_NOOP("AboutComponents",
                                      "Finds the usual folders for settings and data"),
    "pillow": QT_TRANSLATE_NOOP(
        "AboutComponents", "Images, with libjpeg, libpng, zlib, FreeType, libtiff, libwebp and"
        " others (their licences follow Pillow's)"),
    "reportlab": QT_TRANSLATE_NOOP("AboutComponents", "PDF bulletins"),
    "charset-normalizer": QT_TRANSLATE_NOOP("AboutComponents",
                                            "Text encoding detection, used by ReportLab"),
    "orjson": QT_TRANSLATE_NOOP("AboutComponents", "Fast JSON"),
    "openpyxl": QT_TRANSLATE_NOOP("AboutComponents", "Reading spreadsheets (.xlsx)"),
    "et-xmlfile": QT_TRANSLATE_NOOP("AboutComponents", "XML writing, used by openpyxl"),
    "python-docx": QT_TRANSLATE_NOOP("AboutComponents", "Word documents (.docx)"),
    "lxml": QT_TRANSLATE_NOOP(
        "AboutComponents",
        "XML processing, with libxml2 and libxslt (their licences follow lxml's)"),
    "typing-extensions": QT_TRANSLATE_NOOP("AboutComponents", "Type hint helpers"),
    "defusedxml": QT_TRANSLATE_NOOP("AboutComponents", "Safe XML parsing"),
    "dejavu": QT_TRANSLATE_NOOP("AboutComponents", "DejaVu fonts, embedded in PDF bulletins"),
}


def what_it_is(part: Component) -> str:
    known = _WHAT.get(part.key)
    return QCoreApplication.translate("AboutComponents", str(known)) if known else part.what


class ComponentsModel(RowTableModel[Component]):
    """The parts inside fieldapp: name, version (or what it is built into), licence."""

    COLUMNS = (QT_TRANSLATE_NOOP("ComponentsModel", "Component"),
               QT_TRANSLATE_NOOP("ComponentsModel", "Version"),
               QT_TRANSLATE_NOOP("ComponentsModel", "Licence"))

    def text(self, row: Component, column: int) -> str:
        if column == 0:
            return row.name
        if column == 1:
            if row.version or not row.within:
                return row.version
            return QCoreApplication.translate("ComponentsModel", "in %1").replace(
                "%1", row.within)
        return row.licence

    def tooltip(self, row: Component, column: int) -> str | None:
        return what_it_is(row)


class AboutDialog(DialogBase):
    """Opened from Help ▸ About fieldapp…, locked or not; it shows nothing of the vault."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Buttons.Close, parent)
        self.info = about.version_info()
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.facts = QLabel()
        self.facts.setTextFormat(Qt.TextFormat.PlainText)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice = QLabel()
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model = ComponentsModel(self)
        self.model.set_rows(about.components())
        self.table = RowTableView(self.model)
        self.table.resizeColumnsToContents()
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.part_label = QLabel()
        self.part_label.setWordWrap(True)
        self.part_label.setTextFormat(Qt.TextFormat.PlainText)
        self.licence_text = QPlainTextEdit()
        self.licence_text.setReadOnly(True)
        self.licence_text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.licence_text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.part_label)
        column.addWidget(self.licence_text, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([520, 560])  # room for the licence column's expressions
        for widget in (self.title, self.facts, self.notice):
            self.add_body(widget)
        self.add_body(self.splitter, 1)
        self.shown: Component | None = None
        self.resize(1100, 700)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("About fieldapp"))
        self.title.setText(f"fieldapp {self.info.version}")
        facts = [self.tr("Version: %1").replace("%1", self.info.version),
                 self.tr("Commit: %1").replace("%1", self.info.commit)]
        if self.info.built_at:
            facts.append(self.tr("Built: %1").replace("%1", self.info.built_at))
        facts.append(self.tr("Licence: GNU General Public License, version 3 or later (%1)")
                     .replace("%1", about.APP_LICENCE))
        self.facts.setText("\n".join(facts))
        self.notice.setText("\n".join([
            self.tr("fieldapp is free software: you may share and change it under the terms of"
                    " the GNU GPL, version 3 or later. The source of this build is fieldapp's"
                    " commit shown above."),
            self.tr("The Qt libraries are shipped as separate shared libraries in the"
                    " application's folder, where you may replace them with your own build of"
                    " the same Qt version. Qt's source is at %1, Qt for Python's at %2.")
            .replace("%1", about.QT_SOURCE_URL).replace("%2", about.PYSIDE_SOURCE_URL),
            self.tr("Select a part below to read its licence."),
        ]))
        self.model.retranslate()
        self._show(self.shown)

    def _selected(self, selected: QItemSelection, _: QItemSelection) -> None:
        chosen = self.table.selected_objects()
        self._show(chosen[0] if chosen else None)

    def select(self, key: str) -> None:
        """Select the part with this key (Help for tests and for a caller pointing at one)."""
        for number, part in enumerate(self.model.rows()):
            if part.key == key:
                index = self.table.proxy.mapFromSource(self.model.index(number, 0))
                self.table.selectRow(index.row())
                return

    def _show(self, part: Component | None) -> None:
        if part is None:
            self.shown = None
            self.part_label.setText(self.tr("No part selected."))
            self.licence_text.clear()
            return
        lines = [f"{part.name} {part.version_text()}".strip() + " — " + what_it_is(part)]
        if part.key == "qt":
            lines.append(self.tr("Qt also includes other software; their licences are listed"
                                 " at %1.").replace("%1", about.QT_THIRD_PARTY_URL))
        self.part_label.setText("\n".join(lines))
        if part is self.shown and self.licence_text.document().characterCount() > 1:
            return  # a language switch: the texts themselves are not translated
        self.shown = part
        blocks = []
        for text in part.texts:
            body = about.read_text(text)
            if not body:
                body = self.tr("(This text could not be read: %1)").replace("%1", str(text.path))
            blocks.append(f"==== {text.title} ({text.origin}) ====\n\n{body}")
        self.licence_text.setPlainText("\n\n".join(blocks) if blocks else self.tr(
            "No licence text was found for this part."))
        self.licence_text.moveCursor(self.licence_text.textCursor().MoveOperation.Start)
