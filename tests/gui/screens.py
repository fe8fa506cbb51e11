"""Every window and dialog of the app, opened through its real classes on the demo vaults.

`SCREENS` is the list of (name, opener) that scripts/screenshots.py photographs in each
language and tests/gui/test_fits_screen.py measures against small screens. An opener takes
the `Demo` and returns the top-level widget it opened (already shown).

Run as `python -m tests.gui.screens --fit` it prints, as JSON, each window's frame and
minimum size against the screen it runs on (the fit test starts it on virtual screens).
"""

from __future__ import annotations

import io
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from fieldapp.services import peers
from fieldapp.services.attachments import attach_bytes
from fieldapp.services.demo import DEMO_PASSPHRASE, build_demo_vault
from fieldapp.services.export import export_bundle
from fieldapp.services.session import create_vault, unlock
from fieldapp.store.keyfile import KDF_FLOOR
from fieldapp.store.vault_settings import VaultSettingsFile
from fieldapp.ui.app import FieldApp
from fieldapp.ui.attachments_panel import capture
from fieldapp.ui.prompts import Prompts
from fieldapp.ui.redaction_dialog import RedactionDialog
from fieldapp.ui.safety_dialogs import CountdownDialog
from tests.photos import picture


def settle(ms: int = 150) -> None:
    """Let layouts, paints and short worker jobs finish (a script, not a test: no signal to
    wait for is common to every window)."""
    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


def wait_for(done: Callable[[], bool], timeout_ms: int = 30_000) -> None:
    end = time.monotonic() + timeout_ms / 1000
    while not done() and time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


class ShowingPrompts(Prompts):
    """Answers file questions with the demo's files; messages open without blocking."""

    def __init__(self) -> None:
        self.bundles: list[Path] = []
        self.card: Path | None = None
        self.table: Path | None = None
        self.box: QMessageBox | None = None

    def choose_bundles(self, parent: QWidget) -> list[Path]:
        return list(self.bundles)

    def choose_card(self, parent: QWidget) -> Path | None:
        return self.card

    def choose_table(self, parent: QWidget) -> Path | None:
        return self.table

    def confirm(self, parent: QWidget, question: str, **_: str) -> bool:
        return False  # nothing is saved, deleted or replaced while looking around

    def confirm_delete(self, parent: QWidget, title: str) -> bool:
        return False

    def _open_box(self, parent: QWidget, icon: QMessageBox.Icon, message: str) -> None:
        self.box = QMessageBox(icon, "fieldapp", message, QMessageBox.StandardButton.Ok, parent)
        self.box.open()

    def show_info(self, parent: QWidget, message: str) -> None:
        self._open_box(parent, QMessageBox.Icon.Information, message)

    def show_error(self, parent: QWidget, message: str) -> None:
        self._open_box(parent, QMessageBox.Icon.Critical, message)


