"""Photograph every window and dialog (tests/gui/screens.py) in en, ru and kk.

python scripts/screenshots.py OUTDIR: builds the demo under OUTDIR/demo, then writes
OUTDIR/<window>_<lang>.png for each. Under X (Xvfb) the whole screen is taken, so a window
larger than the screen shows cut; on the offscreen platform, the window alone.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from tests.gui.screens import SCREENS, Demo, settle

LANGUAGES = ("en", "ru", "kk")


def photograph(widget: QWidget) -> QPixmap:
    widget.raise_()
    widget.activateWindow()
    settle(250)
    if QGuiApplication.platformName() == "xcb":
        screen = widget.screen() or QGuiApplication.primaryScreen()
        return screen.grabWindow(0)
    return widget.grab()


def main(outdir: Path) -> int:
    outdir.mkdir(parents=True, exist_ok=True)
    qapp = QApplication(sys.argv[:1])
    qapp.setApplicationName("fieldapp")
    demo = Demo(qapp, outdir / "demo")
    failed: list[str] = []
    try:
        for language in LANGUAGES:
            demo.set_language(language)
            for name, opener in SCREENS:
                target = outdir / f"{name}_{language}.png"
                try:
                    widget = opener(demo)
                    if not photograph(widget).save(str(target), "PNG"):
                        raise OSError(f"could not write {target}")
                    print(target)
                except Exception as error:  # one window must not stop the rest
                    failed.append(f"{name}_{language}: {type(error).__name__}: {error}")
                demo.close_dialogs()
    finally:
        demo.shutdown()
    for line in failed:
        print("FAILED", line, file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: screenshots.py OUTDIR")
    sys.exit(main(Path(sys.argv[1])))
