"""Every question the window asks a person, in one replaceable object (the tests' seam)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


class Prompts:
    def choose_attachment(self, parent: QWidget) -> Path | None:
        # The native dialog can keep a recent-files list; Qt's own dialog keeps none.
        path, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("Prompts", "Attach evidence"),
            str(Path.home()),
            options=QFileDialog.Option.DontUseNativeDialog,
        )
        return Path(path) if path else None

    def choose_folder(self, parent: QWidget) -> Path | None:
        path = QFileDialog.getExistingDirectory(
            parent, QCoreApplication.translate("Prompts", "Where to write the bundle"),
            str(Path.home()), options=QFileDialog.Option.DontUseNativeDialog)
        return Path(path) if path else None

    def choose_tables_folder(self, parent: QWidget) -> Path | None:
        """The folder the dashboard's CSV tables are written into."""
        path = QFileDialog.getExistingDirectory(
            parent, QCoreApplication.translate("Prompts", "Where to write the tables"),
            str(Path.home()), options=QFileDialog.Option.DontUseNativeDialog)
        return Path(path) if path else None

    def choose_bundles(self, parent: QWidget) -> list[Path]:
        paths, _ = QFileDialog.getOpenFileNames(
            parent, QCoreApplication.translate("Prompts", "Bundles to import"),
            str(Path.home()), options=QFileDialog.Option.DontUseNativeDialog)
        return [Path(p) for p in paths]

    def choose_table(self, parent: QWidget) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(
            parent, QCoreApplication.translate("Prompts", "Spreadsheet to import"),
            str(Path.home()), "*.csv *.xlsx", options=QFileDialog.Option.DontUseNativeDialog)
        return Path(path) if path else None

    def choose_card(self, parent: QWidget) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(
            parent, QCoreApplication.translate("Prompts", "Identity card"), str(Path.home()),
            options=QFileDialog.Option.DontUseNativeDialog)
        return Path(path) if path else None

    def choose_source_key(self, parent: QWidget) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(
            parent, QCoreApplication.translate("Prompts", "Source key"), str(Path.home()),
            options=QFileDialog.Option.DontUseNativeDialog)
        return Path(path) if path else None

    def save_card(self, parent: QWidget) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("Prompts", "Save identity card"),
            str(Path.home() / "identity-card.txt"),
            options=QFileDialog.Option.DontUseNativeDialog)
        return Path(path) if path else None

    def save_publication(self, parent: QWidget, fmt: str, name: str) -> Path | None:
        """Where to write a publication (fmt "pdf" or "docx"); `name` suggests the file's."""
        path, _ = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("Prompts", "Export the publication"),
            str(Path.home() / f"{name}.{fmt}"), f"*.{fmt}",
            options=QFileDialog.Option.DontUseNativeDialog)
        return Path(path) if path else None

    def save_attachment(self, parent: QWidget, filename: str) -> Path | None:
        """Where to write a copy of an evidence file (the dialog asks before replacing one)."""
        path, _ = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("Prompts", "Save a copy of the evidence"),
            str(Path.home() / filename), options=QFileDialog.Option.DontUseNativeDialog)
        return Path(path) if path else None

    def confirm_unencrypted_copy(self, parent: QWidget, filename: str) -> bool:
        """The warning before evidence leaves the vault, with buttons that say what they do."""
        box = QMessageBox(QMessageBox.Icon.Warning,
                          QCoreApplication.translate("Prompts", "Save an unencrypted copy"),
                          QCoreApplication.translate(
                              "Prompts",
                              "The copy of “%1” will NOT be encrypted. Anyone who gets this"
                              " computer, or the disk or stick you save it to, can open it."
                              " Save it only if you must, and delete it when you no longer"
                              " need it.").replace("%1", filename),
                          QMessageBox.StandardButton.NoButton, parent)
        save = box.addButton(QCoreApplication.translate("Prompts", "Save an unencrypted copy"),
                             QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QCoreApplication.translate("Prompts", "Keep it only in the vault"),
                               QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is save

    def confirm(self, parent: QWidget, question: str, *, title: str, act: str,
                keep: str) -> bool:
        """A question whose title and buttons say what happens ("Purge 12 records" /
        "Keep them"), never Yes/No; keeping is the default (Enter, Esc)."""
        box = question_box(parent, question, title=title, act=act, keep=keep)
        box.exec()
        clicked = box.clickedButton()
        return clicked is not None and box.buttonRole(clicked) == QMessageBox.ButtonRole.AcceptRole

    def confirm_delete(self, parent: QWidget, title: str) -> bool:
        return self.confirm(
            parent,
            QCoreApplication.translate("Prompts", "Delete the record “%1”? It leaves lists and"
                                       " search; its history stays in the vault.").replace(
                                           "%1", title),
            title=QCoreApplication.translate("Prompts", "Delete this record"),
            act=QCoreApplication.translate("Prompts", "Delete this record"),
            keep=QCoreApplication.translate("Prompts", "Keep it"))

    def show_info(self, parent: QWidget, message: str) -> None:
        QMessageBox.information(parent, QCoreApplication.translate("Prompts", "fieldapp"), message)

    def show_error(self, parent: QWidget, message: str) -> None:
        QMessageBox.critical(parent, QCoreApplication.translate("Prompts", "fieldapp"), message)


def question_box(parent: QWidget | None, question: str, *, title: str, act: str,
                 keep: str) -> QMessageBox:
    """The box `Prompts.confirm` shows: its first button acts, the second (default) keeps."""
    box = QMessageBox(QMessageBox.Icon.Question, title, question,
                      QMessageBox.StandardButton.NoButton, parent)
    box.addButton(act, QMessageBox.ButtonRole.AcceptRole)
    kept = box.addButton(keep, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(kept)
    box.setEscapeButton(kept)
    return box