class Demo:
    """The demo observer and office, each in its own FieldApp, plus the files some dialogs
    ask for (a photo, a bundle, a damaged one, another observer's card, a spreadsheet).
    Everything lives under `folder`; the content is synthetic."""

    def __init__(self, qapp: QApplication, folder: Path, count: int = 600) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                          str(folder / "cfg"))
        self.qapp = qapp
        self.folder = folder
        self.prompts = ShowingPrompts()
        settings = VaultSettingsFile(folder / "cfg" / "vault-settings.json")
        self.settings_file = folder / "cfg" / "settings.ini"  # the language, kept in here
        observer_dir = folder / "demo-vault"
        observer = build_demo_vault(observer_dir, count=count)
        office = unlock(folder / "demo-office", DEMO_PASSPHRASE)
        self.observer = FieldApp(qapp, observer_dir, prompts=self.prompts,
                                 vault_settings=settings, settings_file=self.settings_file)
        self.observer.open_window(observer)
        # The record the main table shows first carries a photo (and travels to the office).
        self.observer.window.table.selectRow(0)
        self.record_id = self.observer.window.selected_id() or ""
        self.photo = folder / "photo.png"
        buffer = io.BytesIO()
        picture((1200, 900)).save(buffer, "PNG")
        self.photo.write_bytes(buffer.getvalue())
        attach_bytes(observer, self.record_id, self.photo.name, buffer.getvalue())
        outbox = folder / "outbox"
        outbox.mkdir(exist_ok=True)
        sent = export_bundle(observer, outbox)
        damaged = outbox / "damaged-bundle.bin"
        damaged.write_bytes(b"not a bundle" * 10)
        self.prompts.bundles = [p for p in (sent.path if sent else None, damaged) if p]
        other = create_vault(folder / "second-observer", "observer", "Second observer (demo)",
                             DEMO_PASSPHRASE, params=KDF_FLOOR)
        self.prompts.card = folder / "second-observer-card.txt"
        peers.export_card(other, self.prompts.card)
        other.lock()
        self.prompts.table = folder / "records.csv"
        self.prompts.table.write_text(
            "date,title,region\n2025-03-01,Journalist detained,almaty_city\n", "utf-8")
        self.office = FieldApp(qapp, folder / "demo-office", prompts=self.prompts,
                               vault_settings=settings, settings_file=self.settings_file)
        self.office.open_window(office)
        self.apps = (self.observer, self.office)
        self.fresh: FieldApp | None = None

    def use(self, app: FieldApp) -> FieldApp:
        """Show this app's main window (only), with the first record selected."""
        for other in self.apps:
            if other is not app:
                other.window.hide()
        app.window.show()
        app.window.table.clearSelection()
        app.window.table.selectRow(0)
        settle()
        return app

    def set_language(self, code: str) -> None:
        for app in self.apps:
            app.languages.set_language(code)
        settle()

    def close_dialogs(self) -> None:
        mains = {app.window for app in self.apps}
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and widget not in mains:
                widget.close()
        settle(50)

    def shutdown(self) -> None:
        self.close_dialogs()
        for app in (*self.apps, *([self.fresh] if self.fresh else [])):
            app.window.close()
            app.shutdown()


# -- openers ------------------------------------------------------------------------------

def _dialog(value: Any) -> QWidget:
    if not isinstance(value, QWidget):
        raise RuntimeError("the window did not open")
    return value


def main_window(demo: Demo) -> QWidget:
    return demo.use(demo.observer).window


def main_window_office(demo: Demo) -> QWidget:
    return demo.use(demo.office).window


def record_editor(demo: Demo) -> QWidget:
    window = demo.use(demo.observer).window
    window.edit_record()
    return _dialog(window.editor)


def new_record(demo: Demo) -> QWidget:
    window = demo.use(demo.observer).window
    window.new_record()
    return _dialog(window.editor)


def record_view(demo: Demo) -> QWidget:
    from fieldapp.ui.record_dialog import RecordDialog

    app = demo.use(demo.office)
    assert app.session is not None
    dialog = RecordDialog(app.session, demo.record_id, app.languages.code, app.window)
    dialog.show()
    return dialog


def evidence_viewer(demo: Demo) -> QWidget:
    window = demo.use(demo.observer).window
    panel = window.attachments
    panel.open_viewer(panel.model.row(0))
    viewer = _dialog(panel.viewer)
    settle(400)
    return viewer


def redaction(demo: Demo) -> QWidget:
    window = demo.use(demo.observer).window
    opened = capture(demo.photo)
    assert opened.preview is not None
    dialog = RedactionDialog(opened.filename, opened.preview, window)
    dialog.show()
    return dialog


def cases(demo: Demo) -> QWidget:
    window = demo.use(demo.observer).window
    window.cases.open_list()
    return _dialog(window.cases.list_dialog)


