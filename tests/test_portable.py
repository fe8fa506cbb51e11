"""Portable mode (issue 17): with a file `portable` next to the program, the vault, the
settings and the temporary files stay in its folder and nothing lands in the profile.

The end-to-end tests run real processes from a folder that stands for the USB stick: a
launcher script in it (as the frozen executable sits at the top of its folder), run with
this venv's Python, so sys.argv[0] is inside the folder. HOME, the four XDG folders and the
temporary folder point at an empty "profile" and an empty "tmp" outside it.
"""

from __future__ import annotations

import json
import os
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from support import MINIMAL_RECORD, PASSPHRASE, make_office

from fieldapp import app_paths
from fieldapp.services import peers
from sync.card import parse_card

LAUNCHER = "import sys\n\nfrom fieldapp.cli import main\n\nsys.exit(main())\n"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


class Machine:
    """A computer borrowed for an hour: its profile, its temporary folder, and the stick."""

    def __init__(self, root: Path, portable: bool) -> None:
        self.stick = root / "stick"
        self.profile = root / "profile"
        self.temp = root / "tmp"
        self.runtime = root / "runtime"
        self.inputs = root / "input"  # what the person brings along (a card, a record)
        for folder in (self.stick, self.profile, self.temp, self.runtime, self.inputs):
            folder.mkdir(mode=0o700)
        self.launcher = self.stick / "fieldapp"
        self.launcher.write_text(LAUNCHER, encoding="utf-8")
        if portable:
            (self.stick / "portable").write_text("", encoding="utf-8")
        self.env = {k: v for k, v in os.environ.items()
                    if not k.startswith(("FIELDAPP_", "XDG_", "MESA_"))}
        self.env.update({
            "HOME": str(self.profile),
            "XDG_CONFIG_HOME": str(self.profile / ".config"),
            "XDG_CACHE_HOME": str(self.profile / ".cache"),
            "XDG_DATA_HOME": str(self.profile / ".local" / "share"),
            "XDG_STATE_HOME": str(self.profile / ".local" / "state"),
            "XDG_RUNTIME_DIR": str(self.runtime),
            "TMPDIR": str(self.temp), "TEMP": str(self.temp), "TMP": str(self.temp),
            "QT_QPA_PLATFORM": "offscreen",
        })
        self.passphrase = self.inputs / "passphrase.txt"
        self.passphrase.write_text(PASSPHRASE + "\n", encoding="utf-8")

    def run(self, *args: str | Path) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, str(self.launcher), *map(str, args)],
            capture_output=True, text=True, env=self.env, cwd=self.inputs, timeout=180,
            input="", check=False)

    def ok(self, *args: str | Path) -> str:
        done = self.run(*args)
        assert done.returncode == 0, done.stderr[-3000:]
        return done.stdout


def files_under(folder: Path) -> list[str]:
    """Every file and folder below `folder`, relative to it."""
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == PNG_MAGIC
    width, height = struct.unpack(">II", data[16:24])  # the IHDR chunk comes first
    return width, height


def office_card(machine: Machine, root: Path) -> tuple[Path, str]:
    """An office's identity card (made on another computer) and its fingerprint."""
    office = make_office(root / "office-machine" / "vault", None)
    try:
        text = peers.own_card(office).to_text()
    finally:
        office.lock()
    card = machine.inputs / "office.card"
    card.write_text(text, encoding="utf-8")
    return card, parse_card(text.encode()).fingerprint


