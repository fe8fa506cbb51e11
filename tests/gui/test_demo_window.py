"""`fieldapp --demo`: the window opens on a freshly built demo vault, its cases filed."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from fieldapp.services.case_views import list_cases
from fieldapp.services.demo import DEMO_RECORDS
from fieldapp.store.vault_settings import VaultSettingsFile
from fieldapp.ui.app import FieldApp, demo_vault_dir
from tests.gui.conftest import ScriptedPrompts


def test_the_demo_opens_in_the_window_with_its_records_and_cases(
    qtbot, qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    prompts: ScriptedPrompts, vault_settings: VaultSettingsFile,
) -> None:
    # The demo lives in the user's data directory: point it at this test's folder.
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert demo_vault_dir().is_relative_to(tmp_path)
    app = FieldApp(qapp, tmp_path / "unused", demo=True, prompts=prompts,
                   vault_settings=vault_settings)
    try:
        app.start()
        qtbot.waitUntil(app.window.isVisible, timeout=120_000)
        assert prompts.errors == []
        assert app.session is not None
        assert app.window.model.total == DEMO_RECORDS
        cases = list_cases(app.session)
        assert cases and all(2 <= case["stages"] <= 6 for case in cases)
    finally:
        app.window.close()
        app.shutdown()