def _first_case(demo: Demo) -> str:
    from fieldapp.services.case_views import list_cases

    session = demo.observer.session
    assert session is not None
    return str(list_cases(session)[0]["id"])


def case_view(demo: Demo) -> QWidget:
    window = demo.use(demo.observer).window
    window.cases.open_case(_first_case(demo))
    return _dialog(window.cases.case_view)


def case_form(demo: Demo) -> QWidget:
    window = demo.use(demo.observer).window
    window.cases.new_case()
    return _dialog(window.cases.form)


def case_stage(demo: Demo) -> QWidget:
    window = demo.use(demo.observer).window
    window.cases.open_stage(demo.record_id)
    return _dialog(window.cases.stage_dialog)


def conflicts(demo: Demo) -> QWidget:
    window = demo.use(demo.office).window
    window.open_conflicts()
    return _dialog(window.conflicts_dialog)


def duplicates(demo: Demo) -> QWidget:
    window = demo.use(demo.office).window
    window.open_duplicates()
    return _dialog(window.duplicates_dialog)


def peers_list(demo: Demo) -> QWidget:
    window = demo.use(demo.office).window
    window.open_peers()
    return _dialog(window.peers_dialog)


def enrol(demo: Demo) -> QWidget:
    window = demo.use(demo.office).window
    window.open_peers()
    dialog = window.peers_dialog
    assert dialog is not None
    dialog.enrol_from_card()
    return _dialog(dialog.enrol_dialog)


def export_bundle_dialog(demo: Demo) -> QWidget:
    window = demo.use(demo.observer).window
    window.open_export()
    return _dialog(window.bundle_dialog)


def import_results(demo: Demo) -> QWidget:
    from fieldapp.ui.bundle_dialogs import ImportDialog

    window = demo.use(demo.office).window
    window.open_import()
    dialog = window.bundle_dialog
    assert isinstance(dialog, ImportDialog)
    dialog.add_button.click()
    done: list[object] = []
    dialog.finished_all.connect(done.append)
    dialog.start()
    wait_for(lambda: bool(done))
    settle()
    return dialog


def table_import(demo: Demo) -> QWidget:
    window = demo.use(demo.observer).window
    window.tables.open()
    return _dialog(window.tables.dialog)


def vocabulary(demo: Demo) -> QWidget:
    window = demo.use(demo.office).window
    window.vocabulary.open()
    return _dialog(window.vocabulary.dialog)


def publication(demo: Demo) -> QWidget:
    window = demo.use(demo.office).window
    window.publication.open()
    dialog = _dialog(window.publication.dialog)
    settle(600)
    return dialog


def dashboard(demo: Demo) -> QWidget:
    window = demo.use(demo.office).window
    window.open_dashboard()
    dialog = _dialog(window.dashboard)
    settle(1500)
    return dialog


def safety_settings(demo: Demo) -> QWidget:
    app = demo.use(demo.observer)
    app.open_settings()
    return _dialog(app.settings_dialog)


def passphrase_change(demo: Demo) -> QWidget:
    window = demo.use(demo.observer).window
    window.change_passphrase()
    return _dialog(window.passphrase_dialog)


def audit(demo: Demo) -> QWidget:
    window = demo.use(demo.observer).window
    window.check_audit_log()
    return _dialog(demo.prompts.box)


def sources(demo: Demo) -> QWidget:
    window = demo.use(demo.office).window
    window.open_sources()
    return _dialog(window.sources_dialog)


def quick_delete(demo: Demo) -> QWidget:
    # Built by hand, connected to nothing: its end deletes nothing.
    dialog = CountdownDialog(600, demo.use(demo.observer).window)
    dialog.open()
    return dialog