def test_a_portable_run_leaves_no_file_outside_its_folder(tmp_path: Path) -> None:
    machine = Machine(tmp_path, portable=True)
    card, fingerprint = office_card(machine, tmp_path)
    record = machine.inputs / "record.json"
    record.write_text(json.dumps(MINIMAL_RECORD), encoding="utf-8")
    secret = ("--passphrase-file", machine.passphrase)

    created = machine.ok(*secret, "init", "--role", "observer", "--name", "On a stick")
    data = machine.stick / "fieldapp-data"
    assert f"in {data / 'vault'}" in created
    machine.ok(*secret, "peers", "add", card, "--fingerprint", fingerprint)
    [record_id] = machine.ok(*secret, "record", "add", record).split()
    (machine.stick / "outbox").mkdir()
    machine.ok(*secret, "export", "--out", machine.stick / "outbox")
    machine.ok(*secret, "report", "--pdf", machine.stick / "bulletin.pdf", "--lang", "kk")
    machine.ok("--demo", "--screenshot", machine.stick / "demo.png")
    machine.ok("--screenshot", machine.stick / "unlock.png")

    # Nothing in the profile, the temporary folder or the runtime folder: not even a folder.
    assert files_under(machine.profile) == []
    assert files_under(machine.temp) == []
    assert files_under(machine.runtime) == []
    # ... while everything is on the stick, the portable tmp/ tidied away at exit.
    assert {"vault/vault.db", "vault/vault.key", "demo-vault/vault.db",
            "demo-office/vault.db"} <= set(files_under(data))
    assert not (data / "tmp").exists()
    assert list((machine.stick / "outbox").iterdir()) != []  # the bundle
    assert (machine.stick / "bulletin.pdf").read_bytes().startswith(b"%PDF-")
    assert png_size(machine.stick / "demo.png") > (500, 400)  # the main window, not a dialog
    assert png_size(machine.stick / "unlock.png") > (200, 50)
    listed = machine.ok(*secret, "record", "list")
    assert listed.startswith(record_id)


def test_without_the_portable_file_the_profile_folders_are_used(tmp_path: Path) -> None:
    machine = Machine(tmp_path, portable=False)
    created = machine.ok("--passphrase-file", machine.passphrase, "init", "--role", "observer",
                         "--name", "At home")
    vault = machine.profile / ".local" / "share" / "fieldapp" / "vault"
    assert f"in {vault}" in created
    assert (vault / "vault.db").is_file()
    assert files_under(machine.stick) == ["fieldapp"]  # the launcher alone


def test_screenshot_overwrites_a_file_and_reports_a_folder_that_is_missing(
    tmp_path: Path,
) -> None:
    machine = Machine(tmp_path, portable=True)
    old = machine.stick / "first-run.png"
    old.write_bytes(b"an older picture")
    machine.ok("--screenshot", old)  # no vault yet: the first-run assistant
    assert png_size(old) > (200, 100)
    assert sorted(p.name for p in machine.stick.iterdir()) == [
        "fieldapp", "fieldapp-data", "first-run.png", "portable"]

    missing = machine.run("--screenshot", machine.stick / "no-such-folder" / "x.png")
    assert missing.returncode == 1
    assert "fieldapp: cannot write" in missing.stderr
    assert "Traceback" not in missing.stderr

    with_command = machine.run("--screenshot", old, "record", "list")
    assert with_command.returncode == 2
    assert "--screenshot opens the window" in with_command.stderr


def test_a_portable_folder_that_takes_no_files_is_a_clear_error(tmp_path: Path) -> None:
    machine = Machine(tmp_path, portable=True)
    (machine.stick / "fieldapp-data").write_text("in the way", encoding="utf-8")
    done = machine.run("--passphrase-file", machine.passphrase, "init", "--role", "observer",
                       "--name", "Nowhere")
    assert done.returncode == 1
    assert done.stderr.startswith(
        f"fieldapp: portable mode: cannot write to {machine.stick / 'fieldapp-data'} (")
    assert "remove the file 'portable'" in done.stderr
    assert "Traceback" not in done.stderr
    assert files_under(machine.profile) == [] and files_under(machine.temp) == []


# --- app_paths, in this process ---------------------------------------------------------


