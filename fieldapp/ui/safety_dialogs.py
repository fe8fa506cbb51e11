"""The quick-delete countdown and the safety settings (auto-lock, wipe after wrong passphrases)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QProgressBar, QSpinBox, QWidget

from fieldapp.services.session import VaultSettings
from fieldapp.ui.dialog_base import Buttons, DialogBase


class CountdownDialog(DialogBase):
    """Counts down once a second, then accepts; Cancel (the default button, Esc) stops it."""

    def __init__(self, seconds: int, parent: QWidget | None = None) -> None:
        super().__init__(Buttons.Cancel, parent)
        self.seconds = max(0, seconds)
        self.remaining = self.seconds
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._tick)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, max(self.seconds, 1))  # empties as the time runs out
        self.bar.setTextVisible(False)
        cancel = self.buttons.button(Buttons.Cancel)
        cancel.setDefault(True)
        cancel.setFocus()
        for widget in (self.message, self.bar, self.detail):
            self.add_body(widget)
        self.setMinimumWidth(380)
        self.finished.connect(lambda _: self.timer.stop())
        self.retranslate()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.timer.isActive():
            self.timer.start()

    def _tick(self) -> None:
        self.remaining -= 1
        if self.remaining <= 0:
            self.timer.stop()
            self.accept()
        else:
            self._update()

    def _update(self) -> None:
        self.message.setText("<b>" + self.tr(
            "Deleting this vault in %n seconds…", "", self.remaining) + "</b>")
        self.bar.setValue(self.remaining)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Delete this vault"))
        self.buttons.button(Buttons.Cancel).setText(self.tr("Keep the vault"))
        self.detail.setText(self.tr(
            "The key file and the database will be overwritten and removed. Nothing can"
            " bring them back."))
        self._update()


class SafetySettingsDialog(DialogBase):
    """Edits a vault's safety settings; `values()` gives the result after OK."""

    def __init__(self, current: VaultSettings, parent: QWidget | None = None) -> None:
        super().__init__(Buttons.Ok | Buttons.Cancel, parent)
        self._current = current
        self.auto_lock = QSpinBox()
        self.auto_lock.setRange(0, 240)
        self.auto_lock.setValue(round(current.auto_lock_minutes))
        self.lock_when_inactive = QCheckBox()
        self.lock_when_inactive.setChecked(current.lock_when_inactive)
        self.wipe_after = QSpinBox()
        self.wipe_after.setRange(0, 99)
        self.wipe_after.setValue(current.wipe_after)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: palette(placeholder-text);")
        # Labels wrap in the wide column; the numbers stay narrow on the right.
        self.form = QGridLayout()
        self.form.setColumnStretch(0, 1)
        self.form_labels = [QLabel() for _ in range(2)]
        for row, (label, spin) in enumerate(zip(self.form_labels, (self.auto_lock,
                                                                    self.wipe_after),
                                                strict=True)):
            label.setWordWrap(True)
            label.setBuddy(spin)
            spin.setMinimumWidth(110)
            self.form.addWidget(label, row * 2, 0)
            self.form.addWidget(spin, row * 2, 1, Qt.AlignmentFlag.AlignTop)
        self.form.addWidget(self.lock_when_inactive, 1, 0, 1, 2)
        self.buttons.accepted.connect(self.accept)
        self.add_body(self.form)
        self.add_body(self.note)
        self.setMinimumWidth(520)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.retranslate()

    def values(self) -> VaultSettings:
        minutes = float(self.auto_lock.value())
        if minutes == round(self._current.auto_lock_minutes):
            minutes = self._current.auto_lock_minutes  # left as it was, fractions included
        return replace(
            self._current,
            auto_lock_minutes=minutes,
            lock_when_inactive=self.lock_when_inactive.isChecked(),
            wipe_after=self.wipe_after.value(),
            failures=0,
        )

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.form_labels[0].setText(self.tr("Lock after this many idle minutes"))
        self.auto_lock.setSpecialValueText(self.tr("Never"))
        self.lock_when_inactive.setText(self.tr(
            "Also lock when another application comes to the front"))
        self.form_labels[1].setText(self.tr(
            "Delete the vault after this many wrong passphrases in a row"))
        self.wipe_after.setSpecialValueText(self.tr("Off"))
        self.note.setText(self.tr(
            "The vault also locks when the system suspends the application. These settings"
            " are kept outside the vault, so that they work before it is unlocked; they hold"
            " no records."))