def create_vault_dialog(demo: Demo) -> QWidget:
    if demo.fresh is None:
        demo.fresh = FieldApp(demo.qapp, demo.folder / "new-vault", prompts=demo.prompts,
                              vault_settings=demo.observer.vault_settings,
                              settings_file=demo.settings_file)
        # Closing its dialog is not a person giving up here: the app must not quit.
        setattr(demo.fresh, "_gave_up", lambda: None)  # noqa: B010
    for app in demo.apps:
        app.window.hide()
    demo.fresh.languages.set_language(demo.observer.languages.code)
    demo.fresh.ask_create()
    return _dialog(demo.fresh.dialog)


def unlock_dialog(demo: Demo) -> QWidget:
    app = demo.use(demo.observer)
    app.window.hide()
    app.ask_unlock()
    return _dialog(app.dialog) if app.dialog is not None else app.window


def release_check(demo: Demo) -> QWidget:
    from fieldapp.ui.release_check_dialog import ReleaseCheckDialog

    window = demo.use(demo.observer).window
    window.chrome.check_download_action.trigger()
    dialog = window.findChild(ReleaseCheckDialog)
    assert dialog is not None
    dialog.set_file(demo.photo)
    return _dialog(dialog)


def about(demo: Demo) -> QWidget:
    window = demo.use(demo.observer).window
    window.chrome.about_action.trigger()
    dialog = _dialog(window.chrome.about_dialog)
    dialog.select("qt")
    return dialog


Opener = Callable[[Demo], QWidget]
SCREENS: list[tuple[str, Opener]] = [
    ("main_window", main_window),
    ("main_window_office", main_window_office),
    ("record_editor", record_editor),
    ("new_record", new_record),
    ("record_view", record_view),
    ("evidence_viewer", evidence_viewer),
    ("redaction", redaction),
    ("cases", cases),
    ("case_view", case_view),
    ("case_form", case_form),
    ("case_stage", case_stage),
    ("conflicts", conflicts),
    ("duplicates", duplicates),
    ("peers", peers_list),
    ("enrol", enrol),
    ("export_bundle", export_bundle_dialog),
    ("import_results", import_results),
    ("table_import", table_import),
    ("vocabulary", vocabulary),
    ("publication", publication),
    ("dashboard", dashboard),
    ("safety_settings", safety_settings),
    ("passphrase_change", passphrase_change),
    ("audit", audit),
    ("sources", sources),
    ("quick_delete", quick_delete),
    ("create_vault", create_vault_dialog),
    ("unlock", unlock_dialog),
    ("release_check", release_check),
    ("about", about),
]


def measure(widget: QWidget) -> dict[str, Any]:
    """Where the window lies, its smallest size, and the screen's available area."""
    screen = widget.screen() or QApplication.primaryScreen()
    area = screen.availableGeometry()
    frame = widget.frameGeometry()
    hint = widget.minimumSizeHint()
    least = widget.minimumSize()
    return {
        "area": [area.x(), area.y(), area.width(), area.height()],
        "frame": [frame.x(), frame.y(), frame.width(), frame.height()],
        "minimum": [max(hint.width(), least.width()), max(hint.height(), least.height())],
    }


def fit_report(folder: Path) -> dict[str, Any]:
    """Each window, opened in turn on a small demo, measured (or the error it raised)."""
    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qapp, QApplication)
    demo = Demo(qapp, folder, count=60)
    found: dict[str, Any] = {}
    try:
        for name, opener in SCREENS:
            started = time.monotonic()
            try:
                widget = opener(demo)
                settle(100)
                found[name] = measure(widget)
            except Exception as error:  # reported: the fit test names it
                found[name] = {"error": f"{type(error).__name__}: {error}"}
            demo.close_dialogs()
            print(f"{name}: {time.monotonic() - started:.1f} s", file=sys.stderr)
    finally:
        demo.shutdown()
    return found


if __name__ == "__main__":
    if sys.argv[1:2] == ["--fit"] and len(sys.argv) == 3:
        print(json.dumps(fit_report(Path(sys.argv[2]))))
    else:
        sys.exit("usage: python -m tests.gui.screens --fit FOLDER")