@pytest.fixture
def launched_from(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """sys.argv[0] is a launcher in tmp_path/app; the profile folders are under tmp_path."""
    folder = tmp_path / "app"
    folder.mkdir()
    (folder / "fieldapp").write_text(LAUNCHER, encoding="utf-8")
    monkeypatch.setattr(sys, "argv", [str(folder / "fieldapp")])
    monkeypatch.delattr(sys, "frozen", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return folder


def test_paths_follow_platformdirs_without_the_portable_file(launched_from: Path,
                                                             tmp_path: Path) -> None:
    assert not app_paths.is_portable()
    if sys.platform.startswith("linux"):
        assert app_paths.data_dir() == tmp_path / "data" / "fieldapp"
        assert app_paths.config_dir() == tmp_path / "config" / "fieldapp"
    assert app_paths.default_vault_dir() == app_paths.data_dir() / "vault"
    assert app_paths.demo_vault_dir() == app_paths.data_dir() / "demo-vault"
    assert app_paths.settings_file() == app_paths.config_dir() / "settings.ini"
    assert app_paths.temp_dir() == Path(tempfile.gettempdir())
    assert app_paths.apply_portable_environment() is None


def test_paths_stay_in_the_folder_with_the_portable_file(launched_from: Path) -> None:
    (launched_from / "portable").write_text("", encoding="utf-8")
    data = launched_from / "fieldapp-data"
    assert app_paths.is_portable()
    assert app_paths.data_dir() == data
    assert app_paths.default_vault_dir() == data / "vault"
    assert app_paths.demo_vault_dir() == data / "demo-vault"
    assert app_paths.config_dir() == data / "config"
    assert app_paths.settings_file() == data / "config" / "settings.ini"
    assert app_paths.temp_dir() == data / "tmp"
    assert all(p.is_relative_to(data / "profile")
               for p in app_paths.profile_dirs(data).values())


def test_a_folder_named_portable_is_not_the_marker(launched_from: Path) -> None:
    (launched_from / "portable").mkdir()
    assert not app_paths.is_portable()


def test_a_frozen_program_looks_next_to_its_executable(
    launched_from: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundle = tmp_path / "bundle"
    bundle.mkdir()
    (bundle / "portable").write_text("", encoding="utf-8")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(bundle / "fieldapp"))
    assert app_paths.data_dir() == bundle / "fieldapp-data"
    (launched_from / "portable").write_text("", encoding="utf-8")  # argv[0] does not count
    (bundle / "portable").unlink()
    assert not app_paths.is_portable()


def test_python_c_is_never_portable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(sys, "frozen", raising=False)
    monkeypatch.setattr(sys, "argv", ["-c"])
    assert app_paths.program_dir() is None
    assert not app_paths.is_portable()


def test_the_environment_points_into_the_folder(
    launched_from: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (launched_from / "portable").write_text("", encoding="utf-8")
    names = ("TMPDIR", "TEMP", "TMP", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME",
             "XDG_STATE_HOME", "APPDATA", "LOCALAPPDATA", "MESA_SHADER_CACHE_DISABLE",
             "MESA_GLSL_CACHE_DISABLE")
    for name in names:  # each is put back as it was after the test
        monkeypatch.setenv(name, "unchanged")
    monkeypatch.setattr(tempfile, "tempdir", None)

    data = app_paths.apply_portable_environment()
    assert data == launched_from / "fieldapp-data"
    assert tempfile.gettempdir() == str(data / "tmp")
    assert (data / "tmp").is_dir() and list((data / "tmp").iterdir()) == []  # probe gone
    for name in names[:-2]:
        assert Path(os.environ[name]).is_relative_to(data), name
    assert os.environ["MESA_SHADER_CACHE_DISABLE"] == "true"
    with tempfile.NamedTemporaryFile() as handle:
        assert Path(handle.name).parent == data / "tmp"

    (data / "tmp" / "left").write_text("", encoding="utf-8")
    app_paths.remove_if_empty(data / "tmp")  # not empty: another copy may be running
    assert (data / "tmp").is_dir()
    (data / "tmp" / "left").unlink()
    app_paths.remove_if_empty(data / "tmp")
    assert not (data / "tmp").exists()
