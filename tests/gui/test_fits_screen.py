"""Every window and dialog fits a cheap laptop's screen: 1366x768 at 100 %, and 1920x1080
at 150 % (1280x720 logical pixels). Each is opened (tests/gui/screens.py) on a virtual
offscreen screen of that size, in a child process (a process has one screen), and must lie
within the screen's available area, with a smallest size that fits it too."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.gui.screens import SCREENS

ROOT = Path(__file__).resolve().parents[2]
SIZES = [(1366, 768), (1280, 720)]


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[int, int], Any]:
    found = {}
    for width, height in SIZES:
        folder = tmp_path_factory.mktemp(f"screen{width}x{height}")
        config = folder / "screen.json"
        config.write_text(json.dumps({"screens": [{
            "name": "laptop", "x": 0, "y": 0, "width": width, "height": height,
            "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
        env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
        done = subprocess.run(
            [sys.executable, "-m", "tests.gui.screens", "--fit", str(folder / "demo")],
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=600, check=False)
        assert done.returncode == 0, done.stderr[-2000:]
        found[(width, height)] = json.loads(done.stdout.strip().splitlines()[-1])
    return found


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("name", [name for name, _ in SCREENS])
def test_the_window_lies_within_the_screen(
    reports: dict[tuple[int, int], Any], name: str, size: tuple[int, int],
) -> None:
    seen = reports[size][name]
    assert "error" not in seen, seen.get("error")
    ax, ay, aw, ah = seen["area"]
    assert (aw, ah) == size  # the virtual screen is the one asked for
    x, y, w, h = seen["frame"]
    assert ax <= x and ay <= y and x + w <= ax + aw and y + h <= ay + ah, (
        f"{name} at {seen['frame']} leaves the {aw}x{ah} screen")
    least_w, least_h = seen["minimum"]
    assert least_w <= aw and least_h <= ah, f"{name} cannot shrink below {least_w}x{least_h}"
