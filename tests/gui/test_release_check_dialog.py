"""Help > Check a download…: an observer checks an installer without a terminal."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtWidgets import QDialogButtonBox

from fieldapp.services.release import NAMESPACE, PRINCIPAL, Verdict
from fieldapp.ui.app import FieldApp
from fieldapp.ui.release_check_dialog import ReleaseCheckDialog
from sync import sshsig
from sync.sshkeys import fingerprint

INSTALLER = "fieldapp-1.0-setup.exe"


@pytest.fixture
def download(tmp_path: Path) -> tuple[Path, Path, str]:
    """A downloads folder as a browser leaves it (installer, SHA256SUMS, its .sig), and the
    allowed_signers file the office handed out with its key's fingerprint."""
    key = Ed25519PrivateKey.generate()
    folder = tmp_path / "Downloads"
    folder.mkdir()
    installer = folder / INSTALLER
    installer.write_bytes(b"MZ" + bytes(range(256)) * 4000)
    sums = f"{hashlib.sha256(installer.read_bytes()).hexdigest()}  {INSTALLER}\n".encode()
    (folder / "SHA256SUMS").write_bytes(sums)
    (folder / "SHA256SUMS.sig").write_bytes(sshsig.sign(key, sums, NAMESPACE))
    signers = tmp_path / "allowed_signers"
    signers.write_text(sshsig.allowed_signers_line(PRINCIPAL, key.public_key(), [NAMESPACE]))
    return installer, signers, fingerprint(key.public_key())


def opened_from_help(field_app: FieldApp) -> ReleaseCheckDialog:
    # The vault is locked (none is open): the window still offers the check.
    field_app.window.chrome.check_download_action.trigger()
    dialog = field_app.window.findChild(ReleaseCheckDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def check(qtbot, dialog: ReleaseCheckDialog) -> object:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(dialog.checked, timeout=20_000) as outcome:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    return outcome.args[0]


def test_a_genuine_download_is_called_genuine_with_its_signer(qtbot, field_app, download):
    installer, signers, shown_fingerprint = download
    dialog = opened_from_help(field_app)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # nothing chosen yet
    dialog.set_file(installer)
    # The list and its signature were found beside the download.
    assert dialog.sums.edit.text() == str(installer.parent / "SHA256SUMS")
    assert dialog.signature.edit.text() == str(installer.parent / "SHA256SUMS.sig")
    assert ok.isEnabled()
    dialog.signers.edit.setText(str(signers))
    assert isinstance(check(qtbot, dialog), Verdict)
    text = dialog.verdict_label.text()
    assert dialog.verdict_label.isVisible()
    assert text.startswith(f"Genuine: {INSTALLER} is the file the office released")
    assert f"signed by {PRINCIPAL} with the key {shown_fingerprint}" in text
    dialog.close()


def test_a_changed_download_says_do_not_install(qtbot, field_app, download):
    installer, signers, _ = download
    data = bytearray(installer.read_bytes())
    data[1000] ^= 0x20
    installer.write_bytes(bytes(data))
    dialog = opened_from_help(field_app)
    dialog.set_file(installer)
    dialog.signers.edit.setText(str(signers))
    check(qtbot, dialog)
    assert dialog.verdict_label.text() == (
        f"Do not install this file. «{INSTALLER}» is not the file that was released: it was"
        " damaged or changed.")
    dialog.close()


def test_a_release_key_this_copy_does_not_know_is_named(qtbot, field_app, download):
    installer, _, shown_fingerprint = download
    dialog = opened_from_help(field_app)
    dialog.set_file(installer)  # no keys file: this copy trusts no key yet
    check(qtbot, dialog)
    text = dialog.verdict_label.text()
    assert text.startswith("Do not install this file.")
    assert f"signed by the key {shown_fingerprint}, which is not a release key" in text
    dialog.close()


def test_without_the_list_beside_it_the_file_cannot_be_checked(qtbot, field_app, download,
                                                                tmp_path):
    installer, _, _ = download
    alone = tmp_path / INSTALLER
    alone.write_bytes(installer.read_bytes())
    dialog = opened_from_help(field_app)
    dialog.set_file(alone)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.sums.edit.text() == "" and not ok.isEnabled()
    dialog.sums.edit.setText(str(tmp_path / "SHA256SUMS"))  # typed, but not there
    dialog.signature.edit.setText(str(installer.parent / "SHA256SUMS.sig"))
    check(qtbot, dialog)
    text = dialog.verdict_label.text()
    assert text.startswith("The file could not be checked.")
    assert "Traceback" not in text
    dialog.close()
